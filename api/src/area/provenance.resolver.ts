import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { graphCache } from '../cache.ts';
import type { Context } from '../context.ts';
import { Area } from '../graph/node.types.ts';
import { cypher } from '../store/index.ts';
import type { ServiceDeps } from '../services.ts';
import { listed } from './listing.ts';
import { AreaProvenance } from './provenance.type.ts';

const AREA_PROVENANCE = cypher(import.meta.url, './area-provenance.cypher');

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

interface ProvenanceData {
  kind: string;
  at: string | null;
  by: string | null;
}

/**
 * Reads areas' provenance (plain data): the areas of one request in one
 * query, each kept until the next write (graph cache `areas`).
 */
export class AreaProvenanceService {
  private readonly byArea: DataLoader<string, ProvenanceData>;

  constructor(deps: ServiceDeps) {
    const { store } = deps;
    const cache = graphCache<ProvenanceData>(store, 'areas');
    const PREFIX = 'provenance\u0000';
    this.byArea = new DataLoader((areaIds) =>
      cache.many(
        areaIds.map((id) => PREFIX + id),
        async (missing) => {
          const ids = missing.map((key) => key.slice(PREFIX.length));
          const rows = await store.read(AREA_PROVENANCE.with({ ids }));
          const byId = new Map(rows.map((row) => [String(row.id), row]));
          return ids.map((id) => {
            const row = byId.get(id);
            return { kind: str(row?.provenance) ?? 'bundled', at: str(row?.at), by: str(row?.by) };
          });
        },
      ),
    );
  }

  /** Areas loaded before provenance was recorded came from the bundled files. */
  async of(areaId: string): Promise<ProvenanceData> {
    return this.byArea.load(areaId);
  }
}

@Resolver(() => Area)
export class AreaProvenanceResolver {
  @FieldResolver(() => AreaProvenance, {
    description: "How this area's content reached the graph: bundled, imported or edited.",
  })
  provenance(@Root() area: Area, @Ctx() ctx: Context): AreaProvenance | Promise<AreaProvenance> {
    const kept = listed.get(area);
    if (kept) return kept.provenance;
    return ctx.services
      .get(AreaProvenanceService)
      .of(area.id)
      .then((data) => Object.assign(new AreaProvenance(), data));
  }
}
