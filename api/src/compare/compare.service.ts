import { BadUserInputError, NotFoundError } from '../errors.ts';
import { graphCache } from '../cache.ts';
import { isCurrent, today, compareIds as cmp, dutyCodeOf } from '@accgraph/schema';
import { str, type NodeRecord } from '../graph/records.ts';
import type { ServiceDeps } from '../services.ts';
import { cypher, type Row } from '../store/index.ts';
import { coverageStatus, type CoverageLink, type CoverageStatusValue } from './coverage.ts';
import { taxonomyDutyTypes } from './taxonomy-codes.ts';

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
  constructor(private readonly deps: ServiceDeps) {}

  async compare(input: CompareInput): Promise<ComparisonData> {
    const { areaIds, asOf } = input;
    if (areaIds.length < MIN_AREAS || areaIds.length > MAX_AREAS) {
      throw new BadUserInputError(
        `"areaIds" must name ${MIN_AREAS} to ${MAX_AREAS} areas; got ${areaIds.length}.`,
      );
    }
    const dupe = areaIds.find((id, i) => areaIds.indexOf(id) !== i);
    if (dupe) throw new BadUserInputError(`"areaIds" names "${dupe}" twice; name each area once.`);

    const rows = await this.obligationRows(areaIds);
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

    const dutyTypes = [...ids]
      .map((id) => nodes.get(id))
      .filter((n): n is NodeRecord => n?.label === 'DutyType')
      .filter((t) => !input.codes || input.codes.includes(codeOf(t)))
      .filter((t) => !input.categories || input.categories.includes(categoryOf(t)))
      .sort((a, b) => cmp(categoryOf(a), categoryOf(b)) || cmp(codeOf(a), codeOf(b)));

    const byCell = new Map<string, Link[]>();
    for (const l of links) {
      const key = `${l.areaId}\u0000${l.dutyTypeId}`;
      byCell.set(key, [...(byCell.get(key) ?? []), l]);
    }
    const cell = (areaId: string, dutyType: NodeRecord) =>
      this.cell(areaId, dutyType, byCell.get(`${areaId}\u0000${dutyType.id}`) ?? [], nodes);

    return {
      asOf: asOf ?? today(),
      areas: areaIds.map((id) => nodes.get(id) as NodeRecord),
      rows: dutyTypes.map((dutyType) => ({
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
    links: Link[],
    nodes: Map<string, NodeRecord>,
  ): CellData {
    const holderIds = [...new Set(links.map((l) => l.holderId))].sort(cmp);
    const holders = holderIds.flatMap((holderId) => {
      const holder = nodes.get(holderId);
      if (!holder) return [];
      const mine = links.filter((l) => l.holderId === holderId);
      const obligations = mine
        .map((l) => nodes.get(l.obligationId))
        .filter((o): o is NodeRecord => o?.label === 'Obligation')
        .sort((a, b) => cmp(documentThenId(a), documentThenId(b)));
      return [{ holder, lead: mine.some((l) => l.lead), obligations }];
    });
    return { areaId, dutyType, status: coverageStatus(links), holders };
  }
}
