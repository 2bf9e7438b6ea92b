import { graphCache } from '../cache.ts';
import { NotFoundError } from '../errors.ts';
import type { Loaders, ServiceDeps } from '../services.ts';
import {
  str,
  toRelationshipRecord,
  type NodeRecord,
  type RelationshipRecord,
} from '../graph/records.ts';
import { cypher, type Store } from '../store/index.ts';
import { firstDay, today } from '@accgraph/schema';
import { escalationRoutes } from './routes.ts';
import {
  ACCOUNTABILITY_TYPES,
  chains,
  oversightEdges,
  shortestPath,
  type Direction,
  type HopKind,
  type OversightEdge,
} from './traverse.ts';

const ACCOUNTABILITY_EDGES = cypher(import.meta.url, './accountability-edges.cypher');

/** What the accountability feature needs of one area: its statements and their endpoints. */
export interface AreaBundle {
  areaId: string;
  /** Accountability and escalation statements of the area, all periods, ordered by id. */
  records: RelationshipRecord[];
  /** The endpoints of `records`, by id. */
  nodes: Map<string, NodeRecord>;
}

/**
 * Bundles read in this request, by area (keyed by the request's Loaders): a
 * store without graph caches (Neo4j) still reads an area's statements once per
 * request, e.g. for both ends of `accountabilityPath`.
 */
const perRequest = new WeakMap<Loaders, Map<string, Promise<AreaBundle | null>>>();

function readOncePerRequest(
  deps: { store: Store; loaders: Loaders },
  areaId: string,
): Promise<AreaBundle | null> {
  let read = perRequest.get(deps.loaders);
  if (!read) perRequest.set(deps.loaders, (read = new Map()));
  let bundle = read.get(areaId);
  if (!bundle) read.set(areaId, (bundle = readBundle(deps, areaId)));
  return bundle;
}

/**
 * The bundles of the areas that exist among `areaIds`, in the order asked,
 * through the graph cache `area-bundles` (api/src/cache.ts: kept until the
 * next write) and, where there is none, once per request. On a miss: one
 * catalogue query for the statements, then one batched node lookup for the
 * area and the statements' endpoints.
 */
export async function areaBundles(
  deps: { store: Store; loaders: Loaders },
  areaIds: readonly string[],
): Promise<AreaBundle[]> {
  const cache = graphCache<AreaBundle | null>(deps.store, 'area-bundles');
  const bundles = await Promise.all(
    areaIds.map((areaId) => cache.fetch(areaId, () => readOncePerRequest(deps, areaId))),
  );
  return bundles.filter((b): b is AreaBundle => b !== null);
}

/** The area's bundle, or null when no area has this id. */
async function readBundle(
  { store, loaders }: { store: Store; loaders: Loaders },
  areaId: string,
): Promise<AreaBundle | null> {
  const rows = await store.read(
    ACCOUNTABILITY_EDGES.with({ areaId, types: [...ACCOUNTABILITY_TYPES] }),
  );
  const records = rows.map(toRelationshipRecord);
  const ids = [...new Set(records.flatMap((r) => [r.from, r.to]))].sort();
  const found = await loaders.node.loadMany([areaId, ...ids]);
  const failed = found.find((n) => n instanceof Error);
  if (failed) throw failed;
  const [area, ...endpoints] = found as (NodeRecord | null)[];
  if (!area || area.label !== 'Area') return null;
  const nodes = new Map<string, NodeRecord>();
  for (const node of endpoints) if (node) nodes.set(node.id, node);
  return { areaId, records, nodes };
}

/** One overseer -> overseen hop, as plain records (the resolver shapes it). */
export interface HopData {
  from: NodeRecord;
  to: NodeRecord;
  kind: HopKind;
  mode: string | null;
  reversed: boolean;
  relationship: RelationshipRecord;
}

export interface ChainData {
  nodes: NodeRecord[];
  hops: HopData[];
  truncated: boolean;
}

export interface ChainsData {
  subject: NodeRecord;
  direction: Direction;
  asOf: string;
  maxHops: number;
  truncated: boolean;
  limited: boolean;
  chains: ChainData[];
}

export interface PathData {
  from: NodeRecord;
  to: NodeRecord;
  hops: HopData[];
}

export interface RouteData {
  route: string | null;
  areaId: string;
  endsAt: NodeRecord[];
  steps: {
    step: number | null;
    from: NodeRecord;
    to: NodeRecord;
    relationship: RelationshipRecord;
  }[];
}

interface Scope {
  subject: NodeRecord;
  bundles: AreaBundle[];
}

/**
 * Accountability chains, paths and escalation routes over the area bundles
 * (below). Returns plain records; the resolver makes the GraphQL
 * objects. Unknown ids are NOT_FOUND.
 */
export class AccountabilityService {
  constructor(private readonly deps: ServiceDeps) {}

