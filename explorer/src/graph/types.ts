/**
 * The shapes the explorer reads from the GraphQL API (`Area.graph`), kept
 * free of any framework so the graph logic can be tested without a browser.
 */

/** Node labels the API returns today; other labels are drawn generically. */
export type KnownNodeLabel = 'Body' | 'Post' | 'Organisation' | 'Person';

export interface ApiGraphNode {
  id: string;
  /** `Body`, `Post`, `Organisation` or `Person` (more may come). */
  label: string;
  name: string;
  kind?: string | null;
  /** Primary function of a body: scrutiny, delivery, strategy, assurance, ... */
  function?: string | null;
}

export interface ApiGraphEdge {
  id: string;
  /** Relationship type: MEMBER_OF, CHAIRS, HOLDS_TO_ACCOUNT, ... */
  type: string;
  source: string;
  target: string;
  documentId?: string | null;
}

export interface ApiAreaGraph {
  nodes: readonly ApiGraphNode[];
  edges: readonly ApiGraphEdge[];
}

export interface ApiDocumentSummary {
  id: string;
  title?: string;
  year?: number | null;
  status?: string | null;
}

export interface ApiAreaSummary {
  id: string;
  name: string;
  documents: readonly ApiDocumentSummary[];
}

export interface ApiDocumentRef {
  id: string;
  title: string;
}

/** A verbatim quote: `document.text.slice(start, end) === quote`. */
export interface ApiEvidence {
  documentId: string;
  quote: string;
  section: string;
  start: number;
  end: number;
  document?: ApiDocumentRef | null;
}

/** A document of an area, as the as-of switch needs it. */
export interface ApiAreaDocument {
  id: string;
  title: string;
  year?: number | null;
  status?: string | null;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
}

export interface ApiNodeRef {
  id: string;
  name?: string | null;
  __typename?: string;
}

export interface ApiRelationshipRef {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  documentId?: string | null;
  evidence: readonly ApiEvidence[];
  mode?: string | null;
  capacity?: string | null;
  artefact?: string | null;
  cadence?: string | null;
}

export interface ApiHop {
  kind: string;
  mode?: string | null;
  reversed: boolean;
  from: ApiNodeRef;
  to: ApiNodeRef;
  relationship: ApiRelationshipRef;
}

export interface ApiChain {
  length: number;
  truncated: boolean;
  end: ApiNodeRef;
  hops: readonly ApiHop[];
}

export interface ApiAccountability {
  subject: ApiNodeRef;
  direction: 'HOLDERS' | 'HELD';
  asOf: string;
  truncated: boolean;
  limited: boolean;
  chains: readonly ApiChain[];
}

export interface ApiDutyTypeRef {
  code: string;
  label: string;
}

export interface ApiObligation {
  id: string;
  text: string;
  modality?: string | null;
  documentId: string;
  dutyTypes: readonly ApiDutyTypeRef[];
  evidence: readonly ApiEvidence[];
}

export interface ApiObligationGroup {
  body: ApiNodeRef | null;
  via: readonly ApiRelationshipRef[];
  obligations: readonly ApiObligation[];
}

export interface ApiPostObligations {
  post: ApiNodeRef;
  asOf: string;
  groups: readonly ApiObligationGroup[];
}

export type Severity = 'INFO' | 'LOW' | 'MEDIUM' | 'HIGH';

export interface ApiFindingFlag {
  subjectId: string;
  subjectKind: string;
  count: number;
  highestSeverity: Severity;
  allAccepted: boolean;
  findingIds: readonly string[];
  ruleIds: readonly string[];
}

export interface ApiFinding {
  id: string;
  ruleId: string;
  areaId: string;
  documentId: string;
  asOf: string;
  severity: Severity;
  status: 'OPEN' | 'ACCEPTED_RISK';
  message: string;
  nodeIds: readonly string[];
  relationshipIds: readonly string[];
  evidence: readonly ApiEvidence[];
  mitigation?: ApiEvidence | null;
}

export interface ApiDiffRelationship {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  evidence?: readonly ApiEvidence[];
}

export interface ApiPropertyChange {
  property: string;
  before?: string | null;
  after?: string | null;
}

export interface ApiGovernanceDiff {
  bodies: {
    added: readonly { body: ApiNodeRef }[];
    removed: readonly { body: ApiNodeRef }[];
    unchanged: number;
  };
  relationships: {
    added: readonly ApiDiffRelationship[];
    removed: readonly ApiDiffRelationship[];
    changed: readonly {
      type: string;
      fromId: string;
      toId: string;
      before: ApiDiffRelationship;
      after: ApiDiffRelationship;
      changes: readonly ApiPropertyChange[];
    }[];
    unchanged: number;
  };
  obligations: {
    added: readonly { obligation: { id: string; text: string } }[];
    removed: readonly { obligation: { id: string; text: string } }[];
    changed: readonly unknown[];
    unchanged: number;
  };
}

export type CoverageStatus = 'NONE' | 'SINGLE' | 'SHARED' | 'LEAD' | 'MULTIPLE';

export interface ApiCoverageCell {
  areaId: string;
  status: CoverageStatus;
  holders: readonly {
    holder: ApiNodeRef;
    lead: boolean;
    obligations: readonly { id: string; text: string }[];
  }[];
}

export interface ApiAreaComparison {
  asOf: string;
  areas: readonly { id: string; name: string }[];
  rows: readonly {
    dutyType: { code: string; label: string; category?: string | null };
    cells: readonly ApiCoverageCell[];
  }[];
}
