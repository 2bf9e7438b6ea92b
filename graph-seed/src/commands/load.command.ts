import { formatProblem, sortProblems } from '@accgraph/schema';
import { resolve } from 'node:path';
import { type SeedPaths, seedPaths } from '../paths.ts';
import { describeProgress, seedAreas } from '../seed-store.ts';
import { EXIT, type ExitCode, type Io } from './io.ts';
import {
  chooseWritePath,
  reportSeedWrite,
  SEED_WRITE_FIELDS,
  serverGraphQL,
  type SeedWriteAnswer,
} from './server.ts';
import { withStore } from './store.ts';

const LOAD = `mutation SeedLoad($areas: [ID!], $replaceEdits: [ID!], $areasDir: String, $sourcesDir: String, $taxonomyDir: String) {
  loadBundledAreas(areas: $areas, replaceEdits: $replaceEdits, areasDir: $areasDir, sourcesDir: $sourcesDir, taxonomyDir: $taxonomyDir) ${SEED_WRITE_FIELDS}
}`;

/**
 * `load [--area id...] [--replace-edits id...]`: one write transaction per changed
 * area; nothing written on bad data; imported or edited areas are left alone
 * (one line each) unless named by `--replace-edits`.
 */
export async function loadCommand(
  paths: Partial<SeedPaths>,
  options: { area?: string[]; replaceEdits?: string[]; direct?: boolean },
  io: Io,
): Promise<ExitCode> {
  const path = options.direct ? { kind: 'direct' as const } : await chooseWritePath(io);
  if (path.kind === 'server') {
    const dirs = seedPaths(paths);
    const { status, body } = await serverGraphQL<{ loadBundledAreas: SeedWriteAnswer }>(
      path.server,
      LOAD,
      {
        areas: options.area?.length ? options.area : null,
        replaceEdits: options.replaceEdits?.length ? options.replaceEdits : null,
        // absolute: the server resolves nothing against its own working directory
        areasDir: resolve(dirs.areasDir),
        sourcesDir: resolve(dirs.sourcesDir),
        taxonomyDir: resolve(dirs.taxonomyDir),
      },
    );
    return reportSeedWrite(io, status, body, body.data?.loadBundledAreas);
  }
  const result = await withStore((store) =>
    seedAreas(store, {
      ...paths,
      ...(options.area?.length ? { areas: options.area } : {}),
      ...(options.replaceEdits?.length ? { replaceEdits: options.replaceEdits } : {}),
      onProgress: (p) => io.out(describeProgress(p)),
    }),
  );
  if (!result.ok) {
    for (const p of sortProblems(result.problems)) io.err(formatProblem(p));
    io.err(`${result.problems.length} problem(s): nothing was written.`);
    return EXIT.data;
  }
  if (result.ignoredProblems.length > 0) {
    io.err(
      `(${result.ignoredProblems.length} problem(s) in other areas' files were not blocking; run validate)`,
    );
  }
  return EXIT.ok;
}
