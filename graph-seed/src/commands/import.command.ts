import { existsSync } from 'node:fs';
import { writeGraph } from '@accgraph/api/canonical';
import { parseCanonicalGraph } from '../model/canonical.schema.ts';
import { formatProblem, LIMITS } from '@accgraph/schema';
import { readTextFile } from '../model/read-text.ts';
import { EXIT, type ExitCode, type Io, UsageError } from './io.ts';
import { withStore } from './store.ts';

/** `import file.json`: checks the whole file first, then writes it in one transaction. */
export async function importCommand(file: string, io: Io): Promise<ExitCode> {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const read = readTextFile(file, file, 'canonical JSON file', LIMITS.canonicalImportBytes, true);
  const parsed = read.problem
    ? { graph: null, problems: [read.problem] }
    : parseCanonicalGraph(file, read.text);
  if (parsed.graph === null) {
    for (const p of parsed.problems) io.err(formatProblem(p));
    io.err(`${parsed.problems.length} problem(s): nothing was written.`);
    return EXIT.data;
  }
  const graph = parsed.graph;
  const counts = await withStore((store) =>
    store.writeTransaction((tx) => writeGraph(tx, graph, { replaceAreas: graph.areas }), {
      metadata: { app: 'graph-seed', action: 'import' },
    }),
  );
  io.out(
    `imported ${graph.areas.join(', ') || 'no areas'}: ${counts.nodes} node(s), ${counts.relationships} relationship(s)` +
      ` (deleted ${counts.deletedNodes} stale node(s), ${counts.deletedRelationships} relationship(s))`,
  );
  return EXIT.ok;
}
