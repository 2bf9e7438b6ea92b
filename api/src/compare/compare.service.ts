import { badInput } from '../graph/input.ts';
import { toNode } from '../graph/node.map.ts';
import type { Node } from '../graph/node.interface.ts';
import { Area, DutyType, Obligation } from '../graph/node.types.ts';
import { sharedRecords } from '../graph/shared-records.ts';
import { isCurrent, today, compareIds as cmp } from '@accgraph/schema';
import { byDocumentThenId } from '../obligations/obligation.service.ts';
import type { ServiceDeps } from '../services.ts';
import { cypher, type Row } from '../store/index.ts';
import { AreaComparison, CoverageCell, CoverageHolder, CoverageRow } from './compare.type.ts';
import { coverageStatus, type CoverageLink } from './coverage.ts';
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

  async compare(input: CompareInput): Promise<AreaComparison> {
    const { areaIds, asOf } = input;
    if (areaIds.length < MIN_AREAS || areaIds.length > MAX_AREAS) {
      throw badInput(
        `"areaIds" must name ${MIN_AREAS} to ${MAX_AREAS} areas; got ${areaIds.length}.`,
      );
    }
    const dupe = areaIds.find((id, i) => areaIds.indexOf(id) !== i);
    if (dupe) throw badInput(`"areaIds" names "${dupe}" twice; name each area once.`);

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
    const nodes = new Map<string, Node>();
    const found = await this.deps.loaders.nodes([...areaIds, ...ids]);
    for (const record of [...uncarried, ...found]) nodes.set(record.id, toNode(record));
    const unknown = areaIds.filter((id) => !(nodes.get(id) instanceof Area));
    if (unknown.length > 0) throw badInput(`Unknown area id(s): ${unknown.join(', ')}.`);

    const dutyTypes = [...ids]
      .map((id) => nodes.get(id))
      .filter((n): n is DutyType => n instanceof DutyType)
      .filter((t) => !input.codes || input.codes.includes(t.code))
      .filter((t) => !input.categories || input.categories.includes(t.category ?? ''))
      .sort((a, b) => cmp(a.category ?? '', b.category ?? '') || cmp(a.code, b.code));

    const byCell = new Map<string, Link[]>();
    for (const l of links) {
      const key = `${l.areaId}\u0000${l.dutyTypeId}`;
      byCell.set(key, [...(byCell.get(key) ?? []), l]);
    }
    const cell = (areaId: string, dutyType: DutyType) =>
      this.cell(areaId, dutyType, byCell.get(`${areaId}\u0000${dutyType.id}`) ?? [], nodes);

    return Object.assign(new AreaComparison(), {
      asOf: asOf ?? today(),
      areas: areaIds.map((id) => nodes.get(id) as Area),
      rows: dutyTypes.map((dutyType) =>
        Object.assign(new CoverageRow(), {
          dutyType,
          cells: areaIds.map((areaId) => cell(areaId, dutyType)),
        }),
      ),
    });
  }

  /**
   * The rows of compare-obligations.cypher for the areas, ordered as it orders
   * them (by area first): per area, from the process-wide cache on the
   * embedded store (valid until the next write), else in one query.
   */
  private async obligationRows(areaIds: string[]): Promise<Row[]> {
    const { store } = this.deps;
    const sorted = [...areaIds].sort(cmp);
    const perArea = await sharedRecords<Row[]>(store, 'compare-obligations').get(
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
    dutyType: DutyType,
    links: Link[],
    nodes: Map<string, Node>,
  ): CoverageCell {
    const holderIds = [...new Set(links.map((l) => l.holderId))].sort(cmp);
    const holders = holderIds.flatMap((holderId) => {
      const holder = nodes.get(holderId);
      if (!holder) return [];
      const mine = links.filter((l) => l.holderId === holderId);
      const obligations = mine
        .map((l) => nodes.get(l.obligationId))
        .filter((o): o is Obligation => o instanceof Obligation)
        .sort(byDocumentThenId);
      return [
        Object.assign(new CoverageHolder(), {
          holder,
          lead: mine.some((l) => l.lead),
          obligations,
        }),
      ];
    });
    return Object.assign(new CoverageCell(), {
      areaId,
      dutyType,
      status: coverageStatus(links),
      holders,
    });
  }
}
