import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, storeConfigFromEnv, type Store } from '@accgraph/api/store';

/** A fresh embedded store in its own temp directory; `dispose` closes and deletes it. */
export async function freshEmbeddedStore(): Promise<{ store: Store; dispose(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-store-'));
  const store = await openStore({ kind: 'embedded', path: path.join(dir, 'graph.grafeo') });
  await store.ensureSchema();
  return {
    store,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The store the store-dependent tests run on: the Neo4j at `NEO4J_URI` when
 * set (`npm run test:neo4j`), emptied first (EVERY node of that database is
 * deleted: point it at a throwaway server), else a fresh embedded store.
 * One Neo4j serves the whole run, so the files using it run one at a time
 * (`npm run test:neo4j` passes --no-file-parallelism).
 */
export async function freshStore(): Promise<{ store: Store; dispose(): Promise<void> }> {
  const config = storeConfigFromEnv(process.env);
  if (config.kind !== 'neo4j') return freshEmbeddedStore();
  const store = await openStore(config);
  await clearNeo4j(store);
  await store.ensureSchema();
  return { store, dispose: () => store.close() };
}

/**
 * Empties this run's Neo4j (`NEO4J_URI`, `npm run test:neo4j`) before a test
 * starts a server process on it; nothing on the embedded store (each test's
 * server gets its own file).
 */
export async function emptyRunNeo4j(): Promise<void> {
  const config = storeConfigFromEnv(process.env);
  if (config.kind !== 'neo4j') return;
  const store = await openStore(config);
  try {
    await clearNeo4j(store);
  } finally {
    await store.close();
  }
}

/** Deletes every node and relationship (in batches, so a large graph fits the transaction memory). */
export async function clearNeo4j(store: Store): Promise<void> {
  for (;;) {
    const rows = await store.write({
      text: 'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
      name: 'test/clear-neo4j',
    });
    if (Number(rows[0]?.deleted ?? 0) === 0) return;
  }
}
