import type { Evidence, PropertyValue } from './graph.ts';
import type { DocumentFactCategory } from './vocabulary.ts';

/**
 * A document-level fact (docs/data-model.md, "Document facts"): one date the
 * document states, one note on what it leaves missing, blank or ambiguous, or
 * one statement of what it replaces, each with the quotes that show it.
 */
export interface DocumentFact {
  category: DocumentFactCategory;
  /** The date kind (signed, review-due, ...), the note kind (blank-field, ...) or `replaces`. */
  kind: string;
  /** The ISO date, the note's text, or what is replaced in the document's words. */
  value: string;
  evidence: Evidence[];
}

/** The stored property names, in the order of their lists' meaning. */
export const DOCUMENT_FACT_KEYS = [
  'factCategories',
  'factKinds',
  'factValues',
  'factEvidenceFacts',
  'factEvidenceIndexes',
] as const;

const keyOf = (e: Evidence) => `${e.documentId}\u0000${e.start}\u0000${e.end}\u0000${e.section}`;

/**
 * The Document node's properties for its facts. Facts are three parallel
 * lists (category, kind, value); their quotes are not copied but referenced:
 * pair i says that fact `factEvidenceFacts[i]` is shown by the node's evidence
 * entry `factEvidenceIndexes[i]` (`evidence`: the node's evidence, already in
 * stored order, which holds every quote of every fact).
 */
export function documentFactsToProps(
  facts: readonly DocumentFact[],
  evidence: readonly Evidence[],
): Record<string, PropertyValue> {
  if (facts.length === 0) return {};
  const at = new Map(evidence.map((e, i) => [keyOf(e), i]));
  const factIndexes: number[] = [];
  const evidenceIndexes: number[] = [];
  facts.forEach((f, i) => {
    const own = new Set<number>();
    for (const e of f.evidence) {
      const j = at.get(keyOf(e));
      if (j === undefined) {
        throw new Error(`a ${f.category} fact cites a quote that is not in the node's evidence`);
      }
      own.add(j);
    }
    // In stored order, so each fact's quotes read in document order.
    for (const j of [...own].sort((a, b) => a - b)) {
      factIndexes.push(i);
      evidenceIndexes.push(j);
    }
  });
  return {
    factCategories: facts.map((f) => f.category),
    factKinds: facts.map((f) => f.kind),
    factValues: facts.map((f) => f.value),
    factEvidenceFacts: factIndexes,
    factEvidenceIndexes: evidenceIndexes,
  };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);

/**
 * A Document node's facts, rebuilt from its stored properties and its decoded
 * evidence (in stored order). Each fact's quotes are in document order; a
 * pair pointing outside the lists (a hand-edited import) is skipped.
 */
export function documentFactsFromProps(
  props: Record<string, unknown>,
  evidence: readonly Evidence[],
): DocumentFact[] {
  const categories = strings(props.factCategories);
  const kinds = strings(props.factKinds);
  const values = strings(props.factValues);
  const facts: DocumentFact[] = categories.map((category, i) => ({
    category: category as DocumentFactCategory,
    kind: kinds[i] ?? '',
    value: values[i] ?? '',
    evidence: [],
  }));
  const owners = numbers(props.factEvidenceFacts);
  const indexes = numbers(props.factEvidenceIndexes);
  owners.forEach((f, i) => {
    const e = evidence[indexes[i] ?? -1];
    if (e && facts[f]) facts[f].evidence.push(e);
  });
  return facts;
}
