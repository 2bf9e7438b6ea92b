import { existsSync, readFileSync } from 'node:fs';
import { writeGraph } from '@accgraph/api/canonical/index.ts';
import { parseCanonicalGraph } from '../model/canonical.schema.ts';
import { formatProblem } from '../model/problem.ts';
import { EXIT, type ExitCode, type Io, UsageError } from './io.ts';
import { withStore } from './store.ts';

/**
 * One transaction for the whole file: on Neo4j the national set (152 areas,
 * ~45k nodes, ~140k relationships) takes minutes, far past the 30 s that
 * API transactions get.
 */
const IMPORT_TIMEOUT_MS = 30 * 60_000;

/** `import file.json`: checks the whole file first, then writes it in one transaction. */
export async function importCommand(file: string, io: Io): Promise<ExitCode> {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const parsed = parseCanonicalGraph(file, readFileSync(file, 'utf8'));
  if (parsed.graph === null) {
    for (const p of parsed.problems) io.err(formatProblem(p));
    io.err(`${parsed.problems.length} problem(s): nothing was written.`);
    return EXIT.data;
  }
  const graph = parsed.graph;
  const counts = await withStore((store) =>
    store.writeTransaction((tx) => writeGraph(tx, graph, { replaceAreas: graph.areas }), {
      metadata: { app: 'graph-seed', action: 'import' },
      timeoutMs: IMPORT_TIMEOUT_MS,
    }),
  );
  io.out(
    `imported ${graph.areas.join(', ') || 'no areas'}: ${counts.nodes} node(s), ${counts.relationships} relationship(s)` +
      ` (deleted ${counts.deletedNodes} stale node(s), ${counts.deletedRelationships} relationship(s))`,
  );
  return EXIT.ok;
}
