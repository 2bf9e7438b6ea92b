/**
 * A draft under review (decision 0025): the reader's proposals as items the
 * reviewer accepts, edits or rejects, with the document's headings so a fact
 * added by selecting text gets its section. Stored as JSON on a
 * `:ReviewDraft` node; the document's text stays on its `:Upload`.
 */
import type { Heading } from '../uploads/index.ts';

export const REVIEW_STATES = ['PROPOSED', 'ACCEPTED', 'REJECTED'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface DraftEvidence {
  quote: string;
  section: string;
  start: number;
  end: number;
}

interface ItemBase {
  /** Stable within the draft: `n3`, `r12`, `o4`. */
  key: string;
  state: ReviewState;
  /**
   * The reader's rule and confidence, and its reason when the reading goes
   * beyond the words (published as basis INTERPRETED); null for a fact the
   * reviewer added.
   */
  proposal: { rule: string; confidence: number; interpretation?: string } | null;
  /** True once the reviewer changed what the reader proposed. */
  edited: boolean;
  evidence: DraftEvidence[];
}

export interface NodeItem extends ItemBase {
  id: string;
  /** A Person (a name the document gives: signature blocks, lists of names) has no kind. */
  label: 'Body' | 'Post' | 'Organisation' | 'Person';
  name: string;
  aliases: string[];
  /** Its kind in the label's vocabulary; '' for a Person. */
  kind: string;
}

export interface RelationshipItem extends ItemBase {
  type: string;
  from: string;
  to: string;
  props: Record<string, string | number | boolean>;
}

export interface ObligationItem extends ItemBase {
  id: string;
  holders: string[];
  text: string;
  modality: string;
  dutyTypes: string[];
  shared: boolean;
  cadence?: string;
  deadline?: { value: number; unit: string; anchor?: string };
}

/**
 * A fact about the document itself (docs/data-model.md "Document facts"): a
 * date (dated, signed, review-due, ...), a note, what it replaces, or its
 * stated aim, each with the quote that states it. Added by selecting text.
 */
export interface FactItem extends ItemBase {
  category: 'date' | 'note' | 'replaces' | 'aim';
  kind: string;
  /** The ISO date, the note, or (replaces, aim) the document's words: the quote. */
  value: string;
}

export interface DraftBody {
  area: { id: string; name: string; localAuthority: string };
  document: { id: string; source: string; title: string; kind: string; effectiveFrom: string };
  headings: Heading[];
  nodes: NodeItem[];
  relationships: RelationshipItem[];
  obligations: ObligationItem[];
  /** Document facts (absent in drafts made before they could be added). */
  facts?: FactItem[];
  /** The next number for a key. */
  nextKey: number;
}

export type DraftStatus = 'OPEN' | 'PUBLISHED';

export interface DraftRecord {
  id: string;
  areaId: string;
  year: string;
  uploadId: string;
  status: DraftStatus;
  /** Increases by one with every change: a stale revision is refused. */
  revision: number;
  body: DraftBody;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export const titleCase = (id: string) =>
  id
    .split('-')
    .map((w) => (w[0] ?? '').toUpperCase() + w.slice(1))
    .join(' ');

export function documentKind(title: string): string {
  const t = title.toLowerCase();
  if (/working arrangements/.test(t)) return 'working-arrangements';
  if (/\bplan\b/.test(t)) return 'plan';
  if (/governance/.test(t)) return 'governance-model';
  return 'protocol';
}

export type AnyItem = NodeItem | RelationshipItem | ObligationItem | FactItem;

/** Every item of the draft with its list. */
export function itemsOf(
  body: DraftBody,
): { list: 'nodes' | 'relationships' | 'obligations' | 'facts'; item: AnyItem }[] {
  return [
    ...body.nodes.map((item) => ({ list: 'nodes' as const, item })),
    ...body.relationships.map((item) => ({ list: 'relationships' as const, item })),
    ...body.obligations.map((item) => ({ list: 'obligations' as const, item })),
    ...(body.facts ?? []).map((item) => ({ list: 'facts' as const, item })),
  ];
}
