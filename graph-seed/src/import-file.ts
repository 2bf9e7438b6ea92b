import {
  citedDocuments,
  type DocumentTextInput,
  graphEvidenceProblems,
  ownershipConflicts,
  readDocumentTextHashes,
  splitByArea,
  writeGraph,
  type WriteGraphCounts,
} from '@accgraph/api/canonical';
import type { Store, Tx } from '@accgraph/api/store';
import { type CanonicalGraph, LIMITS, type PathSegment, type Problem } from '@accgraph/schema';
import { locateProblems, parseCanonicalGraph, type ParsedGraph } from './model/canonical.schema.ts';
import { readTextFile } from './model/read-text.ts';

export type ImportResult =
  | { ok: true; graph: CanonicalGraph; counts: WriteGraphCounts }
  | { ok: false; problems: Problem[] };

/**
 * Reads a canonical JSON file within the limits (size, UTF-8, shape, the
 * limits table, ownership), checks it against the store (no node another
 * area owns, no shared node changed, every quote the text of its document at
 * its offsets under a heading line, no stored document text replaced), then
 * writes it one area per transaction, with the texts it carries. On any problem nothing is written. Never throws on bad input.
 */
export async function importGraphFile(
  store: Store,
  file: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const parsed = readCanonicalFile(file);
  if (parsed.graph === null) return { ok: false, problems: parsed.problems };
  return importCheckedFile(store, file, parsed, options);
}

/** The store half of `importGraphFile`: a file already read and checked by `readCanonicalFile`. */
export async function importCheckedFile(
  store: Store,
  file: string,
  parsed: Extract<ParsedGraph, { graph: CanonicalGraph }>,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const graph = parsed.graph;
  const conflicts = await store.readTransaction(
    async (tx) => [
      ...(await ownershipConflicts(tx, graph)),
      ...(await evidenceConflicts(tx, graph)),
    ],
    { metadata: { app: 'graph-seed', action: 'import-check' }, timeoutMs: AREA_TIMEOUT_MS },
  );
  if (conflicts.length > 0) {
    return { ok: false, problems: locateProblems(file, parsed.text, conflicts) };
  }
  return { ok: true, graph, counts: await importGraph(store, graph, options) };
}

/**
 * The same import of a file the running server reads itself (`npm run seed --
 * import` on the server's machine, decision 0030): `display` is the name the
 * user typed, used in every problem.
 */
export async function importCanonicalFile(
  store: Store,
  file: string,
  display: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const parsed = readCanonicalFile(file, display);
  if (parsed.graph === null) return { ok: false, problems: parsed.problems };
  return importCheckedFile(store, display, parsed, options);
}

/**
 * The same import from a text already read (the running server, given the file by
 * `npm run seed -- import` through GraphQL): `file` names it in every problem.
 */
export async function importCanonicalText(
  store: Store,
  file: string,
  text: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const parsed = parseCanonicalGraph(file, text);
  if (parsed.graph === null) return { ok: false, problems: parsed.problems };
  return importCheckedFile(store, file, parsed, options);
}

/**
 * A canonical JSON file checked against its shape and the limits; touches no
 * store. `display` names it in problems (default: `file`).
 */
export function readCanonicalFile(file: string, display: string = file): ParsedGraph {
  const read = readTextFile(
    file,
    display,
    'canonical JSON file',
    LIMITS.canonicalImportBytes,
    true,
  );
  if (read.problem) return { graph: null, problems: [read.problem] };
  return parseCanonicalGraph(display, read.text);
}

export interface ImportOptions {
  /** Called after each area's transaction committed. */
  onArea?: (areaId: string, counts: WriteGraphCounts, ms: number) => void;
  /** Who imports (recorded as the areas' provenance), where known. */
  by?: string | null;
  /**
   * Runs in each area's write transaction, after the area is written (the
   * server's audit entry: it commits with the area or not at all).
   */
  inTransaction?: (tx: Tx, areaId: string, counts: WriteGraphCounts) => Promise<void>;
}

