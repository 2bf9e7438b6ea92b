import { describeProgress, seedAreas } from '@accgraph/graph-seed';
import { formatProblem, sortProblems } from '@accgraph/schema';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/index.ts';
import { say } from './progress.ts';

/** The bundled area files are invalid: startup stops and nothing was written. */
export class SeedDataError extends Error {
  override readonly name = 'SeedDataError';
}

/**
 * Loads the bundled areas whose files changed since they were last loaded
 * (one transaction per area); unchanged areas are left as they are.
 */
export async function seedBundledAreas(store: Store, areasDir: string, logger: Logger) {
  say(`Loading bundled areas from ${areasDir} …`);
  const result = await seedAreas(store, {
    areasDir,
    onProgress: (progress) => {
      say(`  ${describeProgress(progress)}`);
      logger.debug({ progress }, 'area seeded');
    },
  });
  if (!result.ok) {
    for (const problem of sortProblems(result.problems)) say(`  ${formatProblem(problem)}`);
    throw new SeedDataError(
      `${result.problems.length} problem(s) in the area files: nothing was written. ` +
        'Fix them (npm run seed -- validate), or start with SEED_ON_START=false.',
    );
  }
  return result.areas;
}
