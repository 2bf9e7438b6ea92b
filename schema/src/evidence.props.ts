import { EVIDENCE_KEYS, type Evidence, type PropertyValue } from './graph.ts';

/**
 * Evidence is stored as five parallel list properties (`EVIDENCE_KEYS`:
 * Neo4j cannot store a list of maps; see docs/data-model.md), in the
 * evidence's order.
 */

/** The stored properties for `evidence`: none when there is no evidence. */
export function evidenceToProps(evidence: readonly Evidence[]): Record<string, PropertyValue> {
  if (evidence.length === 0) return {};
  return {
    evidenceDocuments: evidence.map((e) => e.documentId),
    evidenceQuotes: evidence.map((e) => e.quote),
    evidenceSections: evidence.map((e) => e.section),
    evidenceStarts: evidence.map((e) => e.start),
    evidenceEnds: evidence.map((e) => e.end),
  };
}

function list(props: Record<string, unknown>, key: string, owner: string): unknown[] {
  const value = props[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Error(`${owner}: property ${key} is not a list.`);
  return value;
}

/** Rebuilds the evidence of `owner` (a node or relationship id) from its stored lists. */
export function evidenceFromProps(props: Record<string, unknown>, owner: string): Evidence[] {
  const [documents, quotes, sections, starts, ends] = EVIDENCE_KEYS.map((key) =>
    list(props, key, owner),
  ) as [unknown[], unknown[], unknown[], unknown[], unknown[]];
  const lengths = new Set([documents, quotes, sections, starts, ends].map((l) => l.length));
  if (lengths.size > 1) {
    throw new Error(`${owner}: its evidence lists differ in length; reload its area.`);
  }
  return documents.map((documentId, i) => ({
    documentId: String(documentId),
    quote: String(quotes[i]),
    section: String(sections[i]),
    start: Number(starts[i]),
    end: Number(ends[i]),
  }));
}
