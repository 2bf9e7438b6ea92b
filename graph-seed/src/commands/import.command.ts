import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { formatProblem } from '@accgraph/schema';
import { importCheckedFile, readCanonicalFile } from '../import-file.ts';
import { EXIT, type ExitCode, type Io, UsageError } from './io.ts';
import {
  chooseWritePath,
  reportSeedWrite,
  SEED_WRITE_FIELDS,
  serverGraphQL,
  type SeedWriteAnswer,
} from './server.ts';
import { withStore } from './store.ts';

/**
 * `import file.json`: checks the whole file (and that its nodes are not
 * another area's in the store) first, then writes it one area per
 * transaction, printing each area as it commits.
 */
export async function importCommand(file: string, io: Io): Promise<ExitCode> {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const parsed = readCanonicalFile(file);
  if (parsed.graph === null) {
    for (const p of parsed.problems) io.err(formatProblem(p));
    io.err(`${parsed.problems.length} problem(s): nothing was written.`);
    return EXIT.data;
  }
  const path = await chooseWritePath(io);
  if (path.kind === 'server') {
    // the server reads the file itself (same OS user, same machine) and checks it again, whole,
    // against the store it holds: nothing the CLI checked is trusted, and no body limit applies
    const { status, body } = await serverGraphQL<{ importCanonicalGraph: SeedWriteAnswer }>(
      path.server,
      IMPORT,
      { file, path: resolve(file) },
    );
    return reportSeedWrite(io, status, body, body.data?.importCanonicalGraph);
  }
  const result = await withStore((store) =>
    importCheckedFile(store, file, parsed, {
      by: importer(),
      onArea: (area, c, ms) =>
        io.out(`${area}: wrote ${c.nodes} node(s), ${c.relationships} relationship(s) in ${ms} ms`),
    }),
  );
  if (!result.ok) {
    for (const p of result.problems) io.err(formatProblem(p));
    io.err(`${result.problems.length} problem(s): nothing was written.`);
    return EXIT.data;
  }
  const { graph, counts } = result;
  io.out(
    `imported ${graph.areas.join(', ') || 'no areas'}: ${counts.nodes} node(s), ${counts.relationships} relationship(s)` +
      ` (deleted ${counts.deletedNodes} stale node(s), ${counts.deletedRelationships} relationship(s))`,
  );
  return EXIT.ok;
}

const IMPORT = `mutation SeedImport($file: String!, $path: String!) {
  importCanonicalGraph(file: $file, path: $path) ${SEED_WRITE_FIELDS}
}`;

/** Who runs the import, recorded as the areas' provenance: the OS account, where known. */
function importer(): string | null {
  try {
    return `${userInfo().username} (seed import)`;
  } catch {
    return null;
  }
}
