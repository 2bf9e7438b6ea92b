import DataLoader from 'dataloader';
import { cypher, type Store } from '../store/index.ts';
import { Area, AreaGraph, Document, GraphEdge, GraphNode } from './area.type.ts';

const LIST_AREAS = cypher(import.meta.url, './list-areas.cypher');
const AREA_BY_ID = cypher(import.meta.url, './area-by-id.cypher');
const AREA_DOCUMENTS = cypher(import.meta.url, './area-documents.cypher');
const AREA_AGENTS = cypher(import.meta.url, './area-agents.cypher');
const AREA_GRAPH_EDGES = cypher(import.meta.url, './area-graph-edges.cypher');
const AREA_GRAPH_NODES = cypher(import.meta.url, './area-graph-nodes.cypher');

/** Relationship types drawn between agents on the area canvas. */
export const DRAWN_RELATIONSHIP_TYPES = [
  'MEMBER_OF',
  'CHAIRS',
  'SUBGROUP_OF',
  'HOLDS_TO_ACCOUNT',
  'ACCOUNTABLE_TO',
  'REPORTS_TO',
  'CONSULTS',
  'ADVISES',
  'INFORMS',
  'ESCALATES_TO',
  'SUPPORTS',
  'SUCCEEDED_BY',
  'POST_OF',
  'HOLDS_POST',
] as const;

const AGENT_LABELS = new Set(['Body', 'Post', 'Organisation', 'Person']);

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function toDocument(row: Record<string, unknown>): Document {
  const effectiveFrom = str(row.effectiveFrom);
  const year = effectiveFrom ? Number(effectiveFrom.slice(0, 4)) : NaN;
  return Object.assign(new Document(), {
    id: String(row.id),
    title: String(row.title ?? ''),
    status: str(row.status),
    effectiveFrom,
    year: Number.isInteger(year) ? year : null,
  });
}

/** Areas, their documents and their drawable graph. One instance per request. */
export class AreaService {
  private readonly documentsByArea: DataLoader<string, Document[]>;

  constructor(private readonly store: Store) {
    this.documentsByArea = new DataLoader(async (areaIds) => {
      const rows = await this.store.read(AREA_DOCUMENTS.with({ areaIds: [...areaIds] }));
      const byArea = new Map<string, Document[]>(areaIds.map((id) => [id, []]));
      for (const row of rows) byArea.get(String(row.areaId))?.push(toDocument(row));
      return areaIds.map((id) => byArea.get(id) ?? []);
    });
  }

  async list(): Promise<Area[]> {
    const rows = await this.store.read(LIST_AREAS.with({}));
    return rows.map((row) => Object.assign(new Area(), { id: row.id, name: row.name }));
  }

  async byId(id: string): Promise<Area | null> {
    const [row] = await this.store.read(AREA_BY_ID.with({ id }));
    return row ? Object.assign(new Area(), { id: row.id, name: row.name }) : null;
  }

  documents(areaId: string): Promise<Document[]> {
    return this.documentsByArea.load(areaId);
  }

  /** The area's agents and the relationships between them, both ordered by id. */
  async graph(areaId: string): Promise<AreaGraph> {
    const [agentRows, edgeRows] = await Promise.all([
      this.store.read(AREA_AGENTS.with({ areaId })),
      this.store.read(AREA_GRAPH_EDGES.with({ areaId, types: [...DRAWN_RELATIONSHIP_TYPES] })),
    ]);
    const ids = new Set(agentRows.map((row) => String(row.id)));
    for (const row of edgeRows) {
      ids.add(String(row.source));
      ids.add(String(row.target));
    }
    const nodeRows = await this.store.read(AREA_GRAPH_NODES.with({ ids: [...ids].sort() }));
    const nodes = nodeRows.flatMap((row) => {
      const labels = Array.isArray(row.labels) ? row.labels.map(String) : [];
      const label = labels.find((l) => AGENT_LABELS.has(l));
      if (!label) return [];
      return [
        Object.assign(new GraphNode(), {
          id: String(row.id),
          label,
          name: String(row.name ?? row.id),
          kind: str(row.kind),
          function: str(row.function),
        }),
      ];
    });
    const drawn = new Set(nodes.map((n) => n.id));
    const edges = edgeRows
      .filter((row) => drawn.has(String(row.source)) && drawn.has(String(row.target)))
      .map((row) =>
        Object.assign(new GraphEdge(), {
          id: String(row.id),
          type: String(row.type),
          source: String(row.source),
          target: String(row.target),
          documentId: str(row.documentId),
        }),
      );
    return Object.assign(new AreaGraph(), { nodes, edges });
  }
}
