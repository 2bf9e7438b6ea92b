import {
  AGENT_RELATIONSHIP_TYPES,
  type RelationshipType,
  basisOf,
  isCurrent,
} from '@accgraph/schema';
import DataLoader from 'dataloader';
import { graphCache } from '../cache.ts';
import type { NodeRecord } from '../graph/records.ts';
import type { ServiceDeps } from '../services.ts';
import { cypher } from '../store/index.ts';
import type { AreaGraphData } from './area.model.ts';

const LIST_AREAS = cypher(import.meta.url, './list-areas.cypher');
const AREA_DOCUMENTS = cypher(import.meta.url, './area-documents.cypher');
const AREA_AGENTS = cypher(import.meta.url, './area-agents.cypher');
const AREA_GRAPH_EDGES = cypher(import.meta.url, './area-graph-edges.cypher');

/** Relationship types drawn between agents on the area canvas. */
export const DRAWN_RELATIONSHIP_TYPES = AGENT_RELATIONSHIP_TYPES;

const DRAWN = new Set<string>(DRAWN_RELATIONSHIP_TYPES);
/** Drawn types plus HAS_OBLIGATION: a holder of a current obligation is present. */
const PRESENCE_TYPES: readonly RelationshipType[] = [...DRAWN_RELATIONSHIP_TYPES, 'HAS_OBLIGATION'];
const AGENT_LABELS = new Set(['Body', 'Post', 'Organisation', 'Person']);

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

interface AgentRow {
  areaId: string;
  id: string;
}

interface EdgeRow {
  areaId: string;
  id: string;
  type: string;
  source: string;
  target: string;
  documentId: string | null;
  validFrom: string | null;
  validTo: string | null;
  interpretation: string | null;
}

/** Rows of several areas, split per area in the order asked. */
function byArea<T extends { areaId: string }>(areaIds: readonly string[], rows: T[]): T[][] {
  const groups = new Map<string, T[]>(areaIds.map((id) => [id, []]));
  for (const row of rows) groups.get(row.areaId)?.push(row);
  return areaIds.map((id) => groups.get(id) ?? []);
}

/** Areas, their documents and their drawable graph, as plain records. One instance per request. */
export class AreaService {
  private readonly documentIdsByArea: DataLoader<string, string[]>;
  private readonly agentsByArea: DataLoader<string, AgentRow[]>;
  private readonly edgesByArea: DataLoader<string, EdgeRow[]>;

  constructor(private readonly deps: ServiceDeps) {
    const { store } = deps;
    // kept per area until the next write (graph cache `areas`): the picker lists every area's
    // documents, which would otherwise read every document of the store on each request; and
    // the area's agents and drawable relationships of every period, which the canvas filters
    // by date on each request
    const kept = graphCache<AgentRow[] | EdgeRow[]>(store, 'areas');
    const perArea =
      <T extends AgentRow | EdgeRow>(prefix: string, read: (areaIds: string[]) => Promise<T[]>) =>
      (areaIds: readonly string[]) =>
        kept.many(
          areaIds.map((id) => prefix + id),
          async (missing) =>
            byArea(
              missing.map((key) => key.slice(prefix.length)),
              await read(missing.map((key) => key.slice(prefix.length))),
            ),
        ) as Promise<T[][]>;
    // a document row is an area's id and the document's (oldest first, as the query orders them)
    const documents = perArea<AgentRow>('documents\u0000', async (areaIds) => {
      const rows = await store.read(AREA_DOCUMENTS.with({ areaIds }));
      return rows.map((r) => ({ areaId: String(r.areaId), id: String(r.id) }));
    });
    this.documentIdsByArea = new DataLoader(async (areaIds) =>
      (await documents(areaIds)).map((rows) => rows.map((r) => r.id)),
    );
    this.agentsByArea = new DataLoader(
      perArea<AgentRow>('agents\u0000', async (areaIds) => {
        const rows = await store.read(AREA_AGENTS.with({ areaIds }));
        return rows.map((r) => ({ areaId: String(r.areaId), id: String(r.id) }));
      }),
    );
    this.edgesByArea = new DataLoader(
      perArea<EdgeRow>('edges\u0000', async (areaIds) => {
        const rows = await store.read(
          AREA_GRAPH_EDGES.with({ areaIds, types: [...PRESENCE_TYPES] }),
        );
        return rows.map((r) => ({
          areaId: String(r.areaId),
          id: String(r.id),
          type: String(r.type),
          source: String(r.source),
          target: String(r.target),
          documentId: str(r.documentId),
          validFrom: str(r.validFrom),
          validTo: str(r.validTo),
          interpretation: str(r.interpretation),
        }));
      }),
    );
  }

