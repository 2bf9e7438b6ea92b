import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { assertIds } from '../graph/input.ts';
import { IsoDate } from '../graph/iso-date.scalar.ts';
import { assertDutyCodes, assertSlugs } from '../obligations/duty-codes.ts';
import { AreaComparison } from './compare.type.ts';
import { CompareService, MAX_AREAS, MIN_AREAS } from './compare.service.ts';

@Resolver(() => AreaComparison)
export class CompareResolver {
  @Query(() => AreaComparison, {
    description: `Compare how areas share out their duties: a duty type × area matrix. Each cell lists who carries the duty type in the area at asOf (the area's current obligations of that type and their holders) and a status (NONE, SINGLE, SHARED, LEAD, MULTIPLE: see CoverageStatus). Rows: by default the duty types carried in at least one of the areas (after the dutyTypes/categories filters); with includeUncarried every code of the taxonomy. ${MIN_AREAS} to ${MAX_AREAS} areas, else BAD_USER_INPUT; an unknown area is NOT_FOUND.`,
  })
  compareAreas(
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
    return ctx.services.get(CompareService).compare({
      areaIds: assertIds(areaIds, 'areaIds'),
      asOf: asOf ?? undefined,
      codes: assertDutyCodes(dutyTypes),
      categories: assertSlugs(categories, 'categories'),
      includeUncarried,
    });
  }
}
