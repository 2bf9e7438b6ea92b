import type { ServerConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { StoreError, type Store } from '../store/index.ts';
import { say } from './progress.ts';
import { seedBundledAreas } from './seed.ts';

const RETRY_MS = 5_000;

export interface PrepareOptions {
  store: Store;
  config: ServerConfig;
  logger: Logger;
}

function isUnavailable(error: unknown): error is StoreError {
  return error instanceof StoreError && error.code === 'STORE_UNAVAILABLE';
}

/**
 * Creates the schema and loads the bundled areas that changed. When the store
 * is unreachable (Neo4j down) the server still starts: /readyz answers 503,
 * queries answer 503 + Retry-After, and preparation is retried 5 s after each
 * failed attempt (one attempt at a time). Any other failure (corrupt file,
 * invalid area data, credentials Neo4j refuses) is fatal and explained.
 */
export async function prepareStore({ store, config, logger }: PrepareOptions): Promise<void> {
  const attempt = async () => {
    await store.ensureSchema();
    if (config.seedOnStart) await seedBundledAreas(store, config.areasDir, logger);
  };
  try {
    await attempt();
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    say(`The graph store is unreachable: ${error.message}`);
    say('Serving anyway: /readyz and queries answer 503 until it is back; retrying every 5 s.');
    // One attempt at a time, the next 5 s after a failure: attempts that
    // overlapped (a slow, just-restarted Neo4j) raced each other's schema
    // statements and never reported the store ready.
    const retryLater = (): void => {
      const timer = setTimeout(() => {
        attempt().then(
          () => say('The graph store is reachable again: schema and areas are ready.'),
          (retryError: unknown) => {
            if (isUnavailable(retryError)) retryLater();
            else logger.error({ err: retryError }, 'store preparation failed');
          },
        );
      }, RETRY_MS);
      timer.unref();
    };
    retryLater();
  }
}
