import { describe, expect, it } from 'vitest';
import { crashTest } from '../fuzz/crash.ts';

/**
 * A handful of real kill -9s of `npm run seed -- load` and `… import` on one
 * embedded database file (the harness of `npm run crash`, which runs 50):
 * after each kill the store opens and every area is whole or absent; a clean
 * run of each command afterwards leaves every area whole. Embedded store only.
 */
describe.skipIf(Boolean(process.env.NEO4J_URI))('kill -9 during a write', () => {
  it('leaves every area whole or absent, and a clean run after the kills repairs all', async () => {
    const lines: string[] = [];
    const report = await crashTest({
      runs: 4,
      seed: 16,
      importAreas: 2,
      loadAreas: ['peterborough', 'walsall'],
      log: (line) => lines.push(line),
    });
    expect(report.unopenable, lines.join('\n')).toEqual([]);
    expect(report.broken, lines.join('\n')).toEqual([]);
    expect(report.kills + report.finished).toBe(4);
    expect(report.kills).toBeGreaterThan(0);
  }, 240_000);
});
