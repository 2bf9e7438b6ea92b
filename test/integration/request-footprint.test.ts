import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/**
 * Issue 10's measure of a house a newcomer can walk: one cold
 * `accountability(HOLDERS)` request runs code in at most 15 `api/src` files
 * (half of the 30 it touched before the core refactor). Counted by V8 precise
 * coverage on the real server (api/scripts/request-footprint.ts; method in
 * docs/architecture.md, "What one request touches"). A change that adds a step
 * to every request's path fails here and has to say why in that table.
 */
describe('what one accountability request touches', () => {
  it('runs code in at most 15 api/src files, and answers the four 2014 chains', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'api/scripts/request-footprint.ts', '--as-of=2015-01-01', '--json'],
      { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent' }, timeout: 120_000 },
    );
    const summary = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      asked: string;
      apiFiles: number;
      api: string[];
    };
    expect(summary.asked).toBe('asOf 2015-01-01, 4 chains');
    expect(summary.api, summary.api.join('\n')).toContain(
      'api/src/accountability/accountability.service.ts',
    );
    expect(summary.apiFiles, summary.api.join('\n')).toBeLessThanOrEqual(15);
  }, 150_000);
});
