import DataLoader from 'dataloader';
import { READ_NODES_BY_ID } from './canonical/graph.queries.ts';
import { graphCache } from './cache.ts';
import { NotFoundError, type NotFoundKind } from './errors.ts';
import type { Logger } from './logger.ts';
import { cypher, type Store } from './store/index.ts';
import {
  toNodeRecord,
  toRelationshipRecord,
  type NodeRecord,
  type RelationshipRecord,
} from './graph/records.ts';

/*
 * The request's container: its loaders (batched record reads through the graph
 * caches) and its services, each made once per request. Made in the Apollo
 * context (server.ts); resolvers reach it as `ctx.services`.
 */

const RELATIONSHIPS_FROM = cypher(import.meta.url, './graph/relationships-from.cypher');
const RELATIONSHIPS_TO = cypher(import.meta.url, './graph/relationships-to.cypher');

function groupBy<T>(keys: readonly string[], items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return keys.map((k) => groups.get(k) ?? []);
}

/**
 * Per-request batching: every node and relationship lookup of one request
 * goes through these, so a nested query costs one store round-trip per level,
 * not one per item. On the embedded store, records already read since the
 * last write come from the process-wide graph caches (api/src/cache.ts).
 */
export class Loaders {
  readonly node: DataLoader<string, NodeRecord | null>;
  /** Relationships leaving a node (all types, all periods), ordered by id. */
  readonly outgoing: DataLoader<string, RelationshipRecord[]>;
  /** Relationships arriving at a node (all types, all periods), ordered by id. */
  readonly incoming: DataLoader<string, RelationshipRecord[]>;

  constructor(store: Store) {
    const nodes = graphCache<NodeRecord | null>(store, 'node');
    const outgoing = graphCache<RelationshipRecord[]>(store, 'outgoing');
    const incoming = graphCache<RelationshipRecord[]>(store, 'incoming');
    this.node = new DataLoader((ids) =>
      nodes.many(ids, async (missing) => {
        const rows = await store.read(READ_NODES_BY_ID.with({ ids: missing }));
        const byId = new Map<string, NodeRecord>();
        for (const row of rows) {
          const record = toNodeRecord(row);
          if (record) byId.set(record.id, record);
        }
        return missing.map((id) => byId.get(id) ?? null);
      }),
    );
    this.outgoing = new DataLoader((ids) =>
      outgoing.many(ids, async (missing) => {
        const rows = await store.read(RELATIONSHIPS_FROM.with({ ids: missing }));
        return groupBy(missing, rows.map(toRelationshipRecord), (r) => r.from);
      }),
    );
    this.incoming = new DataLoader((ids) =>
      incoming.many(ids, async (missing) => {
        const rows = await store.read(RELATIONSHIPS_TO.with({ ids: missing }));
        return groupBy(missing, rows.map(toRelationshipRecord), (r) => r.to);
      }),
    );
  }

  /**
   * The node with this id, or a NotFoundError: the one rule for unknown ids
   * (errors.ts). For an `area` or a `document`, a node of another label is
   * unknown too.
   */
  async required(id: string, kind: NotFoundKind = 'node'): Promise<NodeRecord> {
    const record = await this.node.load(id);
    const label = kind === 'area' ? 'Area' : kind === 'document' ? 'Document' : null;
    if (!record || (label !== null && record.label !== label)) throw new NotFoundError(kind, id);
    return record;
  }

  /**
   * Nodes by id, in the order asked, skipping unknown ids. A failed read
   * (the store went down mid-request) is thrown, never skipped: skipping it
   * answered 200 with an empty list while Neo4j was stopping.
   */
  async nodes(ids: readonly string[]): Promise<NodeRecord[]> {
    const found = await this.node.loadMany([...ids]);
    const failure = found.find((n): n is Error => n instanceof Error);
    if (failure) throw failure;
    return found.filter((n): n is NodeRecord => n !== null);
  }
}

/**
 * What a feature service is built from: the store, the request's loaders and
 * the request's container, from which it takes any other service it uses
 * (`deps.services.get(NodeService)`, never `new NodeService(...)`), so one
 * request has one instance of each service and its per-request memos.
 */
export interface ServiceDeps {
  store: Store;
  loaders: Loaders;
  log: Logger;
  services: Services;
}

export type ServiceClass<T> = new (deps: ServiceDeps) => T;

/**
 * The per-request service container: each feature's service is created once
 * per request, on first use (`ctx.services.get(AccountabilityService)`), and
 * shares the request's DataLoaders. No central registration to edit.
 */
export class Services {
  private readonly instances = new Map<ServiceClass<unknown>, unknown>();
  private batched: Loaders | undefined;

  constructor(
    readonly store: Store,
    readonly log: Logger,
  ) {}

  /** The request's loaders, made on first use (a response served from the cache needs none). */
  get loaders(): Loaders {
    this.batched ??= new Loaders(this.store);
    return this.batched;
  }

  get<T>(Service: ServiceClass<T>): T {
    let instance = this.instances.get(Service) as T | undefined;
    if (instance === undefined) {
      instance = new Service({
        store: this.store,
        loaders: this.loaders,
        log: this.log,
        services: this,
      });
      this.instances.set(Service, instance);
    }
    return instance;
  }
}
