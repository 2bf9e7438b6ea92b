import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { areaIds, startServerProcess } from './support/process.ts';

const URL_LINE =
  /GraphQL: +(http:\/\/127\.0\.0\.1:\d+)\/graphql\nExplorer: +http:\/\/127\.0\.0\.1:\d+\/\n/;

describe('npm start (api/src/main.ts) lifecycle on the embedded store', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-start-'));
  const dbPath = path.join(dir, 'data', 'graph.grafeo');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the database, loads the bundled areas, prints both URLs, and stops on SIGTERM', async () => {
    const server = startServerProcess({ NEO4J_URI: '', GRAPH_DB_PATH: dbPath });
    const [, base] = await server.waitFor(URL_LINE);
    expect(server.output()).toMatch(/wiltshire: wrote \d+ node/);
    expect(await areaIds(base!)).toEqual(['oxfordshire', 'peterborough', 'walsall', 'wiltshire']);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);

    const stopped = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(Date.now() - stopped).toBeLessThan(10_000);
  });

  it('reuses the data on a second start: nothing reloaded, nothing duplicated', async () => {
    const server = startServerProcess({ NEO4J_URI: '', GRAPH_DB_PATH: dbPath });
    const [, base] = await server.waitFor(URL_LINE);
    expect(server.output()).toMatch(/wiltshire: unchanged/);
    expect(server.output()).not.toMatch(/wrote \d+ node/);
    expect(await areaIds(base!)).toEqual(['oxfordshire', 'peterborough', 'walsall', 'wiltshire']);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
  });

  it('refuses a corrupt database file with a message naming it, and leaves the file as it was', async () => {
    const corrupt = path.join(dir, 'corrupt', 'graph.grafeo');
    mkdirSync(path.dirname(corrupt), { recursive: true });
    writeFileSync(corrupt, 'this is not a graph database');
    const server = startServerProcess({ NEO4J_URI: '', GRAPH_DB_PATH: corrupt });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain(corrupt);
    expect(server.output()).toMatch(/STORE_CORRUPT/);
    expect(readFileSync(corrupt, 'utf8')).toBe('this is not a graph database');
  });

  it('starts when NEO4J_URI is unreachable, says so within 5 s, and answers 503', async () => {
    const server = startServerProcess({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    // Measured from the moment the store is opened, not from process spawn
    // (node + tsx boot time is the machine's, not the product's).
    await server.waitFor(/Graph store: Neo4j/, 30_000);
    const opened = Date.now();
    await server.waitFor(/unreachable/i, 15_000);
    expect(Date.now() - opened).toBeLessThan(5_000);
    const [, base] = await server.waitFor(URL_LINE);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    const query = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ areas { id } }' }),
    });
    expect(query.status).toBe(503);
    expect(query.headers.get('retry-after')).toBe('5');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
