import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Area } from '../graph/node.types.ts';
import { cypher } from '../store/index.ts';
import type { ServiceDeps } from '../services.ts';
import { AreaProvenance } from './provenance.type.ts';

const AREA_PROVENANCE = cypher(import.meta.url, './area-provenance.cypher');

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Reads an area's provenance (plain data). */
export class AreaProvenanceService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Areas loaded before provenance was recorded came from the bundled files. */
  async of(areaId: string): Promise<{ kind: string; at: string | null; by: string | null }> {
    const [row] = await this.deps.store.read(AREA_PROVENANCE.with({ ids: [areaId] }));
    return { kind: str(row?.provenance) ?? 'bundled', at: str(row?.at), by: str(row?.by) };
  }
}

@Resolver(() => Area)
export class AreaProvenanceResolver {
  @FieldResolver(() => AreaProvenance, {
    description: "How this area's content reached the graph: bundled, imported or edited.",
  })
  async provenance(@Root() area: Area, @Ctx() ctx: Context): Promise<AreaProvenance> {
    return Object.assign(
      new AreaProvenance(),
      await ctx.services.get(AreaProvenanceService).of(area.id),
    );
  }
}
