import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { REPO_ROOT } from '@accgraph/api/config';

/** A free loopback port (bound and released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  /** The server process's id (for its RSS in /proc). */
  pid: number | undefined;
  stop(): Promise<void>;
}

/** Where the server keeps its graph: an embedded file, or a Neo4j server. */
export type ServerTarget =
  | {
      kind: 'embedded';
      dbPath: string;
      caches: boolean;
      /** false: RESPONSE_CACHE=off (graph caches as `caches` says, no whole answers kept). */
      responseCache?: boolean;
    }
  | { kind: 'neo4j'; uri: string; user: string; password: string };

/**
 * Starts the real server (`api/src/main.ts`) as a child process on loopback
 * over `target`; resolves once /readyz answers 200. An embedded target with
 * `caches: false` runs with GRAPH_CACHES=off (every request reads the store,
 * as on Neo4j); `responseCache: false` with RESPONSE_CACHE=off (the graph
 * caches on, every request runs its resolvers).
 */
export async function startServer(
  target: ServerTarget,
  extraEnv: NodeJS.ProcessEnv = {},
  /** Extra `node` flags, e.g. `--cpu-prof` (not allowed in NODE_OPTIONS). */
  nodeArgs: string[] = [],
): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    // As deployed (Dockerfile): graphql-js skips its development-only checks.
    NODE_ENV: 'production',
    // production defaults to READ_ACCESS=signed-in (decision 0023): anonymous
    // benchmark queries would all be answered 401 at the gate
    READ_ACCESS: 'open',
    ...extraEnv,
  };
  delete env.NEO4J_URI;
  delete env.GRAPH_CACHES;
  delete env.RESPONSE_CACHE;
  if (target.kind === 'embedded') {
    env.GRAPH_DB_PATH = target.dbPath;
    if (!target.caches) env.GRAPH_CACHES = 'off';
    if (target.responseCache === false) env.RESPONSE_CACHE = 'off';
  } else {
    env.NEO4J_URI = target.uri;
    env.NEO4J_USERNAME = target.user;
    env.NEO4J_PASSWORD = target.password;
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', 'api/src/main.ts'],
    {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server not ready after 180 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  await settled(child.pid);
  return {
    url: `${base}/graphql`,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** CPU seconds a process has used (Linux /proc), or undefined. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
  } catch {
    return undefined;
  }
}

/**
 * Waits until the server is idle (under 0.2 cores over 2 s, at most
 * BENCH_SETTLE seconds, default 300):
 * after /readyz it still evaluates today's findings for every area in the
 * background, which would otherwise load the first scenarios.
 */
async function settled(pid: number | undefined): Promise<void> {
  if (pid === undefined) return;
  const until = Date.now() + Number(process.env.BENCH_SETTLE ?? 300) * 1000;
  let before = cpuSeconds(pid);
  while (before !== undefined && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 2_000));
    const now = cpuSeconds(pid);
    if (now === undefined || now - before < 0.4) return;
    before = now;
  }
}

/** POSTs one GraphQL request; returns the parsed body. */
export async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: unknown; errors?: { message: string }[] };
}
