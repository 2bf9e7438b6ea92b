import { Arg, Args, ArgsType, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { paginate, PageArgs } from '../graph/connection.ts';
import { keptPerKey } from '../cache.ts';
import type { Context } from '../context.ts';
import { assertIds, IsoDate } from '../graph/input.ts';
import { assertDutyCodes, assertSlugs } from '../obligations/duty-codes.ts';
import type { Node } from '../graph/node.interface.ts';
import { QuoteList, toNode } from '../graph/map.ts';
import type { Area, DutyType, Obligation } from '../graph/node.types.ts';
import type { NodeRecord } from '../graph/records.ts';
import {
  AreaComparison,
  type CoverageObligation,
  CoverageRow,
  CoverageRowPage,
} from './compare.type.ts';
import { CompareService, MAX_AREAS, MIN_AREAS, type ComparisonData } from './compare.service.ts';
import { checkpoint, mapInSlices } from './slices.ts';
import { ROW_PAGE_BUDGET, rowsWithin } from './row-pages.ts';
import { RequestTimeoutError, currentBudget } from '../http/limits.ts';

/** The GraphQL objects of comparison rows (one Node object per id), a slice of rows at a time. */
function shaper() {
  const made = new Map<string, Node>();
  const node = <T extends Node>(r: NodeRecord): T => {
    let n = made.get(r.id);
    if (!n) {
      n = toNode(r);
      made.set(r.id, n);
    }
    return n as T;
  };
  const rows = (data: ComparisonData['rows']): Promise<CoverageRow[]> =>
    mapInSlices(data, (row) => ({
      dutyType: node<DutyType>(row.dutyType),
      cells: row.cells.map((cell) => ({
        areaId: cell.areaId,
        dutyType: node<DutyType>(cell.dutyType),
        status: cell.status,
        holders: cell.holders.map((h) => ({
          holder: node(h.holder),
          lead: h.lead,
          obligations: h.obligations.map((o) => node<Obligation>(o)),
          obligationIds: h.obligations.map((o) => o.id),
        })),
      })),
    }));
  return { node, rows };
}

/**
 * The whole matrix's GraphQL rows, by the service's rows: aliases of one
 * comparison share the service's answer (CompareService, per request) and so
 * share its shaped rows too, read-only, instead of shaping them 15 times.
 */
const shapedRows = new WeakMap<ComparisonData['rows'], Promise<CoverageRow[]>>();

/** The service's answer, kept beside the GraphQL object so `rows` and `rowPage` shape only what is asked. */
const comparisonData = new WeakMap<AreaComparison, ComparisonData>();

function toComparison(data: ComparisonData): AreaComparison {
  const { node } = shaper();
  const out = Object.assign(new AreaComparison(), {
    asOf: data.asOf,
    areas: data.areas.map((a) => node<Area>(a)),
  });
  comparisonData.set(out, data);
  return out;
}

export const DEFAULT_ROW_PAGE = 10;

@ArgsType()
export class RowPageArgs extends PageArgs {}

@Resolver(() => AreaComparison)
export class AreaComparisonResolver {
  @FieldResolver(() => [CoverageRow], {
    description:
      'The rows, ordered by duty type category, then code: the whole matrix, each obligation with its quotes under every holder. rowPage sends a page, with each obligation and quote once.',
  })
  async rows(@Root() comparison: AreaComparison): Promise<CoverageRow[]> {
    const data = comparisonData.get(comparison)?.rows ?? [];
    let rows = shapedRows.get(data);
    if (!rows) shapedRows.set(data, (rows = shaper().rows(data)));
    const shaped = await rows;
    // each alias completes (graphql-js walks its rows in one go) in its own
    // turn of the event loop, not all 15 at once when the shared rows are ready
    await checkpoint();
    return shaped;
  }

  @FieldResolver(() => CoverageRowPage, {
    description: `A page of \`rows\` (first: 1-200, default ${DEFAULT_ROW_PAGE}; after: the previous page's endCursor, a duty type id), with totalCount, and each obligation its holders name and each quote listed once. A page ends early, after at least one row, when its text would pass about ${ROW_PAGE_BUDGET / 1024} KB: follow pageInfo.endCursor until hasNextPage is false.`,
  })
  rowPage(
    @Root() comparison: AreaComparison,
    @Args(() => RowPageArgs) page: RowPageArgs,
  ): Promise<CoverageRowPage> {
    const all = comparisonData.get(comparison)?.rows ?? [];
    const key = JSON.stringify([page.first ?? null, page.after ?? null]);
    // the page from the kept matrix's pages when it was shaped before (a failed one is not kept)
    return keptRowPages(all, key, () => shapePage(all, page)).catch((error: unknown) => {
      // a page shaped for a request that was stopped ends with its REQUEST_TIMEOUT: shape our own
      if (error instanceof RequestTimeoutError && !currentBudget()?.signal.aborted) {
        return shapePage(all, page);
      }
      throw error;
    });
  }
}

/**
 * Shaped pages by the matrix's rows and the page asked: the matrix is kept
 * (graph cache `compare-matrices`, until the next write) and the explorer
 * asks the same first page again and again, whose sizing, shaping and quote
 * list were about a quarter of compareAreas' CPU per request (median 5.9-6.1 →
 * 4.0-4.6 ms kept, bench/cpu.probe.ts, national set).
 * Read-only once made; dropped with the matrix; at most KEPT_PAGES per
 * matrix (each at most ~64 KB of text), so asking every `first` × `after`
 * cannot grow memory beside the cache budget.
 */
export const KEPT_PAGES = 16;
const keptRowPages = keptPerKey<ComparisonData['rows'], Promise<CoverageRowPage>>(KEPT_PAGES);

async function shapePage(all: ComparisonData['rows'], page: RowPageArgs): Promise<CoverageRowPage> {
  const keyOf = (r: ComparisonData['rows'][number]) => r.dutyType.id;
  const first = page.first ?? DEFAULT_ROW_PAGE;
  // The page as asked (this also checks `first` and `after`), then cut to the size budget.
  const asked = paginate(all, { first, after: page.after }, keyOf);
  const from = asked.edges[0] ? all.indexOf(asked.edges[0].node) : all.length;
  const fits = rowsWithin(all, from, first);
  const at =
    fits < asked.edges.length ? paginate(all, { first: fits, after: page.after }, keyOf) : asked;
  const picked = at.edges.map((e) => e.node);
  const { node, rows } = shaper();
  const records = new Map<string, NodeRecord>();
  for (const row of picked)
    for (const cell of row.cells)
      for (const h of cell.holders) for (const o of h.obligations) records.set(o.id, o);
  const quotes = new QuoteList();
  const obligations: CoverageObligation[] = [...records.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((o) => ({ obligation: node<Obligation>(o), evidenceIds: quotes.refer(o.evidence) }));
  return {
    rows: await rows(picked),
    totalCount: at.totalCount,
    pageInfo: at.pageInfo,
    obligations,
    evidence: quotes.list(),
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
