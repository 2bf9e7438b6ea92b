/**
 * Starts the REAL API (`node --import tsx api/src/main.ts`) on a free port
 * with a fresh graph store, and stops it again: a fresh embedded store, or,
 * when `NEO4J_URI` is set (`npm run test:neo4j`), that Neo4j emptied first,
 * with the server started the way docker-compose starts it
 * (`NEO4J_URI`, `NEO4J_USERNAME`, `NEO4J_PASSWORD`, `NODE_ENV=production`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, storeConfigFromEnv } from '@accgraph/api/store';
import { clearNeo4j } from '../../integration/support/stores';
import { EXPLORER_INDEX, REPO_ROOT } from './paths';

export interface RunningServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  baseUrl: string;
  port: number;
  /** Everything the server printed so far (stdout and stderr), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** How long the first start may take (it loads the bundled areas). */
  readyTimeoutMs?: number;
  /** Extra environment for the server. */
  env?: Record<string, string>;
  /** Fail early when the explorer has not been built (default true). */
  requireExplorer?: boolean;
}

const OUTPUT_LIMIT = 200_000;

export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The server the browser tests talk to: the one at `E2E_BASE_URL` when set
 * (an already running instance, left running), else a fresh one started here.
 */
export async function serverForTests(options: StartServerOptions = {}): Promise<RunningServer> {
  const external = process.env.E2E_BASE_URL;
  if (!external) return startServer(options);
  const url = new URL(external);
  return {
    baseUrl: url.origin,
    port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
    output: () => `(external server at ${url.origin}: see its own log)`,
    stop: async () => undefined,
  };
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const { readyTimeoutMs = 120_000, env = {}, requireExplorer = true } = options;
  if (requireExplorer && !existsSync(EXPLORER_INDEX)) {
    throw new Error(
      `The explorer is not built (${EXPLORER_INDEX} is missing): run npm run build:explorer, or npm run test:e2e which builds it first.`,
    );
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'accgraph-e2e-'));
  const port = await freePort();
  const host = '127.0.0.1';
  const onNeo4j = storeConfigFromEnv({ ...process.env, ...env }).kind === 'neo4j';
  if (onNeo4j) {
    // one Neo4j serves the whole run: start from an empty graph, so the server loads the bundled areas
    const store = await openStore(storeConfigFromEnv({ ...process.env, ...env }));
    try {
      await clearNeo4j(store);
    } finally {
      await store.close();
    }
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: onNeo4j ? 'production' : 'test',
      // the explorer journeys read without signing in (production defaults to signed-in reads)
      READ_ACCESS: 'open',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      ...env,
      PORT: String(port),
      HOST: host,
      GRAPH_DB_PATH: path.join(dataDir, 'graph.grafeo'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  const baseUrl = `http://${host}:${port}`;
  const server: RunningServer = {
    baseUrl,
    port,
    output: () => output,
    stop: async () => {
      await stopChild(child, exited);
      await rm(dataDir, { recursive: true, force: true });
    },
  };

  try {
    await waitUntilReady(`${baseUrl}/readyz`, readyTimeoutMs, exited, () => output);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitUntilReady(
  url: string,
  timeoutMs: number,
  exited: Promise<number | null>,
  output: () => string,
): Promise<void> {
  const started = Date.now();
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code ?? -1));
  let last = 'no answer yet';
  while (Date.now() - started < timeoutMs) {
    if (exitCode !== undefined) {
      throw new Error(`The API exited (code ${exitCode}) before it was ready.\n${tail(output())}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    `The API did not answer 200 at ${url} within ${timeoutMs / 1000} s (last: ${last}).\n${tail(output())}`,
  );
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 12_000).unref()),
  ]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

function tail(text: string, lines = 40): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
