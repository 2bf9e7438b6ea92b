import path from 'node:path';
import { LIMITS } from '@accgraph/schema';
import { REPO_ROOT } from './store/repo-root.ts';
import { authConfigFromEnv, type AuthConfig } from './auth/auth.config.ts';

export { REPO_ROOT };

export interface ServerConfig {
  host: string;
  port: number;
  production: boolean;
  logLevel: string;
  /** Directory of the built explorer, served at `/`. */
  explorerDir: string;
  /** Directory of the bundled area files loaded at startup. */
  areasDir: string;
  /** Load bundled areas at startup when they changed (SEED_ON_START=false disables). */
  seedOnStart: boolean;
  /** Load limits (defaults from the limits table, schema/src/limits.ts). */
  limits: LoadLimits;
  /** EVENT_LOOP_REPORT=on: GET /debug/event-loop reports the longest event-loop block (benchmarks). */
  eventLoopReport: boolean;
  /** Accounts, sessions, READ_ACCESS, OpenID Connect (api/src/auth/auth.config.ts). */
  auth: AuthConfig;
}

/** The load limits an operator may tune (docs/security.md "Load limits"). */
export interface LoadLimits {
  /** REQUEST_TIME_LIMIT_MS: a GraphQL request is stopped after this long. */
  requestMs: number;
  /** MAX_CONCURRENT_REQUESTS: GraphQL requests executed at once. */
  concurrentRequests: number;
  /** MAX_QUEUED_REQUESTS: GraphQL requests waiting for a slot (then 503). */
  queuedRequests: number;
  /** MAX_QUEUE_WAIT_MS: longest wait for a slot (then 503). */
  queueWaitMs: number;
  /** MAX_RESPONSE_BYTES: largest GraphQL response body sent (else 400 LIMIT_EXCEEDED). */
  responseBytes: number;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new ConfigError(`${name} must be a whole number of at least 1, got "${value}"`);
  }
  return n;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${value}"`);
  }
  return port;
}

export function serverConfigFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  return {
    host: env.HOST || '127.0.0.1',
    port: parsePort(env.PORT),
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL || 'info',
    explorerDir: path.resolve(REPO_ROOT, env.EXPLORER_DIR || 'explorer/dist'),
    areasDir: path.resolve(REPO_ROOT, env.AREAS_DIR || 'graph-seed/areas'),
    seedOnStart: env.SEED_ON_START !== 'false',
    eventLoopReport: env.EVENT_LOOP_REPORT === 'on',
    auth: authConfigFromEnv(env),
    limits: {
      requestMs: positiveInt(env, 'REQUEST_TIME_LIMIT_MS', LIMITS.requestMs),
      concurrentRequests: positiveInt(env, 'MAX_CONCURRENT_REQUESTS', LIMITS.concurrentRequests),
      queuedRequests: positiveInt(env, 'MAX_QUEUED_REQUESTS', LIMITS.queuedRequests),
      queueWaitMs: positiveInt(env, 'MAX_QUEUE_WAIT_MS', LIMITS.queueWaitMs),
      responseBytes: positiveInt(env, 'MAX_RESPONSE_BYTES', LIMITS.responseBytes),
    },
  };
}
