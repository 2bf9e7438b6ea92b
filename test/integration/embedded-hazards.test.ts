import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  areaIds,
  startSeedProcess,
  startServerProcess,
  type ServerProcess,
} from './support/process.ts';
import { runSeed } from './support/seed-cli.ts';

/**
 * The embedded store's own hazards, with real processes: `npm start`
 * (api/src/main.ts) and `npm run seed -- …` (graph-seed/src/cli.ts) on one
 * database file. Grafeo's public tracker reports that two processes opening
 * one file both succeed and the last close() silently overwrites the other's
 * commits; here the second opener must be refused, whichever command it is.
 * Always the embedded store (NEO4J_URI cleared), also under `npm run test:neo4j`.
 */

const URL_LINE = /GraphQL: +(http:\/\/127\.0\.0\.1:\d+)\/graphql\n/;
const BUNDLED = ['oxfordshire', 'peterborough', 'walsall', 'wiltshire'];
/** A stack frame, raw or inside a JSON log line. */
const STACK_FRAME = /(\n|\\n)\s+at .+:\d+:\d+/;

/** The lines of `output` that mention `needle`. */
function linesWith(output: string, needle: string): string[] {
  return output.split('\n').filter((line) => line.includes(needle));
}

/**
 * Pids holding a kernel lock on `file` (Linux /proc/locks): how the test knows,
 * without asking the product, that a process has the file open.
 */
function lockHolders(file: string): number[] {
  if (!existsSync(file)) return [];
  const inode = statSync(file).ino;
  const holders: number[] = [];
  for (const line of readFileSync('/proc/locks', 'utf8').split('\n')) {
    const m = /^\d+: +\w+ +\w+ +\w+ +(\d+) +[0-9a-f]+:[0-9a-f]+:(\d+) /.exec(line);
    if (m && Number(m[2]) === inode) holders.push(Number(m[1]));
  }
  return holders;
}

async function waitForLock(file: string, pid: number, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (!lockHolders(file).includes(pid)) {
    if (Date.now() > until) throw new Error(`process ${pid} never locked ${file}`);
    await sleep(5);
  }
}

/** Asserts a refusal a user can act on: one line naming the file and the holder's pid, no stack. */
function expectRefusal(output: string, dbPath: string, holder: number): void {
  const lines = linesWith(output, dbPath);
  expect(lines, output).toHaveLength(1);
  expect(lines[0]).toMatch(/in use/);
  expect(lines[0]).toContain(`process ${holder}`);
  expect(output).not.toMatch(STACK_FRAME);
}

const running: ServerProcess[] = [];
function track(p: ServerProcess): ServerProcess {
  running.push(p);
  return p;
}

afterEach(() => {
  for (const p of running.splice(0)) {
    if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  }
});

describe('one process at a time opens the embedded database file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-hazards-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second `npm start` on the same file with one line naming the file and the first server; the first keeps serving', async () => {
    const dbPath = path.join(dir, 'server-server', 'graph.grafeo');
    const first = track(startServerProcess({ GRAPH_DB_PATH: dbPath, NEO4J_URI: '' }));
    const [, base] = await first.waitFor(URL_LINE);

    const second = track(startServerProcess({ GRAPH_DB_PATH: dbPath, NEO4J_URI: '' }));
    expect(await second.exited).toBe(1);
    expectRefusal(second.output(), dbPath, first.child.pid!);
    expect(second.output()).not.toMatch(/GraphQL:/);

    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(await areaIds(base!)).toEqual(BUNDLED);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  }, 120_000);

  // `seed load`, `seed import` and `seed export` go through the running server (decisions 0030
  // and 0036, test/integration/cli-through-server.test.ts); `repair-wal`, which rewrites the
  // file's log, is the one command that still opens the file, and it is refused.
  it('exports through the server that holds the file; refuses `seed repair-wal` and writes nothing', async () => {
    const dbPath = path.join(dir, 'server-cli', 'graph.grafeo');
    const server = track(startServerProcess({ GRAPH_DB_PATH: dbPath, NEO4J_URI: '' }));
    const [, base] = await server.waitFor(URL_LINE);
    const pid = server.child.pid!;

    const exported = path.join(dir, 'through-server-export.json');
    const exportRun = runSeed(['export', '--out', exported], dbPath);
    expect(exportRun.code, exportRun.err).toBe(0);
    expect(exportRun.err).not.toMatch(/in use/);
    expect(`${exportRun.out}${exportRun.err}`).toContain(`through the running server at ${base}`);
    const viaServer = (JSON.parse(readFileSync(exported, 'utf8')) as { areas: string[] }).areas;
    expect(viaServer).toEqual(BUNDLED);

    const repair = runSeed(['repair-wal'], dbPath);
    expect(repair.code).not.toBe(0);
    expect(repair.out).toBe('');
    expectRefusal(repair.err, dbPath, pid);
    expect(await areaIds(base!)).toEqual(BUNDLED);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    // Nothing the refused command tried reached the file.
    const after = path.join(dir, 'after-refusals.json');
    expect(runSeed(['export', '--out', after], dbPath).code).toBe(0);
    const areas = (JSON.parse(readFileSync(after, 'utf8')) as { areas: string[] }).areas;
    expect(areas).toEqual(BUNDLED);
  }, 120_000);

  it('refuses `npm start` while `seed import` holds the file; the import then completes', async () => {
    const dbPath = path.join(dir, 'cli-server', 'graph.grafeo');
    const synthetic = path.join(dir, 'synthetic-3.json');
    expect(runSeed(['synthetic', '--areas', '3', '--out', synthetic], dbPath).code).toBe(0);
    const load = track(startSeedProcess(['import', synthetic], dbPath));
    const pid = load.child.pid!;
    await waitForLock(dbPath, pid);
    // Hold the importer still (it keeps its lock) so the server meets it for certain.
    load.child.kill('SIGSTOP');
    try {
      const server = track(startServerProcess({ GRAPH_DB_PATH: dbPath, NEO4J_URI: '' }));
      expect(await server.exited).toBe(1);
      expectRefusal(server.output(), dbPath, pid);
    } finally {
      load.child.kill('SIGCONT');
    }
    expect(await load.exited).toBe(0);
    expect(load.output()).toMatch(/imported synthetic-001, synthetic-002, synthetic-003:/);
  }, 120_000);
});

