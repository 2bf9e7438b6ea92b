import { GraphQLError } from 'graphql';
import type { Node } from '../graph/node.interface.ts';
import { toNode } from '../graph/node.map.ts';
import { NodeService } from '../graph/node.service.ts';
import type { NodeRecord, RelationshipRecord } from '../graph/records.ts';
import { toRelationship } from '../graph/relationship.map.ts';
import type { EscalatesToRelationship } from '../graph/relationship.types.ts';
import { str } from '../graph/records.ts';
import { firstDay, today } from '@accgraph/schema';
import type { ServiceDeps } from '../services.ts';
import {
  AccountabilityChain,
  AccountabilityHop,
  AccountabilityPath,
  AccountabilityResult,
  EscalationRoute,
  EscalationStep,
} from './accountability.type.ts';
import type { AreaBundle } from './area-cache.ts';
import { AreaBundles } from './area-bundles.ts';
import { oversightEdges, type HopKind, type OversightEdge } from './hops.ts';
import { memoised } from './memo.ts';
import { escalationRoutes } from './routes.ts';
import { chains, shortestPath, type Direction } from './traverse.ts';

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`No ${what} with id "${id}". Check the id (e.g. "wiltshire/wscb").`, {
    extensions: { code: 'NOT_FOUND' },
  });
}

interface Scope {
  subject: NodeRecord;
  bundles: AreaBundle[];
}

/** Accountability chains, paths and escalation routes. One instance per request. */
export class AccountabilityService {
  private readonly bundles: AreaBundles;
  private readonly nodeCache = new Map<string, Node>();

  constructor(private readonly deps: ServiceDeps) {
    this.bundles = new AreaBundles(deps);
  }

  async chains(
    id: string,
    opts: {
      direction: Direction;
      maxHops: number;
      limit: number;
      asOf?: string | null;
      include: Set<HopKind>;
    },
  ): Promise<AccountabilityResult> {
    const asOf = firstDay(opts.asOf ?? today());
    const scope = await this.scope(id);
    if (scope.bundles.length !== 1) return this.buildChains(scope, id, asOf, opts);
    // One cached area bundle: the answer is a pure function of it and the arguments.
    const key = [id, asOf, [...opts.include].sort(), opts.direction, opts.maxHops, opts.limit];
    return memoised(scope.bundles[0] as AreaBundle, JSON.stringify(key), () =>
      this.buildChains(scope, id, asOf, opts),
    );
  }

  private async buildChains(
    scope: Scope,
    id: string,
    asOf: string,
    opts: { direction: Direction; maxHops: number; limit: number; include: Set<HopKind> },
  ): Promise<AccountabilityResult> {
    const found = chains(oversightEdges(records(scope.bundles), asOf, opts.include), id, opts);
    await this.prefetch(
      scope.bundles,
      found.chains.flatMap((c) => c.nodes),
    );
    const nodes = (ids: string[]) => ids.map((n) => this.node(scope.bundles, n));
    return Object.assign(new AccountabilityResult(), {
      subject: toNode(scope.subject),
      direction: opts.direction,
      asOf,
      maxHops: opts.maxHops,
      truncated: found.truncated,
      limited: found.limited,
      chains: found.chains.map((c) =>
        Object.assign(new AccountabilityChain(), {
          nodes: nodes(c.nodes),
          hops: c.hops.map((h) => this.hop(scope.bundles, h)),
          end: this.node(scope.bundles, c.nodes.at(-1) as string),
          length: c.hops.length,
          truncated: c.truncated,
        }),
      ),
    });
  }

  async path(
    from: string,
    to: string,
    opts: { maxHops: number; asOf?: string | null; include: Set<HopKind> },
  ): Promise<AccountabilityPath | null> {
    const asOf = firstDay(opts.asOf ?? today());
    const [a, b] = await Promise.all([this.scope(from), this.scope(to)]);
    const bundles = [...a.bundles, ...b.bundles.filter((x) => !a.bundles.includes(x))];
    const edges = oversightEdges(records(bundles), asOf, opts.include);
    const hops = shortestPath(edges, from, to, opts.maxHops);
    if (!hops) return null;
    await this.prefetch(bundles, [from, ...hops.map((h) => h.overseen)]);
    return Object.assign(new AccountabilityPath(), {
      from: toNode(a.subject),
      to: toNode(b.subject),
      length: hops.length,
      hops: hops.map((h) => this.hop(bundles, h)),
    });
  }

