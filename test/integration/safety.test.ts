import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print, type DocumentNode } from 'graphql';
import { REPO_ROOT } from '@accgraph/api/config';
import { QUERY_LIMITS, measureQuery } from '../../api/src/http/limits.ts';
import { buildGraphQLSchema } from '@accgraph/api/schema';
import { startCountingApp, type CountingApp } from './support/counting-store.ts';
import { dataOf } from './support/seeded.ts';

/** What must never reach a client: stacks, source paths, Cypher, URIs, DB text. */
const LEAK =
  /stack|\.ts:\d|node_modules|\/work\/|MATCH \(|RETURN |bolt:|neo4j:\/\/|Secret|Did you mean/i;

/** The explorer's operations and the documented example queries, as sent. */
async function realQueries(): Promise<Record<string, string>> {
  const queries: Record<string, string> = {};
  // The explorer's operations exactly as it sends them (fragments interpolated).
  const explorer = await import('../../explorer/src/data/operations.ts');
  for (const value of Object.values(explorer)) {
    if (value && typeof value === 'object' && 'kind' in value && value.kind === 'Document') {
      const text = print(value as DocumentNode);
      queries[`explorer ${/query (\w+)/.exec(text)?.[1] ?? '?'}`] = text;
    }
  }
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  for (const [i, [, text = '']] of [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].entries()) {
    queries[`README example ${i + 1}`] = text;
  }
  queries['nested areas + node relationships'] = NESTED;
  return queries;
}

/** True when the operation needs no variable but `$id` (it is then run with id "wiltshire"). */
function runnableWithAreaId(query: string): boolean {
  const names = [...query.matchAll(/\$(\w+)\s*:/g)].map((m) => m[1]);
  return names.every((n) => n === 'id');
}

/** The ```graphql examples of docs/ (measured against the limits; they may need variables). */
function docExamples(): Record<string, string> {
  const examples: Record<string, string> = {};
  const docs = path.join(REPO_ROOT, 'docs');
  for (const file of readdirSync(docs, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.md')) continue;
    const text = readFileSync(path.join(docs, file), 'utf8');
    for (const [i, [, query = '']] of [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].entries()) {
      examples[`docs/${file} example ${i + 1}`] = query;
    }
  }
  return examples;
}

const NESTED = `{ areas { documents { id } graph { nodes { id } } }
  node(id: "wiltshire/wscb") { ... on Body { relationships(first: 50) { edges { node {
    from { id } to { id ... on Post { name } } document { title } } } } } } }`;

/**
 * `node { relationships { edges { node { to { ... } } } } }` nested `levels`
 * times; with `first`, each page that size (an omitted `first` is costed as
 * the default page, 50: two nested default pages are over the cost limit).
 */
function deepQuery(levels: number, first?: number): string {
  let inner = 'id';
  const page = first === undefined ? '' : `(first: ${first})`;
  for (let i = 0; i < levels; i += 1)
    inner = `relationships${page} { edges { node { to { ${inner} } } } }`;
  return `{ node(id: "wiltshire/wscb") { ${inner} } }`;
}

async function post(t: CountingApp, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('query limits, input errors and masking (real server, seeded store)', () => {
  let t: CountingApp;
  const bodies: string[] = [];
  beforeAll(async () => {
    t = await startCountingApp({ logLevel: 'debug' });
  });
  afterAll(async () => {
    await t.close();
  });

  async function rejected(query: string, variables?: Record<string, unknown>) {
    const { status, body } = await t.graphql(query, variables);
    bodies.push(JSON.stringify(body));
    return { status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message };
  }

  it('lets every explorer and documented query through, within the limits', async () => {
    const schema = buildGraphQLSchema();
    const real = await realQueries();
    expect(Object.keys(real).filter((k) => k.startsWith('explorer ')).length).toBeGreaterThan(10);
    for (const [name, query] of Object.entries({ ...real, ...docExamples() })) {
      const m = measureQuery(schema, query);
      expect({ name, ok: m.depth <= QUERY_LIMITS.depth && m.cost <= QUERY_LIMITS.cost }).toEqual({
        name,
        ok: true,
      });
      expect(m.aliases <= QUERY_LIMITS.aliases && m.directives <= QUERY_LIMITS.directives).toBe(
        true,
      );
      expect(m.tokens).toBeLessThanOrEqual(QUERY_LIMITS.tokens);
      if (!(name in real) || !runnableWithAreaId(query)) continue;
      const { status, body } = await t.graphql(query, { id: 'wiltshire' });
      expect({ name, status, errors: body.errors }).toEqual({
        name,
        status: 200,
        errors: undefined,
      });
    }
  });

  it('answers a query 20 levels deep with 400 (depth limit 12), an 11-level one with 200', async () => {
    const deep = await rejected(deepQuery(5)); // 5 x 4 levels + node + id = 22
    expect(deep.status).toBe(400);
    expect(deep.message).toMatch(/depth limit of 12 exceeded/);
    expect((await t.graphql(deepQuery(2, 5))).status).toBe(200); // depth 10
  });

  it('answers 100 aliases with 400', async () => {
    const fields = Array.from({ length: 100 }, (_, i) => `a${i}: areas { id }`).join(' ');
    const flood = await rejected(`{ ${fields} }`);
    expect(flood.status).toBe(400);
    expect(flood.message).toMatch(/Aliases limit of 15 exceeded/i);
  });

  it('answers a directive flood with 400', async () => {
    const flood = await rejected(`{ areas { ${'id @include(if: true) '.repeat(30)} } }`);
    expect(flood.status).toBe(400);
    expect(flood.message).toMatch(/Directives limit of 10 exceeded/i);
  });

  it('answers a token flood with 400 LIMIT_EXCEEDED (not a syntax error, not 500)', async () => {
    const flood = await rejected(`{ areas { ${'id '.repeat(2500)} } }`);
    expect(flood.status).toBe(400);
    expect(flood.code).toBe('LIMIT_EXCEEDED');
    expect(flood.message).toMatch(/more than 2000 tokens/);
    expect(flood.message).not.toMatch(/Syntax Error/);
  });

  it('answers nested literal pagination over the cost limit with 400', async () => {
    const costly = await rejected(
      `{ node(id: "wiltshire/wscb") { relationships(first: 50) { edges { node { to {
        relationships(first: 50) { edges { node { id } } } } } } } } }`,
    );
    expect(costly.status).toBe(400);
    expect(costly.message).toMatch(/Cost limit of 25000 exceeded/i);
  });

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED while the token limit is on', async () => {
    const syntax = await rejected('{ areas { id ');
    expect(syntax).toMatchObject({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('answers an unknown field with 400 and no field suggestions', async () => {
    const unknown = await rejected('{ areas { idd } }');
    expect(unknown).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(unknown.message).not.toMatch(/Did you mean/);
  });

  it('answers an ill-formed id with 400 BAD_USER_INPUT, an unknown one with 200 and null', async () => {
    const bad = await rejected('query ($id: ID!) { node(id: $id) { id } }', { id: 'no spaces!' });
    expect(bad).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(bad.message).toMatch(/not a valid id/);
    const unknown = await t.graphql('{ node(id: "wiltshire/nobody") { id } }');
    expect(unknown.status).toBe(200);
    expect(dataOf(unknown)).toEqual({ node: null });
  });

  it('keeps 200 for bad input when the client negotiated application/graphql-response+json', async () => {
    const body = JSON.stringify({ query: '{ areas { id } node(id: "no spaces!") { id } }' });
    const modern = await post(t, body, { accept: 'application/graphql-response+json' });
    expect(modern.status).toBe(200);
    expect(JSON.parse(modern.text).data.areas).toHaveLength(4);
    expect((await post(t, body)).status).toBe(400);
  });

  it('answers a missing variable with 400 BAD_USER_INPUT', async () => {
    const missing = await rejected('query ($id: ID!) { node(id: $id) { id } }');
    expect(missing).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
  });

  it('answers a 2 MB body with 413 and a body that is not JSON with 400', async () => {
    const huge = await post(
      t,
      JSON.stringify({ query: `{ areas { id } } #${'x'.repeat(2 << 20)}` }),
    );
    expect(huge.status).toBe(413);
    const broken = await post(t, '{"query": ');
    expect(broken.status).toBe(400);
    bodies.push(huge.text, broken.text);
  });

  it('masks an unexpected store error and logs it under the request id the client gets', async () => {
    t.counting.failWith('STORE_ERROR');
    const { status, headers, body } = await t
      .graphql('{ areas { id } }')
      .finally(() => t.counting.recover());
    bodies.push(JSON.stringify(body));
    expect(status).toBe(200); // a field error: GraphQL over HTTP answers 200 with errors
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error?.message).toMatch(/^Unexpected error/);
    const requestId = error?.extensions?.requestId;
    expect(requestId).toEqual(expect.any(String));
    expect(headers.get('x-request-id')).toBe(requestId);
    const logged = t.logs.find((l) => l.requestId === requestId && l.msg === 'graphql error');
    expect(logged?.level).toBe(50); // error
    expect(JSON.stringify(logged)).toMatch(/Simulated STORE_ERROR/);
  });

  it('leaks no stack trace, path, Cypher or URI in any error body above', () => {
    expect(bodies.length).toBeGreaterThan(10);
    for (const body of bodies) expect(body).not.toMatch(LEAK);
  });

  it('serves the landing page at GET /graphql outside production', async () => {
    const response = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<html/i);
  });

  it('keeps variables, query strings and authorization out of the info-level log', async () => {
    const secret = 'hunter2-variable-value';
    await fetch(
      `${t.url}/graphql?query=${encodeURIComponent('query ($id: ID!) { node(id: $id) { id } }')}` +
        `&variables=${encodeURIComponent(JSON.stringify({ id: secret }))}`,
      { headers: { 'apollo-require-preflight': 'true', authorization: 'Bearer top-secret' } },
    );
    await t.graphql('query ($id: ID!) { node(id: $id) { id } }', { id: `${secret} !` });
    const info = t.logs.filter((l) => (l.level as number) >= 30);
    expect(info.some((l) => l.msg === 'incoming request')).toBe(true);
    expect(JSON.stringify(info)).not.toMatch(/hunter2|top-secret|authorization|variables=/i);
    const incoming = info.filter((l) => l.msg === 'incoming request').at(-2);
    expect(incoming?.req).toMatchObject({ method: 'GET', path: '/graphql' });
    // the client's own mistakes are logged at debug only
    const clientErrors = t.logs.filter((l) => l.msg === 'graphql client error');
    expect(clientErrors.at(-1)).toMatchObject({ level: 20, path: ['node'] });
  });
});

describe('store outage and recovery without a restart', () => {
  let t: CountingApp;
  beforeAll(async () => {
    t = await startCountingApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 503 + Retry-After while the store is unavailable, then 200 again', async () => {
    expect((await t.graphql('{ areas { id } }')).status).toBe(200);
    t.counting.failWith('STORE_UNAVAILABLE');
    const started = Date.now();
    const down = await t.graphql('{ areas { id } }');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('5');
    expect(down.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(down.body)).not.toMatch(LEAK);
    expect((await fetch(`${t.url}/readyz`)).status).toBe(503);

    t.counting.recover();
    const up = await t.graphql('{ areas { id } }');
    expect(up.status).toBe(200);
    expect(dataOf<{ areas: unknown[] }>(up).areas).toHaveLength(4);
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  });
});

describe('NODE_ENV=production', () => {
  let t: CountingApp;
  beforeAll(async () => {
    t = await startCountingApp({ env: { NODE_ENV: 'production', READ_ACCESS: 'open' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses introspection with 400', async () => {
    const { status, body } = await t.graphql('{ __schema { types { name } } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not serve the landing page at GET /graphql', async () => {
    const response = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    const text = await response.text();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(text).not.toMatch(/<html|apollographql|sandbox/i);
  });

  it('still answers ordinary queries', async () => {
    expect(dataOf<{ areas: unknown[] }>(await t.graphql('{ areas { id } }')).areas).toHaveLength(4);
  });
});
