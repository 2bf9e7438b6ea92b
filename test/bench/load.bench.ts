/**
 * Load benchmark (issue 16): `npm run bench:load`. While BENCH_CONNECTIONS
 * (16) connections send the heaviest LEGAL query (each under the query
 * limits), one connection sends `{ __typename }` and another polls /readyz;
 * reports their p99, the server's peak RSS and its longest event-loop block
 * (EVENT_LOOP_REPORT=on), with caches on and off (GRAPH_CACHES=off), on the
 * national synthetic set (BENCH_AREAS, default 152) on the embedded store.
 * Env: BENCH_DURATION (s, default 15), BENCH_CONNECTIONS, BENCH_AREAS, BENCH_CACHES (off,on),
 * BENCH_CPU_PROF=on (the server runs under `--cpu-prof`; each row adds the
 * longest synchronous task of its main thread during the scenario: longest-task.ts),
 * BENCH_ONLY (comma-separated parts of scenario names: `nested`, `compareAreas`, `exportArea`),
 * BENCH_NODE_ARGS (the server's `node` flags, space-separated, e.g. `--max-old-space-size=512`;
 * `none` for V8's defaults; unset: SERVER_NODE_FLAGS and SERVER_ENV, as `npm start` and the
 * Dockerfile run it; set: the environment is the caller's, e.g. MALLOC_ARENA_MAX).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import autocannon from 'autocannon';
import { LIMITS } from '@accgraph/schema';
import { buildGraphQLSchema } from '@accgraph/api/schema';
import { SERVER_ENV, SERVER_NODE_FLAGS } from '@accgraph/api/server';
import { measureQuery } from '../../api/src/http/limits.ts';
import { embeddedCopy, nationalDataSet } from './datasets.ts';
import { longestTasks } from './longest-task.ts';
import { graphql, startServer, type RunningServer } from './server.ts';

const env = process.env;
const duration = Number(env.BENCH_DURATION ?? 15);
const connections = Number(env.BENCH_CONNECTIONS ?? 16);
const areaCount = Number(env.BENCH_AREAS ?? 152);
const schema = buildGraphQLSchema();

interface Heavy {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The largest `k` in 1..max for which `make(k)` stays within the cost limit. */
function largestLegal(max: number, make: (k: number) => Heavy): Heavy {
  let best = make(1);
  for (let k = 2; k <= max; k += 1) {
    const candidate = make(k);
    if (measureQuery(schema, candidate.query, candidate.variables).cost > LIMITS.queryCost) break;
    best = candidate;
  }
  return best;
}

function heavyQueries(bodies: string[], areas: string[]): Heavy[] {
  const aliases = LIMITS.queryAliases;
  const nested = (n: number): Heavy => ({
    name: `${aliases} aliases of nested relationships(first: $n), n = ${n}`,
    query: `query ($n: Int) { ${bodies
      .slice(0, aliases)
      .map(
        (id, i) => `a${i}: node(id: "${id}") { id ... on Body { relationships(first: $n) {
          edges { node { id type to { id ... on Body { relationships(first: $n) {
            edges { node { id type from { id } to { id } } } } } } } } } } }`,
      )
      .join(' ')} }`,
    variables: { n },
  });
  const compare = (k: number): Heavy => ({
    name: `${k} aliases of compareAreas over 20 national areas`,
    query: `query ($ids: [ID!]!) { ${Array.from(
      { length: k },
      (_, i) => `c${i}: compareAreas(areaIds: $ids, includeUncarried: true) {
        rows { dutyType { id } cells { areaId status holders { __typename } } } }`,
    ).join(' ')} }`,
    variables: { ids: areas.slice(0, 20) },
  });
  const exportAreas = (k: number): Heavy => ({
    name: `${k} aliases of exportArea (national areas)`,
    query: `{ ${Array.from({ length: k }, (_, i) => `e${i}: exportArea(id: "${areas[i]}")`).join(' ')} }`,
    variables: {},
  });
  const only = env.BENCH_ONLY?.split(',').filter(Boolean);
  return [
    largestLegal(200, nested),
    largestLegal(aliases, compare),
    largestLegal(aliases, exportAreas),
  ].filter((h) => !only || only.some((part) => h.name.includes(part)));
}

/** Resident set size of `pid` now, MB (Linux /proc). */
function rssMb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

interface Row {
  caches: string;
  scenario: string;
  heavyOk: number;
  heavy503: number;
  heavyOther: number;
  heavyP99: number;
  trivialP99: number;
  trivialMax: number;
  readyzMax: number;
  rssMaxMb: number;
  loopMaxMs: number;
  /** Peak main-thread heap and the rest of the resident set (store thread, Grafeo), MB. */
  heapMaxMb?: number;
  otherMaxMb?: number;
  /** Graph caches' estimated MB at the end of the scenario. */
  cachesMb?: number;
  /** The main thread's garbage collection in the scenario: total ms and the longest pause. */
  gcMs?: number;
  gcMaxMs?: number;
  /** Per kind (scavenge, markCompact, …): count, total ms, longest pause ms. */
  gcKinds?: string;
  loadAvg: string;
  /** The scenario's window, µs of the monotonic clock (for the CPU profile). */
  fromUs: number;
  toUs: number;
  task?: { ms: number; samples: number; top: string[] };
}

