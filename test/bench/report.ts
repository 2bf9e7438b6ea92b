import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Loaded } from './datasets.ts';

export type BenchStore = 'embedded' | 'neo4j';

export interface Measured {
  dataSet: string;
  scenario: string;
  store: BenchStore;
  /** Graph caches on (embedded only; Neo4j has none). */
  caches: boolean;
  /** The response cache on too (false with RESPONSE_CACHE=off). */
  responseCache?: boolean;
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
  /** Server side, over the measured run (GET /debug/event-loop): admission queue and GC. */
  waits?: {
    field: string;
    weight: number;
    /** Arrival to admission: body and GraphQL parsing, validation, waits for the event loop. */
    beforeP50: number;
    beforeP99: number;
    queuedP50: number;
    queuedP99: number;
    runP50: number;
    runP99: number;
    loopMaxMs: number;
    /** Main-thread GC pause time ÷ run time. */
    gcShare: number;
    gcMaxMs: number;
    markCompacts: number;
  };
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

const ms = (v: number | undefined) => (v === undefined ? '' : v.toFixed(v < 10 ? 2 : 1));

/** A data set as written into each store. */
export interface SetInfo {
  name: string;
  synthetic: boolean;
  embedded: Loaded;
  neo4j?: Loaded;
}

export interface Results {
  /** Same operations on each store, caches off (every request reads the store). */
  comparison: Measured[];
  /** The embedded store with graph caches on and the response cache off (RESPONSE_CACHE=off). */
  graphOnly: Measured[];
  /** The embedded store as served (caches on). */
  served: Measured[];
  sets: SetInfo[];
  settings: { duration: number; connections: number };
  neo4jVersion?: string;
  load: { before: string; after: string };
}

const rps = (v: number | undefined) => (v === undefined ? '' : String(Math.round(v)));
const times = (v: number | undefined) => (v === undefined ? '' : `${v.toFixed(2)}×`);
const ratioOf = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? undefined : a / b;

function setLine(s: SetInfo): string {
  const size = `${s.embedded.nodes.toLocaleString('en-GB')} nodes, ${s.embedded.relationships.toLocaleString('en-GB')} relationships`;
  const write = (l: Loaded) => `${(l.writeMs / 1000).toFixed(1)} s`;
  const writes = s.synthetic
    ? `; synthetic import (writeGraph, one transaction, a seed hash per area): embedded ${write(s.embedded)}` +
      (s.neo4j ? `, Neo4j ${write(s.neo4j)}` : '')
    : '';
  const neo4jSize =
    s.neo4j &&
    (s.neo4j.nodes !== s.embedded.nodes || s.neo4j.relationships !== s.embedded.relationships)
      ? ` (Neo4j holds ${s.neo4j.nodes} nodes, ${s.neo4j.relationships} relationships: DIFFERENT)`
      : '';
  return `- Data set ${s.name}: ${size}${neo4jSize}${writes}`;
}

/** One row per data set and scenario: each store's p50/p99/req/s and Neo4j's ratio to embedded. */
function comparisonTable(rows: Measured[]): string[] {
  const key = (r: Measured) => `${r.dataSet}\u0000${r.scenario}`;
  const keys = [...new Set(rows.map(key))];
  const lines = [
    '| data set | scenario | embedded p50 ms | embedded p99 ms | embedded req/s | Neo4j p50 ms | Neo4j p99 ms | Neo4j req/s | p99 Neo4j ÷ embedded | req/s Neo4j ÷ embedded | note |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const k of keys) {
    const all = rows.filter((r) => key(r) === k);
    const any = all[0] as Measured;
    // a store that did not answer (note set) has no figures, only its note
    const figures = (store: BenchStore) => all.find((r) => r.store === store && !r.note);
    const e = figures('embedded');
    const n = figures('neo4j');
    const noted = (store: BenchStore) => all.find((r) => r.store === store && r.note);
    const notes = [
      noted('embedded') ? `embedded: ${noted('embedded')?.note}` : '',
      noted('neo4j') ? `Neo4j: ${noted('neo4j')?.note}` : '',
      e?.failures ? `embedded: ${e.failures} non-2xx/errors` : '',
      n?.failures ? `Neo4j: ${n.failures} non-2xx/errors` : '',
    ].filter(Boolean);
    lines.push(
      `| ${any.dataSet} | ${any.scenario} | ${ms(e?.p50)} | ${ms(e?.p99)} | ${rps(e?.rps)} | ${ms(n?.p50)} | ${ms(n?.p99)} | ${rps(n?.rps)} | ${times(ratioOf(n?.p99, e?.p99))} | ${times(ratioOf(n?.rps, e?.rps))} | ${notes.join('; ')} |`,
    );
  }
  return lines;
}

/** The results section: machine and load, data sets, the side-by-side table, the served table, targets. */
export function resultsMarkdown(results: Results): string {
  const { comparison, graphOnly, served, sets, settings } = results;
  const cpus = os.cpus();
  const lines = [
    `## Results (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} core(s), ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${os.platform()} ${os.release()}`,
    `- Machine load: ${results.load.before} at the start, ${results.load.after} at the end`,
    `- Server (NODE_ENV=production, as deployed) as a child process on loopback; autocannon ${settings.connections} connections, ${settings.duration} s per scenario after a warm-up; the explorer's selection sets (test/bench/operations.ts)`,
    `- Stores: embedded Grafeo 0.6.0${results.neo4jVersion ? `; Neo4j ${results.neo4jVersion} Community (test/neo4j/server.ts, 2 GB heap, 1 GB page cache, same machine)` : '; Neo4j not run (BENCH_STORES)'}`,
    ...sets.map(setLine),
    '',
    '### The stores side by side (caches off)',
    '',
    "The same operations on each store, with the API's response and record caches off (`GRAPH_CACHES=off` on the embedded store; Neo4j has none): every request reads the store.",
    '',
    ...comparisonTable(comparison),
    '',
    "### Graph caches on, response cache off (embedded store, RESPONSE_CACHE=off: issue 12's target)",
    '',
    ...servedTable(graphOnly),
    '',
    '### As served (embedded store, caches on)',
    '',
    ...servedTable(served),
    '',
    targetLine(served),
    '',
    ...ratioTable(comparison, graphOnly, served),
  ];
  return lines.join('\n');
}

function servedTable(rows: Measured[]): string[] {
  return [
    '| data set | scenario | 1 request ms | p50 ms | p99 ms | req/s | p99 / trivial | trivial p99 just before, ms | p99 / that | ≤ 3× | non-2xx + errors | note |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.dataSet} | ${r.scenario} | ${ms(r.serial)} | ${ms(r.p50)} | ${ms(r.p99)} | ${rps(r.rps)} | ${r.ratio === undefined ? '' : r.ratio.toFixed(2)} | ${ms(r.trivialNearP99)} | ${r.ratioNear === undefined ? '' : r.ratioNear.toFixed(2)} | ${verdict(r)} | ${r.failures ?? ''} | ${r.note ?? ''} |`,
    ),
  ];
}

