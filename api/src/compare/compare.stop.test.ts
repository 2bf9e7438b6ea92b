import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalGraph } from '@accgraph/schema';
import { writeGraph } from '../canonical/index.ts';
import { guardedStore, newBudget, runWithBudget, type Budget } from '../http/limits.ts';
import { createLogger } from '../logger.ts';
import { Services } from '../services.ts';
import { openStore, type Statement, type Store } from '../store/index.ts';
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

/** The real store, counting the statements it is sent (no write generation: no graph cache). */
function counting(inner: Store): { store: Store; statements: () => number } {
  let statements = 0;
  const store: Store = {
    kind: inner.kind,
    description: inner.description,
    ensureSchema: () => inner.ensureSchema(),
    read: (statement: Statement, options) => {
      statements += 1;
      return inner.read(statement, options);
    },
    write: (statement, options) => inner.write(statement, options),
    readTransaction: (work, options) =>
      inner.readTransaction(
        (tx) =>
          work({
            run: (statement) => {
              statements += 1;
              return tx.run(statement);
            },
          }),
        options,
      ),
    writeTransaction: (work, options) => inner.writeTransaction(work, options),
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
  return { store, statements: () => statements };
}

describe('aliases of one comparison in a request (issue 16: 15 aliases fit the cost rule)', () => {
  const input = { areaIds, asOf: undefined, codes: null, categories: null, includeUncarried: true };

  it('are computed once: the same store statements as one comparison, the same answer', async () => {
    const once = counting(store);
    const alone = await runWithBudget(budget(false), () =>
      new Services(once.store, createLogger('silent')).get(CompareService).compare(input),
    );
    const aliased = counting(store);
    const answers = await runWithBudget(budget(false), () => {
      const services = new Services(aliased.store, createLogger('silent'));
      return Promise.all(
        Array.from({ length: 15 }, () => services.get(CompareService).compare({ ...input })),
      );
    });
    expect(once.statements()).toBeGreaterThan(0);
    expect(aliased.statements()).toBe(once.statements());
    for (const answer of answers) expect(answer).toEqual(alone);
  });

  it('another request gets the kept matrix until the next write, then a new one (graph cache compare-matrices)', async () => {
    const first = await run(budget(false));
    const second = await run(budget(false));
    expect(second).toBe(first);
    await store.writeTransaction(async () => undefined);
    const third = await run(budget(false));
    expect(third).not.toBe(first);
    expect(third).toEqual(first);
  });

  it('15 statements in flight under one request budget raise no listener warning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      const guarded = guardedStore(store);
      const { budget: b } = newBudget(10_000);
      await runWithBudget(b, () =>
        Promise.all(
          Array.from({ length: 15 }, () => guarded.read({ text: 'RETURN 1 AS ok', name: 'ping' })),
        ),
      );
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });
});
