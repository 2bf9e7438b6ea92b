/**
 * Crash safety with real kill -9 (issue 16): runs a writer command of the CLI
 * (`npm run seed -- load`, `npm run seed -- import <file>`) against the
 * embedded store, kills it with SIGKILL at a random point, then checks that
 * the store opens and every area is either whole (its stored graph equals
 * the graph its file describes) or absent (no Area node and no node with its
 * areaId). All operations share one database file, so later runs start from
 * whatever the previous kill left. A last clean run of each operation must
 * leave every area whole.
 *
 *   npm run crash                  # 50 kills (default), seed 1
 *   npm run crash -- --runs 80 --seed 7
 *   npm run crash -- --ops load,start   # only these operations (default: load,import,start)
 *
 * Operations: `load` and `import` (the CLI, the store in its own thread),
 * `start` (`npm start`: the server loads the bundled areas through its store
 * thread, decision 0015, then is stopped with SIGTERM once it serves) and
 * `publish` (the server again; a client uploads, drafts and reviews two areas
 * through the API, then sends `publishDraft` for each; the kill is timed
 * from the first publish: test/fuzz/crash-publish.ts).
 * The vitest suite (test/integration/crash-kill.test.ts) runs a handful.
 *
 * To add an operation, add a `WriterOp` (how to start it, the areas it
 * writes with each one's expected hash, and, for a process that does not
 * end by itself, the output line after which it is driven and stopped) and
 * name it in `WRITER_OPS`.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listAreas, splitByArea, storedContentHash } from '@accgraph/api/canonical';
import { REPO_ROOT } from '@accgraph/api/config';
import { openStore, type Store } from '@accgraph/api/store';
import { compileAreas, validateSeed } from '@accgraph/graph-seed';
import { generateSynthetic } from '@accgraph/graph-seed/synthetic';
import { areaSeedHash, serialiseGraph } from '@accgraph/schema';
import {
  type Drafted,
  drivePublish,
  prepareEditor,
  PUBLISH_AREAS,
  type PublishVersion,
  readPublishAreas,
} from './crash-publish.ts';

/** A command that writes areas, and the hash each area has when whole. */
export interface WriterOp {
  name: string;
  /** Arguments of `node --import tsx <script>` (the script first). */
  argv: string[];
  /** areaId -> seed hash of the area's whole graph. */
  expected: ReadonlyMap<string, string>;
  /**
   * For a process that does not end by itself (the server): once its output
   * matches, it is stopped with SIGTERM (a clean run ends there).
   */
  stopWhen?: RegExp;
  /**
   * For a server: what a client does once `stopWhen` matched, given the
   * server's base URL (http://127.0.0.1:port); it calls `mark()` where a
   * kill timed "after the mark" counts from. The server is stopped with
   * SIGTERM when it resolves.
   */
  drive?: (base: string, mark: () => void) => Promise<void>;
  /** Run once on a database file before the operation first runs on it. */
  prepare?: (dbPath: string) => Promise<void>;
  /** Replaces the default clean calibration run (on a scratch file). */
  calibrate?: (scratchPath: string) => Promise<RunResult>;
  /** Replaces `checkAreas(dbPath, expected)` after a run (`killed`: the run was killed). */
  check?: (dbPath: string, killed: boolean) => Promise<AreaStates>;
  /** Extra environment of the process. */
  env?: Record<string, string>;
}

/** What a check found: each area whole, absent, or broken (with why). */
export interface AreaStates {
  whole: string[];
  absent: string[];
  broken: { area: string; why: string }[];
  /** What the operation's own check adds to the run's log line. */
  detail?: string;
}

const CLI = path.join(REPO_ROOT, 'graph-seed/src/cli.ts');

/** `npm run seed -- load --area <areas>`: bundled areas, each compiled from its files. */
export function loadOp(areas?: readonly string[]): WriterOp {
  const compiled = compileAreas(validateSeed({}), areas ? { areas } : {});
  return {
    name: 'load',
    argv: [CLI, 'load', ...(areas?.length ? ['--area', ...areas] : [])],
    expected: new Map(compiled.map((c) => [c.areaId, c.seedHash])),
  };
}

