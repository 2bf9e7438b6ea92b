import type { Store } from '@accgraph/api/store';

/**
 * Opens the configured store (Neo4j when NEO4J_URI is set, else the embedded
 * file), ensures its schema, runs `work` and closes it. Imported lazily so that
 * validate/coverage/fix-offsets never load a database driver.
 */
export async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const { openStore, storeConfigFromEnv } = await import('@accgraph/api/store');
  const store = await openStore(storeConfigFromEnv(process.env));
  try {
    await store.ensureSchema();
    return await work(store);
  } finally {
    await store.close();
  }
}
