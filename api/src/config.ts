import path from 'node:path';
import { REPO_ROOT } from './store/repo-root.ts';

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
  };
}