/** `npm run seed -- import <file>`: a synthetic set of `areas` areas written to `dir`. */
export function importOp(dir: string, areas: number): WriterOp {
  const { graph, sources } = generateSynthetic({ areas, seed: 16 });
  const file = path.join(dir, `synthetic-${areas}.json`);
  // the documents' texts travel with the graph, as `seed synthetic` writes them (decision 0022)
  const texts = Object.entries(sources).map(([documentId, text]) => ({
    documentId,
    sourceFile: `${documentId.replace('/', '-')}.txt`,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    text,
  }));
  writeFileSync(file, serialiseGraph({ ...graph, sources: texts }));
  return {
    name: 'import',
    argv: [CLI, 'import', file],
    expected: new Map(splitByArea(graph).map((part) => [part.areas[0]!, areaSeedHash(part)])),
  };
}

/**
 * `npm start` (api/src/main.ts) on the file: the server opens it on its store
 * thread, loads each bundled area whose stored hash differs from its file's
 * (a killed load leaves such areas), serves, and is stopped with SIGTERM once
 * it prints its GraphQL address. Its expected areas are the bundled ones.
 */
export function startOp(): WriterOp {
  const compiled = compileAreas(validateSeed({}), {});
  return {
    name: 'start',
    argv: [path.join(REPO_ROOT, 'api/src/main.ts')],
    expected: new Map(compiled.map((c) => [c.areaId, c.seedHash])),
    stopWhen: /^GraphQL: /m,
    env: { HOST: '127.0.0.1', PORT: '0' },
  };
}

/**
 * The server publishing drafts through the API (see crash-publish.ts): each
 * run publishes, for each area, the other version than the one stored, so
 * the check can tell a committed publish from one that was not. Its state
 * (which version each area holds) follows the database file it runs on.
 */
export function publishOp(): WriterOp {
  const server = startOp();
  /** Each area's stored hash of each version (from calibration). */
  const hashes = new Map<string, Record<PublishVersion, string>>();
  /** The version each area holds in the file (undefined: never published). */
  let held = new Map<string, PublishVersion>();
  let trying = new Map<string, PublishVersion>();
  let drafted: Drafted = new Map();
  const op: WriterOp = {
    name: 'publish',
    argv: server.argv,
    // drafting a document takes seconds, and on a machine loaded by other work
    // (and the server's own start-up warm-ups) it can pass the 10 s request
    // limit: the harness is about kills, not latency
    env: { ...server.env, REQUEST_TIME_LIMIT_MS: '120000' },
    stopWhen: server.stopWhen,
    expected: new Map(PUBLISH_AREAS.map((a) => [a.areaId, ''])),
    prepare: prepareEditor,
    drive: (base, mark) => {
      trying = new Map(
        PUBLISH_AREAS.map((a) => [a.areaId, held.get(a.areaId) === 'A' ? 'B' : 'A']),
      );
      drafted = new Map();
      return drivePublish(base, trying, drafted, mark);
    },
    calibrate: async (scratch) => {
      await prepareEditor(scratch);
      let last: RunResult | undefined;
      for (const version of ['A', 'B'] as const) {
        last = await runWriter(op, scratch);
        if (last.code !== 0 || last.driveError) {
          throw new Error(
            `publish ${version} failed without a kill: ${last.driveError ?? last.output}`,
          );
        }
        for (const [area, state] of await readPublishAreas(scratch)) {
          if (!state.hash)
            throw new Error(`publish ${version}: area ${area} is absent after a clean run`);
          hashes.set(area, { ...(hashes.get(area) ?? { A: '', B: '' }), [version]: state.hash });
          held.set(area, version);
        }
      }
      for (const [area, h] of hashes) {
        if (h.A === h.B)
          throw new Error(`publish: versions A and B of ${area} store the same graph`);
      }
      held = new Map();
      return last!;
    },
    check: async (dbPath, killed) => {
      const states: AreaStates = { whole: [], absent: [], broken: [] };
      const published: string[] = [];
      for (const [area, stored] of await readPublishAreas(dbPath)) {
        const before = held.get(area);
        const tried = trying.get(area);
        const draftId = drafted.get(area);
        const status = draftId ? stored.draftStatus.get(draftId) : undefined;
        const broken = (why: string) => states.broken.push({ area, why });
        if (stored.orphanNodes > 0) {
          broken(`no Area node but ${stored.orphanNodes} node(s) with its areaId`);
        } else if (!stored.hash) {
          if (before) broken(`it held version ${before} and is now absent`);
          else if (status === 'PUBLISHED') broken('absent, but its draft says PUBLISHED');
          else states.absent.push(area);
        } else if (tried && stored.hash === hashes.get(area)?.[tried]) {
          if (status !== 'PUBLISHED')
            broken(`it holds the version just published (${tried}) but its draft says ${status}`);
          else {
            states.whole.push(area);
            held.set(area, tried);
            published.push(area);
          }
        } else if (!killed) {
          broken(`a publish that was not killed did not leave version ${tried}`);
        } else if (before && stored.hash === hashes.get(area)?.[before]) {
          if (status === 'PUBLISHED')
            broken(`its draft says PUBLISHED but it still holds version ${before}`);
          else states.whole.push(area);
        } else {
          broken('its stored graph is neither the version it held nor the one published');
        }
      }
      states.detail = `published ${published.length}, kept ${states.whole.length - published.length}`;
      return states;
    },
  };
  return op;
}

