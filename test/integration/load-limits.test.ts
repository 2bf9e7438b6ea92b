import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@accgraph/schema';
import { buildGraphQLSchema } from '@accgraph/api/schema';
import { countingRuns, measureQuery } from '../../api/src/http/limits.ts';
import { startCountingApp, type CountingApp } from './support/counting-store.ts';

const schema = buildGraphQLSchema();

/** Two nested pages of relationships, page size from `$n` (or omitted). */
function nested(page: string): string {
  return `query ($n: Int) { node(id: "wiltshire/wscb") { ... on Body {
    relationships${page} { edges { node { to { ... on Body {
      relationships${page} { edges { node { id } } } } } } } } } } }`;
}
const NESTED_VAR = nested('(first: $n)');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const first = (errors: Errors) => errors?.[0];

describe('query limits: page sizes from variables and defaults are costed; refusals say which limit', () => {
  let t: CountingApp;
  beforeAll(async () => {
    t = await startCountingApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses nested relationships(first: $n) over the cost limit with LIMIT_EXCEEDED, naming the limit, figure and remedy', async () => {
    const { status, body } = await t.graphql(NESTED_VAR, { n: 50 });
    expect(status).toBe(400);
    const error = first(body.errors);
    expect(error?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(error?.extensions?.limit).toMatchObject({ name: 'queryCost', max: LIMITS.queryCost });
    expect((error?.extensions?.limit as { found: number }).found).toBeGreaterThan(LIMITS.queryCost);
    expect(error?.message).toMatch(/cost limit of 25000 exceeded/i);
    expect(error?.message).toContain('"queryCost": 25,000');
    expect(error?.message).toMatch(/To stay under it, .*smaller pages \(first: 10\)/);
    expect(error?.message).not.toMatch(/Syntax Error/i);
    expect(body.data).toBeUndefined();
    expect(t.counting.reads).toHaveLength(0); // refused before any store work
  });

  it('costs an omitted first as the default page (50)', async () => {
    const { status, body } = await t.graphql(nested('').replace('query ($n: Int) ', ''));
    expect(status).toBe(400);
    expect(first(body.errors)?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it('costs a variable page size just inside the limit through and just outside it refused', async () => {
    const cost = (n: number) => measureQuery(schema, NESTED_VAR, { n }).cost;
    let n = 1;
    while (cost(n + 1) <= LIMITS.queryCost) n += 1;
    expect(cost(n)).toBeLessThanOrEqual(LIMITS.queryCost);
    const inside = await t.graphql(NESTED_VAR, { n });
    expect({ status: inside.status, errors: inside.body.errors }).toEqual({
      status: 200,
      errors: undefined,
    });
    const outside = await t.graphql(NESTED_VAR, { n: n + 1 });
    expect(outside.status).toBe(400);
    expect(first(outside.body.errors)?.extensions?.limit).toMatchObject({ name: 'queryCost' });
  });

  it('counts a repeated document once and still costs each request with its own variables', async () => {
    // Apollo's document store hands each request with this text the same parsed document: its
    // depth, aliases and directives (a validation pass) are counted on the first request only
    const query = NESTED_VAR.replace('query ($n: Int)', 'query CountedOnce($n: Int)');
    const before = countingRuns.n;
    for (const n of [1, 2, 1]) {
      const answer = await t.graphql(query, { n });
      expect({ status: answer.status, errors: answer.body.errors }).toEqual({
        status: 200,
        errors: undefined,
      });
    }
    expect(countingRuns.n - before).toBe(1);
    const outside = await t.graphql(query, { n: 50 });
    expect(outside.status).toBe(400);
    expect(first(outside.body.errors)?.extensions?.limit).toMatchObject({ name: 'queryCost' });
    expect(countingRuns.n - before).toBe(1);
  });

  it('refuses depth, alias, directive and token floods with LIMIT_EXCEEDED at the edge of each limit', async () => {
    const aliases = (k: number) =>
      `{ ${Array.from({ length: k }, (_, i) => `a${i}: areas { id }`).join(' ')} }`;
    const directives = (k: number) => `{ areas { ${'id @include(if: true) '.repeat(k)} } }`;
    // 12 tokens around k - 12 strings: `{ nodes ( ids : [ "a" … ] ) { id } }`
    const tokens = (k: number) => `{ nodes(ids: [${'"a/b" '.repeat(k - 12)}]) { id } }`;
    const cases: [string, (k: number) => string, number][] = [
      ['queryAliases', aliases, LIMITS.queryAliases],
      ['queryDirectives', directives, LIMITS.queryDirectives],
      ['queryTokens', tokens, LIMITS.queryTokens],
    ];
    for (const [name, make, max] of cases) {
      if (name === 'queryTokens') expect(measureQuery(schema, make(max)).tokens).toBe(max);
      const inside = await t.graphql(make(max));
      // just inside: not refused by the limit (the token filler is 1,988 ids: over the
      // 200 ids `nodes` takes, a BAD_USER_INPUT of the resolver, after the limits passed)
      expect({ name, codes: inside.body.errors?.map((e) => e.extensions?.code) }).toEqual({
        name,
        codes: name === 'queryTokens' ? ['BAD_USER_INPUT'] : undefined,
      });
      const outside = await t.graphql(make(max + 1));
      const error = first(outside.body.errors);
      expect({ name, status: outside.status, code: error?.extensions?.code }).toEqual({
        name,
        status: 400,
        code: 'LIMIT_EXCEEDED',
      });
      expect(error?.extensions?.limit).toMatchObject({ name, max });
      expect(error?.message).toContain(`"${name}"`);
      expect(error?.message).not.toMatch(/Syntax Error/i);
    }
  });

  it('refuses a query one level over the depth limit, and lets one at the limit through', async () => {
    // node { relationships(first: 1) { edges { node { to { ... } } } } }: 4 levels per hop
    const hops = (k: number, tail: string) => {
      let inner = tail;
      for (let i = 0; i < k; i += 1)
        inner = `relationships(first: 1) { edges { node { to { ${inner} } } } }`;
      return `{ node(id: "wiltshire/wscb") { ${inner} } }`;
    };
    let query = '';
    for (const tail of ['id', 'evidence { quote }', 'evidence { document { id } }']) {
      const q = hops(2, tail);
      if (measureQuery(schema, q).depth === LIMITS.queryDepth) query = q;
    }
    expect(measureQuery(schema, query).depth).toBe(LIMITS.queryDepth);
    expect((await t.graphql(query)).status).toBe(200);
    const over = hops(3, 'id');
    expect(measureQuery(schema, over).depth).toBeGreaterThan(LIMITS.queryDepth);
    const { status, body } = await t.graphql(over);
    expect(status).toBe(400);
    expect(first(body.errors)?.extensions?.limit).toMatchObject({ name: 'queryDepth' });
  });
});

describe('load limits: time limit, disconnect, queue, probes (real server, slowed store)', () => {
  let t: CountingApp;
  const LIMIT_MS = 400;
  beforeAll(async () => {
    t = await startCountingApp({
      logLevel: 'info',
      env: {
        REQUEST_TIME_LIMIT_MS: String(LIMIT_MS),
        MAX_CONCURRENT_REQUESTS: '1',
        MAX_QUEUED_REQUESTS: '1',
      },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('stops a request at the time limit (REQUEST_TIMEOUT, no more store work), then serves the next one', async () => {
    t.counting.slowDown(150);
    t.counting.reset();
    const started = Date.now();
    const { status, headers, body } = await t.graphql(NESTED_VAR, { n: 5 });
    const took = Date.now() - started;
    expect(status).toBe(503);
    expect(headers.get('retry-after')).toBe('5');
    const error = first(body.errors);
    expect(error?.extensions?.code).toBe('REQUEST_TIMEOUT');
    expect(error?.extensions?.limit).toMatchObject({ name: 'requestMs', max: LIMIT_MS });
    expect(error?.message).toContain('"requestMs"');
    expect(took).toBeLessThan(LIMIT_MS + 2_000);
    const sent = t.counting.reads.length;
    await sleep(600);
    expect(t.counting.reads.length).toBe(sent); // nothing more reached the store
    t.counting.slowDown(0);
    const next = await t.graphql('{ areas { id } }');
    expect(next.status).toBe(200);
  });

  it('stops the store work of a client that disconnects', async () => {
    t.counting.slowDown(120);
    t.counting.reset();
    const controller = new AbortController();
    const request = fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: NESTED_VAR, variables: { n: 5 } }),
      signal: controller.signal,
    }).catch(() => undefined);
    await sleep(150);
    controller.abort();
    await request;
    await sleep(130); // the statement in flight at the disconnect may still be counted
    const sent = t.counting.reads.length;
    expect(sent).toBeGreaterThan(0);
    await sleep(700);
    expect(t.counting.reads.length).toBe(sent);
    expect(
      t.logs.some(
        (l) =>
          l.msg === 'request stopped: its store work was abandoned' && l.reason === 'disconnect',
      ),
    ).toBe(true);
    t.counting.slowDown(0);
  });

  it('answers 503 SERVER_BUSY + Retry-After when the queue is full, and /readyz and /healthz meanwhile', async () => {
    t.counting.slowDown(150);
    const slow = () => t.graphql(NESTED_VAR, { n: 2 });
    const timed = async <T>(work: Promise<T>) => {
      const started = Date.now();
      const value = await work;
      return { value, ms: Date.now() - started };
    };
    const running = [slow(), slow()]; // one runs (until the 400 ms limit), one waits
    await sleep(50);
    const [busy, ready, health, trivial] = await Promise.all([
      slow(),
      timed(fetch(`${t.url}/readyz`)),
      timed(fetch(`${t.url}/healthz`)),
      timed(t.graphql('{ __typename }')), // cheap: never waits for a slot
    ]);
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('5');
    const error = first(busy.body.errors);
    expect(error?.extensions?.code).toBe('SERVER_BUSY');
    expect(error?.message).toMatch(/busy.*"concurrentRequests".*Retry after 5 seconds/);
    expect([ready.value.status, health.value.status, trivial.value.status]).toEqual([
      200, 200, 200,
    ]);
    expect(Math.max(ready.ms, health.ms, trivial.ms)).toBeLessThan(1_000);
    const served = await Promise.all(running);
    expect(served.map((r) => r.status).every((s) => s === 200 || s === 503)).toBe(true);
    expect(
      served.some(
        (r) => r.status === 200 || first(r.body.errors)?.extensions?.code === 'REQUEST_TIMEOUT',
      ),
    ).toBe(true);
    t.counting.slowDown(0);
    expect((await t.graphql('{ areas { id } }')).status).toBe(200);
  });
});

describe('response size limit (real server)', () => {
  let t: CountingApp;
  const MAX = 44;
  beforeAll(async () => {
    t = await startCountingApp({ env: { MAX_RESPONSE_BYTES: String(MAX) } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends an answer just inside the limit and refuses one just outside with LIMIT_EXCEEDED', async () => {
    // {"data":{"__typename":"Query","a":"Query"}} and a newline: 44 bytes, the limit
    const inside = await t.graphql('{ __typename a: __typename }');
    expect(inside.status).toBe(200);
    const outside = await t.graphql('{ __typename ab: __typename }'); // 45 bytes, one over
    expect(outside.status).toBe(400);
    const error = first(outside.body.errors);
    expect(error?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(error?.extensions?.limit).toEqual({ name: 'responseBytes', max: MAX, found: MAX + 1 });
    expect(error?.message).toMatch(/"responseBytes".*To stay under it/);
    expect(outside.headers.get('x-request-id')).toBe(error?.extensions?.requestId);
  });
});
