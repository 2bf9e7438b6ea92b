/**
 * API benchmark: `npm run bench:api` (node --import tsx test/bench/api.bench.ts).
 * See docs/benchmarks.md for what it measures and its environment variables.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { REPO_ROOT } from '@accgraph/api/config';
import { type DataSet, nationalDataSet, seedDataSet } from './datasets.ts';
import { type Measured, resultsMarkdown, writeResults } from './report.ts';
import { scenarios, queryOf } from './scenarios.ts';
import { SchemaProbe } from './schema-probe.ts';
import { graphql, startServer } from './server.ts';

const env = process.env;
const duration = Number(env.BENCH_DURATION ?? 10);
const connections = Number(env.BENCH_CONNECTIONS ?? 32);
const depth = Number(env.BENCH_DEPTH ?? 0);
const warmup = Number(env.BENCH_WARMUP ?? 2);
/** Seconds of trivial load measured just before each scenario (0 = none). */
const adjacent = Number(env.BENCH_ADJACENT ?? Math.min(5, duration));
const TRIVIAL = [
  {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  },
];
const sets = (env.BENCH_SETS ?? 'seed,national').split(',').map((s) => s.trim());
/** Only scenarios whose name contains one of these (comma-separated; the trivial one always runs). */
const only = env.BENCH_ONLY?.split(',').map((s) => s.trim());

/** Median latency of one request at a time (up to 15 requests or 10 s), in ms. */
async function serialMedian(
  url: string,
  query: string,
  variables: Record<string, unknown>[],
): Promise<number> {
  const times: number[] = [];
  const until = performance.now() + 10_000;
  for (let i = 0; i < 15 && performance.now() < until; i++) {
    const started = performance.now();
    await graphql(url, query, variables[i % variables.length]);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

async function measure(set: DataSet): Promise<Measured[]> {
  const server = await startServer(set.dbPath);
  const rows: Measured[] = [];
  try {
    const probe = SchemaProbe.load();
    let trivialP99: number | undefined;
    for (const scenario of scenarios(set.ids, probe)) {
      if (scenario.field && only && !only.some((o) => scenario.name.includes(o))) continue;
      const row: Measured = { dataSet: set.name.split(' ')[0] as string, scenario: scenario.name };
      rows.push(row);
      const problem = scenario.field ? probe.problem(scenario.field, scenario.args) : null;
      if (problem) {
        row.note = problem;
        console.log(`${set.name}: ${scenario.name}: ${problem}`);
        continue;
      }
      const query = queryOf(scenario, probe, depth);
      const check = await graphql(server.url, query, scenario.variables[0]);
      if (check.errors?.length) {
        row.note = `error: ${check.errors[0]?.message.slice(0, 120)}`;
        console.log(`${set.name}: ${scenario.name}: ${row.note}`);
        continue;
      }
      const requests = scenario.variables.map((variables) => ({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      }));
      row.serial = await serialMedian(server.url, query, scenario.variables);
      if (warmup > 0)
        await autocannon({ url: server.url, connections, duration: warmup, requests });
      if (scenario.field && adjacent > 0) {
        // The same trivial query just before: on a shared machine the load moves.
        const near = await autocannon({
          url: server.url,
          connections,
          duration: adjacent,
          requests: TRIVIAL,
        });
        row.trivialNearP99 = Math.max(near.latency.p99, 0.01);
      }
      const result = await autocannon({ url: server.url, connections, duration, requests });
      row.p50 = result.latency.p50;
      row.p99 = result.latency.p99;
      row.rps = result.requests.average;
      row.failures = result.non2xx + result.errors + result.timeouts;
      if (result.requests.total === 0 || result.latency.p50 === 0) {
        row.note = `no answer within autocannon's 10 s timeout (${result.timeouts} timeouts)`;
        continue;
      }
      if (!scenario.field) trivialP99 = Math.max(result.latency.p99, 0.01);
      if (trivialP99 !== undefined) row.ratio = result.latency.p99 / trivialP99;
      if (row.trivialNearP99 !== undefined) row.ratioNear = result.latency.p99 / row.trivialNearP99;
      console.log(
        `${set.name}: ${scenario.name}: p50 ${row.p50} ms, p99 ${row.p99} ms, ${Math.round(row.rps)} req/s`,
      );
    }
  } finally {
    await server.stop();
  }
  return rows;
}

const dataSets: DataSet[] = [];
const rows: Measured[] = [];
if (sets.includes('seed')) {
  const set = await seedDataSet();
  dataSets.push(set);
  rows.push(...(await measure(set)));
}
if (sets.includes('national')) {
  console.log('generating and importing the synthetic national set…');
  const set = await nationalDataSet(Number(env.BENCH_AREAS ?? 152), Number(env.BENCH_SEED ?? 1));
  console.log(
    `imported in ${((set.importMs ?? 0) / 1000).toFixed(1)} s: ${set.nodes} nodes, ${set.relationships} relationships`,
  );
  dataSets.push(set);
  rows.push(...(await measure(set)));
}
const section = resultsMarkdown(rows, dataSets, { duration, connections });
console.log(`\n${section}`);
if (env.BENCH_WRITE !== '0') writeResults(path.join(REPO_ROOT, 'docs', 'benchmarks.md'), section);
for (const set of dataSets) rmSync(path.dirname(set.dbPath), { recursive: true, force: true });
