import { formatProblem, sortProblems } from '@accgraph/schema';
import type { SeedPaths } from '../paths.ts';
import { describeProgress, seedAreas } from '../seed-store.ts';
import { EXIT, type ExitCode, type Io } from './io.ts';
import { withStore } from './store.ts';

/**
 * `load [--area id...] [--replace-edits id...]`: one write transaction per changed
 * area; nothing written on bad data; imported or edited areas are left alone
 * (one line each) unless named by `--replace-edits`.
 */
export async function loadCommand(
  paths: Partial<SeedPaths>,
  options: { area?: string[]; replaceEdits?: string[] },
  io: Io,
): Promise<ExitCode> {
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
