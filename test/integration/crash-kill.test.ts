import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGraph } from '@accgraph/api/canonical';
import { openStore } from '@accgraph/api/store';
import { compileAreas, validateSeed } from '@accgraph/graph-seed';
import { checkAreas, crashTest, loadOp } from '../fuzz/crash.ts';

/**
 * A handful of real kill -9s of `npm run seed -- load` and `… import`, and of
 * the server while it publishes drafts, on one
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
      // the CLI writers; `start` (the server's store thread) runs in `npm run crash`
      ops: ['load', 'import'],
      log: (line) => lines.push(line),
    });
    expect(report.unopenable, lines.join('\n')).toEqual([]);
    expect(report.broken, lines.join('\n')).toEqual([]);
    expect(report.kills + report.finished).toBe(4);
    expect(report.kills).toBeGreaterThan(0);
  }, 240_000);

  it('a kill during publishDraft in the server leaves each area at the version it held or the one published', async () => {
    const lines: string[] = [];
    // two clean publishes calibrate (versions A and B), then 3 runs each killed
    // at a random point after the first publishDraft was sent, then a clean one
    const report = await crashTest({
      runs: 3,
      seed: 14,
      importAreas: 2,
      ops: ['publish'],
      log: (line) => lines.push(line),
    });
    expect(report.unopenable, lines.join('\n')).toEqual([]);
    expect(report.broken, lines.join('\n')).toEqual([]);
    expect(report.kills + report.finished).toBe(3);
  }, 900_000);

  it('the check calls an area broken when only part of it is stored (its nodes, not its relationships)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-crash-check-'));
    try {
      const dbPath = path.join(dir, 'graph.grafeo');
      const op = loadOp(['walsall']);
      const [compiled] = compileAreas(validateSeed({}), { areas: ['walsall'] });
      const store = await openStore({ kind: 'embedded', path: dbPath });
      await store.ensureSchema();
      await store.writeTransaction((tx) =>
        writeGraph(
          tx,
          { ...compiled!.graph, relationships: [] },
          { replaceAreas: ['walsall'], uncheckedEvidence: 'test-fixture' },
        ),
      );
      await store.close();
      const states = await checkAreas(dbPath, op.expected);
      expect(states.broken.map((b) => b.area)).toEqual(['walsall']);
      expect(states.whole).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
