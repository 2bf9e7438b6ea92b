import type { ServiceDeps } from '../services.ts';
import type { NodeRecord, RelationshipRecord } from './records.ts';
import { type RelationshipType, byId, currentAt } from '@accgraph/schema';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationshipFilter {
  types?: readonly RelationshipType[] | null;
  direction?: Direction;
  /** Only statements current at this date; `undefined` = today, `null` = any time. */
  asOf?: string | null;
}

/** Node and relationship records by id, through the request's loaders (plain records). */
export class NodeService {
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
}
