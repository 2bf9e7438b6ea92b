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
  /** p99 of the trivial query measured just before this scenario, ms. */
  trivialNearP99?: number;
  /** p99 / trivialNearP99. */
  ratioNear?: number;
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
    `- Store: embedded (Grafeo); server (NODE_ENV=production, as deployed) as a child process on loopback; autocannon ${settings.connections} connections, ${settings.duration} s per scenario after a warm-up; the explorer's selection sets (test/bench/operations.ts)`,
    ...sets.map(
      (s) =>
        `- Data set ${s.name}: ${s.nodes.toLocaleString('en-GB')} nodes, ${s.relationships.toLocaleString('en-GB')} relationships` +
        (s.importMs !== undefined
          ? `; synthetic import ${(s.importMs / 1000).toFixed(1)} s (writeGraph, one transaction, a seed hash per area)`
          : ''),
    ),
    '',
    '| data set | scenario | 1 request ms | p50 ms | p99 ms | req/s | p99 / trivial | trivial p99 just before, ms | p99 / that | non-2xx + errors | note |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.dataSet} | ${r.scenario} | ${ms(r.serial)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.rps === undefined ? '' : Math.round(r.rps)} | ${r.ratio === undefined ? '' : r.ratio.toFixed(2)} | ${ms(r.trivialNearP99)} | ${r.ratioNear === undefined ? '' : r.ratioNear.toFixed(2)} | ${r.failures ?? ''} | ${r.note ?? ''} |`,
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
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const near =
    chain.ratioNear === undefined
      ? ''
      : `; p99 / trivial just before ${chain.ratioNear.toFixed(2)} ≤ 2: ${verdict(chain.ratioNear <= 2)}`;
  const checks = [
    `p99 ${ms(chain.p99)} ms ≤ 15 ms: ${verdict(chain.p99 <= 15)}`,
    `${Math.round(chain.rps ?? 0)} req/s ≥ 1,500: ${verdict((chain.rps ?? 0) >= 1500)}`,
    `p99 / trivial ${chain.ratio?.toFixed(2)} ≤ 2: ${verdict((chain.ratio ?? Infinity) <= 2)}${near}`,
  ];
  return `Targets (national set, chain): ${checks.join('; ')}.`;
}

const INTRO = `# API benchmarks

Run with \`npm run bench:api\` (not part of \`npm test\`); see the top of
docs/benchmarks.md for what it measures. The section below is replaced by
every run.
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
