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
