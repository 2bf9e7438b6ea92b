import DataLoader from 'dataloader';
import { READ_NODES_BY_ID } from '../canonical/graph.queries.ts';
import { graphCache } from '../cache.ts';
import { NotFoundError, type NotFoundKind } from '../errors.ts';
import { cypher, type Store } from '../store/index.ts';
import {
  toNodeRecord,
  toRelationshipRecord,
  type NodeRecord,
  type RelationshipRecord,
} from './records.ts';

const RELATIONSHIPS_FROM = cypher(import.meta.url, './relationships-from.cypher');
const RELATIONSHIPS_TO = cypher(import.meta.url, './relationships-to.cypher');

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

  /** Nodes by id, in the order asked, skipping unknown ids. */
  async nodes(ids: readonly string[]): Promise<NodeRecord[]> {
    const found = await this.node.loadMany([...ids]);
    return found.filter((n): n is NodeRecord => n !== null && !(n instanceof Error));
  }
}
