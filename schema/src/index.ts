/**
 * @accgraph/schema: the domain core. What the graph IS, shared by graph-seed
 * (which compiles area files into it) and api (which stores and serves it);
 * it imports neither (docs/decisions/0006-domain-core.md).
 *
 * - graph.ts       the canonical graph types and THE lists of node labels and
 *                  relationship types; store-managed (reserved) property keys
 * - canonical.ts   the canonical form, its stable JSON, the seed hash
 * - ids.ts         id shapes and the `duty/CODE` helpers
 * - dates.ts       ISO dates and the one "current at a date" rule
 * - order.ts       the one comparator (code-unit) and evidence order
 * - vocabulary.ts  closed vocabularies of docs/data-model.md
 * - taxonomy.ts    loading schema/taxonomy; yaml.ts and problem.ts: located YAML
 * - limits.ts      THE limits table (file sizes, lengths, counts, characters, years)
 */
export * from './graph.ts';
export { evidenceFromProps, evidenceToProps } from './evidence.props.ts';
export {
  documentFactsFromProps,
  documentFactsToProps,
  DOCUMENT_FACT_KEYS,
  type DocumentFact,
} from './document-facts.ts';
export { canonicaliseGraph, serialiseGraph, areaSeedHash } from './canonical.ts';
export { dutyTypeId, dutyCodeOf, relationshipId, isNational, DOCUMENT_ID } from './ids.ts';
export { isIsoDate, firstDay, datePrecision, today, isCurrent, currentAt } from './dates.ts';
export { compareIds, byId, compareEvidence, sortEvidence } from './order.ts';
export * from './vocabulary.ts';
export * from './lexicon.ts';
export { loadTaxonomy, type Taxonomy, type TaxonomyEntry } from './taxonomy.ts';
export { parseYaml, type ParsedYaml, AREA_YAML_LIMITS, type YamlLimits } from './yaml.ts';
export {
  LIMITS,
  type LimitName,
  badCharacter,
  badYear,
  decodeText,
  type DecodedText,
  figure,
  lineColumn,
  tooLong,
} from './limits.ts';
export {
  formatPath,
  formatProblem,
  sortProblems,
  type PathSegment,
  type Problem,
} from './problem.ts';
export { SCHEMA_DIR, TAXONOMY_DIR } from './paths.ts';
export {
  checkEvidence,
  checkQuote,
  findEvidenceProblems,
  headingLines,
  notAHeading,
  stripHeadingMarkup,
  HEADING_MAX_LENGTH,
  type EvidenceFault,
  type EvidenceProblem,
  type HeadingLine,
} from './evidence-check.ts';
