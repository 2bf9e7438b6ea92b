/**
 * @accgraph/api/canonical: canonical graphs in and out of the store (write,
 * read, the stored seed hashes). The canonical types and their pure rules
 * (canonical form, seed hash, ordering) live in @accgraph/schema.
 */
export {
  writeGraph,
  BATCH_SIZE,
  type WriteGraphOptions,
  type WriteGraphCounts,
  type AreaProvenanceInput,
  type AreaProvenanceKind,
} from './graph.write.ts';
export { EvidenceRejectedError, citedDocuments, graphEvidenceProblems } from './graph.evidence.ts';
export {
  readDocumentText,
  readDocumentTexts,
  readDocumentTextHashes,
  textSha256,
  writeDocumentText,
  type DocumentTextInput,
  type StoredDocumentText,
  type TextProvenance,
} from '../documents/texts.ts';
export { readGraph, readGraphWithSources, type ReadGraphOptions } from './graph.read.ts';
export {
  listAreas,
  readAreaHashes,
  readAreaProvenance,
  storedContentHash,
  type AreaProvenance,
} from './area-hashes.ts';
export {
  ownerOf,
  ownershipConflicts,
  splitByArea,
  type OwnershipConflict,
} from './graph.ownership.ts';
export { GENERATED_QUERIES } from './graph.queries.ts';
