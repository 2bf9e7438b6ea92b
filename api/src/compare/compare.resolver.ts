import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { assertIds, IsoDate } from '../graph/input.ts';
import { assertDutyCodes, assertSlugs } from '../obligations/duty-codes.ts';
import type { Node } from '../graph/node.interface.ts';
import { toNode } from '../graph/map.ts';
import type { Area, DutyType, Obligation } from '../graph/node.types.ts';
import type { NodeRecord } from '../graph/records.ts';
import { AreaComparison } from './compare.type.ts';
import { CompareService, MAX_AREAS, MIN_AREAS, type ComparisonData } from './compare.service.ts';
import { mapInSlices } from './slices.ts';

/** The GraphQL objects of one comparison (one Node object per id), a slice of rows at a time. */
async function toComparison(data: ComparisonData): Promise<AreaComparison> {
  const made = new Map<string, Node>();
  const node = <T extends Node>(r: NodeRecord): T => {
    let n = made.get(r.id);
    if (!n) {
      n = toNode(r);
      made.set(r.id, n);
    }
    return n as T;
  };
  return {
    asOf: data.asOf,
    areas: data.areas.map((a) => node<Area>(a)),
    rows: await mapInSlices(data.rows, (row) => ({
      dutyType: node<DutyType>(row.dutyType),
      cells: row.cells.map((cell) => ({
        areaId: cell.areaId,
        dutyType: node<DutyType>(cell.dutyType),
        status: cell.status,
        holders: cell.holders.map((h) => ({
          holder: node(h.holder),
          lead: h.lead,
          obligations: h.obligations.map((o) => node<Obligation>(o)),
        })),
      })),
    })),
  };
}

@Resolver(() => AreaComparison)
export class CompareResolver {
  @Query(() => AreaComparison, {
    description: `Compare how areas share out their duties: a duty type × area matrix. Each cell lists who carries the duty type in the area at asOf (the area's current obligations of that type and their holders) and a status (NONE, SINGLE, SHARED, LEAD, MULTIPLE: see CoverageStatus). Rows: by default the duty types carried in at least one of the areas (after the dutyTypes/categories filters); with includeUncarried every code of the taxonomy. ${MIN_AREAS} to ${MAX_AREAS} areas, else BAD_USER_INPUT; an unknown area is NOT_FOUND.`,
  })
  async compareAreas(
    @Arg('areaIds', () => [ID], {
      description: `${MIN_AREAS} to ${MAX_AREAS} distinct area ids; the columns, in this order.`,
    })
    areaIds: string[],
    @Arg('asOf', () => IsoDate, {
      nullable: true,
      description: "The date to answer for (default today: each area's latest document).",
    })
    asOf: string | null,
    @Arg('dutyTypes', () => [String], {
      nullable: true,
      description: 'Only these duty type codes, e.g. ["S11_ASSURANCE"] (default all).',
    })
    dutyTypes: string[] | null,
    @Arg('categories', () => [String], {
      nullable: true,
      description: 'Only duty types of these taxonomy categories, e.g. ["learning"] (default all).',
    })
    categories: string[] | null,
    @Arg('includeUncarried', () => Boolean, {
      defaultValue: false,
      description:
        'Also list the duty types no compared area carries (every code of schema/taxonomy), as rows of NONE cells.',
    })
    includeUncarried: boolean,
    @Ctx() ctx: Context,
  ): Promise<AreaComparison> {
    const data = await ctx.services.get(CompareService).compare({
      areaIds: assertIds(areaIds, 'areaIds'),
      asOf: asOf ?? undefined,
      codes: assertDutyCodes(dutyTypes),
      categories: assertSlugs(categories, 'categories'),
      includeUncarried,
    });
    return toComparison(data);
  }
}
