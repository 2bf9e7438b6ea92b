import type { LawApplied } from './law.ts';
import type { RelationshipType } from '@accgraph/schema';
import type { FactRelationship } from './facts.ts';

export const SEVERITIES = ['info', 'low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type FindingStatus = 'open' | 'accepted-risk';

/** What a rule stands on: a statute, statutory guidance or the document's own commitment. */
export interface Basis {
  kind: 'statute' | 'guidance' | 'document-commitment';
  provision: string | null;
  citation: string | null;
  quote: string | null;
  note: string | null;
}

/** One rule of schema/rules/rules.yaml. */
export interface RuleDefinition {
  id: string;
  title: string;
  rationale: string;
  basis: Basis[];
  severity: Severity;
  parameters: Record<string, { default: unknown; description: string }>;
  module: string;
}

/**
 * Evidence by reference: the quotes of one node or relationship (all of them,
 * or the one at `index`). Findings cite the records whose quotes establish
 * them; evidence.ts reads the quotes with their places when a client asks.
 */
export interface Citation {
  /** The node or relationship id. */
  id: string;
  /** A relationship's start node (relationships are found from it); null for a node. */
  from: string | null;
  /** One quote of the record (stored order), or null for all of them. */
  index: number | null;
}

/** A subject relationship of a finding, by reference. */
export interface RelationshipRef {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
}

/** What a rule returns for one finding; the engine adds id, area, severity and status. */
export interface FindingDraft {
  /** Ids that make the finding unique within its rule and document (stable). */
  key: string[];
  /** One sentence a strategic lead understands, naming the bodies and posts. */
  message: string;
  /** Subject nodes (ids), in a meaningful order. */
  nodeIds: string[];
  /** Subject relationships. */
  relationships: readonly FactRelationship[];
  /** The records whose quotes establish the finding. */
  evidence: Citation[];
  /** Extra bases (taxonomy provisions) beyond the rule's own. */
  basis?: Basis[];
  /** The document's declared mitigation, when it names one: the finding becomes an accepted risk. */
  mitigation?: Citation | null;
  /** A lower severity for this finding (documented per rule). */
  severity?: Severity;
}

/** A finding: a rule's flag on an area's statements at a date, with its evidence. */
export interface Finding {
  id: string;
  ruleId: string;
  areaId: string;
  documentId: string;
  asOf: string;
  /** The law the statements were judged by (law.ts). */
  law: LawApplied;
  severity: Severity;
  status: FindingStatus;
  message: string;
  /** Subject node ids, in the order the rule names them (each once). */
  nodeIds: string[];
  /** Subject relationships, each once, ordered by id. */
  relationships: RelationshipRef[];
  /** What establishes it; resolved to quotes of `documentId` only, in document order. */
  evidence: Citation[];
  basis: Basis[];
  mitigation: Citation | null;
}

export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);
