import type { Evidence } from '@accgraph/api/canonical/canonical.types.ts';

/** Evidence in document order (document, start, end), exact duplicates removed. */
export function sortEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return [...evidence]
    .sort(
      (a, b) =>
        (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0) ||
        a.start - b.start ||
        a.end - b.end ||
        a.section.localeCompare(b.section),
    )
    .filter((e) => {
      const key = `${e.documentId}\u0000${e.start}\u0000${e.end}\u0000${e.section}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
