import type { Row, Tx } from '../store/types.ts';
import {
  type CanonicalGraph,
  type CanonicalNode,
  type CanonicalRelationship,
  type CanonicalSource,
  canonicaliseGraph,
  evidenceFromProps,
  NODE_LABELS,
  type NodeLabel,
  type PropertyValue,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  RESERVED_KEYS,
} from '@accgraph/schema';
import { READ_AREA_NODES, READ_AREA_RELATIONSHIPS, READ_NODES_BY_ID } from './graph.queries.ts';
import { citedDocuments } from './graph.evidence.ts';
import { readDocumentTexts } from '../documents/texts.ts';

export interface ReadGraphOptions {
  areas: readonly string[];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** Properties without the store-managed keys (id, seedHash, evidence lists). */
function canonicalProperties(props: Record<string, unknown>): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(props)) {
    if (RESERVED_KEYS.includes(key) || value === null || value === undefined) continue;
    out[key] = value as PropertyValue;
  }
  return out;
}

export function toNode(row: Row): CanonicalNode {
  const id = String(row.id);
  const labels = Array.isArray(row.labels) ? row.labels.map(String) : [];
  const label = labels.find((l): l is NodeLabel => (NODE_LABELS as readonly string[]).includes(l));
  if (!label) throw new Error(`Node ${id} has no domain label (labels: ${labels.join(', ')}).`);
  const props = record(row.props);
  return {
    id,
    labels: [label],
    properties: canonicalProperties(props),
    evidence: evidenceFromProps(props, id),
  };
}

function toRelationship(row: Row): CanonicalRelationship {
  const id = String(row.id);
  const type = String(row.type) as RelationshipType;
  if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`Relationship ${id} has type ${type}.`);
  const props = record(row.props);
  return {
    id,
    type,
    from: String(row.from),
    to: String(row.to),
    properties: canonicalProperties(props),
    evidence: evidenceFromProps(props, id),
  };
}

/**
 * Reads the canonical graph of `areas` in the caller's transaction: their
 * nodes, their relationships, the taxonomy / national nodes those
 * relationships reach, and the shared nodes each area's graph held that no
 * relationship reaches (its Area node's `sharedNodeIds`, writeGraph). Canonicalised (sorted ids and keys, evidence in stored
 * order), so `serialiseGraph(readGraph(...))` is stable.
 */
export async function readGraph(tx: Tx, { areas }: ReadGraphOptions): Promise<CanonicalGraph> {
  const params = { areas: [...areas] };
  const rows = await tx.run(READ_AREA_NODES.with(params));
  const nodes = rows.map(toNode);
  const relationships = (await tx.run(READ_AREA_RELATIONSHIPS.with(params))).map(toRelationship);
  const have = new Set(nodes.map((n) => n.id));
  const missing = new Set<string>();
  // the shared nodes each area's graph held that no relationship reaches (writeGraph)
  for (const row of rows) {
    const shared = record(row.props).sharedNodeIds;
    if (Array.isArray(shared))
      for (const id of shared) if (!have.has(String(id))) missing.add(String(id));
  }
  for (const r of relationships) {
    for (const id of [r.from, r.to]) if (!have.has(id)) missing.add(id);
  }
  if (missing.size > 0) {
    const ids = [...missing].sort();
    nodes.push(...(await tx.run(READ_NODES_BY_ID.with({ ids }))).map(toNode));
  }
  return canonicaliseGraph({
    format: 'accgraph-export/1',
    areas: [...areas],
    nodes,
    relationships,
  });
}

/**
 * `readGraph` plus the stored texts of the documents the graph holds or its
 * evidence cites, as `sources` (decision 0022): an export that an import into
 * an empty store can verify. A document without a stored text is left out.
 */
export async function readGraphWithSources(
  tx: Tx,
  options: ReadGraphOptions,
): Promise<CanonicalGraph> {
  const graph = await readGraph(tx, options);
  const ids = new Set(citedDocuments(graph));
  for (const n of graph.nodes) if (n.labels[0] === 'Document') ids.add(n.id);
  const texts = await readDocumentTexts(tx, [...ids].sort());
  const sources: CanonicalSource[] = [...texts.values()].map((t) => ({
    documentId: t.documentId,
    sourceFile: t.sourceFile,
    sha256: t.sha256,
    text: t.text,
  }));
  return canonicaliseGraph({ ...graph, sources });
}
