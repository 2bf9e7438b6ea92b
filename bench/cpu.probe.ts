/**
 * CPU per request, in-process (issue 12 point 6): every scenario of
 * `npm run bench:api` sent one at a time through `app.inject` to the app built
 * as `main.ts` builds it, graph caches on and the response cache off (the
 * target mode), and the CPU each request cost measured with
 * `process.cpuUsage()` (the main thread and every other thread of the
 * process: the store's worker and the garbage collector's helpers).
 *
 * At 32 connections the server is CPU-bound, so a scenario's p99 there is
 * about 32 × its CPU per request; this probe reads that cost directly and,
 * unlike wall times, is little moved by other work on a shared machine.
 *
 *   node --import tsx bench/cpu.probe.ts
 *
 * Env: BENCH_SET (national | seed; national), BENCH_AREAS (152), BENCH_DB
 * (reuse a database file written earlier; kept), BENCH_ONLY (comma-separated
 * parts of scenario names), BENCH_ROUNDS (5: rounds over each scenario's
 * variable sets after one warm round), BENCH_ANSWERS (a directory: each
 * answer is written there, one file per scenario, to compare before/after
 * with `cmp`). Run under `node --cpu-prof` to see where the time goes.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '@accgraph/api/store';
import { createApp, turnOffResponseCache } from '@accgraph/api/server';
import { serverConfigFromEnv } from '@accgraph/api/config';
import { createLogger } from '@accgraph/api/logger';
import {
  embeddedCopy,
  nationalDataSet,
  seedDataSet,
  type DataSet,
} from '../test/bench/datasets.ts';
import { scenarios, queryOf } from '../test/bench/scenarios.ts';
import { SchemaProbe } from '../test/bench/schema-probe.ts';
import { quantile } from '../test/bench/stats.ts';

const env = process.env;
const setName = env.BENCH_SET ?? 'national';
const set: DataSet =
  setName === 'seed' ? seedDataSet() : nationalDataSet(Number(env.BENCH_AREAS ?? 152), 1);
const rounds = Number(env.BENCH_ROUNDS ?? 5);
const only = env.BENCH_ONLY?.split(',').map((s) => s.trim());
const answersDir = env.BENCH_ANSWERS;
if (answersDir) mkdirSync(answersDir, { recursive: true });

let dbPath = env.BENCH_DB;
if (!dbPath || !existsSync(dbPath)) {
  const copy = await embeddedCopy(set);
  dbPath = copy.dbPath;
  console.log(`${set.name} written to ${dbPath} (${copy.loaded.nodes} nodes); reuse with BENCH_DB`);
}
const store = await openStore({ kind: 'embedded', path: dbPath, thread: 'worker' });
turnOffResponseCache(store);
const config = serverConfigFromEnv({ ...env, READ_ACCESS: 'open', NODE_ENV: 'production' });
const app = await createApp({ config, store, logger: createLogger('warn') });
await app.ready();

const probe = SchemaProbe.load();
let nonce = 0;
async function send(query: string, variables: Record<string, unknown>) {
  // a variable the document does not declare (graphql-js ignores it), different every time:
  // no answer can come from a kept copy even if the response cache were on
  const payload = { query, variables: { ...variables, unusedNonce: (nonce += 1) } };
  const before = process.cpuUsage();
  const started = performance.now();
  const res = await app.inject({ method: 'POST', url: '/graphql', payload });
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(before);
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body.slice(0, 300)}`);
  const body = res.json() as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0]?.message);
  return { cpuMs: (used.user + used.system) / 1000, wallMs, body: res.body };
}

const fmt = (x: number) => x.toFixed(1);
const rows: { name: string; median: number; p95: number; mean: number; kb: number; n: number }[] =
  [];
console.log(
  `${set.name}, response cache off, ${rounds} rounds, load average ${os.loadavg()[0]?.toFixed(1)}`,
);
for (const scenario of scenarios(set.ids, probe)) {
  if (scenario.field && only && !only.some((o) => scenario.name.includes(o))) continue;
  // the client's own document (depth 0); the trivial query is sent 50 times a round
  const document = queryOf(scenario, probe, 0);
  const variableSets = scenario.field ? scenario.variables : Array(50).fill({});
  for (const variables of variableSets) await send(document, variables);
  const cpu: number[] = [];
  let bytes = 0;
  const answers: string[] = [];
  for (let r = 0; r < rounds; r += 1)
    for (const variables of variableSets) {
      const { cpuMs, body } = await send(document, variables);
      cpu.push(cpuMs);
      bytes += body.length;
      if (r === 0) answers.push(body.replace(/"unusedNonce":\d+/, ''));
    }
  if (answersDir)
    writeFileSync(
      path.join(answersDir, `${scenario.name.replace(/[^\w]+/g, '-')}.json`),
      answers.join('\n'),
    );
  const row = {
    name: scenario.name,
    median: quantile(cpu, 0.5),
    p95: quantile(cpu, 0.95),
    mean: cpu.reduce((a, b) => a + b, 0) / cpu.length,
    kb: bytes / cpu.length / 1024,
    n: cpu.length,
  };
  rows.push(row);
  console.log(
    `${row.name}: CPU median ${fmt(row.median)} ms, p95 ${fmt(row.p95)}, mean ${fmt(row.mean)} (${row.n} requests, ${fmt(row.kb)} KB each)`,
  );
}
const trivial = rows[0]?.median ?? 1;
console.log(
  `\n| operation | CPU ms median | p95 | mean | ÷ trivial (median) | answer KB |\n|---|---:|---:|---:|---:|---:|`,
);
for (const r of rows)
  console.log(
    `| ${r.name} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.mean)} | ${(r.median / trivial).toFixed(1)}× | ${fmt(r.kb)} |`,
  );
console.log(`load average at the end ${os.loadavg()[0]?.toFixed(1)}`);
await app.close();
await store.close();
