import type { Row } from '@accgraph/api/store';
import type { ContractCase } from './contract.ts';

const DEFAULT_UNORDERED = ['labels'];

/** Stable JSON: object keys sorted. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

/** Rows prepared for comparison: unordered list columns sorted, rows sorted unless ordered. */
export function comparable(rows: Row[], c: ContractCase, ordered: boolean): Row[] {
  const unordered = c.unorderedLists ?? DEFAULT_UNORDERED;
  const prepared = rows.map((row) => {
    const out: Row = { ...row };
    for (const column of unordered) {
      const value = out[column];
      if (Array.isArray(value)) out[column] = [...value].sort();
    }
    return out;
  });
  if (ordered) return prepared;
  return prepared.sort((a, b) => {
    const x = stableJson(a);
    const y = stableJson(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

function code(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

export function hasOrderBy(text: string): boolean {
  return /\bORDER\s+BY\b/i.test(code(text));
}

export function isWrite(text: string): boolean {
  return /\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/i.test(code(text));
}
