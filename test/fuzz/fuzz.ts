/**
 * `npm run fuzz`: hostile input against the real product, loopback only,
 * bounded in count and time (issue 16).
 *
 * 1. Starts the real server (`api/src/main.ts`) in production mode on a fresh
 *    embedded store holding the bundled areas, sends FUZZ_REQUESTS (10,000)
 *    GraphQL requests generated from the schema and FUZZ_RAW (500) raw
 *    malformed HTTP messages (test/fuzz/graphql.arbitrary.ts); counts 5xx,
 *    connections reset or left unanswered, and leaks; checks the graph is
 *    unchanged; stops the server and checks it exits cleanly.
 * 2. Writes FUZZ_FILES (500) malformed area files (test/fuzz/area-files.arbitrary.ts)
 *    and puts each through `validate` and `load` as the CLI runs them
 *    (`validateSeed` and `seedAreas`, in process) against an embedded store: each is
 *    accepted or refused with located problems, never a stack, and the store
 *    is unchanged after every refusal. Every FUZZ_CLI_EVERY-th file (50) also
 *    goes through the real CLI process (`npm run seed -- validate` / `load`).
 *
 * Prints the counts; exits 1 on any finding. FUZZ_SECONDS (900) bounds the
 * whole run; FUZZ_SEED (16) makes it repeatable.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { listAreas, readGraph } from '@accgraph/api/canonical';
import { REPO_ROOT } from '@accgraph/api/config';
import { openStore, type Store, storeConfigFromEnv } from '@accgraph/api/store';
import { seedAreas, validateSeed } from '@accgraph/graph-seed';
import { formatProblem, serialiseGraph } from '@accgraph/schema';
import { startNodeProcess, startServerProcess } from '../integration/support/process.ts';
import { edit, mutate } from './area-files.arbitrary.ts';
import { closeClient } from './http-client.ts';
import { type Finding, fingerprint, fuzzHttp } from './http-fuzz.ts';

const env = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
};
const REQUESTS = env('FUZZ_REQUESTS', 10_000);
const RAW = env('FUZZ_RAW', 500);
const FILES = env('FUZZ_FILES', 500);
const CLI_EVERY = Math.max(1, env('FUZZ_CLI_EVERY', 50));
const SECONDS = env('FUZZ_SECONDS', 900);
const SEED = env('FUZZ_SEED', 16);
const CONCURRENCY = 8;
const deadline = Date.now() + SECONDS * 1000;
const URL_LINE = /GraphQL: +(http:\/\/127\.0\.0\.1:\d+)\/graphql\n/;
const STACK = /\n\s+at .+:\d+:\d+/;
const LOCATED = /^[^:\n]+:\d+:\d+: \S/m;

const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-fuzz-'));
const failures: string[] = [];
const fail = (what: string): void => {
  failures.push(what);
};
const show = (findings: Finding[]): string =>
  findings
    .slice(0, 5)
    .map(
      (f) => `    ${f.status ?? f.error} ${f.what.slice(0, 200)}\n      ${f.detail.slice(0, 300)}`,
    )
    .join('\n');

async function fuzzServer(): Promise<void> {
  const api = startServerProcess({
    NODE_ENV: 'production',
    // production defaults to READ_ACCESS=signed-in (decision 0023): every anonymous
    // query would stop at the 401 gate before parsing, and the fingerprint could
    // not read the graph; `open` puts the whole query surface in front of the fuzz
    READ_ACCESS: 'open',
    NEO4J_URI: '',
    GRAPH_DB_PATH: path.join(dir, 'server', 'graph.grafeo'),
    LOG_LEVEL: 'error',
  });
  try {
    const base = (await api.waitFor(URL_LINE, 300_000))[1]!;
    const before = await fingerprint(base);
    const report = await fuzzHttp(base, {
      graphql: REQUESTS,
      raw: RAW,
      seed: SEED,
      concurrency: CONCURRENCY,
      deadline,
    });
    const statuses = Object.entries(report.byStatus)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ');
    console.log(
      `HTTP: ${report.graphql} GraphQL requests + ${report.raw} raw messages in ${(report.ms / 1000).toFixed(1)} s (${CONCURRENCY} at a time)`,
    );
    console.log(`  answers by status: ${statuses}`);
    console.log(
      `  5xx: ${report.serverErrors.length}, reset or unanswered: ${report.noAnswer.length}, leaks: ${report.leaks.length}`,
    );
    if (report.graphql < REQUESTS || report.raw < RAW)
      fail(`HTTP: stopped by FUZZ_SECONDS=${SECONDS}`);
    if (report.serverErrors.length) fail(`HTTP 5xx:\n${show(report.serverErrors)}`);
    if (report.noAnswer.length) fail(`HTTP no answer:\n${show(report.noAnswer)}`);
    if (report.leaks.length) fail(`HTTP leaks:\n${show(report.leaks)}`);
    const unchanged = (await fingerprint(base)) === before;
    console.log(`  graph unchanged: ${unchanged ? 'yes' : 'NO'}`);
    if (!unchanged) fail('HTTP: the graph changed');
    const errorLines = api
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{') && /"level":(50|60)/.test(line));
    console.log(`  server log lines at error level: ${errorLines.length}`);
    if (errorLines.length)
      fail(`server logged errors:\n    ${errorLines.slice(0, 3).join('\n    ')}`);
  } finally {
    closeClient();
    api.child.kill('SIGTERM');
    const code = await api.exited;
    if (code !== 0) fail(`server exited ${code}:\n${api.output().slice(-2000)}`);
  }
}

async function snapshot(store: Store): Promise<string> {
  const areas = await listAreas(store);
  return serialiseGraph(await store.readTransaction((tx) => readGraph(tx, { areas })));
}

function runCli(
  args: string[],
  paths: Record<string, string>,
  dbPath: string,
): Promise<{ code: number | null; output: string }> {
  const cli = startNodeProcess(
    'graph-seed/src/cli.ts',
    [
      '--areas-dir',
      paths.areasDir!,
      '--sources-dir',
      paths.sourcesDir!,
      '--taxonomy-dir',
      paths.taxonomyDir!,
      ...args,
    ],
    { GRAPH_DB_PATH: dbPath, NEO4J_URI: '' },
  );
  const timer = setTimeout(() => cli.child.kill('SIGKILL'), 60_000);
  return cli.exited.then((code) => {
    clearTimeout(timer);
    return { code, output: cli.output() };
  });
}

async function fuzzFiles(): Promise<void> {
  const fixtures = path.join(REPO_ROOT, 'graph-seed/src/__fixtures__');
  const paths = {
    areasDir: path.join(dir, 'files', 'areas'),
    sourcesDir: path.join(dir, 'files', 'sources'),
    taxonomyDir: path.join(dir, 'files', 'taxonomy'),
  };
  for (const d of ['areas', 'sources', 'taxonomy']) {
    cpSync(path.join(fixtures, d), path.join(dir, 'files', d), { recursive: true });
  }
  const file = path.join(paths.areasDir, 'fixture-2020.yaml');
  const fixture = readFileSync(file, 'utf8');
  const dbPath = path.join(dir, 'files', 'db', 'graph.grafeo');
  const started = Date.now();
  const counts = { files: 0, accepted: 0, refused: 0, cli: 0 };
  const samples = fc.sample(fc.array(edit, { minLength: 1, maxLength: 4 }), {
    numRuns: FILES,
    seed: SEED,
  });
  let store = await openStore(storeConfigFromEnv({ GRAPH_DB_PATH: dbPath }));
  await store.ensureSchema();
  if (!(await seedAreas(store, paths)).ok) throw new Error('the fixture area does not load');
  try {
    for (const edits of samples) {
      if (Date.now() > deadline) break;
      const n = ++counts.files;
      writeFileSync(file, mutate(fixture, edits));
      // `validate`, as the CLI runs it (validateSeed, then each problem formatted)
      let validated: number;
      let text: string;
      try {
        const validation = validateSeed(paths);
        validated = validation.problems.length === 0 ? 0 : 1;
        text = validation.problems.map(formatProblem).join('\n');
      } catch (error) {
        fail(`file ${n}: validate threw ${String(error).slice(0, 300)}`);
        continue;
      }
      if (STACK.test(text)) fail(`file ${n}: validate printed a stack`);
      if (validated !== 0 && !LOCATED.test(text))
        fail(`file ${n}: refused without a located problem:\n${text.slice(0, 300)}`);
      // `load`, as the CLI runs it (seedAreas), then the store compared
      const before = await snapshot(store);
      const result = await seedAreas(store, paths).catch((error: unknown) => {
        fail(`file ${n}: load threw ${String(error).slice(0, 300)}`);
        return undefined;
      });
      if (!result) continue;
      if ((validated === 0) !== result.ok) fail(`file ${n}: validate and load disagree`);
      if (result.ok) {
        counts.accepted += 1;
        // back to the fixture, so the next file starts from the same graph
        writeFileSync(file, fixture);
        if (!(await seedAreas(store, paths)).ok) fail(`file ${n}: the fixture no longer loads`);
      } else {
        counts.refused += 1;
        for (const p of result.problems) {
          if (!p.file || p.line < 1 || p.column < 1 || !p.message || STACK.test(p.message)) {
            fail(`file ${n}: a problem without a location: ${JSON.stringify(p).slice(0, 300)}`);
          }
        }
        if ((await snapshot(store)) !== before) fail(`file ${n}: refused, but the store changed`);
      }
      if (n % CLI_EVERY === 0 && !result.ok) {
        // the real CLI process on the same file (the store closed: one writer per file)
        writeFileSync(file, mutate(fixture, edits));
        await store.close();
        for (const command of ['validate', 'load']) {
          const run = await runCli([command], paths, dbPath);
          counts.cli += 1;
          if (run.code !== 1)
            fail(`file ${n}: CLI ${command} exited ${run.code}:\n${run.output.slice(0, 500)}`);
          if (STACK.test(run.output)) fail(`file ${n}: CLI ${command} printed a stack`);
          if (!LOCATED.test(run.output)) fail(`file ${n}: CLI ${command} gave no located problem`);
        }
        store = await openStore(storeConfigFromEnv({ GRAPH_DB_PATH: dbPath }));
        if ((await snapshot(store)) !== before)
          fail(`file ${n}: CLI load refused, but the store changed`);
      }
    }
  } finally {
    writeFileSync(file, fixture);
    await store.close();
  }
  console.log(
    `Area files: ${counts.files} malformed variants in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${counts.refused} refused with located problems (store unchanged), ${counts.accepted} accepted (the mutation left a valid file); ` +
      `${counts.cli} runs of the real CLI (validate, load)`,
  );
  if (counts.files < FILES) fail(`files: stopped by FUZZ_SECONDS=${SECONDS}`);
}

try {
  await fuzzServer();
  await fuzzFiles();
} catch (error) {
  fail(
    `fuzz run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failures.length) {
  console.log(`\nFAILED (${failures.length}):\n${failures.slice(0, 20).join('\n')}`);
  process.exit(1);
}
console.log(
  '\nOK: no 5xx, no reset, no leak; every malformed file refused clearly or accepted; stores unchanged.',
);
process.exit(0);
