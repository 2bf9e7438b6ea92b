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

export type NodeLabel =
  | 'Area'
  | 'Document'
  | 'Body'
  | 'Organisation'
  | 'Post'
  | 'Person'
  | 'Obligation'
  | 'DutyType'
  | 'StatutoryProvision';

export const NODE_LABELS: readonly NodeLabel[] = [
  'Area',
  'Document',
  'Body',
  'Organisation',
  'Post',
  'Person',
  'Obligation',
  'DutyType',
  'StatutoryProvision',
];

export type RelationshipType =
  | 'MEMBER_OF'
  | 'CHAIRS'
  | 'SUBGROUP_OF'
  | 'HOLDS_TO_ACCOUNT'
  | 'ACCOUNTABLE_TO'
  | 'REPORTS_TO'
  | 'CONSULTS'
  | 'ADVISES'
  | 'INFORMS'
  | 'ESCALATES_TO'
  | 'SUPPORTS'
  | 'SUCCEEDED_BY'
  | 'POST_OF'
  | 'HOLDS_POST'
  | 'SIGNED'
  | 'HAS_OBLIGATION'
  | 'OF_TYPE'
  | 'BASED_ON'
  | 'DISCHARGED_THROUGH'
  | 'PART_OF'
  | 'GOVERNS';

export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
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
  'SIGNED',
  'HAS_OBLIGATION',
  'OF_TYPE',
  'BASED_ON',
  'DISCHARGED_THROUGH',
  'PART_OF',
  'GOVERNS',
];

/**
 * The agent-to-agent relationship types: ties between bodies, posts,
 * organisations and persons (what the canvas draws and a neighbourhood walks).
 */
export const AGENT_RELATIONSHIP_TYPES = RELATIONSHIP_TYPES.slice(
  0,
  RELATIONSHIP_TYPES.indexOf('HOLDS_POST') + 1,
) as readonly RelationshipType[];

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

export interface CanonicalGraph {
  format: 'accgraph-export/1';
  /** Ids of the areas this graph fully describes. */
  areas: string[];
  nodes: CanonicalNode[];
  relationships: CanonicalRelationship[];
}