  /** Every area, ordered by id. */
  async list(): Promise<NodeRecord[]> {
    const { store } = this.deps;
    const ids = await graphCache<string[]>(store, 'areas').fetch('list', async () =>
      (await store.read(LIST_AREAS.with({}))).map((row) => String(row.id)),
    );
    const records = await this.deps.loaders.nodes(ids);
    return records.filter((r) => r.label === 'Area');
  }

  /**
   * `build()`'s value, kept until the next write (graph cache `areas`, key
   * `listing`): the picker's whole list of areas (area/listing.ts).
   */
  listing<T>(build: () => Promise<T>): Promise<T> {
    return graphCache<T>(this.deps.store, 'areas').fetch('listing', build);
  }

  /** The area with this id, or null (no node, or not an area). */
  async byId(id: string): Promise<NodeRecord | null> {
    const record = await this.deps.loaders.node.load(id);
    return record?.label === 'Area' ? record : null;
  }

  /** The area's documents, oldest first. */
  async documents(areaId: string): Promise<NodeRecord[]> {
    const ids = await this.documentIdsByArea.load(areaId);
    const records = await this.deps.loaders.nodes(ids);
    return records.filter((r) => r.label === 'Document');
  }

  /**
   * The area's agents and the relationships between them, both ordered by id.
   * With `asOf` (null = every period): only relationships current then, and
   * only the agents that take part in a current relationship or obligation, or in none at all.
   */
  async graph(areaId: string, asOf: string | null): Promise<AreaGraphData> {
    // kept until the next write (graph cache `area-graphs`, issue 12 point 6)
    return graphCache<AreaGraphData>(this.deps.store, 'area-graphs').fetch(
      JSON.stringify([areaId, asOf]),
      async () => {
        const [agents, allEdges] = await Promise.all([
          this.agentsByArea.load(areaId),
          this.edgesByArea.load(areaId),
        ]);
        return this.build(agents, allEdges, asOf);
      },
    );
  }

  private async build(
    agents: readonly AgentRow[],
    allEdges: readonly EdgeRow[],
    asOf: string | null,
  ): Promise<AreaGraphData> {
    const current = allEdges.filter(
      (e) => asOf === null || isCurrent(e.validFrom, e.validTo, asOf),
    );
    const drawnEdges = current.filter((e) => DRAWN.has(e.type));
    const ids = new Set<string>();
    // an agent that takes part in no relationship of any period (a body added with its passage,
    // not yet tied to anything) belongs to no period: it is drawn at every date
    const tied = new Set(allEdges.flatMap((e) => [e.source, e.target]));
    for (const a of agents) if (asOf === null || !tied.has(a.id)) ids.add(a.id);
    for (const e of current) {
      if (DRAWN.has(e.type)) ids.add(e.source).add(e.target);
      else ids.add(e.source); // the holder of a current obligation
    }
    const records = await this.deps.loaders.nodes([...ids].sort());
    const nodes = records
      .filter((r) => AGENT_LABELS.has(r.label))
      .map((r) => ({
        id: r.id,
        label: r.label,
        name: typeof r.props.name === 'string' ? r.props.name : r.id,
        kind: str(r.props.kind),
        function: str(r.props.function),
      }));
    const drawn = new Set(nodes.map((n) => n.id));
    const edges = drawnEdges
      .filter((e) => drawn.has(e.source) && drawn.has(e.target))
      .map((e) => ({
        id: e.id,
        type: e.type,
        source: e.source,
        target: e.target,
        documentId: e.documentId,
        ...basisOf({ interpretation: e.interpretation }),
      }));
    return { nodes, edges };
  }
}
