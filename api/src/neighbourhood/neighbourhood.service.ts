import { DRAWN_RELATIONSHIP_TYPES } from '../area/area.service.ts';
import { type RelationshipType, today, byId, compareIds as byString } from '@accgraph/schema';
import { graphCache } from '../cache.ts';
import { BadUserInputError } from '../errors.ts';
import { NodeService } from '../graph/node.service.ts';
import type { NodeRecord, RelationshipRecord } from '../graph/records.ts';
import type { ServiceDeps } from '../services.ts';
import { MAX_HOPS, MAX_NODES } from './neighbourhood.type.ts';

export interface NeighbourhoodOptions {
  hops: number;
  types?: readonly RelationshipType[] | null;
  /** `undefined` = today, `null` = all time. */
  asOf?: string | null;
}

/** A neighbourhood as plain records (the resolver shapes it). */
export interface NeighbourhoodData {
  center: NodeRecord;
  /** Ordered by id. */
  nodes: NodeRecord[];
  /** Ordered by id. */
  edges: RelationshipRecord[];
  truncated: boolean;
  /** The date answered for; null = all time. */
  asOf: string | null;
}

/**
 * A breadth-first walk from one node through the request's loaders: one
 * batched round trip per loader and hop level (relationships of the whole
 * frontier at once), one more for the outer ring's relationships among the
 * nodes found, and one for the nodes. No Cypher of its own.
 */
export class NeighbourhoodService {
  private readonly nodes: NodeService;

  constructor(private readonly deps: ServiceDeps) {
    this.nodes = deps.services.get(NodeService);
  }

  async around(id: string, options: NeighbourhoodOptions): Promise<NeighbourhoodData> {
    const { hops } = options;
    if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
      throw new BadUserInputError(`"hops" must be 1 or ${MAX_HOPS} (got ${hops}).`);
    }
    if (options.types && options.types.length === 0) {
      throw new BadUserInputError(
        '"types" must name at least one relationship type (omit it for the default).',
      );
    }
    const types = options.types ?? DRAWN_RELATIONSHIP_TYPES;
    const asOf = options.asOf === undefined ? today() : options.asOf;
    // kept until the next write (graph cache `neighbourhoods`, issue 12 point 6); an unknown
    // id fails the walk, and a failed walk is not kept
    return graphCache<NeighbourhoodData>(this.deps.store, 'neighbourhoods').fetch(
      JSON.stringify([id, hops, types, asOf]),
      () => this.walk(id, hops, types, asOf),
    );
  }

  private async walk(
    id: string,
    hops: number,
    types: readonly RelationshipType[],
    asOf: string | null,
  ): Promise<NeighbourhoodData> {
    const center = await this.deps.loaders.required(id);

    const distance = new Map<string, number>([[id, 0]]);
    const edges = new Map<string, RelationshipRecord>();
    let frontier = [id];
    // hops levels add nodes; one more level only adds edges among known nodes.
    for (let level = 1; level <= hops + 1 && frontier.length > 0; level += 1) {
      const lists = await Promise.all(
        frontier.map((n) => this.nodes.relationships(n, { types, asOf })),
      );
      const next = new Set<string>();
      for (const r of lists.flat()) {
        const ends = [r.from, r.to];
        if (level > hops && !ends.every((e) => distance.has(e))) continue;
        edges.set(r.id, r);
        for (const end of ends) {
          if (!distance.has(end)) {
            distance.set(end, level);
            next.add(end);
          }
        }
      }
      frontier = [...next].sort(byString);
    }

    const ranked = [...distance.entries()].sort((a, b) => a[1] - b[1] || byString(a[0], b[0]));
    const kept = new Set(ranked.slice(0, MAX_NODES).map(([n]) => n));
    const records = await this.deps.loaders.nodes([...kept].sort(byString));
    return {
      center,
      nodes: records,
      edges: [...edges.values()].filter((r) => kept.has(r.from) && kept.has(r.to)).sort(byId),
      truncated: distance.size > MAX_NODES,
      asOf,
    };
  }
}
