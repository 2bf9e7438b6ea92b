import type { Tx } from '../store/types.ts';
import {
  type CanonicalGraph,
  type CanonicalNode,
  type CanonicalRelationship,
  evidenceToProps,
  NODE_LABELS,
  type NodeLabel,
  RELATIONSHIP_TYPES,
  RESERVED_KEYS,
  type RelationshipType,
  type PropertyValue,
} from '@accgraph/schema';
import {
  DELETE_STALE_NODES,
  DELETE_STALE_RELATIONSHIPS,
  SET_AREA_PROVENANCE,
  SET_AREA_SEED_HASH,
  SET_AREA_SHARED_NODES,
  UPSERT_NODES,
  UPSERT_RELATIONSHIPS,
} from './graph.queries.ts';
import { EvidenceRejectedError, graphEvidenceProblems } from './graph.evidence.ts';
import { type DocumentTextInput, writeDocumentText } from '../documents/texts.ts';

/** Rows per UNWIND statement. */
export const BATCH_SIZE = 1000;

export interface WriteGraphOptions {
  /**
   * Areas this graph replaces: their nodes (by `areaId`) and relationships
   * (by `areaId`, or derived ones by their start node's) that the graph does
   * not hold are deleted first, so a reload removes stale facts.
   */
  replaceAreas?: readonly string[];
  /** `areaId -> hash` of the seed each area came from, set on its Area node. */
  seedHashes?: Readonly<Record<string, string>>;
  /**
   * Document texts written with the graph (the bundled sources a load reads,
   * the `sources` an import carries): its evidence is checked against these,
   * else against the texts already stored.
   */
  texts?: readonly DocumentTextInput[];
  /** How the graph's areas reached the store, recorded on each of its Area nodes. */
  provenance?: AreaProvenanceInput;
  /**
   * Contract and benchmark fixtures with made-up quotes ONLY: skips the
   * evidence check. Every product write path checks (decision 0022).
   */
  uncheckedEvidence?: 'test-fixture';
}

/** bundled: the bundled area files; imported: `seed import`; edited: a change through the API. */
export type AreaProvenanceKind = 'bundled' | 'imported' | 'edited';

export interface AreaProvenanceInput {
  kind: AreaProvenanceKind;
  /** ISO timestamp (default: now). */
  at?: string;
  /** Who made the change, where known (an account's display name or id). */
  by?: string | null;
}

export interface WriteGraphCounts {
  nodes: number;
  relationships: number;
  deletedNodes: number;
  deletedRelationships: number;
}

function refuseReserved(owner: { id: string; properties: Record<string, PropertyValue> }): void {
  for (const key of Object.keys(owner.properties)) {
    if (RESERVED_KEYS.includes(key)) {
      throw new Error(`${owner.id}: property "${key}" is reserved (store-managed).`);
    }
  }
}

function storedProps(owner: {
  id: string;
  properties: Record<string, PropertyValue>;
  evidence: CanonicalNode['evidence'];
}): Record<string, PropertyValue> {
  refuseReserved(owner);
  return { ...owner.properties, id: owner.id, ...evidenceToProps(owner.evidence) };
}

function labelOf(node: CanonicalNode): NodeLabel {
  const [label, ...rest] = node.labels;
  if (!label || rest.length > 0 || !NODE_LABELS.includes(label)) {
    throw new Error(`${node.id}: expected exactly one label of ${NODE_LABELS.join(', ')}.`);
  }
  return label;
}

function typeOf(rel: CanonicalRelationship): RelationshipType {
  if (!RELATIONSHIP_TYPES.includes(rel.type)) {
    throw new Error(`${rel.id}: unknown relationship type "${String(rel.type)}".`);
  }
  return rel.type;
}

function groupBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH_SIZE) yield items.slice(i, i + BATCH_SIZE);
}

async function countOf(rows: Promise<Record<string, unknown>[]>): Promise<number> {
  return Number((await rows)[0]?.count ?? 0);
}

