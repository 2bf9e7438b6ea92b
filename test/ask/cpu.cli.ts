/**
 * CPU per question of `ask` on the national set (issue 12), in-process: the
 * app as `main.ts` builds it, sent through `app.inject`, response cache off,
 * the corpus built first. Each question of test/ask/questions.yaml is asked
 * (and the bench:api scenario's questions it lacks)
 * once to warm, then ASK_ROUNDS times (3); prints the CPU median and p95 over
 * all requests and the ten questions with the highest median CPU.
 *
 *   node --import tsx test/ask/cpu.cli.ts
 *
 * Env: BENCH_DB (reuse a national database file written earlier; kept),
 * BENCH_AREAS (152), ASK_ROUNDS (3), ASK_ANSWERS (a file: every answer, all
 * fields, one line per question, to compare before/after with `cmp`),
 * ASK_ONLY (a part of the questions to ask, case-insensitive).
 * ASK_PROFILE (a file: a CPU profile of the measured rounds). Under
 * `node --expose-gc` it also prints the heap before and after the questions.
 */
import 'reflect-metadata';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { openStore } from '@accgraph/api/store';
import { createApp, turnOffResponseCache } from '@accgraph/api/server';
import { serverConfigFromEnv } from '@accgraph/api/config';
import { createLogger } from '@accgraph/api/logger';
import { loadQuestions } from './questions.ts';
import { embeddedCopy, nationalDataSet } from '../bench/datasets.ts';
import { warmCorpus } from '../../api/src/fulltext/corpus.ts';
import { quantile } from '../bench/stats.ts';

/** Every field of `ask`, so a changed answer shows in ASK_ANSWERS. */
const FULL_ASK = `query Ask($question: String!) {
  ask(question: $question) {
    kind text
    evidence { documentId documentTitle current section quote start end interpretation }
    nodes { id name label }
    interpretation { intent linked { mention id name label } areaId documentId documentTitle asOf operation }
    alternatives { label question nodeId areaId documentId }
  }
}`;

/** Prints a line (a CLI: its output is the point). */
const say = (line: string) => process.stdout.write(`${line}\n`);
const env = process.env;
const rounds = Number(env.ASK_ROUNDS ?? 3);
let dbPath = env.BENCH_DB;
if (!dbPath || !existsSync(dbPath)) {
  const copy = await embeddedCopy(nationalDataSet(Number(env.BENCH_AREAS ?? 152), 1));
  dbPath = copy.dbPath;
  say(`national set written to ${dbPath} (${copy.loaded.nodes} nodes); reuse with BENCH_DB`);
}
const store = await openStore({ kind: 'embedded', path: dbPath, thread: 'worker' });
turnOffResponseCache(store);
const config = serverConfigFromEnv({ ...env, READ_ACCESS: 'open', NODE_ENV: 'production' });
const app = await createApp({ config, store, logger: createLogger('warn') });
await app.ready();
await warmCorpus(store);
/** Heap after a full GC, MB (printed when run with `node --expose-gc`). */
const heapMb = () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  gc();
  return Math.round(process.memoryUsage().heapUsed / 1048576);
};
const heapBuilt = heapMb();

async function ask(question: string) {
  const before = process.cpuUsage();
  const res = await app.inject({
    method: 'POST',
    url: '/graphql',
    payload: { query: FULL_ASK, variables: { question } },
  });
  const used = process.cpuUsage(before);
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body.slice(0, 300)}`);
  return { cpuMs: (used.user + used.system) / 1000, body: res.body };
}

const only = env.ASK_ONLY?.toLowerCase();
// the question set, then the bench:api scenario's questions it lacks ("hold to account")
const set = nationalDataSet(Number(env.BENCH_AREAS ?? 152), 1);
const listed = loadQuestions().map((q) => q.q);
const questions = [...listed, ...set.ids.questions.filter((q) => !listed.includes(q))].filter(
  (q) => !only || q.toLowerCase().includes(only),
);
const answers: string[] = [];
for (const q of questions) answers.push((await ask(q)).body);
if (env.ASK_ANSWERS) writeFileSync(env.ASK_ANSWERS, answers.join('\n') + '\n');

// ASK_PROFILE=<file>: a CPU profile of the measured rounds only (not the build, not the warm round)
const session = env.ASK_PROFILE ? new (await import('node:inspector/promises')).Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const all: number[] = [];
const per = new Map<string, number[]>(questions.map((q) => [q, []]));
say(`load average at start ${os.loadavg()[0]?.toFixed(1)}; ${rounds} rounds`);
for (let r = 0; r < rounds; r += 1)
  for (const q of questions) {
    const { cpuMs } = await ask(q);
    all.push(cpuMs);
    per.get(q)!.push(cpuMs);
  }
say(
  `ask on the national set, ${questions.length} questions × ${rounds}: CPU median ${quantile(all, 0.5).toFixed(1)} ms, p95 ${quantile(all, 0.95).toFixed(1)} ms, mean ${(all.reduce((a, b) => a + b, 0) / all.length).toFixed(1)} ms`,
);
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(env.ASK_PROFILE!, JSON.stringify(profile));
}
const top = [...per].map(([q, xs]) => ({ q, ms: quantile(xs, 0.5) })).sort((a, b) => b.ms - a.ms);
for (const t of top.slice(0, Number(env.ASK_TOP ?? 10))) say(`  ${t.ms.toFixed(1)} ms  ${t.q}`);
say(`load average at the end ${os.loadavg()[0]?.toFixed(1)}`);
if (heapBuilt !== null)
  say(
    `heap after GC: ${heapBuilt} MB with the corpus built, ${heapMb()} MB after every question (what ask keeps besides the corpus)`,
  );
await app.close();
await store.close();
