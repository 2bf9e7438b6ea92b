import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeConfigFromEnv, storeKey } from '@accgraph/api/store';
import { startNodeProcess, startServerProcess, type ServerProcess } from './support/process.ts';
import { emptyRunNeo4j } from './support/stores.ts';

/**
 * Issue 14 point 1, the start-up window: while `npm start` prepares the store
 * (it holds the embedded file's lock, loads the bundled areas, and does not
 * listen yet), `npm run seed -- load` used to open the file itself and meet
 * "the graph database file … is in use by process …". Now the server says
 * it is starting in `server.json` as soon as it holds the store, and the CLI
 * waits for it (saying so, bounded) and then writes through it; a starting
 * file whose process is gone is ignored. The server is held in its start-up
 * by SIGSTOP (no timing), real processes, real store. On `npm run
 * test:neo4j` the server and the CLI share that Neo4j.
 */

const URL_LINE = /GraphQL: +(http:\/\/127\.0\.0\.1:\d+)\/graphql\n/;
const LOADING = /Loading bundled areas from /;
/** Port base of this suite: 4500-4549 (never 4000). */
const PORT = 4513;

const NEO4J = storeConfigFromEnv(process.env).kind === 'neo4j';
const STORE_ENV: Record<string, string> = NEO4J
  ? {
      NEO4J_URI: process.env.NEO4J_URI!,
      NEO4J_USERNAME: process.env.NEO4J_USERNAME ?? '',
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '',
    }
  : { NEO4J_URI: '' };

function seedProcess(args: string[], dbPath: string, env: Record<string, string> = {}) {
  return startNodeProcess('graph-seed/src/cli.ts', args, {
    GRAPH_DB_PATH: dbPath,
    ...STORE_ENV,
    ...env,
  });
}

async function finished(run: ServerProcess) {
  const code = await run.exited;
  return { code, output: run.output() };
}

describe('a CLI write while the server is starting waits for it, then goes through it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-cli-window-'));
  const dbPath = path.join(dir, 'data', 'graph.grafeo');
  const serverFile = path.join(dir, 'data', 'server.json');
  let server: ServerProcess | undefined;

  afterAll(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGCONT');
      server.child.kill('SIGKILL');
      await server.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('says "starting" in server.json while it prepares the store; `load` waits, then writes through it', async () => {
    await emptyRunNeo4j();
    server = startServerProcess({
      GRAPH_DB_PATH: dbPath,
      ...STORE_ENV,
      PORT: String(PORT),
      SEED_ON_START: 'true',
    });
    await server.waitFor(LOADING, 120_000);
    // held in its start-up: it has the store (the file lock), it does not listen yet
    server.child.kill('SIGSTOP');
    expect(existsSync(serverFile)).toBe(true);
    expect(statSync(serverFile).mode & 0o777).toBe(0o600);
    const starting = JSON.parse(readFileSync(serverFile, 'utf8')) as Record<string, unknown>;
    expect(starting).toMatchObject({ state: 'starting', pid: server.child.pid });
    expect(starting.store).toBe(
      storeKey(storeConfigFromEnv({ ...process.env, ...STORE_ENV, GRAPH_DB_PATH: dbPath })),
    );
    expect(starting).not.toHaveProperty('token');

    const cli = seedProcess(['load', '--area', 'wiltshire'], dbPath);
    await cli.waitFor(
      new RegExp(
        `\\(the server for this store \\(process ${server.child.pid}\\) is starting: waiting up to \\d+ s for it to be ready`,
      ),
      120_000,
    );
    server.child.kill('SIGCONT');
    const run = await finished(cli);
    expect(run.output).not.toMatch(/in use/);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(
      /\(through the running server at http:\/\/127\.0\.0\.1:\d+, process \d+/,
    );
    expect(run.output).toMatch(/^wiltshire: (unchanged|wrote \d+ node\(s\))/m);
    await server.waitFor(URL_LINE, 120_000);
    expect(JSON.parse(readFileSync(serverFile, 'utf8'))).toMatchObject({
      state: 'ready',
      pid: server.child.pid,
    });
  }, 400_000);

  it('a server that stays in its start-up longer than the bound: the CLI says so and exits 1, nothing written', async () => {
    server!.child.kill('SIGCONT'); // (still held if the test before failed)
    await server!.waitFor(URL_LINE, 120_000);
    server!.child.kill('SIGTERM');
    expect(await server!.exited).toBe(0);
    expect(existsSync(serverFile)).toBe(false);
    // a fresh store, so the start-up loads every bundled area again (seconds): it is held
    // while loading, not after (an unchanged store would be ready at once)
    const freshDb = path.join(dir, 'second', 'graph.grafeo');
    await emptyRunNeo4j();
    server = startServerProcess({
      GRAPH_DB_PATH: freshDb,
      ...STORE_ENV,
      PORT: String(PORT + 1),
      SEED_ON_START: 'true',
    });
    await server.waitFor(LOADING, 120_000);
    server.child.kill('SIGSTOP');
    expect(JSON.parse(readFileSync(path.join(dir, 'second', 'server.json'), 'utf8'))).toMatchObject(
      { state: 'starting' },
    );
    const run = await finished(
      seedProcess(['load', '--area', 'walsall'], freshDb, { SEED_WAIT_FOR_SERVER_SECONDS: '1' }),
    );
    expect(run.code).toBe(1);
    expect(run.output).toContain(
      `the server for this store (process ${server.child.pid}) was still starting after 1 s`,
    );
    expect(run.output).not.toMatch(/in use/);
    server.child.kill('SIGCONT');
    await server.waitFor(URL_LINE, 120_000);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 400_000);

  it('a "starting" file whose process is gone is stale: the CLI writes directly', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    const pid = dead.pid!;
    await new Promise((resolve) => dead.on('exit', resolve));
    writeFileSync(
      serverFile,
      JSON.stringify({
        state: 'starting',
        pid,
        started: new Date().toISOString(),
        store: storeKey(
          storeConfigFromEnv({ ...process.env, ...STORE_ENV, GRAPH_DB_PATH: dbPath }),
        ),
      }),
      { mode: 0o600 },
    );
    const run = await finished(seedProcess(['load', '--area', 'walsall'], dbPath));
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`names process ${pid}, which is not running`);
    expect(run.output).toMatch(/no server running for this store: writing to .* directly/);
  }, 300_000);
});
