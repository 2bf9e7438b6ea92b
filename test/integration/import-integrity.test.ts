import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readGraph, readGraphWithSources } from '@accgraph/api/canonical';
import type { Store, Tx, TxOptions } from '@accgraph/api/store';
import { importGraphFile, seedAreas } from '@accgraph/graph-seed';
import { areaSeedHash, type CanonicalGraph, serialiseGraph } from '@accgraph/schema';
import { clearNeo4j, freshStore } from './support/stores.ts';

/**
 * Issue 16, "writes are whole and owned", on the store under test (embedded,
 * or Neo4j under `npm run test:neo4j`): an import writes only the areas it
 * names; shared nodes no relationship refers to survive export and import; a
 * multi-area import commits one area per transaction; `load` repairs an area
 * whose stored graph differs from its file.
 */
let store: Store;
let dispose: () => Promise<void>;
let dir: string;

beforeAll(async () => {
  ({ store, dispose } = await freshStore());
  dir = mkdtempSync(path.join(tmpdir(), 'accgraph-import-'));
}, 60_000);

afterAll(async () => {
  await dispose();
  rmSync(dir, { recursive: true, force: true });
});

/** Empties the store (every node) so each test starts from nothing. */
async function empty(): Promise<void> {
  if (store.kind === 'neo4j') return clearNeo4j(store);
  await store.write({ text: 'MATCH (n) DETACH DELETE n', name: 'test/empty' });
}

beforeEach(empty, 60_000);

const exportOf = (areas: string[]): Promise<string> =>
  store.readTransaction(async (tx) => serialiseGraph(await readGraph(tx, { areas })));
/** What `seed export` writes: the graph and the texts of the documents it cites (decision 0022). */
const fullExportOf = (areas: string[]): Promise<string> =>
  store.readTransaction(async (tx) => serialiseGraph(await readGraphWithSources(tx, { areas })));

function writeJson(name: string, graph: CanonicalGraph): string {
  const file = path.join(dir, name);
  writeFileSync(file, serialiseGraph(graph));
  return file;
}

async function load(areas: string[]): Promise<void> {
  const result = await seedAreas(store, { areas });
  expect(result.ok).toBe(true);
}

describe('an import writes only the areas it names', () => {
  it("refuses a node of another area (no areaId in the file), names it and its JSON path, and leaves the area's nodes as they were", async () => {
    await load(['wiltshire']);
    const before = await exportOf(['wiltshire']);
    const graph: CanonicalGraph = {
      format: 'accgraph-export/1',
      areas: ['evil'],
      nodes: [
        { id: 'evil', labels: ['Area'], properties: { name: 'Evil' }, evidence: [] },
        {
          id: 'wiltshire/wscb',
          labels: ['Body'],
          properties: { name: 'Overwritten' },
          evidence: [],
        },
      ],
      relationships: [],
    };
    const result = await importGraphFile(store, writeJson('shared-steal.json', graph));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('nodes[1].id');
    expect(problems[0]!.message).toMatch(/wiltshire\/wscb belongs to area wiltshire/);
    expect(problems[0]!.line).toBeGreaterThan(1);
    expect(await exportOf(['wiltshire'])).toBe(before);
  });

  it("refuses another area's Area node", async () => {
    await load(['wiltshire']);
    const before = await exportOf(['wiltshire']);
    const graph: CanonicalGraph = {
      format: 'accgraph-export/1',
      areas: ['evil'],
      nodes: [
        { id: 'evil', labels: ['Area'], properties: { name: 'Evil' }, evidence: [] },
        { id: 'wiltshire', labels: ['Area'], properties: { name: 'Taken' }, evidence: [] },
      ],
      relationships: [],
    };
    const result = await importGraphFile(store, writeJson('area-steal.json', graph));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.path)).toContain('nodes[1].id');
    expect(await exportOf(['wiltshire'])).toBe(before);
  });

  it('refuses to change a shared (national or taxonomy) node that another area uses', async () => {
    await load(['wiltshire']);
    const wiltshire = JSON.parse(await exportOf(['wiltshire'])) as CanonicalGraph;
    const shared = wiltshire.nodes.find((n) => n.id.startsWith('duty/'));
    expect(shared).toBeDefined();
    const graph: CanonicalGraph = {
      format: 'accgraph-export/1',
      areas: ['evil'],
      nodes: [
        { id: 'evil', labels: ['Area'], properties: { name: 'Evil' }, evidence: [] },
        { ...shared!, properties: { ...shared!.properties, label: 'Rewritten' } },
      ],
      relationships: [],
    };
    const result = await importGraphFile(store, writeJson('taxonomy-steal.json', graph));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems[0]!.message).toMatch(/shared node duty\//);
    expect(await exportOf(['wiltshire'])).toBe(JSON.stringify(wiltshire, null, 2) + '\n');
  });
});

describe('export and import keep every node', () => {
  it('keeps national nodes that no relationship refers to (peterborough names three)', async () => {
    await load(['peterborough']);
    const exported = await fullExportOf(['peterborough']);
    const graph = JSON.parse(exported) as CanonicalGraph;
    expect(graph.nodes.map((n) => n.id)).toContain('national/ofsted');
    await empty();
    const result = await importGraphFile(store, writeJson('peterborough.json', graph));
    expect(result.ok).toBe(true);
    expect(await fullExportOf(['peterborough'])).toBe(exported);
  });
});

describe('a multi-area import', () => {
  it('commits one area per transaction (bounded, no one huge transaction)', async () => {
    await load(['walsall', 'wiltshire']);
    const both = JSON.parse(await fullExportOf(['walsall', 'wiltshire'])) as CanonicalGraph;
    const file = writeJson('two.json', both);
    await empty();
    const transactions: string[] = [];
    const counting: Store = Object.create(store) as Store;
    counting.writeTransaction = <T>(work: (tx: Tx) => Promise<T>, options?: TxOptions) => {
      transactions.push(String(options?.metadata?.area ?? '?'));
      return store.writeTransaction(work, options);
    };
    const result = await importGraphFile(counting, file);
    expect(result.ok).toBe(true);
    expect(transactions).toEqual(['walsall', 'wiltshire']);
    expect(await fullExportOf(['walsall', 'wiltshire'])).toBe(serialiseGraph(both));
  });
});

describe('load repairs a stored area that differs from its file', () => {
  it('reloads an area whose node was changed behind its back, then reports it unchanged', async () => {
    await load(['wiltshire']);
    const good = await exportOf(['wiltshire']);
    await store.write({
      text: "MATCH (n:Entity {id: 'wiltshire/wscb'}) SET n.name = 'Tampered' RETURN n.id AS id",
      name: 'test/tamper',
    });
    expect(await exportOf(['wiltshire'])).not.toBe(good);
    const again = await seedAreas(store, { areas: ['wiltshire'] });
    expect(again.ok && again.areas.map((a) => a.status)).toEqual(['written']);
    expect(await exportOf(['wiltshire'])).toBe(good);
    const third = await seedAreas(store, { areas: ['wiltshire'] });
    expect(third.ok && third.areas.map((a) => a.status)).toEqual(['unchanged']);
  });

  it("the stored area reads back as its file's compiled graph (same seed hash) for every bundled area", async () => {
    const result = await seedAreas(store);
    expect(result.ok).toBe(true);
    for (const area of result.ok ? result.areas : []) {
      expect(areaSeedHash(await exportOf([area.areaId])), area.areaId).toBe(area.seedHash);
    }
  });
});
