import type { RelationshipType } from '@accgraph/schema';
import { BadUserInputError } from '../errors.ts';
import { NodeService, type Direction } from '../graph/node.service.ts';
import { str, type NodeRecord } from '../graph/records.ts';
import type { ServiceDeps } from '../services.ts';
import type { LinkData, SubgroupTreeData } from './structure.model.ts';

export const MAX_TREE_DEPTH = 4;

type Link = LinkData;

const nameOf = (n: NodeRecord) => str(n.props, 'name') ?? n.id;

/** Orders links by the name of the node at `end`, then by relationship id. */
function byName(end: 'from' | 'to') {
  return (a: Link, b: Link) => {
    const [x, y] = [nameOf(a[end]), nameOf(b[end])];
    if (x !== y) return x < y ? -1 : 1;
    return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
  };
}

/**
 * Memberships, chairs and sub-groups, read through the request's loaders (no
 * N+1), as plain links (structure.map.ts shapes them).
 */
export class MembershipService {
  private readonly nodes: NodeService;

  constructor(private readonly deps: ServiceDeps) {
    this.nodes = deps.services.get(NodeService);
  }

  /** Relationships of one type at several nodes, current at asOf, with both ends loaded. */
  private async links(
    ids: readonly string[],
    type: RelationshipType,
    direction: Direction,
    asOf: string | null | undefined,
  ): Promise<Link[][]> {
    const filter = { types: [type], direction, asOf: asOf ?? undefined };
    const perNode = await Promise.all(ids.map((id) => this.nodes.relationships(id, filter)));
    const endIds = new Set(perNode.flat().flatMap((r) => [r.from, r.to]));
    const records = await this.deps.loaders.nodes([...endIds]);
    const byId = new Map(records.map((r) => [r.id, r]));
    return perNode.map((list) =>
      list.flatMap((record) => {
        const from = byId.get(record.from);
        const to = byId.get(record.to);
        return from && to ? [{ record, from, to }] : [];
      }),
    );
  }

  private async one(
    id: string,
    type: RelationshipType,
    direction: Direction,
    asOf?: string | null,
  ) {
    return (await this.links([id], type, direction, asOf))[0] ?? [];
  }

  /** Who sits on the body, by member name then relationship id. */
  async members(bodyId: string, asOf?: string | null): Promise<Link[]> {
    const links = await this.one(bodyId, 'MEMBER_OF', 'IN', asOf);
    return links.sort(byName('from'));
  }

  /** The bodies a node sits on, by body name then relationship id. */
  async memberOf(id: string, asOf?: string | null): Promise<Link[]> {
    const links = await this.one(id, 'MEMBER_OF', 'OUT', asOf);
    return links.sort(byName('to'));
  }

  /** Who chairs the body, by chair name then relationship id. */
  async chairs(bodyId: string, asOf?: string | null): Promise<Link[]> {
    const links = await this.one(bodyId, 'CHAIRS', 'IN', asOf);
    return links.sort(byName('from'));
  }

  /** The bodies a node chairs, by body name then relationship id. */
  async chairOf(id: string, asOf?: string | null): Promise<Link[]> {
    const links = await this.one(id, 'CHAIRS', 'OUT', asOf);
    return links.sort(byName('to'));
  }

  /** The bodies this one is a sub-group of (two for a joint sub-group), by name. */
  async parents(bodyId: string, asOf?: string | null): Promise<Link[]> {
    const links = await this.one(bodyId, 'SUBGROUP_OF', 'OUT', asOf);
    return links.sort(byName('to'));
  }

  /** The direct sub-groups of a body, by name. */
  async subgroups(bodyId: string, asOf?: string | null): Promise<Link[]> {
    const links = await this.one(bodyId, 'SUBGROUP_OF', 'IN', asOf);
    return links.sort(byName('from'));
  }

  /**
   * The sub-group tree below a body, `depth` levels deep (1..4): one batched
   * lookup per level. A body already on the path is not expanded again.
   */
  async subgroupTree(
    bodyId: string,
    depth: number,
    asOf?: string | null,
  ): Promise<SubgroupTreeData[]> {
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_TREE_DEPTH) {
      throw new BadUserInputError(`"depth" must be between 1 and ${MAX_TREE_DEPTH}, got ${depth}.`);
    }
    const roots: SubgroupTreeData[] = [];
    let level: { id: string; children: SubgroupTreeData[]; path: Set<string> }[] = [
      { id: bodyId, children: roots, path: new Set([bodyId]) },
    ];
    for (let d = 1; d <= depth && level.length > 0; d += 1) {
      const perNode = await this.links(
        level.map((l) => l.id),
        'SUBGROUP_OF',
        'IN',
        asOf,
      );
      const next: typeof level = [];
      level.forEach((parent, i) => {
        for (const link of (perNode[i] ?? []).sort(byName('from'))) {
          if (parent.path.has(link.from.id) || link.from.label !== 'Body') continue;
          const node: SubgroupTreeData = { link, depth: d, subgroups: [] };
          parent.children.push(node);
          next.push({
            id: link.from.id,
            children: node.subgroups,
            path: new Set([...parent.path, link.from.id]),
          });
        }
      });
      level = next;
    }
    return roots;
  }
}
