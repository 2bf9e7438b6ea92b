import { describe, expect, it } from 'vitest';
import { evidenceFromProps, evidenceToProps } from './evidence.props.ts';

const evidence = [
  { documentId: 'w/2014', quote: 'q1', section: '1. A', start: 10, end: 12 },
  { documentId: 'w/2019', quote: 'q2', section: '2. B', start: 5, end: 7 },
];

describe('evidence as parallel lists', () => {
  it('round-trips in order', () => {
    const props = evidenceToProps(evidence);
    expect(props.evidenceQuotes).toEqual(['q1', 'q2']);
    expect(evidenceFromProps(props, 'x')).toEqual(evidence);
  });

  it('stores nothing for no evidence and reads absent lists as none', () => {
    expect(evidenceToProps([])).toEqual({});
    expect(evidenceFromProps({ name: 'n' }, 'x')).toEqual([]);
  });

  it('refuses lists of different lengths, naming the owner', () => {
    const props = { ...evidenceToProps(evidence), evidenceEnds: [12] };
    expect(() => evidenceFromProps(props, 'wiltshire/wscb')).toThrow(/wiltshire\/wscb/);
  });
});
