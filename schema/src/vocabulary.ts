/** Closed vocabularies of docs/data-model.md, shared by the schema and the compiler. */

export const BODY_KINDS = [
  'safeguarding-children-board',
  'safeguarding-adults-board',
  'childrens-trust',
  'safeguarding-partnership',
  'partnership-board',
  'strategic-partnership-group',
  'health-and-wellbeing-board',
  'community-safety-partnership',
  'sub-group',
  'panel',
  'forum',
  'programme',
  'business-support',
  'national-body',
  'other',
] as const;

export const BODY_FUNCTIONS = [
  'scrutiny',
  'delivery',
  'strategy',
  'assurance',
  'coordination',
  'advisory',
  'learning',
  'voice',
  'not-stated',
] as const;

export const STATUTORY = ['statutory', 'non-statutory', 'not-stated'] as const;

export const ORGANISATION_KINDS = [
  'local-authority',
  'police',
  'ccg',
  'icb',
  'health-provider',
  'education',
  'voluntary',
  'inspectorate',
  'national-body',
  'other',
] as const;

export const POST_KINDS = [
  'dcs',
  'lead-member',
  'independent-chair',
  'chair',
  'chief-executive',
  'chief-constable',
  'dass',
  'director-public-health',
  'board-manager',
  'training-manager',
  'lay-member',
  'young-person-member',
  'other',
] as const;

export const DOCUMENT_KINDS = [
  'protocol',
  'plan',
  'working-arrangements',
  'governance-model',
] as const;
export const DOCUMENT_STATUSES = ['final', 'draft', 'not-stated'] as const;
export const DATE_KINDS = [
  'dated',
  'signed',
  'approved',
  'review-due',
  'as-at',
  'issued',
  'year',
] as const;
/**
 * What a document-level fact is (docs/data-model.md, "Document facts"): one of
 * the document's dates, one of its notes (what is missing, blank or
 * ambiguous), a statement of what it replaces, or its stated aim (`aim`, in
 * the document's words: "The aim of this protocol is ..."). Each carries its
 * own quotes.
 */
export const DOCUMENT_FACT_CATEGORIES = ['date', 'note', 'replaces', 'aim'] as const;
export type DocumentFactCategory = (typeof DOCUMENT_FACT_CATEGORIES)[number];

export const NOTE_KINDS = [
  'lost-figure',
  'lost-table',
  'ambiguity',
  'blank-field',
  'draft',
  'other',
] as const;

export const MODALITIES = [
  'must',
  'shall',
  'will',
  'should',
  'may',
  'responsible',
  'expected',
  'intends',
] as const;
export const DEADLINE_UNITS = ['days', 'working-days', 'weeks', 'months', 'years'] as const;

export const MEMBER_CAPACITIES = [
  'member',
  'core-member',
  'full-member',
  'nominated-deputy',
  'invited',
  'as-needed',
  'lay-member',
  'young-person',
  'representative',
] as const;
export const HOLD_MODES = [
  'challenge',
  'call-to-account',
  'scrutiny',
  'oversight',
  'assurance',
  'reciprocal',
] as const;
export const ACCOUNTABLE_MODES = [
  'political',
  'professional',
  'democratic',
  'non-executive',
  'organisational',
] as const;

export const NODE_DECLARABLE_LABELS = ['Body', 'Organisation', 'Post', 'Person'] as const;
export type DeclarableLabel = (typeof NODE_DECLARABLE_LABELS)[number];

/** The part a post or person plays in chairing a body (CHAIRS `role`; absent: chair). */
export const CHAIR_ROLES = ['chair', 'co-chair', 'vice-chair'] as const;
