import type { Evidence } from '../canonical/index.ts';
import type { NodeRecord, RelationshipRecord } from '../graph/records.ts';

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

/** What a rule returns for one finding; the engine adds id, area, severity and status. */
export interface FindingDraft {
  /** Ids that make the finding unique within its rule and document (stable). */
  key: string[];
  /** One sentence a strategic lead understands, naming the bodies and posts. */
  message: string;
  /** Subject nodes (ids), in a meaningful order. */
  nodeIds: string[];
  /** Subject relationships. */
  relationships: RelationshipRecord[];
  /** The quotes that establish the finding. */
  evidence: Evidence[];
  /** Extra bases (taxonomy provisions) beyond the rule's own. */
  basis?: Basis[];
  /** The document's declared mitigation, when it names one: the finding becomes an accepted risk. */
  mitigation?: Evidence | null;
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
  severity: Severity;
  status: FindingStatus;
  message: string;
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  evidence: Evidence[];
  basis: Basis[];
  mitigation: Evidence | null;
}

export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);
