import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { areaSeedHash } from '@accgraph/schema';
import { writeGraph } from '@accgraph/api/canonical';
import { openStore, type Store } from '@accgraph/api/store';
import { seedAreas } from '@accgraph/graph-seed';
import { generateSynthetic } from '@accgraph/graph-seed/synthetic';

/** Ids the scenarios rotate through (several areas, so caches are not trivially hot). */
export interface BenchIds {
  chain: string[];
  posts: string[];
  neighbourhood: string[];
  areaSets: string[][];
  searchAreas: string[];
}

export interface DataSet {
  name: string;
  dbPath: string;
  nodes: number;
  relationships: number;
  /** Time to write the synthetic graph (writeGraph, batches of 1,000), if imported. */
  importMs?: number;
  ids: BenchIds;
}

const SEED_IDS: BenchIds = {
  chain: [
    'wiltshire/childrens-trust',
    'wiltshire/wscb',
    'wiltshire/svpp',
    'oxfordshire/oscb',
    'peterborough/pscb',
    'walsall/wscb',
    'walsall/hwb',
    'walsall/wsab',
  ],
  posts: [
    'wiltshire/dcs',
    'wiltshire/lead-member',
    'wiltshire/trust-chair',
    'wiltshire/wscb-chair',
    'oxfordshire/oscb-chair',
    'peterborough/board-manager',
    'walsall/safeguarding-boards-independent-chair',
    'wiltshire/svpp-independent-chair',
  ],
  neighbourhood: [
    'wiltshire/wscb',
    'wiltshire/childrens-trust',
    'oxfordshire/oscb',
    'peterborough/pscb',
    'walsall/strategic-partnership-group',
    'wiltshire/dcs',
  ],
  areaSets: [
    ['wiltshire', 'walsall'],
    ['oxfordshire', 'peterborough', 'wiltshire'],
    ['oxfordshire', 'peterborough', 'walsall', 'wiltshire'],
  ],
  searchAreas: ['wiltshire', 'walsall', 'oxfordshire', 'peterborough'],
};

async function count(store: Store): Promise<{ nodes: number; relationships: number }> {
  const [n] = await store.read({
    text: 'MATCH (n:Entity) RETURN count(n) AS n',
    name: 'bench/count-nodes',
  });
  const [r] = await store.read({
    text: 'MATCH ()-[r]->() RETURN count(r) AS n',
    name: 'bench/count-relationships',
  });
  return { nodes: Number(n?.n ?? 0), relationships: Number(r?.n ?? 0) };
}

async function withFreshStore<T>(dbPath: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ kind: 'embedded', path: dbPath });
  try {
    await store.ensureSchema();
    const result = await seedAreas(store);
    if (!result.ok) throw new Error('the bundled areas do not validate');
    return await work(store);
  } finally {
    await store.close();
  }
}

/** The four bundled seed areas in a fresh embedded store. */
export async function seedDataSet(): Promise<DataSet> {
  const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'accgraph-bench-')), 'seed.grafeo');
  const sizes = await withFreshStore(dbPath, count);
  return { name: 'seed (4 areas)', dbPath, ...sizes, ids: SEED_IDS };
}

/** The seed areas plus the synthetic national set, imported once. */
export async function nationalDataSet(areas: number, seed: number): Promise<DataSet> {
  const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'accgraph-bench-')), 'national.grafeo');
  const { graph } = generateSynthetic({ areas, seed });
  // Each area records the hash of what it was generated from, as the startup
  // load records the hash of each bundled area file (the generator's settings
  // determine an area's content), so per-area caches work as in production.
  const seedHashes = Object.fromEntries(
    graph.areas.map((a) => [a, areaSeedHash(`synthetic areas=${areas} seed=${seed} ${a}`)]),
  );
  const { importMs, ...sizes } = await withFreshStore(dbPath, async (store) => {
    const started = performance.now();
    await store.writeTransaction(
      (tx) => writeGraph(tx, graph, { replaceAreas: graph.areas, seedHashes }),
      { metadata: { app: 'bench', action: 'import' } },
    );
    const importMs = performance.now() - started;
    return { importMs, ...(await count(store)) };
  });
  const has = new Set(graph.nodes.map((n) => n.id));
  const spread = graph.areas.filter(
    (_, i) => i % Math.max(1, Math.floor(graph.areas.length / 16)) === 0,
  );
  const first = (...ids: string[]) => ids.find((id) => has.has(id));
  const ids: BenchIds = {
    chain: spread
      .flatMap((a) => [
        first(`${a}/childrens-trust`, `${a}/hwb`),
        first(`${a}/partnership`, `${a}/scb`),
      ])
      .filter((x): x is string => !!x),
    posts: spread
      .flatMap((a) => [
        `${a}/dcs`,
        `${a}/lead-member`,
        first(`${a}/partnership-chair`, `${a}/scb-chair`),
      ])
      .filter((x): x is string => !!x && has.has(x)),
    neighbourhood: spread
      .flatMap((a) => [first(`${a}/partnership`, `${a}/scb`), `${a}/dcs`])
      .filter((x): x is string => !!x),
    areaSets: spread.map((_, i) => spread.slice(i, i + 2 + (i % 4))).filter((s) => s.length >= 2),
    searchAreas: spread,
  };
  return {
    name: `national (${graph.areas.length} synthetic + 4 seed areas)`,
    dbPath,
    ...sizes,
    importMs,
    ids,
  };
}
