import DataLoader from 'dataloader';
import { toNode } from '../graph/node.map.ts';
import { Area, Document } from '../graph/node.types.ts';
import type { ServiceDeps } from '../services.ts';
import { cypher } from '../store/index.ts';
import { AreaGraph, GraphEdge, GraphNode } from './area.type.ts';

const LIST_AREAS = cypher(import.meta.url, './list-areas.cypher');
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

/** Areas, their documents and their drawable graph. One instance per request. */
export class AreaService {
  private readonly documentIdsByArea: DataLoader<string, string[]>;

  constructor(private readonly deps: ServiceDeps) {
    this.documentIdsByArea = new DataLoader(async (areaIds) => {
      const rows = await deps.store.read(AREA_DOCUMENTS.with({ areaIds: [...areaIds] }));
      const byArea = new Map<string, string[]>(areaIds.map((id) => [id, []]));
      for (const row of rows) byArea.get(String(row.areaId))?.push(String(row.id));
      return areaIds.map((id) => byArea.get(id) ?? []);
    });
  }

  /** Every area, ordered by id. */
  async list(): Promise<Area[]> {
    const rows = await this.deps.store.read(LIST_AREAS.with({}));
    const records = await this.deps.loaders.nodes(rows.map((row) => String(row.id)));
    return records.map(toNode).filter((n): n is Area => n instanceof Area);
  }

  async byId(id: string): Promise<Area | null> {
    const record = await this.deps.loaders.node.load(id);
    const node = record ? toNode(record) : null;
    return node instanceof Area ? node : null;
  }

  /** The area's documents, oldest first. */
  async documents(areaId: string): Promise<Document[]> {
    const ids = await this.documentIdsByArea.load(areaId);
    const records = await this.deps.loaders.nodes(ids);
    return records.map(toNode).filter((n): n is Document => n instanceof Document);
  }

  /** The area's agents and the relationships between them, both ordered by id. */
  async graph(areaId: string): Promise<AreaGraph> {
    const { store } = this.deps;
    const [agentRows, edgeRows] = await Promise.all([
      store.read(AREA_AGENTS.with({ areaId })),
      store.read(AREA_GRAPH_EDGES.with({ areaId, types: [...DRAWN_RELATIONSHIP_TYPES] })),
    ]);
    const ids = new Set(agentRows.map((row) => String(row.id)));
    for (const row of edgeRows) {
      ids.add(String(row.source));
      ids.add(String(row.target));
    }
    const nodeRows = await store.read(AREA_GRAPH_NODES.with({ ids: [...ids].sort() }));
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