const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);

/**
 * Whether the server really keeps answers: the same query twice, the second
 * served from the response cache (`x-response-cache: hit`) only when caches
 * are on. A "caches off" row measured over a caching server would be a lie.
 */
async function checkCaches(server: RunningServer, caches: string): Promise<void> {
  const hit = async () => {
    const answer = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ areas { id } }' }),
    });
    await answer.arrayBuffer();
    return answer.headers.get('x-response-cache') === 'hit';
  };
  // a write still running at startup (an area repaired) empties the caches: ask a few times
  let hits = 0;
  for (let i = 0; i < 5 && (caches === 'off' || hits === 0); i += 1) {
    if (await hit()) hits += 1;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  if (hits > 0 !== (caches === 'on')) {
    throw new Error(`caches ${caches}, but ${hits} of the answers came from the response cache`);
  }
  console.log(
    `caches ${caches}: checked (${hits > 0 ? 'a repeated query is a cache hit' : 'no cache hit in 5 repeats'})`,
  );
}

/**
 * With caches on, the server warms today's findings and the ask corpus in the
 * background after startup; on a loaded machine the settle check (low CPU)
 * can pass before they end, and the rows would then measure a server without
 * them (or a warm-up running inside a scenario). A question and a national
 * findings summary wait for those same builds (they share a build in flight).
 */
async function awaitWarmUps(server: RunningServer): Promise<void> {
  const started = performance.now();
  const answers = await Promise.all([
    graphql(server.url, '{ ask(question: "Who chairs the board?") { kind } }'),
    graphql(server.url, '{ findingsSummary { total } }'),
  ]);
  const failed = answers.find((a) => a.errors?.length);
  if (failed) throw new Error(`warm-up check failed: ${failed.errors?.[0]?.message}`);
  console.log(`warm-ups awaited: ${Math.round(performance.now() - started)} ms`);
}

async function run(server: RunningServer, caches: string, heavy: Heavy): Promise<Row> {
  const base = server.url.replace(/\/graphql$/, '');
  const checked = performance.now();
  const check = await graphql(server.url, heavy.query, heavy.variables);
  const alone = Math.round(performance.now() - checked);
  console.log(
    `${caches}: ${heavy.name}: alone ${alone} ms${check.errors?.length ? `, ${check.errors[0]?.message.slice(0, 80)}` : ''}`,
  );
  await fetch(`${base}/debug/event-loop?reset=1`);
  const loadBefore = os.loadavg()[0]?.toFixed(1);
  const fromUs = nowUs();
  let rssMax = rssMb(server.pid);
  let readyzMax = 0;
  let readyzFailures = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      rssMax = Math.max(rssMax, rssMb(server.pid));
      const started = performance.now();
      await fetch(`${base}/readyz`)
        .then((r) => r.arrayBuffer())
        .catch(() => (readyzFailures += 1));
      readyzMax = Math.max(readyzMax, performance.now() - started);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  const body = JSON.stringify({ query: heavy.query, variables: heavy.variables });
  const heavyRun = autocannon({
    url: server.url,
    connections,
    duration,
    timeout: 60,
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, body }],
  });
  const trivialRun = autocannon({
    url: server.url,
    connections: 1,
    duration,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      },
    ],
  });
  const [h, t] = await Promise.all([heavyRun, trivialRun]);
  const toUs = nowUs();
  running = false;
  await sampler;
  const loop = (await fetch(`${base}/debug/event-loop`)
    .then((r) => r.json())
    .catch(() => ({ maxMs: NaN }))) as {
    maxMs: number;
    memory?: { heapUsedMb: number; otherMb: number };
    caches?: Record<string, { mb: number }>;
    gc?: Record<string, { count: number; totalMs: number; max: number }>;
  };
  const gc = Object.values(loop.gc ?? {});
  if (readyzFailures > 0)
    console.log(`${caches}: ${heavy.name}: /readyz failed ${readyzFailures}×`);
  const ok = h.statusCodeStats?.['200']?.count ?? 0;
  const busy = h.statusCodeStats?.['503']?.count ?? 0;
  return {
    caches,
    scenario: heavy.name,
    heavyOk: ok,
    heavy503: busy,
    heavyOther: Math.max(0, h.requests.total - ok - busy) + h.timeouts + h.errors,
    heavyP99: h.latency.p99,
    trivialP99: t.latency.p99,
    trivialMax: t.latency.max,
    readyzMax: Math.round(readyzMax),
    rssMaxMb: Math.round(rssMax),
    loopMaxMs: loop.maxMs,
    ...(loop.memory ? { heapMaxMb: loop.memory.heapUsedMb, otherMaxMb: loop.memory.otherMb } : {}),
    ...(loop.caches
      ? {
          cachesMb: Math.round(Object.values(loop.caches).reduce((sum, c) => sum + c.mb, 0)),
        }
      : {}),
    ...(loop.gc
      ? {
          gcMs: gc.reduce((sum, g) => sum + g.totalMs, 0),
          gcMaxMs: Math.max(0, ...gc.map((g) => g.max)),
          gcKinds: Object.entries(loop.gc)
            .map(([kind, g]) => `${kind} ${g.count}× ${g.totalMs} ms (max ${g.max})`)
            .join(', '),
        }
      : {}),
    loadAvg: `${loadBefore}-${os.loadavg()[0]?.toFixed(1)}`,
    fromUs,
    toUs,
  };
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
console.log(`load average before: ${load()}; generating the national set (${areaCount} areas)…`);
const set = nationalDataSet(areaCount, 1);
const copy = await embeddedCopy(set);
console.log(`${set.name}: ${copy.loaded.nodes} nodes, ${copy.loaded.relationships} relationships`);
const nationalAreas = [
  ...new Set(set.ids.chain.concat(set.ids.posts).map((id) => id.split('/')[0] as string)),
];
const allAreas = [...new Set([...set.ids.areaSets.flat(), ...nationalAreas])].filter(
  (a) => !['wiltshire', 'walsall', 'oxfordshire', 'peterborough'].includes(a),
);
const bodies = set.ids.chain.filter((id) => !id.startsWith('wiltshire/'));
const heavies = heavyQueries(bodies, allAreas);
for (const h of heavies)
  console.log(`${h.name}: cost ${Math.round(measureQuery(schema, h.query, h.variables).cost)}`);
