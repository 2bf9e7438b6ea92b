import type { Store } from '../store/index.ts';

/**
 * `GRAPH_CACHES=off`: the store without its write generation. Every cache
 * the API keys to it (the response cache, the shared node and relationship
 * records, the area bundles) then stays empty, so each request reads the
 * store, as it always does on Neo4j. For benchmarks that compare the stores
 * (`npm run bench:api`) and for debugging; never needed in production.
 */
export function withoutCaches(store: Store): Store {
  return {
    kind: store.kind,
    description: store.description,
    ensureSchema: () => store.ensureSchema(),
    read: (statement, options) => store.read(statement, options),
    write: (statement, options) => store.write(statement, options),
    readTransaction: (work, options) => store.readTransaction(work, options),
    writeTransaction: (work, options) => store.writeTransaction(work, options),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}
