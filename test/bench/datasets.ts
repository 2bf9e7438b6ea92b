import { mkdtempSync, rmSync } from 'node:fs';
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
  /** Areas the explorer opens (area graph, finding flags, findings). */
  areas: string[];
  /** Documents whose text the explorer opens. */
  documents: string[];
  /** Pairs of documents of one area (the diff view). */
  diffPairs: [string, string][];
  /** overseer -> overseen pairs (the path panel). */
  paths: [string, string][];
  /** Questions for ask (about the bundled documents; test/ask/questions.yaml). */
  questions: string[];
}

/** A few of the ask question set's questions, in the explorer's question box. */
const QUESTIONS = [
  "Who holds the Children's Trust to account in Wiltshire?",
  'Whom does the WSCB hold to account under the 2014 protocol?',
  'Who chairs the OSCB?',
  'What does the DCS carry in Walsall?',
  'What is the escalation route in Wiltshire?',
  'When is the Walsall arrangement due for review?',
  'hold to account',
  'Who reports to the Health and Wellbeing Board in Walsall?',
];

export interface DataSet {
  name: string;
  ids: BenchIds;
  /** True for the synthetic national set (its write time is reported). */
  synthetic: boolean;
  /** Writes the data set into an empty store whose schema exists; resolves with the write time, ms. */
  write(store: Store): Promise<number>;
}

/** A data set written into one store: its size there and the time the write took. */
export interface Loaded {
  nodes: number;
  relationships: number;
  writeMs: number;
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
  areas: ['wiltshire', 'walsall', 'oxfordshire', 'peterborough'],
  documents: [
    'wiltshire/2014',
    'wiltshire/2019',
    'walsall/2017',
    'oxfordshire/2009',
    'peterborough/2009',
  ],
  diffPairs: [['wiltshire/2014', 'wiltshire/2019']],
  paths: [
    ['wiltshire/wscb', 'wiltshire/childrens-trust'],
    ['walsall/strategic-partnership-group', 'walsall/wscb'],
    ['oxfordshire/oscb', 'oxfordshire/childrens-trust'],
  ],
  questions: QUESTIONS,
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

/** Writes `set` into `store` (schema first) and counts what is there. */
export async function loadInto(store: Store, set: DataSet): Promise<Loaded> {
  await store.ensureSchema();
  const writeMs = await set.write(store);
  return { writeMs, ...(await count(store)) };
}

/** A fresh embedded database file holding `set`; its directory is removed by `dispose`. */
export async function embeddedCopy(
  set: DataSet,
): Promise<{ dbPath: string; loaded: Loaded; dispose(): void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-bench-'));
  const dbPath = path.join(dir, 'graph.grafeo');
  const store = await openStore({ kind: 'embedded', path: dbPath });
  try {
    const loaded = await loadInto(store, set);
    return { dbPath, loaded, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  } finally {
    await store.close();
  }
}

async function writeSeedAreas(store: Store): Promise<number> {
  const started = performance.now();
  const result = await seedAreas(store);
  if (!result.ok) throw new Error('the bundled areas do not validate');
  return performance.now() - started;
}

/** The four bundled seed areas, loaded as at startup. */
export function seedDataSet(): DataSet {
  return { name: 'seed (4 areas)', ids: SEED_IDS, synthetic: false, write: writeSeedAreas };
}

/** The synthetic documents' texts, stored with the graph so its quotes are checked (decision 0022). */
function textsOf(sources: Record<string, string>) {
  return Object.entries(sources).map(([documentId, text]) => ({
    documentId,
    text,
    sourceFile: `${documentId.replace('/', '-')}.txt`,
    provenance: 'imported' as const,
  }));
}

/** The seed areas plus the synthetic national set, written in one transaction. */
export function nationalDataSet(areas: number, seed: number): DataSet {
  const { graph, sources } = generateSynthetic({ areas, seed });
  // Each area records the hash of what it was generated from, as the startup
  // load records the hash of each bundled area file (the generator's settings
  // determine an area's content), so per-area caches work as in production.
  const seedHashes = Object.fromEntries(
    graph.areas.map((a) => [a, areaSeedHash(`synthetic areas=${areas} seed=${seed} ${a}`)]),
  );
  const write = async (store: Store): Promise<number> => {
    await writeSeedAreas(store);
    const started = performance.now();
    await store.writeTransaction(
      (tx) =>
        writeGraph(tx, graph, { replaceAreas: graph.areas, seedHashes, texts: textsOf(sources) }),
      { metadata: { app: 'bench', action: 'import' } },
    );
    return performance.now() - started;
  };
  const has = new Set(graph.nodes.map((n) => n.id));
  const spread = graph.areas.filter(
    (_, i) => i % Math.max(1, Math.floor(graph.areas.length / 16)) === 0,
  );
  const first = (...ids: string[]) => ids.find((id) => has.has(id));
  const documentIds = graph.nodes.filter((n) => n.labels.includes('Document')).map((n) => n.id);
  const documentsOf = (areas: string[]) =>
    documentIds.filter((d) => areas.includes(d.split('/')[0] as string)).sort();
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
    areas: spread,
    documents: documentsOf(spread),
    diffPairs: spread.flatMap((a) => {
      const docs = documentsOf([a]);
      return docs.length >= 2 ? [[docs[0], docs[1]] as [string, string]] : [];
    }),
    paths: spread
      .map((a) => [
        first(`${a}/partnership`, `${a}/scb`),
        first(`${a}/childrens-trust`, `${a}/hwb`),
      ])
      .filter((p): p is [string, string] => !!p[0] && !!p[1]),
    questions: QUESTIONS,
  };
  return {
    name: `national (${graph.areas.length} synthetic + 4 seed areas)`,
    ids,
    synthetic: true,
    write,
  };
}
