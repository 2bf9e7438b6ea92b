import { BadUserInputError, NotFoundError } from '../errors.ts';
import { graphCache } from '../cache.ts';
import { isCurrent, today, compareIds as cmp, dutyCodeOf } from '@accgraph/schema';
import { str, type NodeRecord } from '../graph/records.ts';
import type { ServiceDeps } from '../services.ts';
import { cypher, type Row } from '../store/index.ts';
import { coverageStatus, type CoverageLink, type CoverageStatusValue } from './coverage.ts';
import { taxonomyDutyTypes } from './taxonomy-codes.ts';
import { checkpoint, mapInSlices, throwIfStopped } from './slices.ts';
import { currentBudget, RequestTimeoutError } from '../http/limits.ts';

const COMPARE_OBLIGATIONS = cypher(import.meta.url, './compare-obligations.cypher');

export const MIN_AREAS = 2;
export const MAX_AREAS = 20;

export interface CompareInput {
  areaIds: string[];
  asOf: string | undefined;
  /** Duty type codes to keep (null = all). */
  codes: string[] | null;
  /** Taxonomy categories to keep (null = all). */
  categories: string[] | null;
  includeUncarried: boolean;
}

/** One cell of the matrix, as plain records (the resolver shapes it). */
export interface CellData {
  areaId: string;
  dutyType: NodeRecord;
  status: CoverageStatusValue;
  /** Ordered by holder id; each holder's obligations by document, then id. */
  holders: { holder: NodeRecord; lead: boolean; obligations: NodeRecord[] }[];
}

export interface ComparisonData {
  asOf: string;
  areas: NodeRecord[];
  rows: { dutyType: NodeRecord; cells: CellData[] }[];
}

const codeOf = (t: NodeRecord) => str(t.props, 'code') ?? dutyCodeOf(t.id);
const categoryOf = (t: NodeRecord) => str(t.props, 'category') ?? '';
const documentThenId = (o: NodeRecord) => `${str(o.props, 'documentId') ?? ''}\u0000${o.id}`;

interface Link extends CoverageLink {
  areaId: string;
  dutyTypeId: string;
}

function toLink(row: Row): Link {
  return {
    areaId: String(row.areaId),
    dutyTypeId: String(row.dutyTypeId),
    holderId: String(row.holderId),
    obligationId: String(row.obligationId),
    shared: row.shared === true,
    lead: row.lead === true,
  };
}

/** The duty type × area matrix: one catalogue query plus one batched node lookup. */
export class CompareService {
  /**
   * The comparisons this request asked for, by their input: a service lives
   * for one request (services.ts), so aliases of the same comparison (15 of
   * them fit the cost rule) share one computation, as DataLoader shares a
   * node read, instead of building the same matrix 15 times.
   */
  private readonly asked = new Map<string, Promise<ComparisonData>>();

  constructor(private readonly deps: ServiceDeps) {}

  compare(input: CompareInput): Promise<ComparisonData> {
    const key = JSON.stringify([
      input.areaIds,
      input.asOf ?? null,
      input.codes,
      input.categories,
      input.includeUncarried,
    ]);
    let answer = this.asked.get(key);
    if (!answer) {
      answer = this.kept(input);
      this.asked.set(key, answer);
    }
    return answer;
  }

  /**
   * The matrix from the process-wide graph cache `compare-matrices` (valid
   * until the next write; on the embedded store), else built: on the national
   * set building it was most of compareAreas' CPU per request (issue 12
   * point 6), and the explorer asks the same comparison page after page.
   * The key holds the date the answer is for (`asOf`, else today).
   */
  private async kept(input: CompareInput): Promise<ComparisonData> {
    throwIfStopped();
    const key = JSON.stringify([
      input.areaIds,
      input.asOf ?? today(),
      input.codes,
      input.categories,
      input.includeUncarried,
    ]);
    const matrices = graphCache<ComparisonData>(this.deps.store, 'compare-matrices');
    try {
      return await matrices.fetch(key, () => this.build(input));
    } catch (error) {
      // a build shared with a request that was stopped ends with that request's
      // REQUEST_TIMEOUT: this request, still running, builds its own
      if (error instanceof RequestTimeoutError && !currentBudget()?.signal.aborted) {
        return this.build(input);
      }
      throw error;
    }
  }

