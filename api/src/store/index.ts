import type { StoreConfig } from './config.ts';
import { GrafeoStore } from './grafeo.store.ts';
import { type StoreLogger, silentLogger } from './logger.ts';
import { Neo4jStore } from './neo4j.store.ts';
import { WorkerStore } from './worker.store.ts';
import type { Store } from './types.ts';

export type * from './types.ts';
export { StoreError } from './errors.ts';
export {
  type StoreConfig,
  type Neo4jConfig,
  type EmbeddedConfig,
  storeConfigFromEnv,
  redactUri,
} from './config.ts';
export {
  cypher,
  cypherTemplate,
  cypherText,
  catalogueName,
  parseCatalogueText,
  type CatalogueQuery,
} from './catalogue.ts';
export { splitStatements } from './schema.ts';
export type { StoreLogger } from './logger.ts';
export { REPO_ROOT } from './repo-root.ts';
export { GrafeoStore } from './grafeo.store.ts';
export { checkWal, repairWal, type WalRepair } from './grafeo.wal.ts';
export { lockHolder, describeHolder } from './grafeo.lock.ts';
export {
  discoveryFile,
  findRunningServer,
  LOCAL_TOKEN_HEADER,
  newLocalToken,
  publishServer,
  readDiscoveryFile,
  storeKey,
  waitForRunningServer,
  type RunningServer,
  type ServerDiscovery,
  type StartingServer,
} from './discovery.ts';
export { Neo4jStore } from './neo4j.store.ts';
export { WorkerStore } from './worker.store.ts';

/**
 * Opens the store the configuration names: Neo4j when `NEO4J_URI` was set
 * (see `storeConfigFromEnv`), else the embedded Grafeo file. Neo4j connects
 * lazily: an unreachable server surfaces as STORE_UNAVAILABLE (within ~3 s)
 * on the first call, e.g. `ensureSchema()` or `ping()`. The embedded store
 * opens its file now: STORE_CORRUPT / STORE_UNAVAILABLE are thrown here.
 * Pass a pino logger (a child named `store`): Cypher names and parameters are
 * logged at debug level only.
 */
export async function openStore(
  config: StoreConfig,
  logger: StoreLogger = silentLogger,
): Promise<Store> {
  if (config.kind === 'neo4j') return new Neo4jStore(config, logger);
  if (config.thread === 'worker') return WorkerStore.open(config, logger);
  return GrafeoStore.open(config, logger);
}