/** The operations by name (`--ops`). */
export const WRITER_OPS = ['load', 'import', 'start', 'publish'] as const;
export type WriterOpName = (typeof WRITER_OPS)[number];

export interface RunResult {
  /** Milliseconds until it exited or was killed. */
  ms: number;
  /**
   * Milliseconds until its mark: its first committed area (a `wrote` line), or,
   * for a driven server, its driver's `mark()` (undefined: not reached).
   */
  markMs?: number;
  killed: boolean;
  code: number | null;
  output: string;
  /** The driver failed while the server was not killed. */
  driveError?: string;
}

/** A progress line: an area committed (`walsall: wrote 40 node(s)…`; the server indents it). */
const COMMITTED = /^\s*[a-z0-9-]+: wrote /m;

/** When to kill: `afterMs` from the start, or from the mark (see RunResult.markMs) when `afterMark`. */
export interface KillPoint {
  afterMs: number;
  afterMark?: boolean;
}

/** The server's address in its start-up output. */
const SERVING = /GraphQL: +(http:\/\/127\.0\.0\.1:\d+)\/graphql/;

/** Runs `op` against `dbPath`; kills it with SIGKILL at `kill` unless it ended first. */
export function runWriter(op: WriterOp, dbPath: string, kill?: KillPoint): Promise<RunResult> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', ...op.argv], {
    cwd: REPO_ROOT,
    env: { ...process.env, GRAPH_DB_PATH: dbPath, NEO4J_URI: '', LOG_LEVEL: 'warn', ...op.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let killed = false;
  let markMs: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let exited = false;
  let driving: Promise<void> | undefined;
  let driveError: string | undefined;
  const arm = () => {
    timer = setTimeout(() => {
      if (!exited) killed = child.kill('SIGKILL');
    }, kill!.afterMs);
  };
  const mark = () => {
    if (markMs !== undefined) return;
    markMs = Date.now() - started;
    if (kill?.afterMark) arm();
  };
  if (kill && !kill.afterMark) arm();
  let stopping = false;
  child.stdout.on('data', (c: Buffer) => {
    output += c.toString('utf8');
    if (op.stopWhen && !stopping && !killed && op.stopWhen.test(output)) {
      stopping = true;
      const base = SERVING.exec(output)?.[1];
      if (op.drive && base) {
        driving = op.drive(base, mark).then(
          () => {
            if (!exited) child.kill('SIGTERM');
          },
          (e: unknown) => {
            if (!killed && !exited) {
              driveError = e instanceof Error ? e.message : String(e);
              child.kill('SIGTERM');
            }
          },
        );
      } else child.kill('SIGTERM');
    }
    if (!op.drive && COMMITTED.test(output)) mark();
  });
  child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      exited = true;
      clearTimeout(timer);
      const ms = Date.now() - started;
      // a driver that was still talking to the server fails now; wait for it
      void (driving ?? Promise.resolve()).then(() =>
        resolve({ ms, markMs, killed, code, output, driveError }),
      );
    });
  });
}

