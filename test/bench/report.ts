import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { DataSet } from './datasets.ts';

export interface Measured {
  dataSet: string;
  scenario: string;
  /** Median of one request at a time (no concurrency), ms. */
  serial?: number;
  p50?: number;
  p99?: number;
  rps?: number;
  ratio?: number;
  failures?: number;
  note?: string;
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

const ms = (v: number | undefined) => (v === undefined ? '' : v.toFixed(v < 10 ? 2 : 1));

/** The results section: machine, data sets, one table row per scenario, targets. */
export function resultsMarkdown(
  rows: Measured[],
  sets: DataSet[],
  settings: { duration: number; connections: number },
): string {
  const cpus = os.cpus();
  const lines = [
    `## Results (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} core(s), ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${os.platform()} ${os.release()}`,
    `- Store: embedded (Grafeo), server as a child process on loopback; autocannon ${settings.connections} connections, ${settings.duration} s per scenario after a warm-up`,
    ...sets.map(
      (s) =>
        `- Data set ${s.name}: ${s.nodes.toLocaleString('en-GB')} nodes, ${s.relationships.toLocaleString('en-GB')} relationships` +
        (s.importMs !== undefined
          ? `; synthetic import ${(s.importMs / 1000).toFixed(1)} s (writeGraph, one transaction)`
          : ''),
    ),
    '',
    '| data set | scenario | 1 request ms | p50 ms | p99 ms | req/s | p99 / trivial | non-2xx + errors | note |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.dataSet} | ${r.scenario} | ${ms(r.serial)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.rps === undefined ? '' : Math.round(r.rps)} | ${r.ratio === undefined ? '' : r.ratio.toFixed(2)} | ${r.failures ?? ''} | ${r.note ?? ''} |`,
    ),
    '',
    targetLine(rows),
  ];
  return lines.join('\n');
}

function targetLine(rows: Measured[]): string {
  const chain = rows.find(
    (r) => r.dataSet.startsWith('national') && r.scenario.startsWith('chain'),
  );
  if (!chain || chain.p99 === undefined)
    return 'Target (national set, chain): not measured (accountability not in the schema yet).';
  const ok =
    (chain.p99 ?? Infinity) <= 15 && (chain.rps ?? 0) >= 1500 && (chain.ratio ?? Infinity) <= 2;
  return `Target (national set, chain: p99 ≤ 15 ms, ≥ 1,500 req/s, p99 ratio ≤ 2): ${ok ? 'MET' : 'NOT MET'} (p99 ${ms(chain.p99)} ms, ${Math.round(chain.rps ?? 0)} req/s, ratio ${chain.ratio?.toFixed(2)}).`;
}

const INTRO = `# API benchmarks

Run with \`npm run bench:api\` (not part of \`npm test\`). It starts the real
server as a child process on loopback over (a) the four bundled seed areas and
(b) the synthetic national set (\`graph-seed/src/synthetic\`: 152 areas,
seed 1, imported once into a temporary embedded store), drives each query
with autocannon and reports p50/p99 latency and throughput, and each
scenario's p99 against the trivial \`{ __typename }\` measured in the same run;
"1 request ms" is the median latency of requests sent one at a time.
Queries not in the schema yet are reported as "skipped: not in schema".

Environment: \`BENCH_DURATION\` (seconds per scenario, default 10),
\`BENCH_CONNECTIONS\` (32), \`BENCH_SETS\` (\`seed,national\`),
\`BENCH_AREAS\` (152), \`BENCH_SEED\` (1), \`BENCH_DEPTH\` (selection depth, 3),
\`BENCH_WARMUP\` (unrecorded seconds before each scenario, 2),
\`BENCH_WRITE=0\` to leave this file alone.

Targets (national set, embedded store): chain p99 ≤ 15 ms, ≥ 1,500 req/s,
p99 / trivial ≤ 2.

The section below is replaced by every run.
`;

/** Replaces the results section of docs/benchmarks.md (creating the file if needed). */
export function writeResults(file: string, section: string): void {
  const block = `${START}\n${section}\n${END}\n`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `${INTRO}\n${START}\n${END}\n`;
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + block + current.slice(to + END.length + 1)
      : `${current.trimEnd()}\n\n${block}`;
  writeFileSync(file, next);
}
