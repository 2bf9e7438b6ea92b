import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../graph/records.ts';
import { ROW_PAGE_BUDGET, rowsWithin } from './row-pages.ts';
import type { ComparisonData } from './compare.service.ts';

const record = (id: string, props: Record<string, unknown>, quote = ''): NodeRecord =>
  ({
    id,
    label: 'Obligation',
    labels: ['Obligation'],
    props,
    evidence: quote
      ? [
          {
            documentId: 'd/1',
            quote,
            section: 'S',
            start: id.length,
            end: id.length + quote.length,
          },
        ]
      : [],
  }) as unknown as NodeRecord;

/** A row of `areas` cells, each with one holder carrying `obligations` obligations of `size` characters. */
function row(n: number, areas: number, obligations: number, size: number) {
  const text = 'x'.repeat(size);
  return {
    dutyType: record(`duty-${n}`, { code: `D${n}` }),
    cells: Array.from({ length: areas }, (_, a) => ({
      areaId: `a${a}`,
      dutyType: record(`duty-${n}`, {}),
      status: 'SINGLE',
      holders: [
        {
          holder: record(`a${a}/h`, { name: 'Holder' }),
          lead: false,
          obligations: Array.from({ length: obligations }, (_, o) =>
            record(`a${a}/o-${n}-${o}`, { text }, text),
          ),
        },
      ],
    })),
  } as unknown as ComparisonData['rows'][number];
}

describe('rowsWithin: a page of the matrix stays within its size budget', () => {
  it('gives every row asked for when small rows fit', () => {
    const rows = Array.from({ length: 30 }, (_, i) => row(i, 2, 1, 50));
    expect(rowsWithin(rows, 0, 10)).toBe(10);
    expect(rowsWithin(rows, 25, 10)).toBe(5);
  });

  it('ends a page of heavy rows early, but never gives an empty page', () => {
    // One row: 5 areas × 10 obligations of 500 characters, quoted: about 55 KB of text.
    const rows = Array.from({ length: 10 }, (_, i) => row(i, 5, 10, 500));
    const fit = rowsWithin(rows, 0, 10);
    expect(fit).toBe(1);
    expect(rowsWithin([row(0, 5, 40, 500)], 0, 10)).toBe(1);
    expect(ROW_PAGE_BUDGET).toBe(64 * 1024);
  });
});
