import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  storeConfigFromEnv,
  cypher,
  WorkerStore,
  Neo4jStore,
  type Store,
} from '@accgraph/api/store';

const CLEAR = cypher(import.meta.url, './clear-graph.cypher');

/** A store the contract suite runs against. */
export interface Backend {
  readonly name: 'embedded' | 'neo4j';
  open(): Promise<Store>;
  /** Empties the graph between cases. */
  clear(store: Store): Promise<void>;
  dispose(store: Store): Promise<void>;
}

function embedded(): Backend {
  let dir = '';
  return {
    name: 'embedded',
    async open() {
      dir = mkdtempSync(join(tmpdir(), 'accgraph-contract-'));
      // as the API runs it: GrafeoStore on the store's worker thread (decision 0015)
      const store = await WorkerStore.open({ kind: 'embedded', path: join(dir, 'graph.grafeo') });
      await store.ensureSchema();
      return store;
    },
    clear: async (store) => void (await store.write(CLEAR.with())),
    async dispose(store) {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Neo4j when NEO4J_URI is set. It DELETES every Entity node of that database. */
function neo4j(): Backend | undefined {
  const config = storeConfigFromEnv(process.env);
  if (config.kind !== 'neo4j') return undefined;
  return {
    name: 'neo4j',
    async open() {
      const store = new Neo4jStore(config);
      await store.ensureSchema();
      return store;
    },
    clear: async (store) => void (await store.write(CLEAR.with())),
    dispose: (store) => store.close(),
  };
}

/**
 * The embedded store always (unless CONTRACT_STORES=neo4j, as `npm run
 * test:neo4j` sets it: `npm test` covers the embedded store); Neo4j too when
 * NEO4J_URI is set.
 */
export function backends(): Backend[] {
  const list = process.env.CONTRACT_STORES === 'neo4j' ? [] : [embedded()];
  const remote = neo4j();
  if (remote) list.push(remote);
  if (list.length === 0)
    throw new Error('CONTRACT_STORES=neo4j needs NEO4J_URI (a throwaway server)');
  return list;
}