/** Issue 12: p99 ≤ 3 × the trivial query's (both ratios), blank for the trivial row itself. */
function verdict(r: Measured): string {
  if (r.note || r.ratioNear === undefined) return '';
  return Math.max(r.ratio ?? 0, r.ratioNear) <= 3 ? 'met' : '**NOT met**';
}

/**
 * Issue 12's target, one row per data set and scenario: p99 ≤ 3 × the trivial
 * query's p99 at the same concurrency, on the embedded store with the caches
 * off and on, each ratio against the trivial query of the same server (its
 * first scenario) and against the trivial load measured just before.
 */
function ratioTable(comparison: Measured[], graphOnly: Measured[], served: Measured[]): string[] {
  const off = comparison.filter((r) => r.store === 'embedded');
  const key = (r: Measured) => `${r.dataSet}\u0000${r.scenario}`;
  const keys = [...new Set([...off, ...graphOnly, ...served].map(key))];
  const cell = (r: Measured | undefined) => {
    if (!r) return ['', '', ''];
    if (r.note) return ['', '', r.note];
    const worst = Math.max(r.ratio ?? 0, r.ratioNear ?? 0);
    return [
      `${ms(r.p99)} ms: ${r.ratio?.toFixed(2) ?? ''}× / ${r.ratioNear?.toFixed(2) ?? ''}×`,
      worst <= 3 ? 'met' : `**NOT met**`,
      '',
    ];
  };
  const lines = [
    '### p99 against the trivial query (issue 12: ≤ 3×)',
    '',
    'Each cell: p99, then p99 ÷ the trivial p99 at the start of that server\'s run / ÷ the trivial p99 measured just before the scenario. "met" when both are ≤ 3.',
    '',
    '| data set | scenario | caches off | off: ≤ 3× | graph caches on, response cache off | graph: ≤ 3× | caches on | on: ≤ 3× | note |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const k of keys) {
    const a = off.find((r) => key(r) === k);
    const g = graphOnly.find((r) => key(r) === k);
    const b = served.find((r) => key(r) === k);
    const any = (a ?? g ?? b) as Measured;
    if (!any.scenario.includes('(') && any.scenario.startsWith('trivial')) continue;
    const [offText, offOk, offNote] = cell(a);
    const [graphText, graphOk, graphNote] = cell(g);
    const [onText, onOk, onNote] = cell(b);
    const note = [
      offNote && `off: ${offNote}`,
      graphNote && `graph: ${graphNote}`,
      onNote && `on: ${onNote}`,
    ]
      .filter(Boolean)
      .join('; ');
    lines.push(
      `| ${any.dataSet} | ${any.scenario} | ${offText} | ${offOk} | ${graphText} | ${graphOk} | ${onText} | ${onOk} | ${note} |`,
    );
  }
  return lines;
}

function targetLine(rows: Measured[]): string {
  const chain = rows.find(
    (r) => r.dataSet.startsWith('national') && r.scenario.startsWith('chain'),
  );
  if (!chain || chain.p99 === undefined)
    return 'Target (national set, chain): not measured in this run.';
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