/**
 * Every quote and section of the graph against its document's text (the
 * text the file carries in `sources`, else the stored one; neither is a
 * problem), and every carried text against the stored one: an import never
 * replaces a stored document text (decision 0022). Paths locate each problem
 * in the file.
 */
export async function evidenceConflicts(
  tx: Tx,
  graph: CanonicalGraph,
): Promise<{ path: PathSegment[]; message: string; expected: string }[]> {
  const carried = graph.sources ?? [];
  const stored = await readDocumentTextHashes(
    tx,
    carried.map((t) => t.documentId),
  );
  const found: { path: PathSegment[]; message: string; expected: string }[] = [];
  carried.forEach((t, i) => {
    const sha = stored.get(t.documentId);
    if (sha !== undefined && sha !== t.sha256)
      found.push({
        path: ['sources', i, 'text'],
        message: `the store holds another text of document ${t.documentId} (SHA-256 ${sha}); an import does not replace a stored document text`,
        expected: `the stored text of ${t.documentId} (export the area again) or no \`sources\` entry for it`,
      });
  });
  for (const p of await graphEvidenceProblems(tx, graph, carried))
    found.push({ path: p.path, message: p.message, expected: p.expected });
  return found;
}

/** The carried texts a part of the graph needs that the store does not hold yet. */
async function textsFor(
  tx: Tx,
  part: CanonicalGraph,
  graph: CanonicalGraph,
): Promise<DocumentTextInput[]> {
  const wanted = new Set([
    ...citedDocuments(part),
    ...part.nodes.filter((n) => n.labels[0] === 'Document').map((n) => n.id),
  ]);
  const carried = (graph.sources ?? []).filter((t) => wanted.has(t.documentId));
  const stored = await readDocumentTextHashes(
    tx,
    carried.map((t) => t.documentId),
  );
  return carried
    .filter((t) => stored.get(t.documentId) !== t.sha256)
    .map((t) => ({
      documentId: t.documentId,
      text: t.text,
      sourceFile: t.sourceFile,
      provenance: 'imported' as const,
    }));
}

/**
 * Time for one area's transaction. An area is bounded by the limits table
 * (LIMITS.nodesPerArea, relationshipsPerArea) and writes in well under a
 * second; the bound is generous for a loaded Neo4j.
 */
const AREA_TIMEOUT_MS = 5 * 60_000;

/**
 * Writes a checked graph one area per transaction (each area whole or not at
 * all; its stale facts deleted), each transaction checking again that the
 * area's nodes are its own. The national set (152 areas) is 152 small
 * transactions rather than one that outgrows a transaction timeout or heap.
 * A failure leaves the areas before it written, the rest as they were.
 */
export async function importGraph(
  store: Store,
  graph: CanonicalGraph,
  options: ImportOptions = {},
): Promise<WriteGraphCounts> {
  const total: WriteGraphCounts = {
    nodes: 0,
    relationships: 0,
    deletedNodes: 0,
    deletedRelationships: 0,
  };
  for (const part of splitByArea(graph)) {
    const areaId = part.areas[0] as string;
    const started = Date.now();
    const counts = await store.writeTransaction(
      async (tx) => {
        const conflicts = await ownershipConflicts(tx, part);
        if (conflicts.length > 0) {
          throw new Error(
            `import of area ${areaId} refused: ${conflicts.map((c) => c.message).join('; ')}`,
          );
        }
        const written = await writeGraph(tx, part, {
          replaceAreas: [areaId],
          texts: await textsFor(tx, part, graph),
          provenance: { kind: 'imported', by: options.by ?? null },
        });
        await options.inTransaction?.(tx, areaId, written);
        return written;
      },
      {
        metadata: { app: 'graph-seed', action: 'import', area: areaId },
        timeoutMs: AREA_TIMEOUT_MS,
      },
    );
    total.nodes += counts.nodes;
    total.relationships += counts.relationships;
    total.deletedNodes += counts.deletedNodes;
    total.deletedRelationships += counts.deletedRelationships;
    options.onArea?.(areaId, counts, Date.now() - started);
  }
  return total;
}
