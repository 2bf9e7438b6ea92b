import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '@accgraph/api/config';

export interface SeedRun {
  code: number | null;
  out: string;
  err: string;
}

/**
 * Runs `npm run seed -- <args>` as a user would (node + tsx), against the
 * database at `dbPath`; killed after `timeoutMs` (a hang shows as a null code).
 */
export function runSeed(
  args: string[],
  dbPath: string,
  options: { timeoutMs?: number } = {},
): SeedRun {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(REPO_ROOT, 'graph-seed/src/cli.ts'), ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, GRAPH_DB_PATH: dbPath, NEO4J_URI: '' },
      encoding: 'utf8',
      timeout: options.timeoutMs ?? 120_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}
