import type { Row, Tx } from '../store/types.ts';
import {
  type CanonicalGraph,
  type CanonicalNode,
  canonicaliseGraph,
  type PathSegment,
  serialiseGraph,
} from '@accgraph/schema';
import { BATCH_SIZE } from './graph.write.ts';
import { READ_NODES_BY_ID } from './graph.queries.ts';
import { toNode } from './graph.read.ts';

/**
 * Who owns a node: the area of its `areaId`, an Area node itself, or nobody
 * (`undefined`: a shared national or taxonomy node).
 */
export function ownerOf(
  node: Pick<CanonicalNode, 'id' | 'labels' | 'properties'>,
): string | undefined {
  const area = node.properties.areaId;
  if (typeof area === 'string') return area;
  return node.labels[0] === 'Area' ? node.id : undefined;
}

/** A node of the graph that the store holds for another owner, with where it is in the graph. */
export interface OwnershipConflict {
  path: PathSegment[];
  message: string;
  expected: string;
}

const sameContent = (a: CanonicalNode, b: CanonicalNode): boolean =>
  serialiseGraph({ format: 'accgraph-export/1', areas: [], nodes: [a], relationships: [] }) ===
  serialiseGraph({ format: 'accgraph-export/1', areas: [], nodes: [b], relationships: [] });

/**
 * Compares each node of `graph` with the node of the same id in the store (in
 * the caller's transaction): a node the store keeps for another area, a
 * shared node the graph claims for an area (or the reverse), or a shared node
 * whose content the graph would change is a conflict. An import writes only
 * the areas it names and never overwrites another area's nodes (issue 16).
 */
export async function ownershipConflicts(
  tx: Tx,
  graph: CanonicalGraph,
): Promise<OwnershipConflict[]> {
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const conflicts: OwnershipConflict[] = [];
  const ids = [...index.keys()];
  for (let i = 0; i < ids.length; i += BATCH_SIZE) {
    const rows: Row[] = await tx.run(READ_NODES_BY_ID.with({ ids: ids.slice(i, i + BATCH_SIZE) }));
    for (const row of rows) {
      const stored = toNode(row);
      const at = index.get(stored.id);
      if (at === undefined) continue;
      const mine = graph.nodes[at] as CanonicalNode;
      const was = ownerOf(stored);
      const now = ownerOf(mine);
      const path: PathSegment[] = ['nodes', at, 'id'];
      if (was !== now) {
        conflicts.push({
          path,
          message:
            was === undefined
              ? `node ${stored.id} is a shared node in the store (no area); this file gives it area ${now}`
              : `node ${stored.id} belongs to area ${was} in the store; this file names ${graph.areas.join(', ') || 'no area'}` +
                (now === undefined ? ' and gives it no area' : ` and gives it area ${now}`),
          expected: 'only nodes of the areas the file names (import that area from its own file)',
        });
      } else if (was === undefined && !sameContent(stored, mine)) {
        conflicts.push({
          path,
          message: `shared node ${stored.id} exists in the store with other content; an import does not change shared (national, taxonomy) nodes`,
          expected: `the stored content of ${stored.id} (change shared nodes through the area files and \`npm run seed -- load\`)`,
        });
      }
    }
  }
  return conflicts;
}

/**
 * Splits a graph into one graph per area it names, in `areas` order: the
 * area's own nodes (by `areaId`, and its Area node), its relationships (by
 * `areaId`, or derived ones by their start node's area), the shared nodes
 * those relationships reach, and the shared nodes no relationship of the file
 * reaches (carried by every area, so that they survive export and import).
 * Throws when a node or relationship belongs to no area of the file, or a
 * relationship joins two areas (the file checks refuse both first).
 */
export function splitByArea(graph: CanonicalGraph): CanonicalGraph[] {
  const owner = new Map(graph.nodes.map((n) => [n.id, ownerOf(n)]));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const parts = new Map(
    graph.areas.map((a) => [
      a,
      {
        nodes: [] as CanonicalNode[],
        rels: [] as CanonicalGraph['relationships'],
        shared: new Set<string>(),
      },
    ]),
  );
  const referenced = new Set<string>();
  for (const n of graph.nodes) {
    const area = owner.get(n.id);
    if (area === undefined) continue;
    const part = parts.get(area);
    if (!part)
      throw new Error(`node ${n.id} belongs to area ${area}, which the graph does not name`);
    part.nodes.push(n);
  }
  for (const r of graph.relationships) {
    const own = r.properties.areaId;
    const area = typeof own === 'string' ? own : (owner.get(r.from) ?? owner.get(r.to));
    const part = area === undefined ? undefined : parts.get(area);
    if (!part) throw new Error(`relationship ${r.id} belongs to no area the graph names`);
    for (const end of [r.from, r.to]) {
      referenced.add(end);
      const endOwner = owner.get(end);
      if (endOwner === undefined) part.shared.add(end);
      else if (endOwner !== area)
        throw new Error(
          `relationship ${r.id} of area ${area} reaches node ${end} of area ${endOwner}`,
        );
    }
    part.rels.push(r);
  }
  const unreferenced = graph.nodes.filter(
    (n) => owner.get(n.id) === undefined && !referenced.has(n.id),
  );
  return graph.areas.map((area) => {
    const part = parts.get(area)!;
    const shared = [...part.shared].map((id) => byId.get(id)).filter((n) => n !== undefined);
    return canonicaliseGraph({
      format: 'accgraph-export/1',
      areas: [area],
      nodes: [...part.nodes, ...shared, ...unreferenced],
      relationships: part.rels,
    });
  });
}
