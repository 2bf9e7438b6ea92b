import { isAbsolute, resolve } from 'node:path';
import { REPO_ROOT } from './repo-root.ts';

export interface Neo4jConfig {
  readonly kind: 'neo4j';
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
  /** Transaction timeout sent with every transaction (ms). */
  readonly txTimeoutMs: number;
}

export interface EmbeddedConfig {
  readonly kind: 'embedded';
  /** Absolute path of the Grafeo database file. */
  readonly path: string;
  /**
   * Where the database runs: `worker`, a worker thread, so its synchronous
   * work never blocks the event loop (the server's default, decision 0015);
   * `main` (the default elsewhere: CLI, tests, benchmarks' loaders), in the
   * calling thread. EMBEDDED_STORE_THREAD overrides either.
   */
  readonly thread?: 'worker' | 'main';
}

export type StoreConfig = Neo4jConfig | EmbeddedConfig;

export const DEFAULT_GRAPH_DB_PATH = 'data/graph.grafeo';
export const DEFAULT_TX_TIMEOUT_MS = 30_000;

type Env = Readonly<Record<string, string | undefined>>;

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Reads the store configuration: Neo4j when `NEO4J_URI` is set, otherwise the
 * embedded database at `GRAPH_DB_PATH` (relative paths resolve against the
 * repository root, not the working directory).
 */
export function storeConfigFromEnv(
  env: Env = process.env,
  defaults: { thread?: 'worker' | 'main' } = {},
): StoreConfig {
  const uri = nonEmpty(env.NEO4J_URI);
  if (uri) {
    return {
      kind: 'neo4j',
      uri,
      username: nonEmpty(env.NEO4J_USERNAME) ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: nonEmpty(env.NEO4J_DATABASE) ?? 'neo4j',
      txTimeoutMs: DEFAULT_TX_TIMEOUT_MS,
    };
  }
  const path = nonEmpty(env.GRAPH_DB_PATH) ?? DEFAULT_GRAPH_DB_PATH;
  const chosen = env.EMBEDDED_STORE_THREAD?.trim();
  const thread = chosen === 'main' || chosen === 'worker' ? chosen : (defaults.thread ?? 'main');
  return { kind: 'embedded', path: isAbsolute(path) ? path : resolve(REPO_ROOT, path), thread };
}

/** The URI without user info, query or fragment: safe to log and show. */
export function redactUri(uri: string): string {
  try {
    const url = new URL(uri);
    return `${url.protocol}//${url.host}`;
  } catch {
    return uri.replace(/\/\/[^@/]*@/, '//');
  }
}
