import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAreas } from '@accgraph/graph-seed';
import { closeClient } from '../fuzz/http-client.ts';
import { fingerprint, fuzzHttp } from '../fuzz/http-fuzz.ts';
import { startTestApp, type TestApp } from './support/app.ts';
import { freshEmbeddedStore } from './support/stores.ts';

/**
 * The bounded CI version of `npm run fuzz` (test/fuzz/fuzz.ts): a few hundred
 * generated GraphQL requests and raw malformed HTTP messages against the real
 * server in production mode over the bundled areas. No 5xx, no reset or hang,
 * no leak, and the graph unchanged.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 16);

describe('fuzzed requests, production mode, embedded store (bounded)', () => {
  let t: TestApp;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const fresh = await freshEmbeddedStore();
    dispose = fresh.dispose;
    expect((await seedAreas(fresh.store)).ok).toBe(true);
    t = await startTestApp({
      store: fresh.store,
      env: { NODE_ENV: 'production', READ_ACCESS: 'open' },
    });
  }, 120_000);
  afterAll(async () => {
    closeClient();
    await t.app.close();
    await dispose();
  });

  it('300 GraphQL requests and 40 raw messages: no 5xx, no reset, no leak, graph unchanged', async () => {
    const before = await fingerprint(t.url);
    const report = await fuzzHttp(t.url, {
      graphql: 300,
      raw: 40,
      seed: SEED,
      concurrency: 4,
      deadline: Date.now() + 100_000,
    });
    expect(report.graphql + report.raw).toBe(340);
    expect(report.serverErrors).toEqual([]);
    expect(report.noAnswer).toEqual([]);
    expect(report.leaks).toEqual([]);
    expect(await fingerprint(t.url)).toBe(before);
  }, 150_000);
});
