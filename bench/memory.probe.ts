/**
 * Heap probe (issue 16 point 3): what each start-up warm-up and each graph
 * cache keeps on the main thread's heap, on the national set, measured as
 * `process.memoryUsage().heapUsed` after a full GC before and after each step
 * (run with `node --expose-gc --import tsx bench/memory.probe.ts`).
 * Env: BENCH_AREAS (152), BENCH_DB (reuse a database file made earlier; kept),
 * HEAP_OBJECTS (1: also count the heap's objects before and after warmCorpus,
 * from a heap snapshot's header; slow, the snapshot is written then deleted).
 */
import { closeSync, existsSync, openSync, readSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '@accgraph/api/store';
import { graphCacheReport } from '../api/src/cache.ts';
import { warmFindings } from '../api/src/findings/findings.cache.ts';
import { warmCorpus } from '../api/src/fulltext/corpus.ts';
import { embeddedCopy, nationalDataSet } from '../test/bench/datasets.ts';
import { createApp } from '@accgraph/api/server';
import { serverConfigFromEnv } from '@accgraph/api/config';
import { createLogger } from '@accgraph/api/logger';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const mb = (b: number) => Math.round(b / 1048576);
function heap(): { heapMb: number; rssMb: number } {
  gc!();
  gc!();
  const m = process.memoryUsage();
  return { heapMb: mb(m.heapUsed), rssMb: mb(m.rss) };
}
const areas = Number(process.env.BENCH_AREAS ?? 152);
let dbPath = process.env.BENCH_DB;
if (!dbPath || !existsSync(dbPath)) {
  const copy = await embeddedCopy(nationalDataSet(areas, 1));
  dbPath = copy.dbPath;
  console.log(
    `national set written to ${dbPath} (${copy.loaded.nodes} nodes); reuse with BENCH_DB`,
  );
}
const store = await openStore({ kind: 'embedded', path: dbPath, thread: 'worker' });
const steps: { step: string; heapMb: number; deltaMb: number; rssMb: number }[] = [];
let last = heap();
const mark = (step: string) => {
  const now = heap();
  steps.push({ step, heapMb: now.heapMb, deltaMb: now.heapMb - last.heapMb, rssMb: now.rssMb });
  console.log(JSON.stringify(steps.at(-1)), JSON.stringify(graphCacheReport(store)));
  last = now;
};
mark('store open');
const config = serverConfigFromEnv({ ...process.env, READ_ACCESS: 'open', NODE_ENV: 'production' });
const app = await createApp({ config, store, logger: createLogger('warn') });
await app.ready();
mark('app ready');
/** The heap's objects (nodes of a heap snapshot, read from its header), or null unless HEAP_OBJECTS. */
async function objects(): Promise<number | null> {
  if (!process.env.HEAP_OBJECTS) return null;
  const { writeHeapSnapshot } = await import('node:v8');
  heap();
  const file = writeHeapSnapshot(
    path.join(os.tmpdir(), `memory-probe-${process.pid}.heapsnapshot`),
  );
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(65536);
  readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  unlinkSync(file);
  const m = /"node_count":(\d+)/.exec(head.toString('utf8'));
  return m ? Number(m[1]) : null;
}
await warmFindings(store);
mark("today's findings, every area (warmFindings)");
const objectsBefore = await objects();
await warmCorpus(store);
mark('ask corpus and index, every area (warmCorpus)');
const objectsAfter = await objects();
if (objectsBefore !== null && objectsAfter !== null)
  console.log(
    `heap objects: ${objectsBefore} before warmCorpus, ${objectsAfter} after (+${objectsAfter - objectsBefore})`,
  );
if (process.env.HEAP_SNAPSHOT) {
  const { writeHeapSnapshot } = await import('node:v8');
  console.log(`heap snapshot: ${writeHeapSnapshot(process.env.HEAP_SNAPSHOT)}`);
}
const gql = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body.slice(0, 300)}`);
  return res.body.length;
};
await gql('{ search(text: "board", first: 5) { edges { node { score } } } }');
mark('search haystack (first search)');
await gql('{ areas { id name } }');
mark('areas list');
const ids = (
  await store.read({ text: 'MATCH (a:Area) RETURN a.id AS id ORDER BY id', name: 'probe/areas' })
).map((r) => String(r.id));
const national = ids.filter(
  (a) => !['wiltshire', 'walsall', 'oxfordshire', 'peterborough'].includes(a),
);
await gql(
  `query ($ids: [ID!]!) { compareAreas(areaIds: $ids, includeUncarried: true) { rows { dutyType { id } cells { areaId status holders { __typename } } } } }`,
  { ids: national.slice(0, 20) },
);
mark('compareAreas over 20 areas');
for (const a of national.slice(0, 2)) await gql(`{ exportArea(id: "${a}") }`);
mark('exportArea ×2');
console.log('\n| step | heap after GC MB | Δ MB | RSS MB |\n|---|---|---|---|');
for (const s of steps)
  console.log(
    `| ${s.step} | ${s.heapMb} | ${s.deltaMb >= 0 ? '+' : ''}${s.deltaMb} | ${s.rssMb} |`,
  );
await app.close();
await store.close();
