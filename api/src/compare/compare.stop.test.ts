import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalGraph } from '@accgraph/schema';
import { writeGraph } from '../canonical/index.ts';
import { runWithBudget, type Budget } from '../http/limits.ts';
import { createLogger } from '../logger.ts';
import { Services } from '../services.ts';
import { openStore, type Store } from '../store/index.ts';
import { CompareService } from './compare.service.ts';

// A real embedded store holding the contract suite's compare fixture (two
// areas, shared and lead obligations; no fake): the comparison must end with
// REQUEST_TIMEOUT once its request's budget is spent.
const FIXTURE = new URL('../../../test/contract/fixtures/compare.json', import.meta.url);
let dir: string;
let store: Store;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'accgraph-compare-'));
  store = await openStore({ kind: 'embedded', path: path.join(dir, 'graph.grafeo') });
  await store.ensureSchema();
  const graph = JSON.parse(readFileSync(FIXTURE, 'utf8')) as CanonicalGraph;
  await store.writeTransaction((tx) =>
    writeGraph(tx, graph, { uncheckedEvidence: 'test-fixture' }),
  );
}, 60_000);
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const budget = (aborted: boolean): Budget => {
  const controller = new AbortController();
  if (aborted) controller.abort('timeout');
  return { signal: controller.signal, deadline: Date.now() + 10_000, limitMs: 10_000, refused: 0 };
};
const areaIds = ['vale', 'shire'];
const run = (b: Budget) =>
  runWithBudget(b, () =>
    new Services(store, createLogger('silent')).get(CompareService).compare({
      areaIds,
      asOf: undefined,
      codes: null,
      categories: null,
      includeUncarried: true,
    }),
  );

describe('compareAreas and its request budget', () => {
  it('builds the matrix while its budget lasts', async () => {
    const data = await run(budget(false));
    expect(data.rows.length).toBeGreaterThan(0);
    expect(data.rows.some((r) => r.cells.some((c) => c.holders.length > 0))).toBe(true);
    expect(data.rows[0]?.cells.map((c) => c.areaId)).toEqual(areaIds);
  });

  it('stops building the matrix with REQUEST_TIMEOUT once its budget is spent', async () => {
    await expect(run(budget(true))).rejects.toMatchObject({
      extensions: { code: 'REQUEST_TIMEOUT' },
    });
  });
});
