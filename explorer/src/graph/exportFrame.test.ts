import { describe, expect, it } from 'vitest';
import { exportFrame } from './exportFrame';

describe('exportFrame', () => {
  const at = new Date('2026-12-07T03:00:00Z');

  it('names the area, the document and the date', () => {
    const f = exportFrame({ area: 'Wiltshire', document: '2019 protocol' }, [], at);
    expect(f.title).toBe('Safeguarding accountability graph: Wiltshire');
    expect(f.subtitle).toBe('Wiltshire · 2019 protocol · exported 7 December 2026');
  });

  it('has a legend of every node colour and of the relationship types drawn, once each', () => {
    const f = exportFrame(
      { area: 'Wiltshire', document: '2014 protocol', scope: 'Overview' },
      ['HOLDS_TO_ACCOUNT', 'CHAIRS', 'HOLDS_TO_ACCOUNT'],
      at,
    );
    expect(f.subtitle).toContain('Overview');
    const nodes = f.legend.filter((e) => e.kind === 'node').map((e) => e.text);
    expect(nodes).toContain('Body: scrutiny');
    expect(nodes).toContain('Post');
    const edges = f.legend.filter((e) => e.kind === 'edge').map((e) => e.text);
    expect(edges).toEqual(['chairs', 'holds to account']);
  });
});