  /** Escalation routes of an area current at asOf; NOT_FOUND when there is no such area. */
  async areaRoutes(
    areaId: string,
    opts: { asOf?: string | null; route?: string | null },
  ): Promise<EscalationRoute[]> {
    const bundles = await this.bundles.load([areaId]);
    if (bundles.length === 0) throw notFound('area', areaId);
    const groups = escalationRoutes(records(bundles), firstDay(opts.asOf ?? today()), opts.route);
    await this.prefetch(
      bundles,
      groups.flatMap((g) => g.steps.flatMap((s) => [s.from, s.to])),
    );
    return groups.map((g) =>
      Object.assign(new EscalationRoute(), {
        route: g.route,
        areaId,
        endsAt: g.endsAt.map((n) => this.node(bundles, n)),
        steps: g.steps.map((s) =>
          Object.assign(new EscalationStep(), {
            step: typeof s.props.step === 'number' ? s.props.step : null,
            from: this.node(bundles, s.from),
            to: this.node(bundles, s.to),
            relationship: toRelationship(s) as EscalatesToRelationship,
          }),
        ),
      }),
    );
  }

  /** The subject and the bundles of its area (for a national node: of the areas that relate it). */
  private async scope(id: string): Promise<Scope> {
    const hint = id.split('/')[0] as string;
    if (hint !== id) {
      const [bundle] = await this.bundles.load([hint]);
      const subject = bundle?.nodes.get(id);
      if (bundle && subject && str(subject.props, 'areaId') === hint) {
        return { subject, bundles: [bundle] };
      }
    }
    const subject = await this.deps.loaders.node.load(id);
    if (!subject) throw notFound('node', id);
    const areaId = str(subject.props, 'areaId');
    const areaIds = areaId ? [areaId] : await this.areasRelating(id);
    return { subject, bundles: await this.bundles.load(areaIds) };
  }

  /** Areas whose statements relate a node without an area (a national body). */
  private async areasRelating(id: string): Promise<string[]> {
    const rels = await new NodeService(this.deps).relationshipRecords(id, { asOf: null });
    return [...new Set(rels.flatMap((r) => str(r.props, 'areaId') ?? []))].sort();
  }

  /** Loads, in one batch, nodes the bundles do not hold. */
  private async prefetch(bundles: AreaBundle[], ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((n) => !bundles.some((b) => b.nodes.has(n)));
    for (const record of await this.deps.loaders.nodes(missing)) {
      this.nodeCache.set(record.id, toNode(record));
    }
  }

  private node(bundles: AreaBundle[], id: string): Node {
    let node = this.nodeCache.get(id);
    if (!node) {
      const record = bundles.find((b) => b.nodes.has(id))?.nodes.get(id);
      if (!record) throw new Error(`accountability: node ${id} was not prefetched`);
      node = toNode(record);
      this.nodeCache.set(id, node);
    }
    return node;
  }

  private hop(bundles: AreaBundle[], edge: OversightEdge): AccountabilityHop {
    return Object.assign(new AccountabilityHop(), {
      from: this.node(bundles, edge.overseer),
      to: this.node(bundles, edge.overseen),
      kind: edge.kind,
      mode: edge.mode,
      reversed: edge.reversed,
      relationship: toRelationship(edge.record),
    });
  }
}

/** The statements of several bundles, each once. */
function records(bundles: AreaBundle[]): RelationshipRecord[] {
  if (bundles.length === 1) return (bundles[0] as AreaBundle).records;
  const byId = new Map<string, RelationshipRecord>();
  for (const b of bundles) for (const r of b.records) byId.set(r.id, r);
  return [...byId.values()];
}
