/**
 * CPU per request, in-process (issue 12 point 6): the app (createApp +
 * app.inject) over the national set on the embedded store, graph caches on,
 * response cache off; each operation's variables once to warm, then ROUNDS
 * rounds serially; CPU = process.cpuUsage() per request (main thread and the
 * store's threads). Not a test: run by hand.
 *
 *   node --import tsx test/bench/cpu-inprocess.ts [dbPath] [answers.json]
 *
 * dbPath: an embedded file holding the national set (written there when absent).
 * answers.json: every answer, to compare two trees byte for byte.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { openStore } from '@accgraph/api/store';
import { createApp } from '../../api/src/server.ts';
import { serverConfigFromEnv } from '../../api/src/config.ts';
import { createLogger } from '../../api/src/logger.ts';
import { turnOffResponseCache } from '../../api/src/cache.ts';
import { loadInto, nationalDataSet } from './datasets.ts';
import { COMPARE, compareVars, DIFF } from './operations.ts';

const dbPath = process.argv[2] ?? '/tmp/h-cpu-national.grafeo';
const out = process.argv[3];
const rounds = Number(process.env.ROUNDS ?? 3);
const only = process.env.ONLY;
const set = nationalDataSet(152, 1);
if (!existsSync(dbPath)) {
  const s = await openStore({ kind: 'embedded', path: dbPath });
  const loaded = await loadInto(s, set);
  console.log(`wrote ${loaded.nodes} nodes in ${Math.round(loaded.writeMs)} ms`);
  await s.close();
}
const env = { ...process.env, NODE_ENV: 'production', READ_ACCESS: 'open', LOG_LEVEL: 'warn' };
const store = await openStore({ kind: 'embedded', path: dbPath, thread: 'worker' });
turnOffResponseCache(store);
const app = await createApp({
  config: serverConfigFromEnv(env),
  store,
  logger: createLogger('warn'),
});
const TRIVIAL = 'query Trivial { __typename }';
const ops: { name: string; query: string; vars: Record<string, unknown>[] }[] = [
  { name: 'trivial', query: TRIVIAL, vars: Array.from({ length: 16 }, () => ({})) },
  { name: 'compareAreas', query: COMPARE, vars: set.ids.areaSets.map((s) => compareVars(s)) },
  {
    name: 'compareAreas page 2',
    query: COMPARE,
    vars: set.ids.areaSets.map((s) => ({ ...compareVars(s), after: 'x' })),
  },
  {
    name: 'diffDocuments',
    query: DIFF,
    vars: set.ids.diffPairs.map(([from, to]) => ({ from, to })),
  },
].filter((o) => !only || only.split(',').includes(o.name));
const answers: Record<string, string[]> = {};
async function ask(query: string, variables: Record<string, unknown>): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'x' },
    payload: JSON.stringify({ query, variables: { ...variables, unused: Math.random() } }),
  });
  return res.body;
}
// page 2: the cursor is the first page's endCursor
for (const op of ops) {
  if (op.name !== 'compareAreas page 2') continue;
  for (const v of op.vars) {
    const first = JSON.parse(await ask(COMPARE, { ...v, after: undefined }));
    v.after = first.data?.compareAreas?.rowPage?.pageInfo?.endCursor ?? null;
  }
}
for (const op of ops) {
  answers[op.name] = [];
  for (const v of op.vars) answers[op.name]!.push(await ask(op.query, v)); // warm
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const op of ops) {
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const v of op.vars) {
      const c = process.cpuUsage();
      const body = await ask(op.query, v);
      const u = process.cpuUsage(c);
      cpu.push((u.user + u.system) / 1000);
      if (body.includes('"errors"')) console.log(op.name, body.slice(0, 300));
    }
  const mean = cpu.reduce((a, b) => a + b, 0) / cpu.length;
  console.log(
    `${op.name}: ${cpu.length} requests, CPU mean ${mean.toFixed(1)} ms, median ${median(cpu).toFixed(1)} ms`,
  );
}
if (out) writeFileSync(out, JSON.stringify(answers, null, 1));
console.log(`load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
await app.close();
await store.close();
