import { describe, expect, it } from 'vitest';
import { describeAction, summariseChange } from './changeSummary';

describe('summariseChange', () => {
  it('lists what differs, properties and evidence quotes, not the ids', () => {
    const before = JSON.stringify({
      id: 'w/wscb',
      labels: ['Body'],
      properties: { name: 'WSCB', aliases: ['Board'], areaId: 'w' },
      evidence: [{ quote: 'old words', start: 1, end: 10 }],
    });
    const after = JSON.stringify({
      id: 'w/wscb',
      labels: ['Body'],
      properties: { name: 'Wiltshire SCB', aliases: ['Board'], areaId: 'w' },
      evidence: [{ quote: 'new words', start: 5, end: 14 }],
    });
    expect(summariseChange(before, after)).toEqual([
      { what: 'name', from: 'WSCB', to: 'Wiltshire SCB' },
      { what: 'evidence', from: '“old words”', to: '“new words”' },
    ]);
  });

  it('an addition has no before; a version summary compares its numbers', () => {
    expect(summariseChange(null, JSON.stringify({ properties: { mode: 'challenge' } }))).toEqual([
      { what: 'mode', from: null, to: 'challenge' },
    ]);
    expect(summariseChange('{"version":2}', '{"version":3,"restoredFrom":1}')).toEqual([
      { what: 'restoredFrom', from: null, to: '1' },
      { what: 'version', from: '2', to: '3' },
    ]);
  });

  it('survives text that is not JSON', () => {
    expect(summariseChange('plain', null)).toEqual([{ what: 'value', from: 'plain', to: null }]);
  });
});

describe('describeAction', () => {
  it('reads as a sentence', () => {
    expect(describeAction('node.edit')).toBe('Node edited');
    expect(describeAction('document-fact.add')).toBe('Document fact added');
    expect(describeAction('area.restore')).toBe('Area restored');
  });
});
