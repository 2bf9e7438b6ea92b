import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../api/src/store/index.ts';
import { startTestApp, type TestApp } from './support/app.ts';

describe('HTTP server over the embedded store', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ embedded: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', store: 'embedded' });
  });

  it('serves GraphQL and stamps a request id on the response', async () => {
    const { status, headers, body } = await t.graphql('{ areas { id name } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(Array.isArray(body.data?.areas)).toBe(true);
    expect(headers.get('x-request-id')).toMatch(/.+/);
  });

  it('answers a syntax error with 400 and no internals', async () => {
    const { status, body } = await t.graphql('{ areas { id ');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stack|\.ts:|node_modules/);
  });

  it('rejects a body over 1 MB with 413', async () => {
    const query = `{ areas { id } } # ${'x'.repeat(1024 * 1024)}`;
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(413);
  });

  it('refuses a simple cross-site GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(
      `${t.url}/graphql?query=${encodeURIComponent('{ areas { id } }')}`,
    );
    expect(response.status).toBe(400);
  });

  it('returns null for an unknown area id', async () => {
    const { status, body } = await t.graphql('query ($id: ID!) { area(id: $id) { id } }', {
      id: 'nowhere',
    });
    expect(status).toBe(200);
    expect(body.data?.area).toBeNull();
  });
});

describe('HTTP server when Neo4j is unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    const store = await openStore({
      kind: 'neo4j',
      uri: 'bolt://127.0.0.1:1',
      username: 'neo4j',
      password: 'secret-password',
      database: 'neo4j',
      txTimeoutMs: 3000,
    });
    t = await startTestApp({ store });
  }, 20_000);
  afterAll(async () => {
    await t.close();
  });

  it('reports not ready with 503 within 5 s', async () => {
    const started = Date.now();
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('answers queries with 503 and Retry-After within 5 s, leaking no bolt URI', async () => {
    const started = Date.now();
    const { status, headers, body } = await t.graphql('{ areas { id } }');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(status).toBe(503);
    expect(headers.get('retry-after')).toBe('5');
    expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(body)).not.toMatch(/bolt:|127\.0\.0\.1:1|secret-password/);
  });
});
