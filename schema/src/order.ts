import type { Evidence } from './graph.ts';

/**
 * Code-unit order (never locale order): the same on every machine, in every
 * package and in both stores' `ORDER BY`. Ids, codes and keys sort with it.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Records in code-unit order of their ids. */
export const byId = (a: { id: string }, b: { id: string }): number => compareIds(a.id, b.id);

/** Document order of evidence: document id, then start, then end, then section. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    compareIds(a.documentId, b.documentId) ||
    a.start - b.start ||
    a.end - b.end ||
    compareIds(a.section, b.section)
  );
}

/** Evidence in document order (`compareEvidence`), exact duplicates removed. */
export function sortEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return [...evidence].sort(compareEvidence).filter((e) => {
    const key = `${e.documentId}\u0000${e.start}\u0000${e.end}\u0000${e.section}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
