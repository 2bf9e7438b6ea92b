import { existsSync } from 'node:fs';
import { formatProblem } from '@accgraph/schema';
import { importGraph, readCanonicalFile } from '../import-file.ts';
import { EXIT, type ExitCode, type Io, UsageError } from './io.ts';
import { withStore } from './store.ts';

/** `import file.json`: checks the whole file first, then writes it in one transaction. */
export async function importCommand(file: string, io: Io): Promise<ExitCode> {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const parsed = readCanonicalFile(file);
  if (parsed.graph === null) {
    for (const p of parsed.problems) io.err(formatProblem(p));
    io.err(`${parsed.problems.length} problem(s): nothing was written.`);
    return EXIT.data;
  }
  const graph = parsed.graph;
  const counts = await withStore((store) => importGraph(store, graph));
  io.out(
    `imported ${graph.areas.join(', ') || 'no areas'}: ${counts.nodes} node(s), ${counts.relationships} relationship(s)` +
      ` (deleted ${counts.deletedNodes} stale node(s), ${counts.deletedRelationships} relationship(s))`,
  );
  return EXIT.ok;
}
