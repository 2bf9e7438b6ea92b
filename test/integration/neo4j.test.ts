/**
 * The product on a real Neo4j (runs when NEO4J_URI is set: `npm run
 * test:neo4j` starts one). `npm start` loads the bundled areas once and
 * reuses them; two API processes share one Neo4j; export is byte-identical
 * to the embedded store's; the synthetic national set imports.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@accgraph/api/config';
import { openStore, storeConfigFromEnv, type Store } from '@accgraph/api/store';
import { startServerProcess, type ServerProcess } from './support/process.ts';
import { clearNeo4j } from './support/stores.ts';

const config = storeConfigFromEnv(process.env);
const onNeo4j = config.kind === 'neo4j';

const URL_LINE = /GraphQL: +(http:\/\/127\.0\.0\.1:\d+)\/graphql\n/;
const BUNDLED = ['oxfordshire', 'peterborough', 'walsall', 'wiltshire'];

async function graphql(base: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

/** `npm start` as docker-compose runs it: NEO4J_* from the environment, NODE_ENV=production. */
function startOnNeo4j(): ServerProcess {
  return startServerProcess({
    NODE_ENV: 'production',
    READ_ACCESS: 'open',
    LOG_LEVEL: 'info',
    SEED_ON_START: 'true',
  });
}

