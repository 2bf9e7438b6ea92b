import { compareEvidence, type Evidence } from '@accgraph/schema';
import type { Citation } from './model.ts';

/** The stored evidence of a cited node or relationship (undefined when it is gone). */
export type EvidenceLookup = (citation: Citation) => readonly Evidence[] | undefined;

function cited(citation: Citation, lookup: EvidenceLookup): readonly Evidence[] {
  const all = lookup(citation) ?? [];
  if (citation.index === null) return all;
  const one = all[citation.index];
  return one ? [one] : [];
}

/**
 * A finding's evidence: the quotes its citations name, from `documentId` only
 * (a node's evidence may span documents), without repeats (same place), in
 * document order.
 */
export function resolveEvidence(
  citations: readonly Citation[],
  documentId: string,
  lookup: EvidenceLookup,
): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const c of citations) {
    for (const e of cited(c, lookup)) {
      const key = `${e.start}|${e.end}`;
      if (e.documentId === documentId && !seen.has(key)) seen.set(key, e);
    }
  }
  return [...seen.values()].sort(compareEvidence);
}

/** One cited quote (a mitigation), or null when it is gone. */
export function resolveQuote(citation: Citation, lookup: EvidenceLookup): Evidence | null {
  return cited(citation, lookup)[0] ?? null;
}

/** Every record the citations name, once each: what a lookup must load. */
export function citedRecords(citations: readonly Citation[]): Citation[] {
  const out = new Map<string, Citation>();
  for (const c of citations) if (!out.has(c.id)) out.set(c.id, { ...c, index: null });
  return [...out.values()];
}
