import { validateSeed } from '../area-files.ts';
import { formatProblem, sortProblems } from '@accgraph/schema';
import type { SeedPaths } from '../paths.ts';
import { EXIT, type ExitCode, type Io } from './io.ts';

/** `validate`: every problem of every area file, then a summary. */
export function validateCommand(paths: Partial<SeedPaths>, io: Io): ExitCode {
  const validation = validateSeed(paths);
  const problems = sortProblems(validation.problems);
  for (const p of problems) io.err(formatProblem(p));
  const files = validation.fileAreas.size;
  if (problems.length > 0) {
    const bad = new Set(problems.map((p) => p.file)).size;
    io.err(`${problems.length} problem(s) in ${bad} file(s); ${files} area file(s) checked.`);
    return EXIT.data;
  }
  const nodes = validation.files.reduce((n, f) => n + f.nodes.length, 0);
  const rels = validation.files.reduce((n, f) => n + f.relationships.length, 0);
  const obligations = validation.files.reduce((n, f) => n + f.obligations.length, 0);
  io.out(
    `OK: ${files} area file(s), ${new Set(validation.fileAreas.values()).size} area(s), ` +
      `${nodes} node declaration(s), ${rels} relationship(s), ${obligations} obligation(s).`,
  );
  return EXIT.ok;
}
