import { createHash } from 'node:crypto';
import type {
  CanonicalGraph,
  CanonicalNode,
  CanonicalRelationship,
  PropertyValue,
} from './graph.ts';
import { compareIds } from './order.ts';

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort(compareIds)) out[key] = record[key] as T;
  return out;
}

function canonicalProperties(
  properties: Record<string, PropertyValue>,
): Record<string, PropertyValue> {
  return sortKeys(properties);
}

/**
 * The canonical form: areas, nodes and relationships sorted by id, property
 * keys sorted, evidence kept in its (document) order.
 */
export function canonicaliseGraph(graph: CanonicalGraph): CanonicalGraph {
  const nodes: CanonicalNode[] = graph.nodes
    .map((n) => ({ ...n, properties: canonicalProperties(n.properties) }))
    .sort((a, b) => compareIds(a.id, b.id));
  const relationships: CanonicalRelationship[] = graph.relationships
    .map((r) => ({ ...r, properties: canonicalProperties(r.properties) }))
    .sort((a, b) => compareIds(a.id, b.id));
  return {
    format: 'accgraph-export/1',
    areas: [...new Set(graph.areas)].sort(compareIds),
    nodes,
    relationships,
    ...(graph.sources
      ? { sources: [...graph.sources].sort((a, b) => compareIds(a.documentId, b.documentId)) }
      : {}),
  };
}

function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(record).sort(compareIds)) out[key] = sortedDeep(record[key]);
    return out;
  }
  return value;
}

/**
 * Stable JSON of a graph: canonicalised, every object's keys sorted, two-space
 * indentation and a final newline. An import of an export re-exports
 * byte-identically.
 */
export function serialiseGraph(graph: CanonicalGraph): string {
  return `${JSON.stringify(sortedDeep(canonicaliseGraph(graph)), null, 2)}\n`;
}

/**
 * The hash to record for a seed: SHA-256 (hex) of a canonical graph's
 * serialisation, or of the given text (e.g. the area files' contents).
 */
export function areaSeedHash(seed: CanonicalGraph | string): string {
  const text = typeof seed === 'string' ? seed : serialiseGraph(seed);
  return createHash('sha256').update(text).digest('hex');
}
