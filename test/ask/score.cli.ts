/**
 * Scores `ask` on test/ask/questions.yaml through the real HTTP server over
 * the bundled areas, then measures the latency of `ask` on the synthetic
 * national set. Prints the figures docs/benchmarks.md ("Ask") reports.
 *
 *   npm run ask:score [-- --list] [-- --no-national] [-- --first-only]
 *
 * `--first-only`: on the national set, only the background build (as the
 * server runs it after startup) and the first question after it.
 */
import 'reflect-metadata';
import { createApp, turnOffResponseCache } from '@accgraph/api/server';
import { serverConfigFromEnv } from '@accgraph/api/config';
import { createLogger } from '@accgraph/api/logger';
import { openStore, type Store } from '@accgraph/api/store';
import { seedAreas } from '@accgraph/graph-seed';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ASK_QUERY, judge, loadQuestions, pct, score, type AskAnswer } from './questions.ts';
import { embeddedCopy, nationalDataSet } from '../bench/datasets.ts';
import { corpusBuilds, warmCorpus } from '../../api/src/fulltext/corpus.ts';

const list = process.argv.includes('--list');
const national = !process.argv.includes('--no-national');
const firstOnly = process.argv.includes('--first-only');

async function serve(store: Store) {
  const config = { ...serverConfigFromEnv({ LOG_LEVEL: 'silent' }), port: 0, seedOnStart: false };
  const app = await createApp({ config, store, logger: createLogger('silent') });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  const ask = async (question: string): Promise<{ answer: AskAnswer; ms: number; cpu: number }> => {
    const t = performance.now();
    const c0 = process.cpuUsage();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ASK_QUERY, variables: { question } }),
    });
    const body = (await response.json()) as { data?: { ask: AskAnswer }; errors?: unknown[] };
    const ms = performance.now() - t;
    const used = process.cpuUsage(c0);
    const cpu = (used.user + used.system) / 1000;
    if (!body.data) throw new Error(`ask("${question}") failed: ${JSON.stringify(body.errors)}`);
    return { answer: body.data.ask, ms, cpu };
  };
  return { app, ask };
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? 0;

const questions = loadQuestions();
console.log(
  `Load average at start: ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} (${(await import('node:os')).cpus().length} cores)`,
);
{
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-ask-'));
  const store = await openStore({ kind: 'embedded', path: path.join(dir, 'graph.grafeo') });
  await store.ensureSchema();
  await seedAreas(store);
  const { app, ask } = await serve(store);
  await ask('warm up'); // builds the corpus and its index once
  const verdicts = [];
  const times: number[] = [];
  for (const question of questions) {
    const { answer, ms } = await ask(question.q);
    times.push(ms);
    const verdict = judge(question, answer);
    verdicts.push(verdict);
    if (list && !verdict.right)
      console.log(
        `✗ ${question.q}\n    ${answer.kind} ${answer.interpretation.intent}: ${verdict.why.join('; ')}\n    ${answer.text.slice(0, 200)}`,
      );
  }
  const s = score(verdicts);
  console.log(`Bundled areas, ${s.total} questions (test/ask/questions.yaml):`);
  console.log(
    `  answered correctly with the right quote: ${s.right}/${s.total} (${pct(s.right, s.total)})`,
  );
  console.log(`  intent accuracy: ${s.intent}/${s.total} (${pct(s.intent, s.total)})`);
  console.log(
    `  entity-linking accuracy: ${s.linking.ok}/${s.linking.of} (${pct(s.linking.ok, s.linking.of)})`,
  );
  console.log(
    `  "not stated" answered NOT_STATED (no invented answer): ${s.notStated.ok}/${s.notStated.of} (${pct(s.notStated.ok, s.notStated.of)})`,
  );
  console.log(
    `  ask latency over HTTP (bundled): p95 ${p95(times).toFixed(1)} ms; median ${[...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!.toFixed(1)} ms`,
  );
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

if (national) {
  const copy = await embeddedCopy(
    nationalDataSet(Number(process.env.BENCH_AREAS ?? 152), Number(process.env.BENCH_SEED ?? 1)),
  );
  const store = await openStore({ kind: 'embedded', path: copy.dbPath });
  // issue 12 measures ask itself: the second round must not be answered from the response cache
  turnOffResponseCache(store);
  const { app, ask } = await serve(store);
  // As the server does after startup (api/src/main.ts): the build in the background, then questions.
  const t0 = performance.now();
  const areas = await warmCorpus(store);
  const buildMs = performance.now() - t0;
  const builds = corpusBuilds(store);
  const first = await ask(questions[0]!.q);
  if (corpusBuilds(store) !== builds) throw new Error('the first ask built the corpus again');
  console.log(
    `National set: corpus and indexes built for ${areas} areas in ${buildMs.toFixed(0)} ms; first ask after it ${first.ms.toFixed(1)} ms (load average ${(
      await import('node:os')
    )
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')})`,
  );
  if (firstOnly) {
    await app.close();
    await store.close();
    copy.dispose();
    process.exit(0);
  }
  const times: number[] = [];
  const cpus: number[] = [];
  const slow: { q: string; ms: number }[] = [];
  // The same questions, twice: every kind of question against 45k nodes.
  for (let round = 0; round < 2; round++) {
    for (const question of questions) {
      const { ms, cpu } = await ask(question.q);
      times.push(ms);
      cpus.push(cpu);
      if (round === 1) slow.push({ q: question.q, ms });
    }
  }
  if (list)
    for (const s of slow.sort((a, b) => b.ms - a.ms).slice(0, 10))
      console.log(`  slow: ${s.ms.toFixed(1)} ms  ${s.q}`);
  console.log(
    `National set (${copy.loaded.nodes} nodes, ${copy.loaded.relationships} relationships):`,
  );
  console.log(
    `  ask p95 over ${times.length} questions: ${p95(times).toFixed(1)} ms; median ${[...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!.toFixed(1)} ms`,
  );
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `  CPU time per ask (this process: HTTP client and server): p95 ${p95(cpus).toFixed(1)} ms; median ${median(cpus).toFixed(1)} ms`,
  );
  console.log(
    `  load average at the end: ${(await import('node:os'))
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}`,
  );
  await app.close();
  await store.close();
  copy.dispose();
}
