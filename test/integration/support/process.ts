import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '@accgraph/api/config';

export interface ServerProcess {
  child: ChildProcess;
  /** Everything the process printed so far (stdout + stderr). */
  output(): string;
  /** Resolves with the first printed line matching `pattern` (rejects after `ms`). */
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code once the process ended. */
  exited: Promise<number | null>;
}

/** Starts `node --import tsx api/src/main.ts` as `npm start` does (without the explorer build). */
export function startServerProcess(env: NodeJS.ProcessEnv): ServerProcess {
  return startNodeProcess('api/src/main.ts', [], {
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    ...env,
  });
}

/** Starts `npm run seed -- <args>` (node + tsx) in the background, against the database at `dbPath`. */
export function startSeedProcess(args: string[], dbPath: string): ServerProcess {
  return startNodeProcess('graph-seed/src/cli.ts', args, { GRAPH_DB_PATH: dbPath, NEO4J_URI: '' });
}

/** Starts `node --import tsx <script> <args>` from the repository root, output captured. */
export function startNodeProcess(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): ServerProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(REPO_ROOT, script), ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  const waiters: { pattern: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    for (const waiter of [...waiters]) {
      const match = text.match(waiter.pattern);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => text,
    exited,
    waitFor(pattern, ms = 90_000) {
      const match = text.match(pattern);
      if (match) return Promise.resolve(match);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${pattern}; output so far:\n${text}`)),
          ms,
        );
        waiters.push({
          pattern,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
        void exited.then(() => {
          clearTimeout(timer);
          reject(new Error(`process exited before printing ${pattern}; output:\n${text}`));
        });
      });
    },
  };
}

/** The ids of the areas a running server at `base` answers with (`{ areas { id } }`). */
export async function areaIds(base: string): Promise<string[]> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ areas { id } }' }),
  });
  const body = (await response.json()) as { data: { areas: { id: string }[] } };
  return body.data.areas.map((a) => a.id);
}