/**
 * Opens the store at `dbPath` (throws if it does not open) and sorts each
 * area of `expected` into whole, absent or broken.
 */
export async function checkAreas(
  dbPath: string,
  expected: ReadonlyMap<string, string>,
): Promise<AreaStates> {
  const store: Store = await openStore({ kind: 'embedded', path: dbPath });
  const states: AreaStates = { whole: [], absent: [], broken: [] };
  try {
    const present = new Set(await listAreas(store));
    for (const [area, hash] of expected) {
      const nodes = await store.read({
        text: 'MATCH (n:Entity) WHERE n.areaId = $area RETURN count(n) AS count',
        name: 'crash/area-node-count',
        params: { area },
      });
      const count = Number(nodes[0]?.count ?? 0);
      if (!present.has(area)) {
        if (count === 0) states.absent.push(area);
        else states.broken.push({ area, why: `no Area node but ${count} node(s) with its areaId` });
        continue;
      }
      const stored = await store.readTransaction((tx) => storedContentHash(tx, area));
      if (stored === hash) states.whole.push(area);
      else states.broken.push({ area, why: 'its stored graph differs from its file' });
    }
  } finally {
    await store.close();
  }
  return states;
}

export interface CrashOptions {
  runs: number;
  seed: number;
  /** Synthetic areas in the import file. */
  importAreas: number;
  /** Bundled areas to load (default: all). */
  loadAreas?: string[];
  /** Which operations (default: every one of WRITER_OPS). */
  ops?: readonly WriterOpName[];
  log?: (line: string) => void;
}

export interface CrashReport {
  kills: number;
  /** Runs that ended before the kill came. */
  finished: number;
  broken: { run: number; op: string; area: string; why: string }[];
  /** Opens that failed (message), with the run. */
  unopenable: { run: number; op: string; message: string }[];
  /** Areas whole / absent summed over every check. */
  whole: number;
  absent: number;
}

/** A small deterministic generator (mulberry32): the same seed, the same kill points. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The harness: calibrates each operation with one clean run on a scratch
 * file, then `runs` times picks an operation and a kill point (alternately in
 * the last 70 % of its clean duration, and within its writing time after its
 * first area committed), runs it on the shared file, kills it and checks. Ends with
 * a clean run of every operation, after which every area must be whole.
 */
