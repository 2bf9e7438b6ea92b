import { writeGraph, type WriteGraphCounts } from '@accgraph/api/canonical';
import type { Store } from '@accgraph/api/store';
import { type CanonicalGraph, LIMITS, type Problem } from '@accgraph/schema';
import { parseCanonicalGraph, type ParsedGraph } from './model/canonical.schema.ts';
import { readTextFile } from './model/read-text.ts';

export type ImportResult =
  | { ok: true; graph: CanonicalGraph; counts: WriteGraphCounts }
  | { ok: false; problems: Problem[] };

/**
 * Reads a canonical JSON file within the limits (size, UTF-8, shape, the
 * limits table), then writes it in one transaction replacing its areas.
 * On any problem nothing is written. Never throws on bad input.
 */
export async function importGraphFile(store: Store, file: string): Promise<ImportResult> {
  const parsed = readCanonicalFile(file);
  if (parsed.graph === null) return { ok: false, problems: parsed.problems };
  return { ok: true, graph: parsed.graph, counts: await importGraph(store, parsed.graph) };
}

/** A canonical JSON file checked against its shape and the limits; touches no store. */
export function readCanonicalFile(file: string): ParsedGraph {
  const read = readTextFile(file, file, 'canonical JSON file', LIMITS.canonicalImportBytes, true);
  if (read.problem) return { graph: null, problems: [read.problem] };
  return parseCanonicalGraph(file, read.text);
}

/** Writes a checked graph in one transaction, replacing its areas. */
/**
 * One transaction for the whole file: on Neo4j the national set (152 areas,
 * ~45k nodes, ~140k relationships) takes minutes, far past the 30 s that
 * API transactions get.
 */
const IMPORT_TIMEOUT_MS = 30 * 60_000;

export function importGraph(store: Store, graph: CanonicalGraph): Promise<WriteGraphCounts> {
  return store.writeTransaction((tx) => writeGraph(tx, graph, { replaceAreas: graph.areas }), {
    metadata: { app: 'graph-seed', action: 'import' },
    timeoutMs: IMPORT_TIMEOUT_MS,
  });
}