describe('crash and shutdown on the embedded store', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps what the server committed before a kill -9: the restart reuses it and is not blocked by a stale lock', async () => {
    const dbPath = path.join(dir, 'server', 'graph.grafeo');
    const first = track(startServerProcess({ GRAPH_DB_PATH: dbPath, NEO4J_URI: '' }));
    await first.waitFor(URL_LINE);
    expect(first.output()).toMatch(/wiltshire: wrote \d+ node/);
    first.child.kill('SIGKILL');
    await first.exited;
    // Killed before any checkpoint: the commits are only in the write-ahead log.
    expect(existsSync(`${dbPath}.wal`)).toBe(true);

    const second = track(startServerProcess({ GRAPH_DB_PATH: dbPath, NEO4J_URI: '' }));
    const [, base] = await second.waitFor(URL_LINE);
    for (const area of BUNDLED) expect(second.output()).toContain(`${area}: unchanged`);
    expect(second.output()).not.toMatch(/wrote \d+ node/);
    expect(await areaIds(base!)).toEqual(BUNDLED);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);

  it('keeps the areas `seed load` committed before a kill -9', async () => {
    const dbPath = path.join(dir, 'load', 'graph.grafeo');
    const load = track(startSeedProcess(['load'], dbPath));
    // Each area is its own transaction: the line is printed after its commit.
    const [, committed] = await load.waitFor(/(\w+): wrote \d+ node/);
    load.child.kill('SIGKILL');
    await load.exited;
    expect(existsSync(`${dbPath}.wal`)).toBe(true);

    const again = runSeed(['load'], dbPath);
    expect(again.code).toBe(0);
    expect(again.out).toContain(`${committed}: unchanged`);
    const exported = path.join(dir, 'after-kill.json');
    expect(runSeed(['export', '--out', exported], dbPath).code).toBe(0);
    const areas = (JSON.parse(readFileSync(exported, 'utf8')) as { areas: string[] }).areas;
    expect(areas).toEqual(BUNDLED);
  }, 120_000);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`on ${signal} the server checkpoints and closes the file: a clean-shutdown line, no write-ahead log left, everything there on reopen`, async () => {
      const dbPath = path.join(dir, signal, 'graph.grafeo');
      // NODE_ENV as a user runs it (not vitest's "test": Apollo Server then adds its own signal handlers)
      const server = track(
        startServerProcess({
          GRAPH_DB_PATH: dbPath,
          NEO4J_URI: '',
          NODE_ENV: 'production',
          READ_ACCESS: 'open',
        }),
      );
      await server.waitFor(URL_LINE);
      expect(existsSync(`${dbPath}.wal`)).toBe(true);
      server.child.kill(signal);
      expect(await server.exited).toBe(0);
      expect(linesWith(server.output(), 'closed cleanly')).toEqual([
        `Graph store closed cleanly (checkpointed): embedded Grafeo database ${dbPath}`,
      ]);
      // The checkpoint folded the write-ahead log into the file.
      expect(existsSync(`${dbPath}.wal`)).toBe(false);
      expect(lockHolders(dbPath)).toEqual([]);

      const again = runSeed(['load'], dbPath);
      expect(again.code).toBe(0);
      expect(again.out.trim().split('\n')).toEqual(BUNDLED.map((a) => `${a}: unchanged`));
    }, 120_000);
  }
});
