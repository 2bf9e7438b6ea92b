import { describe, expect, it } from 'vitest';
import { edgeHover, nodeHover } from './hover';

const names = new Map([
  ['t', 'Trust'],
  ['b', 'Board'],
  ['c', 'Council'],
]);

describe('hover details', () => {
  it('a node: its kind, its ties drawn with their other ends, its findings', () => {
    const card = nodeHover(
      { id: 't', name: 'Trust', detail: 'Childrens trust · strategy', findings: 2, hidden: 3 },
      [
        { source: 't', target: 'b', verb: 'reports to' },
        { source: 'c', target: 't', verb: 'holds to account' },
        { source: 'b', target: 'c', verb: 'informs' },
      ],
      names,
    );
    expect(card.title).toBe('Trust');
    expect(card.lines).toEqual([
      'Childrens trust · strategy',
      '2 ties drawn (1 out, 1 in)',
      '→ reports to Board',
      '← Council (holds to account)',
      '3 more folded into it (+3)',
      '⚑ 2 findings',
    ]);
  });

  it('a relationship: who does what to whom, in how many statements', () => {
    const card = edgeHover(
      { id: 'e', source: 't', target: 'b', verb: 'reports to', statements: 2, documents: 1 },
      names,
    );
    expect(card).toEqual({
      title: 'Trust reports to Board',
      lines: ['2 statements in 1 document'],
      hint: 'Click to read its quotes',
    });
  });
});
