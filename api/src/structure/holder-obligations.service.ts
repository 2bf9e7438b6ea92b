import { paginate, type PageArgs } from '../graph/connection.ts';
import { badInput } from '../graph/input.ts';
import { NodeService } from '../graph/node.service.ts';
import { toNode } from '../graph/node.map.ts';
import { type Obligation } from '../graph/node.types.ts';
import { currentAt } from '../graph/temporal.ts';
import type { ServiceDeps } from '../services.ts';

const CODE = /^[A-Z][A-Z0-9_]{0,79}$/;
const MAX_CODES = 50;

/** Checks duty type codes ("ANNUAL_REPORT"); an empty or missing list means every type. */
export function assertDutyCodes(codes: readonly string[] | null | undefined): string[] {
  if (!codes) return [];
  if (codes.length > MAX_CODES) throw badInput(`"dutyTypes" may hold at most ${MAX_CODES} codes.`);
  for (const code of codes) {
    if (!CODE.test(code)) {
      throw badInput(
        `"dutyTypes" holds "${code}", which is not a duty type code (upper case, e.g. "ANNUAL_REPORT").`,
      );
    }
  }
  return [...codes];
}

/** The obligations a holder carries (HAS_OBLIGATION), through the request's loaders. */
export class HolderObligationsService {
  private readonly nodes: NodeService;

  constructor(private readonly deps: ServiceDeps) {
    this.nodes = new NodeService(deps);
  }

  /** Obligations current at asOf, of any of `dutyTypes` (codes), ordered by document then id. */
  async list(holderId: string, asOf: string | null | undefined, dutyTypes: string[]) {
    const links = await this.nodes.relationshipRecords(holderId, {
      types: ['HAS_OBLIGATION'],
      direction: 'OUT',
      asOf: asOf ?? undefined,
    });
    const ids = [...new Set(links.map((r) => r.to))];
    let records = (await this.deps.loaders.nodes(ids)).filter(
      (r) => r.label === 'Obligation' && currentAt(r.props, asOf ?? undefined),
    );
    if (dutyTypes.length > 0) {
      const wanted = new Set(dutyTypes.map((code) => `duty/${code}`));
      const outgoing = await this.deps.loaders.outgoing.loadMany(records.map((r) => r.id));
      records = records.filter((_, i) => {
        const rels = outgoing[i];
        return Array.isArray(rels) && rels.some((x) => x.type === 'OF_TYPE' && wanted.has(x.to));
      });
    }
    return records
      .map((r) => toNode(r) as Obligation)
      .sort((a, b) =>
        a.documentId !== b.documentId
          ? a.documentId < b.documentId
            ? -1
            : 1
          : a.id < b.id
            ? -1
            : a.id > b.id
              ? 1
              : 0,
      );
  }

  async page(
    holderId: string,
    asOf: string | null | undefined,
    dutyTypes: string[],
    args: PageArgs,
  ) {
    return paginate(await this.list(holderId, asOf, dutyTypes), args, (o) => o.id);
  }
}
