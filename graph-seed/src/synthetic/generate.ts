import {
  type CanonicalGraph,
  type CanonicalNode,
  canonicaliseGraph,
  loadTaxonomy,
} from '@accgraph/schema';
import { DEFAULT_PATHS } from '../paths.ts';
import { generateArea } from './area.ts';
import type { DutyCatalogue } from './obligations.ts';

export interface SyntheticOptions {
  /** Number of areas (default 152, the number of English local authorities with children's services). */
  areas?: number;
  /** Seed of the pseudo-random generator (default 1). */
  seed?: number;
  /** schema/taxonomy (duty types and provisions). */
  taxonomyDir?: string;
}

export interface SyntheticDataSet {
  /** Canonical graph of all synthetic areas plus the taxonomy nodes they use. */
  graph: CanonicalGraph;
  /** documentId -> synthetic source text. */
  sources: Record<string, string>;
}

export const DEFAULT_AREAS = 152;

/**
 * The synthetic national data set: `areas` areas (`synthetic-001` ...), each
 * drawn from its own stream of `seed`, so the same options give byte-identical
 * output and the first N areas do not depend on how many follow.
 */
export function generateSynthetic(options: SyntheticOptions = {}): SyntheticDataSet {
  const areas = options.areas ?? DEFAULT_AREAS;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(areas) || areas < 1 || areas > 999)
    throw new Error('areas must be an integer from 1 to 999');
  if (!Number.isInteger(seed)) throw new Error('seed must be an integer');
  const taxonomy = loadTaxonomy(options.taxonomyDir ?? DEFAULT_PATHS.taxonomyDir);
  const taxonomyNodes = new Map<string, CanonicalNode>();
  const catalogue: DutyCatalogue = { duties: new Map(), provisions: new Map() };
  for (const [code, entry] of taxonomy.dutyTypes) {
    catalogue.duties.set(code, {
      label: String(entry.properties.label),
      category: String(entry.properties.category),
    });
    taxonomyNodes.set(entry.id, {
      id: entry.id,
      labels: ['DutyType'],
      properties: { ...entry.properties },
      evidence: [],
    });
  }
  for (const [id, entry] of taxonomy.provisions ?? []) {
    catalogue.provisions.set(id, String(entry.properties.title ?? id));
    taxonomyNodes.set(id, {
      id,
      labels: ['StatutoryProvision'],
      properties: { ...entry.properties },
      evidence: [],
    });
  }
  const external = new Set(taxonomyNodes.keys());
  const nodes: CanonicalNode[] = [];
  const relationships: CanonicalGraph['relationships'] = [];
  const sources: Record<string, string> = {};
  const used = new Set<string>();
  const areaIds: string[] = [];
  for (let i = 0; i < areas; i++) {
    const area = generateArea(seed, i, catalogue, external);
    areaIds.push(area.areaId);
    nodes.push(...area.graph.nodes.values());
    relationships.push(...area.graph.relationships.values());
    Object.assign(sources, area.sources);
    for (const id of area.graph.usedExternal) used.add(id);
  }
  for (const id of used) nodes.push(taxonomyNodes.get(id) as CanonicalNode);
  return {
    graph: canonicaliseGraph({ format: 'accgraph-export/1', areas: areaIds, nodes, relationships }),
    sources,
  };
}

/** Nodes per label and relationships per type, plus totals. */
export function countGraph(graph: CanonicalGraph): {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
} {
  const byLabel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (const n of graph.nodes) byLabel[n.labels[0]] = (byLabel[n.labels[0]] ?? 0) + 1;
  for (const r of graph.relationships) byType[r.type] = (byType[r.type] ?? 0) + 1;
  return { nodes: graph.nodes.length, relationships: graph.relationships.length, byLabel, byType };
}
