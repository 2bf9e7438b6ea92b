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
} from './graph.write.ts';
export { readGraph, type ReadGraphOptions } from './graph.read.ts';
export { listAreas, readAreaHashes, storedContentHash } from './area-hashes.ts';
export {
  ownerOf,
  ownershipConflicts,
  splitByArea,
  type OwnershipConflict,
} from './graph.ownership.ts';
export { GENERATED_QUERIES } from './graph.queries.ts';
