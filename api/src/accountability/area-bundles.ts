import { graphCache } from '../cache.ts';
import type { Loaders } from '../graph/loaders.ts';
import {
  toRelationshipRecord,
  type NodeRecord,
  type RelationshipRecord,
} from '../graph/records.ts';
import { cypher, type Store } from '../store/index.ts';
import { ACCOUNTABILITY_TYPES } from './hops.ts';

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
