import type { NodeRecord } from '../graph/records.ts';
import type { ComparisonData } from './compare.service.ts';

/**
 * What a page of rows may weigh, estimated from the text it carries (names,
 * obligation texts, quotes): a page ends before the row that would take it
 * past this, so no page of the matrix is far over 64 KB however many areas,
 * holders and obligations its cells have (decision 0028). A page always has
 * at least one row.
 */
export const ROW_PAGE_BUDGET = 64 * 1024;

const textLength = (r: NodeRecord, key: string) => {
  const v = r.props[key];
  return typeof v === 'string' ? v.length : 0;
};

/** How many rows from `from` (at most `first`, at least 1) fit the page budget. */
export function rowsWithin(rows: ComparisonData['rows'], from: number, first: number): number {
  const obligations = new Set<string>();
  const quotes = new Set<string>();
  let bytes = 0;
  let count = 0;
  for (let i = from; i < rows.length && count < first; i++) {
    const row = rows[i] as ComparisonData['rows'][number];
    let add = 200;
    for (const cell of row.cells) {
      add += 80;
      for (const h of cell.holders) {
        add += 160 + textLength(h.holder, 'name') + 40 * h.obligations.length;
        for (const o of h.obligations) {
          if (obligations.has(o.id)) continue;
          obligations.add(o.id);
          add += 160 + o.id.length + textLength(o, 'text');
          for (const e of o.evidence) {
            const id = `${e.documentId}@${e.start}-${e.end}`; // quoteId (graph/map.ts)
            add += id.length + 10;
            if (quotes.has(id)) continue;
            quotes.add(id);
            add += 140 + e.quote.length + e.section.length;
          }
        }
      }
    }
    if (count > 0 && bytes + add > ROW_PAGE_BUDGET) break;
    bytes += add;
    count += 1;
  }
  return Math.max(1, count);
}