async function stop(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

/** `npm run seed -- <args>` on the given store (`neo4j`: the one at NEO4J_URI). */
function seed(args: string[], store: { neo4j: true } | { dbPath: string }): string {
  const env =
    'dbPath' in store
      ? { ...process.env, NEO4J_URI: '', GRAPH_DB_PATH: store.dbPath }
      : { ...process.env };
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(REPO_ROOT, 'graph-seed/src/cli.ts'), ...args],
    { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: 300_000 },
  );
  if (result.status !== 0) {
    throw new Error(`seed ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return result.stdout;
}

async function counts(store: Store): Promise<{ nodes: number; ids: number; rels: number }> {
  const [row] = await store.read({
    text: 'MATCH (n:Entity) RETURN count(n) AS nodes, count(DISTINCT n.id) AS ids',
    name: 'test/count-entities',
  });
  const [rels] = await store.read({
    text: 'MATCH ()-[r]->() RETURN count(r) AS rels',
    name: 'test/count-relationships',
  });
  return { nodes: Number(row?.nodes), ids: Number(row?.ids), rels: Number(rels?.rels) };
}

describe.runIf(onNeo4j)('the product on Neo4j (NEO4J_URI)', () => {
  let store: Store;
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'accgraph-neo4j-it-'));
    store = await openStore(config);
    await clearNeo4j(store);
  });
  afterAll(async () => {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('creates its constraints and index at every start without failing on the second run', async () => {
    await store.ensureSchema();
    await store.ensureSchema();
    const rows = await store.read({
      text: 'SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties ORDER BY name',
      name: 'test/show-constraints',
    });
    expect(rows).toEqual([
      { name: 'account_email_unique', labelsOrTypes: ['Account'], properties: ['email'] },
      { name: 'account_id_unique', labelsOrTypes: ['Account'], properties: ['id'] },
      { name: 'area_id_unique', labelsOrTypes: ['Area'], properties: ['id'] },
      { name: 'area_version_id_unique', labelsOrTypes: ['AreaVersion'], properties: ['id'] },
      { name: 'change_id_unique', labelsOrTypes: ['Change'], properties: ['id'] },
      { name: 'entity_id_unique', labelsOrTypes: ['Entity'], properties: ['id'] },
      { name: 'session_id_unique', labelsOrTypes: ['Session'], properties: ['id'] },
      {
        name: 'source_text_document_unique',
        labelsOrTypes: ['SourceText'],
        properties: ['documentId'],
      },
    ]);
    const indexes = await store.read({
      text: "SHOW INDEXES YIELD name, state WHERE name = 'entity_area_id' RETURN name, state",
      name: 'test/show-indexes',
    });
    expect(indexes).toEqual([{ name: 'entity_area_id', state: 'ONLINE' }]);
  });

  it('sends reads as read transactions (a cluster or Aura can route them to a secondary)', async () => {
    // a READ-mode transaction refuses to write: proof the store asks for read access
    await expect(
      store.read({ text: 'CREATE (n:ReadModeProbe) RETURN n', name: 'test/write-in-read' }),
    ).rejects.toThrow(/read|access mode/i);
    const [row] = await store.read({
      text: 'MATCH (n:ReadModeProbe) RETURN count(n) AS n',
      name: 'test/count-probes',
    });
    expect(Number(row?.n)).toBe(0);
  });

  it('npm start loads the bundled areas on the first start and reuses them on the second', async () => {
    const first = startOnNeo4j();
    const [, base] = await first.waitFor(URL_LINE, 180_000);
    expect(first.output()).toMatch(/Graph store: Neo4j bolt:\/\/127\.0\.0\.1:\d+/);
    expect(first.output()).toMatch(/wiltshire: wrote \d+ node/);
    const areas = await graphql(base!, '{ areas { id } }');
    expect(areas).toEqual({ areas: BUNDLED.map((id) => ({ id })) });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    await stop(first);
    const loaded = await counts(store);

    const second = startOnNeo4j();
    const [, again] = await second.waitFor(URL_LINE, 180_000);
    expect(second.output()).toMatch(/wiltshire: unchanged/);
    expect(second.output()).not.toMatch(/wrote \d+ node/);
    expect(await graphql(again!, '{ areas { id } }')).toEqual(areas);
    await stop(second);
    expect(await counts(store)).toEqual(loaded);
    expect(loaded.nodes).toBe(loaded.ids);
  }, 300_000);

  it('two API processes on one empty Neo4j both load or skip the areas without conflict and answer the same reads', async () => {
    await clearNeo4j(store);
    const servers = [startOnNeo4j(), startOnNeo4j()];
    try {
      const bases = (await Promise.all(servers.map((s) => s.waitFor(URL_LINE, 180_000)))).map(
        (match) => match[1]!,
      );
      for (const server of servers) {
        expect(server.output()).not.toMatch(/"level":(50|60)/); // no error or fatal line
      }
      const graph = await counts(store);
      expect(graph.nodes).toBeGreaterThan(100);
      expect(graph.nodes).toBe(graph.ids); // no node written twice
      const reads = [
        ['{ areas { id name } }', {}],
        [
          'query ($id: ID!) { accountability(id: $id, direction: HOLDERS, asOf: "2015-01-01") { chains { end { id } hops { kind relationship { id } } } } }',
          { id: 'wiltshire/childrens-trust' },
        ],
        ['query ($id: ID!) { exportArea(id: $id) }', { id: 'walsall' }],
      ] as const;
      for (const [query, variables] of reads) {
        const [a, b] = await Promise.all(bases.map((base) => graphql(base, query, variables)));
        expect(a).toEqual(b);
      }
      expect(await graphql(bases[0]!, '{ areas { id } }')).toEqual({
        areas: BUNDLED.map((id) => ({ id })),
      });
    } finally {
      await Promise.all(servers.map((server) => stop(server)));
    }
  }, 300_000);

  it('exports every bundled area byte-identical to the embedded store', () => {
    const embedded = { dbPath: path.join(dir, 'graph.grafeo') };
    seed(['load'], embedded);
    seed(['load'], { neo4j: true });
    for (const area of BUNDLED) {
      const fromEmbedded = path.join(dir, `${area}.embedded.json`);
      const fromNeo4j = path.join(dir, `${area}.neo4j.json`);
      seed(['export', '--area', area, '--out', fromEmbedded], embedded);
      seed(['export', '--area', area, '--out', fromNeo4j], { neo4j: true });
      const expected = readFileSync(fromEmbedded, 'utf8');
      expect(expected.length).toBeGreaterThan(10_000);
      expect(readFileSync(fromNeo4j, 'utf8'), `${area} export`).toBe(expected);
    }
  }, 300_000);

  it('imports a synthetic national subset (12 areas) and exports it back unchanged', async () => {
    await clearNeo4j(store);
    await store.ensureSchema();
    const file = path.join(dir, 'synthetic.json');
    seed(['synthetic', '--areas', '12', '--out', file], { dbPath: path.join(dir, 'unused') });
    expect(seed(['import', file], { neo4j: true })).toMatch(/imported .+: \d+ node\(s\)/);
    const back = path.join(dir, 'synthetic.neo4j.json');
    seed(['export', '--out', back], { neo4j: true });
    const embedded = { dbPath: path.join(dir, 'synthetic.grafeo') };
    seed(['import', file], embedded);
    const backEmbedded = path.join(dir, 'synthetic.embedded.json');
    seed(['export', '--out', backEmbedded], embedded);
    expect(readFileSync(back, 'utf8')).toBe(readFileSync(backEmbedded, 'utf8'));
    const graph = await counts(store);
    expect(graph.nodes).toBe(graph.ids);
    expect(graph.nodes).toBeGreaterThan(500);
  }, 300_000);
});