/**
 * Writes a canonical graph in the caller's transaction: checks every quote
 * and section against its document's text (`texts`, else the stored texts;
 * an EvidenceRejectedError before anything is written), stores `texts`,
 * deletes what is stale in `replaceAreas`, upserts nodes (one fixed statement
 * per label) and then relationships (one per type), in batches, and records
 * `provenance`. Idempotent (Neo4j may retry it). Throws when a relationship's
 * endpoint exists neither in the graph nor in the store.
 */
export async function writeGraph(
  tx: Tx,
  graph: CanonicalGraph,
  options: WriteGraphOptions = {},
): Promise<WriteGraphCounts> {
  const counts: WriteGraphCounts = {
    nodes: 0,
    relationships: 0,
    deletedNodes: 0,
    deletedRelationships: 0,
  };
  const nodesByLabel = groupBy(graph.nodes, labelOf);
  const relsByType = groupBy(graph.relationships, typeOf);
  graph.nodes.forEach(refuseReserved);
  graph.relationships.forEach(refuseReserved);
  if (options.uncheckedEvidence !== 'test-fixture') {
    const problems = await graphEvidenceProblems(tx, graph, options.texts);
    if (problems.length > 0)
      throw new EvidenceRejectedError(problems, `area(s) ${graph.areas.join(', ') || '(none)'}`);
  }
  for (const text of options.texts ?? []) await writeDocumentText(tx, text);
  const areas = [...(options.replaceAreas ?? [])];
  if (areas.length > 0) {
    const keepRels = graph.relationships.map((r) => r.id);
    const keepNodes = graph.nodes.map((n) => n.id);
    counts.deletedRelationships = await countOf(
      tx.run(DELETE_STALE_RELATIONSHIPS.with({ areas, keepIds: keepRels })),
    );
    counts.deletedNodes = await countOf(
      tx.run(DELETE_STALE_NODES.with({ areas, keepIds: keepNodes })),
    );
  }
  for (const [label, nodes] of nodesByLabel) {
    for (const batch of batches(nodes)) {
      const rows = batch.map((n) => ({ id: n.id, props: storedProps(n) }));
      counts.nodes += await countOf(tx.run(UPSERT_NODES[label].with({ rows })));
    }
  }
  for (const [type, rels] of relsByType) {
    for (const batch of batches(rels)) {
      const rows = batch.map((r) => ({ id: r.id, from: r.from, to: r.to, props: storedProps(r) }));
      const written = await countOf(tx.run(UPSERT_RELATIONSHIPS[type].with({ rows })));
      if (written !== rows.length) throw danglingError(type, batch, graph);
      counts.relationships += written;
    }
  }
  // The shared nodes no relationship of this graph reaches, recorded on each of its
  // Area nodes: an export finds the others through relationships (readGraph).
  const reached = new Set(graph.relationships.flatMap((r) => [r.from, r.to]));
  const unreached = graph.nodes
    .filter((n) => n.properties.areaId === undefined && labelOf(n) !== 'Area' && !reached.has(n.id))
    .map((n) => n.id)
    .sort();
  for (const areaId of graph.areas) {
    await tx.run(SET_AREA_SHARED_NODES.with({ areaId, ids: unreached.length ? unreached : null }));
  }
  for (const [areaId, seedHash] of Object.entries(options.seedHashes ?? {})) {
    await tx.run(SET_AREA_SEED_HASH.with({ areaId, seedHash }));
  }
  if (options.provenance) {
    const { kind, at = new Date().toISOString(), by = null } = options.provenance;
    for (const areaId of graph.areas)
      await tx.run(SET_AREA_PROVENANCE.with({ areaId, provenance: kind, at, by }));
  }
  return counts;
}

function danglingError(
  type: RelationshipType,
  batch: readonly CanonicalRelationship[],
  graph: CanonicalGraph,
): Error {
  const known = new Set(graph.nodes.map((n) => n.id));
  const suspects = batch
    .filter((r) => !known.has(r.from) || !known.has(r.to))
    .slice(0, 5)
    .map((r) => r.id);
  return new Error(
    `Some ${type} relationships refer to nodes that exist neither in the graph nor in the ` +
      `store${suspects.length ? `, e.g. ${suspects.join(', ')}` : ''}.`,
  );
}
