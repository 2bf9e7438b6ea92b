/**
 * The running server is the one writer (issue 14 point 1, decision 0030): a
 * server that serves a store says so in a discovery file beside the
 * database file (`data/server.json` by default): its URL, pid, start time,
 * which store it serves and a random local admin token. The seed CLI's
 * writing commands read it and send their writes to that server instead of
 * opening the store (which the server holds locked).
 *
 * The file is written with mode 0600 (owner only; created as a new file and
 * renamed into place, so it is never readable by others, not even for a
 * moment), removed on clean shutdown, and trusted by a reader only when it is
 * owned by the reader's own OS user, its pid is alive, it names the same
 * store, and its URL answers.
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { DEFAULT_GRAPH_DB_PATH, type StoreConfig } from './config.ts';
import { REPO_ROOT } from './repo-root.ts';

/**
 * What a server publishes as soon as it holds the store (the embedded
 * file's lock), before it has prepared it and listens: a CLI that finds it
 * waits for the server to be ready rather than meet the lock (issue 14 point 1).
 */
export interface StartingServer {
  state: 'starting';
  pid: number;
  /** ISO time the server opened the store. */
  started: string;
  store: string;
}

/** What a running server publishes once it listens. */
export interface ServerDiscovery {
  /** Base URL on the loopback interface, e.g. http://127.0.0.1:4000. */
  url: string;
  pid: number;
  /** ISO time the server started serving. */
  started: string;
  /** The store it serves (`storeKey`): a CLI configured for another store ignores it. */
  store: string;
  /** The local admin token: header `x-accgraph-local-token`, loopback only, new per start. */
  token: string;
  /** Written by servers since the start-up window was closed; absent means ready. */
  state?: 'ready';
}

/** The header the local admin token travels in (never logged: req.headers is redacted). */
export const LOCAL_TOKEN_HEADER = 'x-accgraph-local-token';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where the discovery file is: `server.json` in the directory of
 * GRAPH_DB_PATH (default `data/`), on Neo4j too (the same directory a laptop
 * install keeps its data in).
 */
export function discoveryFile(env: Env = process.env): string {
  const db = env.GRAPH_DB_PATH?.trim() || DEFAULT_GRAPH_DB_PATH;
  return join(dirname(isAbsolute(db) ? db : resolve(REPO_ROOT, db)), 'server.json');
}

/** One string per store: the embedded file's absolute path, or Neo4j's address and database. */
export function storeKey(config: StoreConfig): string {
  if (config.kind === 'embedded') return `embedded:${config.path}`;
  let address = config.uri;
  try {
    const url = new URL(config.uri);
    address = `${url.protocol}//${url.host}`;
  } catch {
    // an unparsable URI: compare it as written
  }
  return `neo4j:${address}/${config.database}`;
}

/** A fresh local admin token (256 random bits). */
export function newLocalToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Writes the discovery file (mode 0600, atomically) and returns a function
 * that removes it again, only if it is still this process's file (another
 * server on the same Neo4j may have replaced it since).
 */