const serverFlags =
  env.BENCH_NODE_ARGS === undefined
    ? [...SERVER_NODE_FLAGS]
    : env.BENCH_NODE_ARGS.split(' ').filter((f) => f && f !== 'none');
const rows: Row[] = [];
try {
  for (const caches of (env.BENCH_CACHES ?? 'off,on').split(',')) {
    const profDir =
      env.BENCH_CPU_PROF === 'on'
        ? mkdtempSync(path.join(os.tmpdir(), 'accgraph-prof-'))
        : undefined;
    const server = await startServer(
      { kind: 'embedded', dbPath: copy.dbPath, caches: caches === 'on' },
      { ...(env.BENCH_NODE_ARGS === undefined ? SERVER_ENV : {}), EVENT_LOOP_REPORT: 'on' },
      [...(profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []), ...serverFlags],
    );
    const mine: Row[] = [];
    try {
      await checkCaches(server, caches);
      if (caches === 'on') await awaitWarmUps(server);
      for (const heavy of heavies) {
        const row = await run(server, caches, heavy);
        mine.push(row);
        console.log(JSON.stringify(row));
      }
    } finally {
      await server.stop();
    }
    if (profDir) {
      // the main thread's profile: CPU.<date>.<time>.<pid>.0.<seq>.cpuprofile
      const main = readdirSync(profDir).find((f) => f.includes(`.${server.pid}.0.`));
      if (main) {
        const tasks = longestTasks(path.join(profDir, main), mine);
        mine.forEach((row, i) => {
          const task = tasks[i];
          if (task) row.task = task;
          console.log(`${caches}: ${row.scenario}: longest task ${JSON.stringify(task)}`);
        });
      } else console.log(`${caches}: no main-thread CPU profile in ${profDir}`);
      if (env.BENCH_KEEP_PROF === 'on') console.log(`${caches}: CPU profiles kept in ${profDir}`);
      else rmSync(profDir, { recursive: true, force: true });
    }
    rows.push(...mine);
  }
} finally {
  copy.dispose();
}
console.log(
  `\nload average after: ${load()}; ${os.cpus().length} cores; ${duration} s per run; server flags: ${serverFlags.join(' ') || '(V8 defaults)'}, MALLOC_ARENA_MAX ${env.BENCH_NODE_ARGS === undefined ? SERVER_ENV.MALLOC_ARENA_MAX : (env.MALLOC_ARENA_MAX ?? 'unset')}\n`,
);
console.log(
  '| caches | heavy query (16 connections) | load avg | heavy 200 / 503 / other | heavy p99 ms | `{ __typename }` p99 ms (max) | /readyz max ms | peak RSS MB (main heap / rest; caches) | longest event-loop block ms | GC ms (longest pause) | longest task by CPU samples (~ms of CPU; its span ms): heaviest frame |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
const opt = (v: number | undefined) => (v === undefined ? '—' : String(v));
for (const r of rows) {
  console.log(
    `| ${r.caches} | ${r.scenario} | ${r.loadAvg} | ${r.heavyOk} / ${r.heavy503} / ${r.heavyOther} | ${r.heavyP99} | ${r.trivialP99} (${r.trivialMax}) | ${r.readyzMax} | ${r.rssMaxMb} (${opt(r.heapMaxMb)} / ${opt(r.otherMaxMb)}; ${opt(r.cachesMb)}) | ${r.loopMaxMs} | ${opt(r.gcMs)} (${opt(r.gcMaxMs)}) | ${r.task ? `${r.task.samples} (${r.task.ms}): ${r.task.top[0] ?? ''}` : '—'} |`,
  );
}