  private async build(input: CompareInput): Promise<ComparisonData> {
    const { areaIds, asOf } = input;
    if (areaIds.length < MIN_AREAS || areaIds.length > MAX_AREAS) {
      throw new BadUserInputError(
        `"areaIds" must name ${MIN_AREAS} to ${MAX_AREAS} areas; got ${areaIds.length}.`,
      );
    }
    const dupe = areaIds.find((id, i) => areaIds.indexOf(id) !== i);
    if (dupe) throw new BadUserInputError(`"areaIds" names "${dupe}" twice; name each area once.`);

    const rows = await this.obligationRows(areaIds);
    await checkpoint();
    const links = rows
      .filter(
        (r) => isCurrent(r.validFrom, r.validTo, asOf) && isCurrent(r.linkFrom, r.linkTo, asOf),
      )
      .map(toLink);
    const uncarried = input.includeUncarried ? taxonomyDutyTypes() : [];
    const ids = new Set<string>(uncarried.map((t) => t.id));
    for (const l of links) ids.add(l.dutyTypeId).add(l.holderId).add(l.obligationId);
    // One batched lookup for the columns and every node of the cells.
    const nodes = new Map<string, NodeRecord>();
    const found = await this.deps.loaders.nodes([...areaIds, ...ids]);
    for (const record of [...uncarried, ...found]) nodes.set(record.id, record);
    const unknown = areaIds.filter((id) => nodes.get(id)?.label !== 'Area');
    if (unknown.length > 0) throw new NotFoundError('area', unknown);
    await checkpoint();

    const codes = input.codes ? new Set(input.codes) : null;
    const categories = input.categories ? new Set(input.categories) : null;
    const dutyTypes = [...ids]
      .map((id) => nodes.get(id))
      .filter((n): n is NodeRecord => n?.label === 'DutyType')
      .filter((t) => !codes || codes.has(codeOf(t)))
      .filter((t) => !categories || categories.has(categoryOf(t)))
      .map((t) => ({ t, category: categoryOf(t), code: codeOf(t) }))
      .sort((a, b) => cmp(a.category, b.category) || cmp(a.code, b.code))
      .map(({ t }) => t);

    // Links by cell, each cell's by holder (one pass; a cell's links were
    // once gathered by copying the list on every link, and each holder's by
    // filtering the cell's list: quadratic in a busy cell).
    const byCell = new Map<string, Map<string, Link[]>>();
    for (const l of links) {
      const key = `${l.areaId}\u0000${l.dutyTypeId}`;
      let holders = byCell.get(key);
      if (!holders) byCell.set(key, (holders = new Map()));
      const mine = holders.get(l.holderId);
      if (mine) mine.push(l);
      else holders.set(l.holderId, [l]);
    }
    const orderKeys = new Map<string, string>();
    const orderKey = (o: NodeRecord): string => {
      let key = orderKeys.get(o.id);
      if (key === undefined) orderKeys.set(o.id, (key = documentThenId(o)));
      return key;
    };
    const cell = (areaId: string, dutyType: NodeRecord) =>
      this.cell(areaId, dutyType, byCell.get(`${areaId}\u0000${dutyType.id}`), nodes, orderKey);

    // The matrix in bounded slices: a 20-area comparison is thousands of
    // cells; the event loop serves other requests between slices, and a
    // stopped request ends here (slices.ts).
    return {
      asOf: asOf ?? today(),
      areas: areaIds.map((id) => nodes.get(id) as NodeRecord),
      rows: await mapInSlices(dutyTypes, (dutyType) => ({
        dutyType,
        cells: areaIds.map((areaId) => cell(areaId, dutyType)),
      })),
    };
  }

  /**
   * The rows of compare-obligations.cypher for the areas, ordered as it orders
   * them (by area first): per area, from the process-wide cache on the
   * embedded store (valid until the next write), else in one query.
   */
  private async obligationRows(areaIds: string[]): Promise<Row[]> {
    const { store } = this.deps;
    const sorted = [...areaIds].sort(cmp);
    const perArea = await graphCache<Row[]>(store, 'compare-obligations').many(
      sorted,
      async (missing) => {
        const rows = await store.read(COMPARE_OBLIGATIONS.with({ areaIds: missing }));
        const byArea = new Map<string, Row[]>(missing.map((id) => [id, []]));
        for (const row of rows) byArea.get(String(row.areaId))?.push(row);
        return missing.map((id) => byArea.get(id) as Row[]);
      },
    );
    return perArea.flat();
  }

  private cell(
    areaId: string,
    dutyType: NodeRecord,
    byHolder: Map<string, Link[]> | undefined,
    nodes: Map<string, NodeRecord>,
    orderKey: (o: NodeRecord) => string,
  ): CellData {
    if (!byHolder) return { areaId, dutyType, status: coverageStatus([]), holders: [] };
    const holderIds = [...byHolder.keys()].sort(cmp);
    const holders = holderIds.flatMap((holderId) => {
      const holder = nodes.get(holderId);
      if (!holder) return [];
      const mine = byHolder.get(holderId) as Link[];
      const obligations = mine
        .map((l) => nodes.get(l.obligationId))
        .filter((o): o is NodeRecord => o?.label === 'Obligation')
        .sort((a, b) => cmp(orderKey(a), orderKey(b)));
      return [{ holder, lead: mine.some((l) => l.lead), obligations }];
    });
    return { areaId, dutyType, status: coverageStatus([...byHolder.values()].flat()), holders };
  }
}