export function publishServer(
  file: string,
  discovery: ServerDiscovery | StartingServer,
): () => void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    unlinkSync(temp);
  } catch {
    // none left over
  }
  // flag wx: a new file, created with mode 0600 (never world-readable, whatever the umask)
  writeFileSync(temp, `${JSON.stringify(discovery, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(temp, 0o600);
  renameSync(temp, file);
  return () => {
    const current = readDiscoveryFile(file);
    const token = (d: ServerDiscovery | StartingServer) => ('token' in d ? d.token : null);
    if (current && current.pid === discovery.pid && token(current) === token(discovery)) {
      try {
        unlinkSync(file);
      } catch {
        // removed meanwhile
      }
    }
  };
}

/** The file's content when it is well-formed, else null. Checks nothing else. */
export function readDiscoveryFile(file: string): ServerDiscovery | StartingServer | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const d = data as (Omit<Partial<ServerDiscovery>, 'state'> & { state?: unknown }) | null;
  if (
    d?.state === 'starting' &&
    typeof d.pid === 'number' &&
    typeof d.started === 'string' &&
    typeof d.store === 'string'
  ) {
    return { state: 'starting', pid: d.pid, started: d.started, store: d.store };
  }
  if (
    (d?.state !== undefined && d?.state !== 'ready') ||
    !d ||
    typeof d.url !== 'string' ||
    typeof d.pid !== 'number' ||
    typeof d.started !== 'string' ||
    typeof d.store !== 'string' ||
    typeof d.token !== 'string'
  ) {
    return null;
  }
  return {
    url: d.url,
    pid: d.pid,
    started: d.started,
    store: d.store,
    token: d.token,
    state: 'ready',
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, but belongs to another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type RunningServer =
  | { found: true; server: ServerDiscovery; file: string }
  | {
      found: false;
      file: string;
      /** Why the file was not used; null when there is no file at all (or a server is starting). */
      ignored: string | null;
      /** A live server of this store that is still starting (it holds the store, does not listen yet). */
      starting?: StartingServer;
    };

/**
 * The server serving `config` on this machine, if one runs: the discovery
 * file exists, is owned by this OS user and not readable by others, names the
 * same store, its pid is alive and GET <url>/healthz answers 200 within
 * `timeoutMs`. Otherwise says why it was ignored (a stale file: dead pid).
 */
export async function findRunningServer(
  config: StoreConfig,
  env: Env = process.env,
  timeoutMs = 3_000,
): Promise<RunningServer> {
  const file = discoveryFile(env);
  let mode: number;
  let uid: number;
  try {
    ({ mode, uid } = statSync(file));
  } catch {
    return { found: false, file, ignored: null };
  }
  const me = process.getuid?.();
  if (me !== undefined && uid !== me) {
    return { found: false, file, ignored: `${file} belongs to another user (uid ${uid})` };
  }
  if ((mode & 0o077) !== 0) {
    return {
      found: false,
      file,
      ignored: `${file} is readable by other users (mode ${(mode & 0o777).toString(8)}); a server writes it 0600`,
    };
  }
  const server = readDiscoveryFile(file);
  if (!server) return { found: false, file, ignored: `${file} is not a server discovery file` };
  if (server.store !== storeKey(config)) {
    return {
      found: false,
      file,
      ignored: `${file} names a server of another store (${server.store})`,
    };
  }
  if (!alive(server.pid)) {
    return {
      found: false,
      file,
      ignored: `${file} names process ${server.pid}, which is not running (a server that did not stop cleanly)`,
    };
  }
  if (server.state === 'starting') return { found: false, file, ignored: null, starting: server };
  let url: URL;
  try {
    url = new URL('/healthz', server.url);
  } catch {
    return { found: false, file, ignored: `${file} has no valid url` };
  }
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    return { found: false, file, ignored: `${file} names a server that is not on this machine` };
  }
  try {
    const answer = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!answer.ok) throw new Error(`status ${answer.status}`);
  } catch (error) {
    return {
      found: false,
      file,
      ignored: `${server.url} (process ${server.pid}) does not answer: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return { found: true, server, file };
}

/** How long the CLI waits for a starting server by default (SEED_WAIT_FOR_SERVER_SECONDS). */
export const DEFAULT_SERVER_WAIT_SECONDS = 300;

/**
 * findRunningServer, but a server of this store that is still starting is
 * waited for (the discovery file read again every 250 ms) until it is ready,
 * its process is gone, or `waitSeconds` have passed (`timedOut`).
 * `onWait` is called once, when the waiting begins.
 */
export async function waitForRunningServer(
  config: StoreConfig,
  env: Env = process.env,
  options: {
    waitSeconds?: number;
    onWait?: (server: StartingServer, seconds: number) => void;
  } = {},
): Promise<RunningServer & { timedOut?: StartingServer; waitedFor?: StartingServer }> {
  const seconds = options.waitSeconds ?? waitSecondsFromEnv(env);
  const deadline = Date.now() + seconds * 1000;
  let waitedFor: StartingServer | undefined;
  for (;;) {
    const found = await findRunningServer(config, env);
    if (found.found || !found.starting) return waitedFor ? { ...found, waitedFor } : found;
    if (!waitedFor) {
      waitedFor = found.starting;
      options.onWait?.(found.starting, seconds);
    }
    if (Date.now() >= deadline) return { ...found, timedOut: found.starting, waitedFor };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** SEED_WAIT_FOR_SERVER_SECONDS: a whole number of seconds, 0 or more (default 300). */
function waitSecondsFromEnv(env: Env): number {
  const raw = env.SEED_WAIT_FOR_SERVER_SECONDS?.trim();
  if (!raw) return DEFAULT_SERVER_WAIT_SECONDS;
  if (!/^\d+$/.test(raw)) {
    throw new Error(`SEED_WAIT_FOR_SERVER_SECONDS must be a whole number of seconds, got "${raw}"`);
  }
  return Number(raw);
}
