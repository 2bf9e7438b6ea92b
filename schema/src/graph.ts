/**
 * The canonical JSON form of (part of) the graph: what `npm run seed -- export`
 * writes, `import` reads, the API's `exportArea` returns and area files compile
 * to. See docs/data-model.md ("Canonical JSON").
 */

/** A property value the graph can hold on both stores. */
export type PropertyValue = string | number | boolean | string[] | number[];

export interface Evidence {
  /** Document id, e.g. `wiltshire/2014`. */
  documentId: string;
  /** Verbatim quote: `source.slice(start, end) === quote`. */
  quote: string;
  /** Section heading as it appears in the source, before the quote. */
  section: string;
  /** UTF-16 offsets (JS string indices) into the source text. */
  start: number;
  end: number;
}

/**
 * THE list of node labels: the TypeScript type, the store's upsert statements
 * (api/src/canonical/graph.queries.ts) and the validators derive from it.
 */
export const NODE_LABELS = [
  'Area',
  'Document',
  'Body',
  'Organisation',
  'Post',
  'Person',
  'Obligation',
  'DutyType',
  'StatutoryProvision',
] as const;

export type NodeLabel = (typeof NODE_LABELS)[number];

/**
 * THE list of relationship types, in data-model order (agent-to-agent ties
 * first, up to `HOLDS_POST`): the TypeScript type, the GraphQL enum
 * `RelationshipType`, the upsert statements and the validators derive from it.
 */
export const RELATIONSHIP_TYPES = [
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
  'DELEGATES_TO',
  'REPRESENTS',
  'COVERS',
  'POST_OF',
  'HOLDS_POST',
  'SIGNED',
  'HAS_OBLIGATION',
  'OF_TYPE',
  'BASED_ON',
  'DISCHARGED_THROUGH',
  'PART_OF',
  'GOVERNS',
  'SAFEGUARDING_PARTNER_OF',
] as const;

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const isNodeLabel = (value: unknown): value is NodeLabel =>
  (NODE_LABELS as readonly unknown[]).includes(value);

export const isRelationshipType = (value: unknown): value is RelationshipType =>
  (RELATIONSHIP_TYPES as readonly unknown[]).includes(value);

/**
 * The agent-to-agent relationship types: ties between bodies, posts,
 * organisations and persons (what the canvas draws and a neighbourhood walks).
 */
export const AGENT_RELATIONSHIP_TYPES: readonly RelationshipType[] = RELATIONSHIP_TYPES.slice(
  0,
  RELATIONSHIP_TYPES.indexOf('HOLDS_POST') + 1,
);

/**
 * Whether a fact is what the document says (`STATED`, the default) or our
 * reading beyond its words (`INTERPRETED`, with the written reason in
 * `interpretation`). Stored only when INTERPRETED: a fact without `basis` is
 * STATED (docs/data-model.md, "Basis"; decision 0026).
 */
export const BASES = ['STATED', 'INTERPRETED'] as const;
export type Basis = (typeof BASES)[number];

/** The basis of a node, relationship or obligation from its properties. */
export function basisOf(properties: Record<string, unknown>): {
  basis: Basis;
  interpretation: string | null;
} {
  const interpretation =
    typeof properties.interpretation === 'string' && properties.interpretation.trim() !== ''
      ? properties.interpretation
      : null;
  return properties.basis === 'INTERPRETED' || interpretation !== null
    ? { basis: 'INTERPRETED', interpretation }
    : { basis: 'STATED', interpretation: null };
}

export interface CanonicalNode {
  id: string;
  /** Exactly one domain label (the base label `Entity` is implicit). */
  labels: [NodeLabel];
  /** Everything but `id` and evidence; keys sorted on output. */
  properties: Record<string, PropertyValue>;
  evidence: Evidence[];
}

export interface CanonicalRelationship {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, PropertyValue>;
  evidence: Evidence[];
}

/**
 * The text of a document the graph cites, carried by an export so that an
 * import into a store without it can verify every quote (decision 0022).
 */
export interface CanonicalSource {
  documentId: string;
  /** The file the text came from (e.g. `graph-seed/sources/<file>`). */
  sourceFile: string;
  /** SHA-256 (hex) of the text's UTF-8 bytes. */
  sha256: string;
  text: string;
}

export interface CanonicalGraph {
  format: 'accgraph-export/1';
  /** Ids of the areas this graph fully describes. */
  areas: string[];
  nodes: CanonicalNode[];
  relationships: CanonicalRelationship[];
  /**
   * Optional: the texts of documents the graph cites (sorted by document id).
   * Not part of an area's seed hash; an export carries them.
   */
  sources?: CanonicalSource[];
}

/**
 * Evidence is stored as five parallel list properties (Neo4j cannot store a
 * list of maps; see docs/data-model.md), in the evidence's order.
 */
export const EVIDENCE_KEYS = [
  'evidenceDocuments',
  'evidenceQuotes',
  'evidenceSections',
  'evidenceStarts',
  'evidenceEnds',
] as const;

/**
 * Property names the store manages itself (the id, the seed hash of an Area,
 * the shared nodes an Area's graph holds, the evidence lists): a canonical
 * graph may not carry them as properties, and the API does not show them as
 * properties.
 */
export const RESERVED_KEYS: readonly string[] = [
  'id',
  'seedHash',
  'sharedNodeIds',
  // how an Area's content reached the store (decision 0022)
  'areaProvenance',
  'areaProvenanceAt',
  'areaProvenanceBy',
  ...EVIDENCE_KEYS,
];
