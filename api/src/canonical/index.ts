export * from './canonical.types.ts';
export { byId, canonicaliseGraph, serialiseGraph, compareIds } from './graph.canonical.ts';
export { evidenceFromProps, evidenceToProps, EVIDENCE_KEYS } from './evidence.props.ts';
export {
  writeGraph,
  BATCH_SIZE,
  RESERVED_KEYS,
  type WriteGraphOptions,
  type WriteGraphCounts,
} from './graph.write.ts';
export { readGraph, type ReadGraphOptions } from './graph.read.ts';
export { listAreas, readAreaHashes, areaSeedHash } from './area-hashes.ts';