export async function crashTest(options: CrashOptions): Promise<CrashReport> {
  const log = options.log ?? (() => {});
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-crash-'));
  try {
    const make: Record<WriterOpName, () => WriterOp> = {
      load: () => loadOp(options.loadAreas),
      import: () => importOp(dir, options.importAreas),
      start: () => startOp(),
      publish: () => publishOp(),
    };
    const ops = (options.ops ?? WRITER_OPS).map((name) => make[name]());
    const durations = new Map<string, { total: number; writing: number }>();
    for (const op of ops) {
      const scratch = path.join(dir, `calibrate-${op.name}`, 'graph.grafeo');
      const clean = op.calibrate ? await op.calibrate(scratch) : await runWriter(op, scratch);
      if (clean.code !== 0 || clean.driveError) {
        throw new Error(`${op.name} failed without a kill:\n${clean.driveError ?? clean.output}`);
      }
      const writing = clean.ms - (clean.markMs ?? clean.ms);
      durations.set(op.name, { total: clean.ms, writing });
      log(
        `calibrated ${op.name}: ${clean.ms} ms for ${op.expected.size} area(s), ` +
          `${writing} ms of them after its mark (first area committed, or first publish sent)`,
      );
    }
    const dbPath = path.join(dir, 'crash', 'graph.grafeo');
    for (const op of ops) await op.prepare?.(dbPath);
    const next = random(options.seed);
    const report: CrashReport = {
      kills: 0,
      finished: 0,
      broken: [],
      unopenable: [],
      whole: 0,
      absent: 0,
    };
    const check = async (run: number, op: WriterOp, killed: boolean) => {
      try {
        const states = op.check
          ? await op.check(dbPath, killed)
          : await checkAreas(dbPath, op.expected);
        report.whole += states.whole.length;
        report.absent += states.absent.length;
        for (const b of states.broken) report.broken.push({ run, op: op.name, ...b });
        return states;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        report.unopenable.push({ run, op: op.name, message });
        return undefined;
      }
    };
    for (let run = 1; run <= options.runs; run++) {
      const op = ops[Math.floor(next() * ops.length)]!;
      // Most of a clean run is starting node and checking the files, and that time
      // varies with the machine's load: every other kill is timed from the first
      // committed area, so that it lands among the area transactions. A driven
      // server (publish) is always timed from its mark (its first publish sent).
      const d = durations.get(op.name) ?? { total: 5_000, writing: 1_000 };
      const afterMark = run % 2 === 0 || op.drive !== undefined;
      const at = afterMark
        ? Math.round(next() * Math.max(50, d.writing * 1.2))
        : Math.round((0.3 + 0.7 * next()) * d.total);
      const result = await runWriter(op, dbPath, { afterMs: at, afterMark });
      if (result.killed) report.kills++;
      else report.finished++;
      const states = await check(run, op, result.killed);
      log(
        `run ${run}: ${op.name} ${result.killed ? `killed ${at} ms after ${afterMark ? 'its mark' : 'it started'}` : `finished (code ${result.code})`}: ` +
          (states
            ? `${states.whole.length} whole, ${states.absent.length} absent, ${states.broken.length} broken` +
              (states.detail ? ` (${states.detail})` : '')
            : 'the store did not open'),
      );
      if (!result.killed && (result.code !== 0 || result.driveError)) {
        report.unopenable.push({
          run,
          op: op.name,
          message: `exit ${result.code}: ${result.driveError ?? result.output}`,
        });
      }
    }
    for (const op of ops) {
      const result = await runWriter(op, dbPath);
      const states = await check(options.runs + 1, op, false);
      if (
        result.code !== 0 ||
        result.driveError ||
        !states ||
        states.whole.length !== op.expected.size
      ) {
        report.broken.push({
          run: options.runs + 1,
          op: op.name,
          area: '*',
          why: `a clean ${op.name} after the kills did not leave every area whole (exit ${result.code}): ${result.driveError ?? result.output.slice(-500)}`,
        });
      }
    }
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} expects a whole number`);
  return value;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const runs = flag('runs', 50);
  const seed = flag('seed', 1);
  const started = Date.now();
  const at = process.argv.indexOf('--ops');
  const names = at < 0 ? [...WRITER_OPS] : (process.argv[at + 1] ?? '').split(',');
  for (const name of names) {
    if (!(WRITER_OPS as readonly string[]).includes(name)) {
      throw new Error(`--ops: "${name}" is not one of ${WRITER_OPS.join(', ')}`);
    }
  }
  const report = await crashTest({
    runs,
    seed,
    importAreas: flag('import-areas', 3),
    ops: names as WriterOpName[],
    log: out,
  });
  out(
    `crash: ${runs} run(s), ${report.kills} killed, ${report.finished} finished before the kill; ` +
      `areas whole ${report.whole}, absent ${report.absent}, broken ${report.broken.length}; ` +
      `store failed to open ${report.unopenable.length} time(s); ${Math.round((Date.now() - started) / 1000)} s`,
  );
  for (const b of report.broken) out(`  BROKEN run ${b.run} ${b.op} ${b.area}: ${b.why}`);
  for (const u of report.unopenable) out(`  NOT OPENED run ${u.run} ${u.op}: ${u.message}`);
  process.exitCode = report.broken.length + report.unopenable.length === 0 ? 0 : 1;
}
