import { formatProblem, sortProblems } from '../model/problem.ts';
import type { SeedPaths } from '../paths.ts';
import { seedAreas, type SeedProgress } from '../seed-store.ts';
import { EXIT, type ExitCode, type Io } from './io.ts';
import { withStore } from './store.ts';

export function describeProgress(p: SeedProgress): string {
  if (p.status === 'unchanged') return `${p.areaId}: unchanged`;
  const c = p.counts;
  const deleted =
    c.deletedNodes || c.deletedRelationships
      ? `, deleted ${c.deletedNodes} stale node(s) and ${c.deletedRelationships} relationship(s)`
      : '';
  return `${p.areaId}: wrote ${c.nodes} node(s), ${c.relationships} relationship(s)${deleted} in ${p.ms} ms`;
}

/** `load [--area id...]`: one write transaction per changed area; nothing written on bad data. */
export async function loadCommand(
  paths: Partial<SeedPaths>,
  options: { area?: string[] },
  io: Io,
): Promise<ExitCode> {
  const result = await withStore((store) =>
    seedAreas(store, {
      ...paths,
      ...(options.area?.length ? { areas: options.area } : {}),
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
