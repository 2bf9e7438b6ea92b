import type { NodeRecord } from '../graph/records.ts';
import { toRelationshipRecord } from '../graph/records.ts';
import type { ServiceDeps } from '../services.ts';
import { cypher, type Row, type Store } from '../store/index.ts';
import { type AreaCache, areaCache, type AreaBundle } from './area-cache.ts';
import { ACCOUNTABILITY_TYPES } from './hops.ts';

const ACCOUNTABILITY_EDGES = cypher(import.meta.url, './accountability-edges.cypher');
const AREA_SEED_HASHES = cypher(import.meta.url, './area-seed-hashes.cypher');

interface HashRows {
  generation: number;
  rows: Promise<Row[]>;
}
const known = new WeakMap<Store, Map<string, HashRows>>();

/**
 * The seed-hash rows of the areas: read from the store, except on the
 * embedded store while no write has started since the last read of the same
 * areas (`writeGeneration`), when that answer still holds. At most 1,000
 * area lists are remembered per store.
 */
function seedHashRows(store: Store, areaIds: readonly string[]): Promise<Row[]> {
  const generation = store.writeGeneration?.();
  const read = () => store.read(AREA_SEED_HASHES.with({ areaIds: [...areaIds] }));
  if (generation === undefined) return read();
  let byKey = known.get(store);
  if (!byKey) {
    byKey = new Map();
    known.set(store, byKey);
  }
  const key = areaIds.join('\n');
  const hit = byKey.get(key);
  if (hit && hit.generation === generation) return hit.rows;
  const rows = read();
  if (byKey.size >= 1000) byKey.clear();
  const map = byKey;
  map.set(key, { generation, rows });
  rows.catch(() => map.delete(key));
  return rows;
}

/**
 * Loads area bundles (statements + endpoint nodes) through the per-process
 * cache: one indexed seed-hash lookup per call; on a miss, one catalogue query
 * for the statements and one batched node lookup for their endpoints.
 */
export class AreaBundles {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly cache: AreaCache = areaCache,
  ) {}

  /** Bundles of the areas that exist among `areaIds`, in the order asked. */
  async load(areaIds: readonly string[]): Promise<AreaBundle[]> {
    if (areaIds.length === 0) return [];
    const rows = await seedHashRows(this.deps.store, areaIds);
    const hashes = new Map(
      rows.map((row) => [String(row.id), typeof row.seedHash === 'string' ? row.seedHash : null]),
    );
    const existing = areaIds.filter((id) => hashes.has(id));
    return Promise.all(
      existing.map(async (areaId) => {
        const hash = hashes.get(areaId) ?? null;
        const cached = this.cache.get(areaId, hash);
        if (cached) return cached;
        const bundle = await this.fetch(areaId);
        this.cache.set(hash, bundle);
        return bundle;
      }),
    );
  }

  private async fetch(areaId: string): Promise<AreaBundle> {
    const rows = await this.deps.store.read(
      ACCOUNTABILITY_EDGES.with({ areaId, types: [...ACCOUNTABILITY_TYPES] }),
    );
    const records = rows.map(toRelationshipRecord);
    const ids = [...new Set(records.flatMap((r) => [r.from, r.to]))].sort();
    const nodes = new Map<string, NodeRecord>();
    for (const node of await this.deps.loaders.nodes(ids)) nodes.set(node.id, node);
    return { areaId, records, nodes };
  }
}
