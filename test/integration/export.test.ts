import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalGraph } from '@accgraph/schema';
import { SEND_IN_PIECES_FROM } from '../../api/src/http/limits.ts';
import { runSeed } from './support/seed-cli.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';
import type { TestApp } from './support/app.ts';

const EXPORT = 'query ($id: ID!) { exportArea(id: $id) }';

function seed(args: string[], dbPath: string) {
  const result = runSeed(args, dbPath);
  if (result.code !== 0) throw new Error(`seed ${args.join(' ')}: ${result.err}`);
}

describe('exportArea (real seed data)', () => {
  let t: TestApp;
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-export-'));
  const db = path.join(dir, 'graph.grafeo');

  beforeAll(async () => {
    t = await startSeededApp();
    seed(['load'], db);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['wiltshire', 'walsall'])(
    'answers for %s exactly the bytes `npm run seed -- export --area` writes',
    async (area) => {
      const out = path.join(dir, `${area}.json`);
      seed(['export', '--area', area, '--out', out], db);
      const cli = readFileSync(out, 'utf8');
      const api = dataOf<{ exportArea: string }>(await t.graphql(EXPORT, { id: area })).exportArea;
      expect(api.length).toBeGreaterThan(10_000);
      expect(api).toBe(cli);
    },
    120_000,
  );

  it('sends two areas in one answer over a real socket, a piece at a time, with its length', async () => {
    // over SEND_IN_PIECES_FROM characters: counted and encoded in pieces (limits.ts onSend)
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ a: exportArea(id: "wiltshire") b: exportArea(id: "walsall") }',
      }),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(bytes.length).toBeGreaterThan(SEND_IN_PIECES_FROM);
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    const text = bytes.toString('utf8');
    const body = JSON.parse(text) as { data: { a: string; b: string } };
    for (const [alias, area] of [
      ['a', 'wiltshire'],
      ['b', 'walsall'],
    ] as const) {
      const one = dataOf<{ exportArea: string }>(await t.graphql(EXPORT, { id: area })).exportArea;
      expect(body.data[alias] === one).toBe(true);
    }
    // the bytes Apollo's own JSON.stringify would send
    expect(text === `${JSON.stringify(body)}\n`).toBe(true);
  });

  it('holds one area with its quotes, in the canonical format', async () => {
    const json = dataOf<{ exportArea: string }>(
      await t.graphql(EXPORT, { id: 'wiltshire' }),
    ).exportArea;
    const graph = JSON.parse(json) as CanonicalGraph;
    expect(graph.format).toBe('accgraph-export/1');
    expect(graph.areas).toEqual(['wiltshire']);
    // no node of another area (national and taxonomy nodes it reaches are included)
    expect(graph.nodes.filter((n) => /^(walsall|oxfordshire|peterborough)\//.test(n.id))).toEqual(
      [],
    );
    const holds = graph.relationships.find(
      (r) => r.id === 'wiltshire/2014:HOLDS_TO_ACCOUNT:wiltshire/wscb->wiltshire/trust-chair',
    );
    // 2014 protocol: "Hold the Trust Chair to account for action taken by the Trust ..."
    expect(holds?.properties.mode).toBe('call-to-account');
    expect(holds?.evidence[0]?.quote).toMatch(/^Hold the Trust Chair to account/);
    const nodeIds = graph.nodes.map((n) => n.id);
    expect(nodeIds).toEqual([...nodeIds].sort());
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('answers NOT_FOUND for an unknown area and BAD_USER_INPUT for a malformed id', async () => {
    const unknown = await t.graphql(EXPORT, { id: 'atlantis' });
    expect(unknown.body.data).toBeNull();
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.body.errors?.[0]?.message).toMatch(/No area "atlantis"/);

    const node = await t.graphql(EXPORT, { id: 'wiltshire/wscb' }); // a body, not an area
    expect(node.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const malformed = await t.graphql(EXPORT, { id: '../etc/passwd' });
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
