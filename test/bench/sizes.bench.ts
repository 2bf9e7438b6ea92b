/**
 * Answer sizes: `npm run bench:sizes` (node --import tsx test/bench/sizes.bench.ts).
 * Sends every operation the explorer sends (and ask), with the variables its
 * hooks send by default, over every id the API benchmark rotates through, on
 * the bundled areas and the synthetic national set, and reports the size of
 * each answer as sent (bytes of the HTTP body). The limit (issue 12): no
 * answer the explorer asks for by default is over 100 KB.
 * Environment: BENCH_SETS (seed,national), BENCH_AREAS (152), BENCH_SEED (1),
 * BENCH_WRITE=0 to leave docs/benchmarks.md alone.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@accgraph/api/config';
import { embeddedCopy, nationalDataSet, seedDataSet } from './datasets.ts';
import { queryOf, scenarios } from './scenarios.ts';
import { SchemaProbe } from './schema-probe.ts';
import { startServer } from './server.ts';

export const LIMIT_BYTES = 100 * 1024;
const START = '<!-- bench:sizes:start -->';
const END = '<!-- bench:sizes:end -->';

interface SizeRow {
  dataSet: string;
  scenario: string;
  requests: number;
  median: number;
  max: number;
  over: number;
  note?: string;
}

const kb = (b: number) => (b / 1024).toFixed(b < 10 * 1024 ? 1 : 0);

async function post(url: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { errors?: { message: string }[] };
  return { bytes: Buffer.byteLength(text), error: body.errors?.[0]?.message };
}

const env = process.env;
const sets = (env.BENCH_SETS ?? 'seed,national').split(',').map((s) => s.trim());
const rows: SizeRow[] = [];
for (const name of sets) {
  const set =
    name === 'seed'
      ? seedDataSet()
      : nationalDataSet(Number(env.BENCH_AREAS ?? 152), Number(env.BENCH_SEED ?? 1));
  const copy = await embeddedCopy(set);
  const server = await startServer({ kind: 'embedded', dbPath: copy.dbPath, caches: true });
  try {
    const probe = SchemaProbe.load();
    for (const scenario of scenarios(set.ids, probe)) {
      if (!scenario.field) continue;
      const row: SizeRow = {
        dataSet: name,
        scenario: scenario.name,
        requests: 0,
        median: 0,
        max: 0,
        over: 0,
      };
      rows.push(row);
      const query = queryOf(scenario, probe, 0);
      const sizes: number[] = [];
      for (const variables of scenario.variables) {
        const { bytes, error } = await post(server.url, query, variables);
        if (error && !row.note) row.note = `error: ${error.slice(0, 100)}`;
        sizes.push(bytes);
      }
      sizes.sort((a, b) => a - b);
      row.requests = sizes.length;
      row.median = sizes[Math.floor(sizes.length / 2)] ?? 0;
      row.max = sizes.at(-1) ?? 0;
      row.over = sizes.filter((s) => s > LIMIT_BYTES).length;
      console.log(
        `${name}: ${scenario.name}: median ${kb(row.median)} KB, max ${kb(row.max)} KB${row.over ? ` (${row.over} over 100 KB)` : ''}${row.note ? ` ${row.note}` : ''}`,
      );
    }
  } finally {
    await server.stop();
    copy.dispose();
  }
}

const table = [
  `## Answer sizes (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
  '',
  '`npm run bench:sizes`: each operation the explorer sends by default (and ask), over the ids the API benchmark rotates through; bytes of the HTTP answer. Limit: 100 KB.',
  '',
  '| data set | operation | requests | median KB | largest KB | over 100 KB | note |',
  '|---|---|---:|---:|---:|---:|---|',
  ...rows.map(
    (r) =>
      `| ${r.dataSet} | ${r.scenario} | ${r.requests} | ${kb(r.median)} | ${kb(r.max)} | ${r.over} | ${r.note ?? ''} |`,
  ),
].join('\n');
console.log(`\n${table}`);
if (env.BENCH_WRITE !== '0') {
  const file = path.join(REPO_ROOT, 'docs', 'benchmarks.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const block = `${START}\n${table}\n${END}\n`;
  writeFileSync(
    file,
    from >= 0 && to > from
      ? current.slice(0, from) + block + current.slice(to + END.length + 1)
      : `${current.trimEnd()}\n\n${block}`,
  );
}
if (rows.some((r) => r.over > 0)) process.exitCode = 1;
