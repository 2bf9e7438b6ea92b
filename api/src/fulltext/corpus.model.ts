import type { Evidence } from '@accgraph/schema';

/** A document of the store, with what ask and full-text search need of it. */
export interface CorpusDocument {
  id: string;
  areaId: string;
  areaName: string;
  title: string;
  kind: string | null;
  status: string | null;
  version: string | null;
  year: number | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  supersededBy: string | null;
  /** Current today (no later document of the area has taken over). */
  current: boolean;
  dates: { kind: string; date: string }[];
  notes: { kind: string; text: string }[];
  evidence: Evidence[];
  /** The source text (null when not bundled: then quotes stand in for it). */
  text: string | null;
}

/** A node with its name and aliases pulled out. */
export interface CorpusNode {
  id: string;
  label: string;
  name: string;
  aliases: string[];
  kind: string | null;
  areaId: string | null;
  props: Record<string, unknown>;
  evidence: Evidence[];
  /** Documents that state anything about the node (its evidence and its relationships). */
  documents: Set<string>;
}

export interface CorpusRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
  documentId: string | null;
  props: Record<string, unknown>;
  evidence: Evidence[];
}

/**
 * Everything `ask` and `searchText` read, held in memory per store: the
 * canonical graph of every area (the export reader, so both stores give the
 * same corpus), the source texts, and the full-text index over them.
 */
export interface Corpus {
  areas: Map<string, string>;
  documents: Map<string, CorpusDocument>;
  nodes: Map<string, CorpusNode>;
  relationships: CorpusRelationship[];
  outgoing: Map<string, CorpusRelationship[]>;
  incoming: Map<string, CorpusRelationship[]>;
  /** Relationships by the document that states them, and by type. */
  byDocument: Map<string, CorpusRelationship[]>;
  byType: Map<string, CorpusRelationship[]>;
  /** Nodes each document states something about. */
  documentNodes: Map<string, CorpusNode[]>;
  index: TextIndex;
}

/** What a passage is: a sentence or bullet of the text, a quote (no text bundled), a note or a date. */
export type PassageKind = 'TEXT' | 'QUOTE' | 'NOTE' | 'DATE';

export interface Passage {
  /** Its place in its area's passages (from 0). */
  id: number;
  kind: PassageKind;
  documentId: string;
  areaId: string;
  section: string;
  /** Offsets into the document's text (for notes: of their first quote; -1 when none). */
  start: number;
  end: number;
  text: string;
}

export interface TextHit {
  passage: Passage;
  score: number;
  /** Matched words, as offsets into `passage.text`. */
  highlights: { start: number; end: number }[];
}

export interface TextQuery {
  query: string;
  areaId?: string | null;
  documentId?: string | null;
  limit: number;
}

export interface TextIndex {
  size: number;
  /** The passages of one document, in order. */
  ofDocument(documentId: string): Passage[];
  search(query: TextQuery): TextHit[];
}
