import type { ServiceDeps } from '../services.ts';
import type { Node } from './node.interface.ts';
import { toNode, toRelationship } from './map.ts';
import type { RelationshipRecord } from './records.ts';
import type { Relationship } from './relationship.types.ts';
import { type RelationshipType, byId, currentAt } from '@accgraph/schema';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationshipFilter {
  types?: readonly RelationshipType[] | null;
  direction?: Direction;
  /** Only statements current at this date; `undefined` = today, `null` = any time. */
  asOf?: string | null;
}

/** Nodes and relationships by id, through the request's loaders. */
export class NodeService {
  constructor(private readonly deps: ServiceDeps) {}

  async byId(id: string): Promise<Node | null> {
    const record = await this.deps.loaders.node.load(id);
    return record ? toNode(record) : null;
  }

  async byIds(ids: readonly string[]): Promise<Node[]> {
    return (await this.deps.loaders.nodes(ids)).map(toNode);
  }

  /** Relationship records of a node, filtered by type, direction and period; ordered by id. */
  async relationshipRecords(
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

  async relationships(id: string, filter: RelationshipFilter = {}): Promise<Relationship[]> {
    return (await this.relationshipRecords(id, filter)).map(toRelationship);
  }
}
