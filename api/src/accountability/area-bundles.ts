import type { NodeRecord } from '../graph/records.ts';
import { toRelationshipRecord } from '../graph/records.ts';
import type { ServiceDeps } from '../services.ts';
import { cypher } from '../store/index.ts';
import { type AreaCache, areaCache, type AreaBundle } from './area-cache.ts';
import { ACCOUNTABILITY_TYPES } from './hops.ts';

const ACCOUNTABILITY_EDGES = cypher(import.meta.url, './accountability-edges.cypher');
const AREA_SEED_HASHES = cypher(import.meta.url, './area-seed-hashes.cypher');

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
    const rows = await this.deps.store.read(AREA_SEED_HASHES.with({ areaIds: [...areaIds] }));
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