  /**
   * Chains from `id`: a pure function of the graph and the arguments, so the
   * answer is kept in the graph cache `chains` until the next write.
   */
  chains(
    id: string,
    opts: {
      direction: Direction;
      maxHops: number;
      limit: number;
      asOf?: string | null;
      include: Set<HopKind>;
    },
  ): Promise<ChainsData> {
    const asOf = firstDay(opts.asOf ?? today());
    const { direction, maxHops, limit, include } = opts;
    const key = JSON.stringify([id, asOf, [...include].sort(), direction, maxHops, limit]);
    return graphCache<ChainsData>(this.deps.store, 'chains').fetch(key, async () => {
      const scope = await this.scope(id);
      const edges = oversightEdges(records(scope.bundles), asOf, include);
      const found = chains(edges, id, { direction, maxHops, limit });
      const node = await this.nodes(
        scope.bundles,
        found.chains.flatMap((c) => c.nodes),
      );
      return {
        subject: scope.subject,
        direction,
        asOf,
        maxHops,
        truncated: found.truncated,
        limited: found.limited,
        chains: found.chains.map((c) => ({
          nodes: c.nodes.map(node),
          hops: c.hops.map((h) => hop(h, node)),
          truncated: c.truncated,
        })),
      };
    });
  }

  /** The shortest chain by which `from` oversees `to`, or null. */
  async path(
    from: string,
    to: string,
    opts: { maxHops: number; asOf?: string | null; include: Set<HopKind> },
  ): Promise<PathData | null> {
    const asOf = firstDay(opts.asOf ?? today());
    // kept until the next write (graph cache `paths`): finding it walks every statement of
    // the areas, and the garbage of that walk on each request was most of its cost
    const key = JSON.stringify([from, to, asOf, [...opts.include].sort(), opts.maxHops]);
    return graphCache<PathData | null>(this.deps.store, 'paths').fetch(key, () =>
      this.findPath(from, to, asOf, opts),
    );
  }

  private async findPath(
    from: string,
    to: string,
    asOf: string,
    opts: { maxHops: number; include: Set<HopKind> },
  ): Promise<PathData | null> {
    const [a, b] = await Promise.all([this.scope(from), this.scope(to)]);
    const bundles = [...a.bundles, ...b.bundles.filter((x) => !a.bundles.includes(x))];
    const edges = oversightEdges(records(bundles), asOf, opts.include);
    const hops = shortestPath(edges, from, to, opts.maxHops);
    if (!hops) return null;
    const node = await this.nodes(bundles, [from, ...hops.map((h) => h.overseen)]);
    return { from: a.subject, to: b.subject, hops: hops.map((h) => hop(h, node)) };
  }

  /** Escalation routes of an area current at asOf; NOT_FOUND when there is no such area. */
  async areaRoutes(
    areaId: string,
    opts: { asOf?: string | null; route?: string | null },
  ): Promise<RouteData[]> {
    const bundles = await areaBundles(this.deps, [areaId]);
    if (bundles.length === 0) throw new NotFoundError('area', areaId);
    const groups = escalationRoutes(records(bundles), firstDay(opts.asOf ?? today()), opts.route);
    const node = await this.nodes(
      bundles,
      groups.flatMap((g) => g.steps.flatMap((s) => [s.from, s.to])),
    );
    return groups.map((g) => ({
      route: g.route,
      areaId,
      endsAt: g.endsAt.map(node),
      steps: g.steps.map((s) => ({
        step: typeof s.props.step === 'number' ? s.props.step : null,
        from: node(s.from),
        to: node(s.to),
        relationship: s,
      })),
    }));
  }

  /** The subject and the bundles of its area (for a national node: of the areas that relate it). */
  private async scope(id: string): Promise<Scope> {
    const hint = id.split('/')[0] as string;
    if (hint !== id) {
      const [bundle] = await areaBundles(this.deps, [hint]);
      const subject = bundle?.nodes.get(id);
      if (bundle && subject && str(subject.props, 'areaId') === hint) {
        return { subject, bundles: [bundle] };
      }
    }
    const subject = await this.deps.loaders.required(id);
    const areaId = str(subject.props, 'areaId');
    const areaIds = areaId ? [areaId] : await this.areasRelating(id);
    return { subject, bundles: await areaBundles(this.deps, areaIds) };
  }

  /** Areas whose statements relate a node without an area (a national body). */
  private async areasRelating(id: string): Promise<string[]> {
    const { outgoing, incoming } = this.deps.loaders;
    const rels = (await Promise.all([outgoing.load(id), incoming.load(id)])).flat();
    return [...new Set(rels.flatMap((r) => str(r.props, 'areaId') ?? []))].sort();
  }

  /** The records of `ids` (from the bundles, the others in one batch), as a lookup. */
  private async nodes(bundles: AreaBundle[], ids: string[]): Promise<(id: string) => NodeRecord> {
    const known = (n: string) => bundles.find((b) => b.nodes.has(n))?.nodes.get(n);
    const missing = [...new Set(ids)].filter((n) => !known(n));
    const loaded = new Map((await this.deps.loaders.nodes(missing)).map((r) => [r.id, r]));
    return (n) => {
      const record = known(n) ?? loaded.get(n);
      if (!record) throw new Error(`accountability: node ${n} was not read`);
      return record;
    };
  }
}

function hop(edge: OversightEdge, node: (id: string) => NodeRecord): HopData {
  return {
    from: node(edge.overseer),
    to: node(edge.overseen),
    kind: edge.kind,
    mode: edge.mode,
    reversed: edge.reversed,
    relationship: edge.record,
  };
}

/** The statements of several bundles, each once. */
function records(bundles: AreaBundle[]): RelationshipRecord[] {
  if (bundles.length === 1) return (bundles[0] as AreaBundle).records;
  const byId = new Map<string, RelationshipRecord>();
  for (const b of bundles) for (const r of b.records) byId.set(r.id, r);
  return [...byId.values()];
}
