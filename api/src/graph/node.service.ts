import DataLoader from 'dataloader';
import { type RelationshipType, byId, currentAt, firstDay, today } from '@accgraph/schema';
import type { ServiceDeps } from '../services.ts';
import { graphCachesOn } from '../cache.ts';
import { cypher } from '../store/index.ts';
import { type NodeRecord, type RelationshipRecord, num, toRelationshipRecord } from './records.ts';

const RELATIONSHIPS_PAGE = cypher(import.meta.url, './relationships-page.cypher');
const RELATIONSHIPS_COUNT = cypher(import.meta.url, './relationships-count.cypher');

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationshipFilter {
  types?: readonly RelationshipType[] | null;
  direction?: Direction;
  /** Only statements current at this date; `undefined` = today, `null` = any time. */
  asOf?: string | null;
}

/** A page of a node's relationships, read from the store by id (`relationshipPage`). */
export interface RelationshipPage {
  items: RelationshipRecord[];
  /** The store holds more after these. */
  more: boolean;
  /** Every relationship under the filter (one batched count statement, on demand). */
  totalCount: () => Promise<number>;
}

/** The parameters of relationships-page/-count.cypher but the node ids. */
type PageParams = Record<'outgoing' | 'incoming', boolean> & {
  types: string[] | null;
  asOf: string | null;
};

/** Node and relationship records by id, through the request's loaders (plain records). */
export class NodeService {
  /** Batched page and count reads, one loader per distinct filter and page (this request's). */
  private readonly pages = new Map<string, DataLoader<string, RelationshipRecord[]>>();
  private readonly counts = new Map<string, DataLoader<string, number>>();

  constructor(private readonly deps: ServiceDeps) {}

  byId(id: string): Promise<NodeRecord | null> {
    return this.deps.loaders.node.load(id);
  }

  byIds(ids: readonly string[]): Promise<NodeRecord[]> {
    return this.deps.loaders.nodes(ids);
  }

  /** Relationship records of a node, filtered by type, direction and period; ordered by id. */
  async relationships(
    id: string,
    { types, direction = 'BOTH', asOf }: RelationshipFilter = {},
  ): Promise<RelationshipRecord[]> {
    const { outgoing, incoming } = this.deps.loaders;
    const [out, inc] = await Promise.all([
      direction === 'IN' ? [] : outgoing.load(id),
      direction === 'OUT' ? [] : incoming.load(id),
    ]);
    const wanted = types && types.length > 0 ? new Set<string>(types) : null;
    const seen = new Set<string>();
    return [...out, ...inc]
      .filter((r) => (wanted ? wanted.has(r.type) : true))
      .filter((r) => asOf === null || currentAt(r.props, asOf))
      .filter((r) => !seen.has(r.id) && Boolean(seen.add(r.id)))
      .sort(byId);
  }

  /**
   * One page of a node's relationships, paged in the store (issue 16): those
   * after the relationship id `after`, in id order, at most `first`, under
   * the same filter as `relationships` (types, direction, current at `asOf`).
   * The nodes of one GraphQL level asking with the same arguments share one
   * statement (`relationships-page.cypher`, a LIMIT per node); the count is
   * another, sent only when `totalCount` is asked for.
   */
  async relationshipPage(
    id: string,
    { types, direction = 'BOTH', asOf }: RelationshipFilter,
    { first, after }: { first: number; after: string | null },
  ): Promise<RelationshipPage> {
    if (graphCachesOn(this.deps.store))
      return this.keptPage(id, { types, direction, asOf }, first, after);
    const filter: PageParams = {
      outgoing: direction !== 'IN',
      incoming: direction !== 'OUT',
      types: types && types.length > 0 ? [...types] : null,
      asOf: asOf === null ? null : firstDay(asOf ?? today()),
    };
    const key = JSON.stringify(filter);
    const pageKey = JSON.stringify([filter, first, after]);
    let pages = this.pages.get(pageKey);
    if (!pages) {
      pages = new DataLoader(async (ids) => {
        const rows = await this.deps.store.read(
          RELATIONSHIPS_PAGE.with({ ...filter, ids, after, pageLimit: first + 1 }),
        );
        const byNode = new Map<string, RelationshipRecord[]>(ids.map((n) => [n, []]));
        for (const row of rows) byNode.get(String(row.nodeId))?.push(toRelationshipRecord(row));
        return ids.map((n) => byNode.get(n) ?? []);
      });
      this.pages.set(pageKey, pages);
    }
    let counts = this.counts.get(key);
    if (!counts) {
      counts = new DataLoader(async (ids) => {
        const rows = await this.deps.store.read(RELATIONSHIPS_COUNT.with({ ...filter, ids }));
        const byNode = new Map(rows.map((row) => [String(row.nodeId), num(row, 'total') ?? 0]));
        return ids.map((n) => byNode.get(n) ?? 0);
      });
      this.counts.set(key, counts);
    }
    const found = await pages.load(id);
    const counter = counts;
    return {
      items: found.slice(0, first),
      more: found.length > first,
      totalCount: () => counter.load(id),
    };
  }

  /**
   * `relationshipPage` from the node's relationship lists kept in the graph
   * caches (`outgoing`, `incoming`: read once per write generation), when
   * they are on: the same filter, order, cursor and count as the two
   * statements, with no store round trip (issue 12 point 6: node details cost
   * 5.9 ms of CPU, most of it those two reads). The longest list on the
   * national set is a duty type's 1,339 statements.
   */
  private async keptPage(
    id: string,
    { types, direction, asOf }: RelationshipFilter,
    first: number,
    after: string | null,
  ): Promise<RelationshipPage> {
    const all = await this.relationships(id, {
      types,
      direction,
      asOf: asOf === null ? null : firstDay(asOf ?? today()),
    });
    const rest = after === null ? all : all.filter((r) => r.id > after);
    return {
      items: rest.slice(0, first),
      more: rest.length > first,
      totalCount: () => Promise.resolve(all.length),
    };
  }
}
