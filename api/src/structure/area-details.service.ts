import DataLoader from 'dataloader';
import { AreaService } from '../area/area.service.ts';
import { paginate, type ConnectionValue, type PageArgs } from '../graph/connection.ts';
import { firstDay, isCurrent, today } from '@accgraph/schema';
import { str, type NodeRecord } from '../graph/records.ts';
import type { ServiceDeps } from '../services.ts';
import { cypher, type Row } from '../store/index.ts';
import type { AreaCountsData } from './structure.model.ts';

const AREA_AGENTS = cypher(import.meta.url, './area-agents.cypher');
const DOCUMENT_MENTIONS = cypher(import.meta.url, './document-mentions.cypher');
const OBLIGATION_PERIODS = cypher(import.meta.url, './area-obligation-periods.cypher');
const RELATIONSHIP_PERIODS = cypher(import.meta.url, './area-relationship-periods.cypher');

export type AgentLabel = 'Body' | 'Post' | 'Organisation' | 'Person';

type AgentRow = {
  areaId: string;
  id: string;
  label: AgentLabel;
  name: string;
  validFrom: unknown;
  validTo: unknown;
};

export interface AreaNodesFilter {
  asOf?: string | null;
  documentId?: string | null;
}

function byArea<T extends Record<string, unknown>>(areaIds: readonly string[], rows: T[]): T[][] {
  const groups = new Map<string, T[]>(areaIds.map((id) => [id, []]));
  for (const row of rows) groups.get(String(row.areaId))?.push(row);
  return areaIds.map((id) => groups.get(id) ?? []);
}

/** Sums `count` over the period rows current at `asOf`. */
function countCurrent(rows: Row[], asOf: string): number {
  return rows
    .filter((row) => isCurrent(row.validFrom, row.validTo, asOf))
    .reduce((sum, row) => sum + Number(row.count ?? 0), 0);
}

/** Bodies, posts, organisations, persons and counts of an area (one batched query per kind of fact). */
export class AreaDetailsService {
  private readonly agents: DataLoader<string, AgentRow[]>;
  private readonly obligationPeriods: DataLoader<string, Row[]>;
  private readonly relationshipPeriods: DataLoader<string, Row[]>;
  private readonly mentions = new Map<string, Promise<Set<string>>>();
  private readonly areas: AreaService;

  constructor(private readonly deps: ServiceDeps) {
    const { store } = deps;
    this.areas = deps.services.get(AreaService);
    this.agents = new DataLoader(async (areaIds) => {
      const rows = await store.read(AREA_AGENTS.with({ areaIds: [...areaIds] }));
      const agents = rows.map((row) => ({
        areaId: String(row.areaId),
        id: String(row.id),
        label: String(row.label) as AgentLabel,
        name: String(row.name ?? row.id),
        validFrom: row.validFrom,
        validTo: row.validTo,
      }));
      return byArea(areaIds, agents);
    });
    this.obligationPeriods = new DataLoader(async (areaIds) =>
      byArea(areaIds, await store.read(OBLIGATION_PERIODS.with({ areaIds: [...areaIds] }))),
    );
    this.relationshipPeriods = new DataLoader(async (areaIds) =>
      byArea(areaIds, await store.read(RELATIONSHIP_PERIODS.with({ areaIds: [...areaIds] }))),
    );
  }

  /** Ids of the area's nodes that a document's statements touch (cached per request). */
  private mentionedBy(areaId: string, documentId: string): Promise<Set<string>> {
    const key = `${areaId}\n${documentId}`;
    let found = this.mentions.get(key);
    if (!found) {
      found = this.deps.store
        .read(DOCUMENT_MENTIONS.with({ areaId, documentId }))
        .then((rows) => new Set(rows.map((row) => String(row.id))));
      this.mentions.set(key, found);
    }
    return found;
  }

  /** The area's nodes of one label, current at asOf (and mentioned by documentId), by name then id. */
  private async rows(areaId: string, label: AgentLabel, filter: AreaNodesFilter) {
    const all = await this.agents.load(areaId);
    const asOf = filter.asOf ?? undefined;
    let rows = all.filter((r) => r.label === label && isCurrent(r.validFrom, r.validTo, asOf));
    if (filter.documentId) {
      const mentioned = await this.mentionedBy(areaId, filter.documentId);
      rows = rows.filter((r) => mentioned.has(r.id));
    }
    return rows.sort((a, b) =>
      a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1,
    );
  }

  /** One page of the area's node records of one label; only the page's nodes are loaded. */
  async page(
    areaId: string,
    label: AgentLabel,
    args: AreaNodesFilter & PageArgs,
  ): Promise<ConnectionValue<NodeRecord>> {
    const page = paginate(await this.rows(areaId, label, args), args, (r) => r.id);
    const records = await this.deps.loaders.nodes(page.edges.map((e) => e.node.id));
    const nodes = new Map(records.map((r) => [r.id, r]));
    const edges = page.edges.flatMap((e) => {
      const node = nodes.get(e.node.id);
      return node ? [{ cursor: e.cursor, node }] : [];
    });
    return { ...page, edges };
  }

  async counts(areaId: string, asOfArg?: string | null): Promise<AreaCountsData> {
    const asOf = firstDay(asOfArg ?? today());
    const [agents, obligations, relationships, documents] = await Promise.all([
      this.agents.load(areaId),
      this.obligationPeriods.load(areaId),
      this.relationshipPeriods.load(areaId),
      this.areas.documents(areaId),
    ]);
    const current = agents.filter((r) => isCurrent(r.validFrom, r.validTo, asOf));
    const count = (label: AgentLabel) => current.filter((r) => r.label === label).length;
    return {
      asOf,
      documents: documents.filter((d) => isCurrent(str(d.props, 'effectiveFrom'), null, asOf))
        .length,
      bodies: count('Body'),
      posts: count('Post'),
      organisations: count('Organisation'),
      persons: count('Person'),
      obligations: countCurrent(obligations, asOf),
      relationships: countCurrent(relationships, asOf),
    };
  }
}
