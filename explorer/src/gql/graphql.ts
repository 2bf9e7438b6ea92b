/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** HOLDERS: who holds the subject to account, transitively (chains run from the subject up to its overseers). HELD: whom the subject holds to account (chains run down). */
export type AccountabilityDirection = 'HELD' | 'HOLDERS';

/** How a stated relationship reads as one overseer -> overseen hop (docs/accountability.md). */
export type AccountabilityHopKind =
  /** ACCOUNTABLE_TO a -> b: b oversees a, in the stated mode. */
  | 'ACCOUNTABLE_TO'
  /** HOLDS_TO_ACCOUNT a -> b: a oversees b, in the stated mode. */
  | 'HOLDS_TO_ACCOUNT'
  /** REPORTS_TO a -> b: b receives a's reports, so b oversees a. */
  | 'REPORTS_TO'
  /** SUBGROUP_OF a -> b: the parent body b oversees its sub-group a. */
  | 'SUBGROUP_OF'
  /** CHAIRS p -> body: whoever holds the chair p to account reaches the body through its chair. Never the outermost hop: a chair does not hold its own body to account. */
  | 'THROUGH_CHAIR';

/** A fact added from selected text: the quote is the text between start and end. */
export type AddDraftFactInput = {
  areaId: string;
  /** DOCUMENT_FACT: date, note, replaces or aim. */
  category?: string | null | undefined;
  draftId: string | number;
  /** Obligation duty type codes of the taxonomy (schema/taxonomy/duty-types.yaml). */
  dutyTypes?: Array<string> | null | undefined;
  end: number;
  /** DOCUMENT_FACT: the date kind (dated, signed, review-due, ...) or note kind; replaces and aim repeat the category. */
  factKind?: string | null | undefined;
  from?: string | null | undefined;
  holders?: Array<string> | null | undefined;
  kind: DraftFactKind;
  label?: string | null | undefined;
  modality?: string | null | undefined;
  name?: string | null | undefined;
  nodeKind?: string | null | undefined;
  /** Relationship properties as a JSON object, e.g. {"capacity":"member"}; checked against their vocabularies. */
  properties?: string | null | undefined;
  /** The draft revision you read (Draft.revision). If the draft has changed since, the change answers CONFLICT and saves nothing. */
  revision: number;
  start: number;
  to?: string | null | undefined;
  type?: string | null | undefined;
  /** A document fact: the date (YYYY-MM-DD, YYYY-MM or YYYY) or the note; replaces and aim take the quote. */
  value?: string | null | undefined;
};

/** A new body, post, organisation or person of the area. */
export type AddNodeInput = {
  aliases?: Array<string>;
  /** The area edited, e.g. "wiltshire". */
  areaId: string | number;
  basis?: Basis;
  /** Passages that name it. Passages selected in the stored document text; the server takes each quote from the text at the offsets and the section from the heading line before it. Required unless basis is INTERPRETED. */
  evidence?: Array<EvidenceSelectionInput>;
  /** The area version you read (AreaVersions.current). If the area has moved on since, the edit answers CONFLICT and writes nothing. */
  expectedVersion: number;
  /** Required when basis is INTERPRETED: the written reason for the reading. */
  interpretation?: string | null | undefined;
  /** Its kind (docs/data-model.md vocabularies). */
  kind?: string | null | undefined;
  /** Body, Post, Organisation or Person. */
  label: string;
  name: string;
  /** Why: kept in the audit trail with the change (required). */
  reason: string;
  /** Its id is <areaId>/<slug>. */
  slug: string;
  /** A body only: statutory, non-statutory or not-stated, as the document states it (statutory or non-statutory needs a passage that says so). */
  statutory?: string | null | undefined;
};

/** A new obligation stated by a document of the area. */
export type AddObligationInput = {
  /** The area edited, e.g. "wiltshire". */
  areaId: string | number;
  basis?: Basis;
  /** The document that states it. */
  documentId: string | number;
  /** Duty type codes of the taxonomy (schema/taxonomy/duty-types.yaml, e.g. ANNUAL_REPORT); a code outside it is BAD_USER_INPUT listing the allowed ones. */
  dutyTypes: Array<string>;
  /** Passages selected in the stored document text; the server takes each quote from the text at the offsets and the section from the heading line before it. Required unless basis is INTERPRETED. */
  evidence?: Array<EvidenceSelectionInput>;
  /** The area version you read (AreaVersions.current). If the area has moved on since, the edit answers CONFLICT and writes nothing. */
  expectedVersion: number;
  /** Who holds it. */
  holders: Array<string | number>;
  /** Required when basis is INTERPRETED: the written reason for the reading. */
  interpretation?: string | null | undefined;
  /** must, will, should, may, ... (docs/data-model.md). */
  modality: string;
  /** Why: kept in the audit trail with the change (required). */
  reason: string;
  /** Its id is <documentId>/<slug>. */
  slug: string;
  /** What must be done, in the document's words. */
  text: string;
};

/** A new relationship stated by a document of the area. */
export type AddRelationshipInput = {
  /** The area edited, e.g. "wiltshire". */
  areaId: string | number;
  basis?: Basis;
  /** The document that states it. */
  documentId: string | number;
  /** Passages selected in the stored document text; the server takes each quote from the text at the offsets and the section from the heading line before it. Required unless basis is INTERPRETED. */
  evidence?: Array<EvidenceSelectionInput>;
  /** The area version you read (AreaVersions.current). If the area has moved on since, the edit answers CONFLICT and writes nothing. */
  expectedVersion: number;
  from: string | number;
  /** Required when basis is INTERPRETED: the written reason for the reading. */
  interpretation?: string | null | undefined;
  /** A slug telling apart two statements of one tie in one document. */
  key?: string | null | undefined;
  /** Its properties as a JSON object (e.g. {"mode":"challenge"}), docs/data-model.md; capacity, mode and role are checked against their vocabularies. */
  properties?: string | null | undefined;
  /** Why: kept in the audit trail with the change (required). */
  reason: string;
  to: string | number;
  type: RelationshipType;
};

/** ANSWER: the documents say it (text and evidence). NOT_STATED: the document does not say it (the text says so and cites the note recorded about it, or nothing when the absence is all there is). NOT_UNDERSTOOD: no kind of question fits and no passage matches. AMBIGUOUS: a name or the document could mean several things; see alternatives. */
export type AnswerKind = 'AMBIGUOUS' | 'ANSWER' | 'NOT_STATED' | 'NOT_UNDERSTOOD';

/** What the question was understood to ask: HOLDERS (who holds X to account), HELD (whom X holds to account), CHAIN (the line between two bodies), POST_DUTIES (what a post carries across the bodies it sits on), BODY_DUTIES, REPORTING, ESCALATION, MEMBERS, CHAIRS, SUBGROUPS, STATUTORY_BASIS, DUTY_HOLDERS (who carries a kind of duty), JOINT_WORK (what two bodies do together), GAPS, DUPLICATION, CHANGES (between two documents), SUCCESSION, DOCUMENT_DATES, DOCUMENT_REVIEW, DOCUMENT_REPLACES, DOCUMENT_SIGNATORIES, DOCUMENT_STATUS, MISSING_CONTENT (a figure or table lost from the text), SEARCH (no kind fits: the best passages). */
export type AskIntent =
  | 'BODY_DUTIES'
  | 'CHAIN'
  | 'CHAIRS'
  | 'CHANGES'
  | 'DOCUMENT_DATES'
  | 'DOCUMENT_REPLACES'
  | 'DOCUMENT_REVIEW'
  | 'DOCUMENT_SIGNATORIES'
  | 'DOCUMENT_STATUS'
  | 'DUPLICATION'
  | 'DUTY_HOLDERS'
  | 'ESCALATION'
  | 'GAPS'
  | 'HELD'
  | 'HOLDERS'
  | 'JOINT_WORK'
  | 'MEMBERS'
  | 'MISSING_CONTENT'
  | 'POST_DUTIES'
  | 'REPORTING'
  | 'SEARCH'
  | 'STATUTORY_BASIS'
  | 'SUBGROUPS'
  | 'SUCCESSION';

/** STATED: the document says it (the default). INTERPRETED: our reading beyond its words; `interpretation` says why. */
export type Basis = 'INTERPRETED' | 'STATED';

/** A correction of an obligation: what is given replaces what it had. */
export type CorrectObligationInput = {
  /** The area edited, e.g. "wiltshire". */
  areaId: string | number;
  basis?: Basis | null | undefined;
  /** Replaces its duty types. Duty type codes of the taxonomy (schema/taxonomy/duty-types.yaml, e.g. ANNUAL_REPORT); a code outside it is BAD_USER_INPUT listing the allowed ones. */
  dutyTypes?: Array<string> | null | undefined;
  /** Passages selected in the stored document text; the server takes each quote from the text at the offsets and the section from the heading line before it. Required unless basis is INTERPRETED. */
  evidence?: Array<EvidenceSelectionInput> | null | undefined;
  /** The area version you read (AreaVersions.current). If the area has moved on since, the edit answers CONFLICT and writes nothing. */
  expectedVersion: number;
  id: string | number;
  /** Required when basis is INTERPRETED: the written reason for the reading. */
  interpretation?: string | null | undefined;
  modality?: string | null | undefined;
  /** Why: kept in the audit trail with the change (required). */
  reason: string;
  text?: string | null | undefined;
};

/** A correction of a relationship: what is given replaces what it had. */
export type CorrectRelationshipInput = {
  /** The area edited, e.g. "wiltshire". */
  areaId: string | number;
  basis?: Basis | null | undefined;
  /** Passages selected in the stored document text; the server takes each quote from the text at the offsets and the section from the heading line before it. Required unless basis is INTERPRETED. */
  evidence?: Array<EvidenceSelectionInput> | null | undefined;
  /** The area version you read (AreaVersions.current). If the area has moved on since, the edit answers CONFLICT and writes nothing. */
  expectedVersion: number;
  id: string | number;
  /** Required when basis is INTERPRETED: the written reason for the reading. */
  interpretation?: string | null | undefined;
  /** Its properties as a JSON object. */
  properties?: string | null | undefined;
  /** Why: kept in the audit trail with the change (required). */
  reason: string;
};

/** How one duty type is carried in one area at a date. Counted: the area's obligations current at the date (decision 0004) classified under the duty type, and their holders (HAS_OBLIGATION). With two or more holders, a holder is covered by a declaration when at least one of its obligations of this type is either shared (the document says its holders share it, and two or more holders carry it) or names a lead (the document says one of its holders leads on it). */
export type CoverageStatus =
  /** Two or more holders, every one covered by a declaration, and at least one obligation of this type names a lead. */
  | 'LEAD'
  /** Two or more holders and at least one of them is covered by no shared or lead declaration: potential duplication to check against the documents. */
  | 'MULTIPLE'
  /** No obligation of this type is current in the area. */
  | 'NONE'
  /** Two or more holders, every one covered by a shared obligation, and no obligation of this type names a lead. */
  | 'SHARED'
  /** Exactly one holder carries the duty (one or more obligations). */
  | 'SINGLE';

/** DATE: a date the document states (or the date it took effect, cited by the dates that show it). NOTE: what the document leaves missing, blank or ambiguous. REPLACES: what the document says it replaces. AIM: the aim the document states for itself, in its words. */
export type DocumentFactCategory = 'AIM' | 'DATE' | 'NOTE' | 'REPLACES';

/** Add a document fact, or correct one (by its index in Document.facts). */
export type DocumentFactInput = {
  /** The area edited, e.g. "wiltshire". */
  areaId: string | number;
  category: DocumentFactCategory;
  documentId: string | number;
  /** The passage(s) that state it. */
  evidence: Array<EvidenceSelectionInput>;
  /** The area version you read (AreaVersions.current). If the area has moved on since, the edit answers CONFLICT and writes nothing. */
  expectedVersion: number;
  /** The fact to correct; omitted: a new fact. */
  index?: number | null | undefined;
  /** The date, note or replaces kind (docs/data-model.md). */
  kind: string;
  /** Why: kept in the audit trail with the change (required). */
  reason: string;
  /** The ISO date, the note, or what is replaced. */
  value: string;
};

/** What a fact added in review is. */
export type DraftFactKind = 'DOCUMENT_FACT' | 'NODE' | 'OBLIGATION' | 'RELATIONSHIP';

/** A draft is open until published. */
export type DraftStatus = 'OPEN' | 'PUBLISHED';

/** Rename a node, or set its aliases or evidence. */
export type EditNodeInput = {
  /** Replaces the aliases. */
  aliases?: Array<string> | null | undefined;
  /** The area edited, e.g. "wiltshire". */
  areaId: string | number;
  evidence?: Array<EvidenceSelectionInput> | null | undefined;
  /** The area version you read (AreaVersions.current). If the area has moved on since, the edit answers CONFLICT and writes nothing. */
  expectedVersion: number;
  id: string | number;
  name?: string | null | undefined;
  /** Why: kept in the audit trail with the change (required). */
  reason: string;
};

/** Changes to one proposal (only the fields given change). */
export type EditProposalInput = {
  areaId: string;
  draftId: string | number;
  /** Obligation duty type codes of the taxonomy (schema/taxonomy/duty-types.yaml). */
  dutyTypes?: Array<string> | null | undefined;
  from?: string | null | undefined;
  key: string | number;
  kind?: string | null | undefined;
  label?: string | null | undefined;
  modality?: string | null | undefined;
  name?: string | null | undefined;
  /** Relationship properties as a JSON object, e.g. {"capacity":"member"}; checked against their vocabularies. */
  properties?: string | null | undefined;
  /** The draft revision you read (Draft.revision). If the draft has changed since, the change answers CONFLICT and saves nothing. */
  revision: number;
  text?: string | null | undefined;
  to?: string | null | undefined;
  type?: string | null | undefined;
  /** A document fact: the date (YYYY-MM-DD, YYYY-MM or YYYY) or the note; replaces and aim take the quote. */
  value?: string | null | undefined;
};

/** A passage of a stored document text, by offsets (UTF-16, end exclusive). */
export type EvidenceSelectionInput = {
  documentId: string | number;
  end: number;
  start: number;
};

/** Which law judges a document's statements. DOCUMENT_PERIOD: the law in force during the document's period (the default). TODAY: today's law. */
export type FindingLaw = 'DOCUMENT_PERIOD' | 'TODAY';

/** How much a finding matters, lowest first: INFO < LOW < MEDIUM < HIGH. */
export type FindingSeverity = 'HIGH' | 'INFO' | 'LOW' | 'MEDIUM';

/** OPEN: nothing in the document answers it. ACCEPTED_RISK: the document itself declares a mitigation (see `mitigation`). */
export type FindingStatus = 'ACCEPTED_RISK' | 'OPEN';

/** Where the text matched: NAME (a node's name, a document's title, a duty type's label), ALIAS, TEXT (an obligation's text) or CODE (a duty type code). */
export type MatchField = 'ALIAS' | 'CODE' | 'NAME' | 'TEXT';

/** The kinds of relationship in the graph (docs/data-model.md). */
export type RelationshipType =
  | 'ACCOUNTABLE_TO'
  | 'ADVISES'
  | 'BASED_ON'
  | 'CHAIRS'
  | 'CONSULTS'
  | 'COVERS'
  | 'DELEGATES_TO'
  | 'DISCHARGED_THROUGH'
  | 'ESCALATES_TO'
  | 'GOVERNS'
  | 'HAS_OBLIGATION'
  | 'HOLDS_POST'
  | 'HOLDS_TO_ACCOUNT'
  | 'INFORMS'
  | 'MEMBER_OF'
  | 'OF_TYPE'
  | 'PART_OF'
  | 'POST_OF'
  | 'REPORTS_TO'
  | 'REPRESENTS'
  | 'SAFEGUARDING_PARTNER_OF'
  | 'SIGNED'
  | 'SUBGROUP_OF'
  | 'SUCCEEDED_BY'
  | 'SUPPORTS';

/** Where a drafted fact stands in review. */
export type ReviewState = 'ACCEPTED' | 'PROPOSED' | 'REJECTED';

/** viewer reads; editor also changes the graph; admin also manages accounts. A role given for an area replaces the deployment role in that area. */
export type Role = 'ADMIN' | 'EDITOR' | 'VIEWER';

export type EvidenceFieldsFragment = {
  documentId: string;
  quote: string;
  section: string;
  start: number;
  end: number;
};

type RelationshipRefFields_AccountableToRelationship_Fragment = {
  mode: string | null;
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_AdvisesRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_BasedOnRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_ChairsRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_ConsultsRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_CoversRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_DelegatesToRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_DischargedThroughRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_EscalatesToRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_GovernsRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_HasObligationRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_HoldsPostRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_HoldsToAccountRelationship_Fragment = {
  mode: string | null;
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_InformsRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_MemberOfRelationship_Fragment = {
  capacity: string | null;
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_OfTypeRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_PartOfRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_PostOfRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_ReportsToRelationship_Fragment = {
  artefact: string | null;
  cadence: string | null;
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_RepresentsRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_SafeguardingPartnerOfRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_SignedRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_SubgroupOfRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_SucceededByRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

type RelationshipRefFields_SupportsRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
  evidence: Array<{
    documentId: string;
    quote: string;
    section: string;
    start: number;
    end: number;
  }>;
};

export type RelationshipRefFieldsFragment =
  | RelationshipRefFields_AccountableToRelationship_Fragment
  | RelationshipRefFields_AdvisesRelationship_Fragment
  | RelationshipRefFields_BasedOnRelationship_Fragment
  | RelationshipRefFields_ChairsRelationship_Fragment
  | RelationshipRefFields_ConsultsRelationship_Fragment
  | RelationshipRefFields_CoversRelationship_Fragment
  | RelationshipRefFields_DelegatesToRelationship_Fragment
  | RelationshipRefFields_DischargedThroughRelationship_Fragment
  | RelationshipRefFields_EscalatesToRelationship_Fragment
  | RelationshipRefFields_GovernsRelationship_Fragment
  | RelationshipRefFields_HasObligationRelationship_Fragment
  | RelationshipRefFields_HoldsPostRelationship_Fragment
  | RelationshipRefFields_HoldsToAccountRelationship_Fragment
  | RelationshipRefFields_InformsRelationship_Fragment
  | RelationshipRefFields_MemberOfRelationship_Fragment
  | RelationshipRefFields_OfTypeRelationship_Fragment
  | RelationshipRefFields_PartOfRelationship_Fragment
  | RelationshipRefFields_PostOfRelationship_Fragment
  | RelationshipRefFields_ReportsToRelationship_Fragment
  | RelationshipRefFields_RepresentsRelationship_Fragment
  | RelationshipRefFields_SafeguardingPartnerOfRelationship_Fragment
  | RelationshipRefFields_SignedRelationship_Fragment
  | RelationshipRefFields_SubgroupOfRelationship_Fragment
  | RelationshipRefFields_SucceededByRelationship_Fragment
  | RelationshipRefFields_SupportsRelationship_Fragment;

type RelationshipHeadFields_AccountableToRelationship_Fragment = {
  mode: string | null;
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_AdvisesRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_BasedOnRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_ChairsRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_ConsultsRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_CoversRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_DelegatesToRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_DischargedThroughRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_EscalatesToRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_GovernsRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_HasObligationRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_HoldsPostRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_HoldsToAccountRelationship_Fragment = {
  mode: string | null;
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_InformsRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_MemberOfRelationship_Fragment = {
  capacity: string | null;
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_OfTypeRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_PartOfRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_PostOfRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_ReportsToRelationship_Fragment = {
  artefact: string | null;
  cadence: string | null;
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_RepresentsRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_SafeguardingPartnerOfRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_SignedRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_SubgroupOfRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_SucceededByRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

type RelationshipHeadFields_SupportsRelationship_Fragment = {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  documentId: string | null;
  basis: Basis;
  interpretation: string | null;
};

export type RelationshipHeadFieldsFragment =
  | RelationshipHeadFields_AccountableToRelationship_Fragment
  | RelationshipHeadFields_AdvisesRelationship_Fragment
  | RelationshipHeadFields_BasedOnRelationship_Fragment
  | RelationshipHeadFields_ChairsRelationship_Fragment
  | RelationshipHeadFields_ConsultsRelationship_Fragment
  | RelationshipHeadFields_CoversRelationship_Fragment
  | RelationshipHeadFields_DelegatesToRelationship_Fragment
  | RelationshipHeadFields_DischargedThroughRelationship_Fragment
  | RelationshipHeadFields_EscalatesToRelationship_Fragment
  | RelationshipHeadFields_GovernsRelationship_Fragment
  | RelationshipHeadFields_HasObligationRelationship_Fragment
  | RelationshipHeadFields_HoldsPostRelationship_Fragment
  | RelationshipHeadFields_HoldsToAccountRelationship_Fragment
  | RelationshipHeadFields_InformsRelationship_Fragment
  | RelationshipHeadFields_MemberOfRelationship_Fragment
  | RelationshipHeadFields_OfTypeRelationship_Fragment
  | RelationshipHeadFields_PartOfRelationship_Fragment
  | RelationshipHeadFields_PostOfRelationship_Fragment
  | RelationshipHeadFields_ReportsToRelationship_Fragment
  | RelationshipHeadFields_RepresentsRelationship_Fragment
  | RelationshipHeadFields_SafeguardingPartnerOfRelationship_Fragment
  | RelationshipHeadFields_SignedRelationship_Fragment
  | RelationshipHeadFields_SubgroupOfRelationship_Fragment
  | RelationshipHeadFields_SucceededByRelationship_Fragment
  | RelationshipHeadFields_SupportsRelationship_Fragment;

export type AreaDocumentFieldsFragment = {
  id: string;
  title: string;
  kind: string | null;
  year: number | null;
  status: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
};

export type ExplorerAreasQueryVariables = Exact<{ [key: string]: never }>;

export type ExplorerAreasQuery = {
  areas: Array<{
    id: string;
    name: string;
    documentYears: Array<number>;
    documentTitles: Array<string>;
  }>;
};

export type ExplorerAreaDocumentsQueryVariables = Exact<{
  id: string | number;
}>;

export type ExplorerAreaDocumentsQuery = {
  area: {
    id: string;
    name: string;
    provenance: { kind: string; at: string | null; by: string | null };
    documents: Array<{
      id: string;
      title: string;
      kind: string | null;
      year: number | null;
      status: string | null;
      effectiveFrom: string | null;
      effectiveTo: string | null;
    }>;
  } | null;
};

export type ExplorerCompareDocumentsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type ExplorerCompareDocumentsQuery = {
  nodes: Array<
    | {
        id: string;
        documents: Array<{
          id: string;
          title: string;
          kind: string | null;
          year: number | null;
          status: string | null;
          effectiveFrom: string | null;
          effectiveTo: string | null;
        }>;
      }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  >;
};

export type ExplorerAreaQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  allTime?: boolean;
  documentId?: string | number | null | undefined;
}>;

export type ExplorerAreaQuery = {
  area: {
    id: string;
    name: string;
    graph: {
      nodes: Array<{
        id: string;
        label: string;
        name: string;
        kind: string | null;
        function: string | null;
      }>;
      edges: Array<{
        id: string;
        type: string;
        source: string;
        target: string;
        documentId: string | null;
        basis: Basis;
        interpretation: string | null;
      }>;
    };
  } | null;
};

export type ExplorerFindingFlagsQueryVariables = Exact<{
  area: string | number;
  asOf?: string | null | undefined;
  document?: string | number | null | undefined;
}>;

export type ExplorerFindingFlagsQuery = {
  findingFlagSet: {
    findingIds: Array<string>;
    flags: Array<{
      subjectId: string;
      subjectKind: string;
      count: number;
      highestSeverity: FindingSeverity;
      allAccepted: boolean;
      findings: Array<number>;
      ruleIds: Array<string>;
    }>;
  };
};

export type ExplorerFindingsQueryVariables = Exact<{
  area: string | number;
  asOf?: string | null | undefined;
  document?: string | number | null | undefined;
  law?: FindingLaw | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  withRules?: boolean;
}>;

export type ExplorerFindingsQuery = {
  findingRules?: Array<{ id: string; title: string; rationale: string; severity: FindingSeverity }>;
  findings: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        ruleId: string;
        areaId: string;
        documentId: string;
        asOf: string;
        severity: FindingSeverity;
        status: FindingStatus;
        message: string;
        nodeIds: Array<string>;
        relationshipIds: Array<string>;
        law: { kind: FindingLaw; label: string };
        evidence: Array<{
          documentId: string;
          quote: string;
          section: string;
          start: number;
          end: number;
        }>;
        mitigation: {
          documentId: string;
          quote: string;
          section: string;
          start: number;
          end: number;
        } | null;
      };
    }>;
  };
};

export type ExplorerAccountabilityQueryVariables = Exact<{
  id: string | number;
  direction: AccountabilityDirection;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ExplorerAccountabilityQuery = {
  accountability: {
    direction: AccountabilityDirection;
    asOf: string;
    truncated: boolean;
    limited: boolean;
    subject:
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string }
      | { id: string; name: string };
    chainPage: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      evidence: Array<{
        id: string;
        documentId: string;
        quote: string;
        section: string;
        start: number;
        end: number;
      }>;
      chains: Array<{
        length: number;
        truncated: boolean;
        end:
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string }
          | { id: string; name: string };
        hops: Array<{
          kind: AccountabilityHopKind;
          mode: string | null;
          reversed: boolean;
          evidenceIds: Array<string>;
          from:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string };
          to:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string };
          relationship:
            | {
                mode: string | null;
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                mode: string | null;
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                capacity: string | null;
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                artefact: string | null;
                cadence: string | null;
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              }
            | {
                id: string;
                type: RelationshipType;
                fromId: string;
                toId: string;
                documentId: string | null;
                basis: Basis;
                interpretation: string | null;
              };
        }>;
      }>;
    };
  };
};

export type ExplorerPostObligationsQueryVariables = Exact<{
  postId: string | number;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  withGroups?: boolean;
}>;

export type ExplorerPostObligationsQuery = {
  postObligations: {
    asOf: string;
    post: { id: string; name: string };
    groups?: Array<{
      obligationCount: number;
      body: { id: string; name: string } | null;
      via: Array<
        | {
            mode: string | null;
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            mode: string | null;
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            capacity: string | null;
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            artefact: string | null;
            cadence: string | null;
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
      >;
    }>;
    obligationPage: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        node: {
          group: number;
          obligation: {
            id: string;
            text: string;
            modality: string | null;
            documentId: string;
            basis: Basis;
            interpretation: string | null;
            dutyTypes: Array<{ code: string; label: string }>;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          };
        };
      }>;
    };
  } | null;
};

export type ExplorerNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type ExplorerNodeQuery = {
  node:
    | {
        __typename: 'Area';
        id: string;
        evidence: Array<{
          documentId: string;
          quote: string;
          section: string;
          start: number;
          end: number;
        }>;
        relationships: {
          totalCount: number;
          edges: Array<{
            node:
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null };
          }>;
        };
      }
    | {
        __typename: 'Body';
        name: string;
        aliases: Array<string>;
        kind: string | null;
        function: string | null;
        statutory: string | null;
        id: string;
        evidence: Array<{
          documentId: string;
          quote: string;
          section: string;
          start: number;
          end: number;
        }>;
        relationships: {
          totalCount: number;
          edges: Array<{
            node:
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null };
          }>;
        };
      }
    | {
        __typename: 'Document';
        title: string;
        id: string;
        evidence: Array<{
          documentId: string;
          quote: string;
          section: string;
          start: number;
          end: number;
        }>;
        relationships: {
          totalCount: number;
          edges: Array<{
            node:
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null };
          }>;
        };
      }
    | {
        __typename: 'DutyType';
        code: string;
        label: string;
        description: string | null;
        id: string;
        evidence: Array<{
          documentId: string;
          quote: string;
          section: string;
          start: number;
          end: number;
        }>;
        relationships: {
          totalCount: number;
          edges: Array<{
            node:
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null };
          }>;
        };
      }
    | {
        __typename: 'Obligation';
        modality: string | null;
        documentId: string;
        id: string;
        obligationText: string;
        holders: Array<{
          lead: boolean;
          holder:
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string }
            | { id: string; name: string };
        }>;
        dutyTypes: Array<{ code: string; label: string }>;
        evidence: Array<{
          documentId: string;
          quote: string;
          section: string;
          start: number;
          end: number;
        }>;
        relationships: {
          totalCount: number;
          edges: Array<{
            node:
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null };
          }>;
        };
      }
    | {
        __typename: 'Organisation';
        name: string;
        aliases: Array<string>;
        kind: string | null;
        id: string;
        evidence: Array<{
          documentId: string;
          quote: string;
          section: string;
          start: number;
          end: number;
        }>;
        relationships: {
          totalCount: number;
          edges: Array<{
            node:
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null };
          }>;
        };
      }
    | {
        __typename: 'Person';
        name: string;
        id: string;
        evidence: Array<{
          documentId: string;
          quote: string;
          section: string;
          start: number;
          end: number;
        }>;
        relationships: {
          totalCount: number;
          edges: Array<{
            node:
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null };
          }>;
        };
      }
    | {
        __typename: 'Post';
        name: string;
        aliases: Array<string>;
        kind: string | null;
        id: string;
        evidence: Array<{
          documentId: string;
          quote: string;
          section: string;
          start: number;
          end: number;
        }>;
        relationships: {
          totalCount: number;
          edges: Array<{
            node:
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null };
          }>;
        };
      }
    | {
        __typename: 'StatutoryProvision';
        id: string;
        evidence: Array<{
          documentId: string;
          quote: string;
          section: string;
          start: number;
          end: number;
        }>;
        relationships: {
          totalCount: number;
          edges: Array<{
            node:
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null }
              | { id: string; documentId: string | null };
          }>;
        };
      }
    | null;
};

export type ExplorerRelationshipsQueryVariables = Exact<{
  from: string | number;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
}>;

export type ExplorerRelationshipsQuery = {
  node:
    | {
        id: string;
        relationships: {
          edges: Array<{
            node:
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  role: string;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  what: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  route: string | null;
                  step: number | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  note: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  capacity: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  timing: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  artefact: string | null;
                  cadence: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  signatureBlank: boolean;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  joint: boolean | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                };
          }>;
        };
      }
    | {
        id: string;
        relationships: {
          edges: Array<{
            node:
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  role: string;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  what: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  route: string | null;
                  step: number | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  note: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  capacity: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  timing: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  artefact: string | null;
                  cadence: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  signatureBlank: boolean;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  joint: boolean | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                };
          }>;
        };
      }
    | {
        id: string;
        relationships: {
          edges: Array<{
            node:
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  role: string;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  what: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  route: string | null;
                  step: number | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  note: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  capacity: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  timing: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  artefact: string | null;
                  cadence: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  signatureBlank: boolean;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  joint: boolean | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                };
          }>;
        };
      }
    | {
        id: string;
        relationships: {
          edges: Array<{
            node:
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  role: string;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  what: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  route: string | null;
                  step: number | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  note: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  capacity: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  timing: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  artefact: string | null;
                  cadence: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  signatureBlank: boolean;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  joint: boolean | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                };
          }>;
        };
      }
    | {
        id: string;
        relationships: {
          edges: Array<{
            node:
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  role: string;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  what: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  route: string | null;
                  step: number | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  note: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  capacity: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  timing: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  artefact: string | null;
                  cadence: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  signatureBlank: boolean;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  joint: boolean | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                };
          }>;
        };
      }
    | {
        id: string;
        relationships: {
          edges: Array<{
            node:
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  role: string;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  what: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  route: string | null;
                  step: number | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  note: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  capacity: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  timing: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  artefact: string | null;
                  cadence: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  signatureBlank: boolean;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  joint: boolean | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                };
          }>;
        };
      }
    | {
        id: string;
        relationships: {
          edges: Array<{
            node:
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  role: string;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  what: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  route: string | null;
                  step: number | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  note: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  capacity: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  timing: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  artefact: string | null;
                  cadence: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  signatureBlank: boolean;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  joint: boolean | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                };
          }>;
        };
      }
    | {
        id: string;
        relationships: {
          edges: Array<{
            node:
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  role: string;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  what: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  route: string | null;
                  step: number | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  note: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  capacity: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  timing: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  artefact: string | null;
                  cadence: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  signatureBlank: boolean;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  joint: boolean | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                };
          }>;
        };
      }
    | {
        id: string;
        relationships: {
          edges: Array<{
            node:
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  role: string;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  what: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  route: string | null;
                  step: number | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  mode: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  note: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  capacity: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  timing: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  artefact: string | null;
                  cadence: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  signatureBlank: boolean;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  joint: boolean | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                }
              | {
                  subject: string | null;
                  validFrom: string | null;
                  validTo: string | null;
                  key: string | null;
                  id: string;
                  type: RelationshipType;
                  fromId: string;
                  toId: string;
                  documentId: string | null;
                  basis: Basis;
                  interpretation: string | null;
                  evidence: Array<{
                    documentId: string;
                    quote: string;
                    section: string;
                    start: number;
                    end: number;
                  }>;
                };
          }>;
        };
      }
    | null;
};

export type ExplorerDocumentTextQueryVariables = Exact<{
  id: string | number;
}>;

export type ExplorerDocumentTextQuery = {
  node:
    | { id: string }
    | { id: string }
    | { title: string; text: string | null; id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | null;
};

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
  areaId: string | number;
}>;

export type ExplorerSearchQuery = {
  search: {
    totalCount: number;
    edges: Array<{
      node: {
        score: number;
        matchedOn: MatchField;
        snippet: string;
        matchStart: number;
        matchEnd: number;
        node:
          | { __typename: 'Area'; id: string; name: string }
          | { __typename: 'Body'; id: string; name: string }
          | { __typename: 'Document'; id: string; name: string }
          | { __typename: 'DutyType'; label: string; code: string; id: string; name: string }
          | {
              __typename: 'Obligation';
              documentId: string;
              id: string;
              name: string;
              obligationText: string;
            }
          | { __typename: 'Organisation'; id: string; name: string }
          | { __typename: 'Person'; id: string; name: string }
          | { __typename: 'Post'; id: string; name: string }
          | { __typename: 'StatutoryProvision'; id: string; name: string };
      };
    }>;
  };
};

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  allTime?: boolean;
}>;

export type ExplorerNeighbourhoodQuery = {
  neighbourhood: {
    truncated: boolean;
    nodes: Array<
      | { __typename: 'Area'; id: string }
      | {
          __typename: 'Body';
          name: string;
          kind: string | null;
          function: string | null;
          id: string;
        }
      | { __typename: 'Document'; id: string }
      | { __typename: 'DutyType'; id: string }
      | { __typename: 'Obligation'; id: string }
      | { __typename: 'Organisation'; name: string; kind: string | null; id: string }
      | { __typename: 'Person'; name: string; id: string }
      | { __typename: 'Post'; name: string; kind: string | null; id: string }
      | { __typename: 'StatutoryProvision'; id: string }
    >;
    edges: Array<
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
      | {
          id: string;
          type: RelationshipType;
          fromId: string;
          toId: string;
          documentId: string | null;
          basis: Basis;
          interpretation: string | null;
        }
    >;
  } | null;
};

export type ExplorerDiffQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  withRest?: boolean;
}>;

export type ExplorerDiffQuery = {
  diffDocuments: {
    bodies?: {
      unchanged: number;
      added: Array<{ body: { id: string; name: string } }>;
      removed: Array<{ body: { id: string; name: string } }>;
    };
    relationships: {
      addedCount: number;
      removedCount: number;
      unchanged?: number;
      changed?: Array<{
        type: RelationshipType;
        fromId: string;
        toId: string;
        before:
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string };
        after:
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string }
          | { id: string; type: RelationshipType; fromId: string; toId: string };
        changes: Array<{ property: string; before: string | null; after: string | null }>;
      }>;
      page: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        added: Array<
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
        >;
        removed: Array<
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
          | {
              id: string;
              type: RelationshipType;
              fromId: string;
              toId: string;
              evidenceIds: Array<string>;
            }
        >;
        evidence: Array<{
          id: string;
          documentId: string;
          quote: string;
          section: string;
          start: number;
          end: number;
        }>;
      };
    };
    obligations?: { addedCount: number; removedCount: number; unchanged: number };
  };
};

export type ExplorerCompareQueryVariables = Exact<{
  areaIds: Array<string | number> | string | number;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ExplorerCompareQuery = {
  compareAreas: {
    asOf: string;
    areas: Array<{ id: string; name: string }>;
    rowPage: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      evidence: Array<{
        id: string;
        documentId: string;
        quote: string;
        section: string;
        start: number;
        end: number;
      }>;
      obligations: Array<{
        evidenceIds: Array<string>;
        obligation: { id: string; text: string; documentId: string };
      }>;
      rows: Array<{
        dutyType: { code: string; label: string; category: string | null };
        cells: Array<{
          areaId: string;
          status: CoverageStatus;
          holders: Array<{
            lead: boolean;
            obligationIds: Array<string>;
            holder:
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string }
              | { id: string; name: string };
          }>;
        }>;
      }>;
    };
  };
};

export type ExplorerPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  asOf?: string | null | undefined;
}>;

export type ExplorerPathQuery = {
  accountabilityPath: {
    length: number;
    hops: Array<{
      kind: AccountabilityHopKind;
      from:
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string };
      to:
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string }
        | { id: string; name: string };
      relationship:
        | {
            mode: string | null;
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            mode: string | null;
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            capacity: string | null;
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            artefact: string | null;
            cadence: string | null;
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          }
        | {
            id: string;
            type: RelationshipType;
            fromId: string;
            toId: string;
            documentId: string | null;
            basis: Basis;
            interpretation: string | null;
            evidence: Array<{
              documentId: string;
              quote: string;
              section: string;
              start: number;
              end: number;
            }>;
          };
    }>;
  } | null;
};

export type ExplorerAskQueryVariables = Exact<{
  question: string;
  areaId?: string | number | null | undefined;
}>;

export type ExplorerAskQuery = {
  ask: {
    kind: AnswerKind;
    text: string;
    evidence: Array<{
      documentId: string;
      documentTitle: string;
      current: boolean;
      section: string;
      quote: string;
      start: number;
      end: number;
    }>;
    nodes: Array<{ id: string; name: string; label: string }>;
    interpretation: {
      intent: AskIntent;
      documentId: string | null;
      documentTitle: string | null;
      asOf: string | null;
      operation: string | null;
      linked: Array<{ mention: string; id: string; name: string }>;
    };
    alternatives: Array<{ label: string; question: string; nodeId: string | null }>;
  };
};

export type ExplorerMeQueryVariables = Exact<{ [key: string]: never }>;

export type ExplorerMeQuery = {
  oidcSignIn: boolean;
  me: {
    id: string;
    email: string;
    displayName: string;
    role: Role | null;
    areaRoles: Array<{ areaId: string; role: Role }>;
  } | null;
};

export type ExplorerSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type ExplorerSignInMutation = { signIn: { id: string } };

export type ExplorerSignOutMutationVariables = Exact<{ [key: string]: never }>;

export type ExplorerSignOutMutation = { signOut: boolean };

export type ExplorerEditingMeQueryVariables = Exact<{
  areaId: string | number;
}>;

export type ExplorerEditingMeQuery = {
  me: {
    id: string;
    displayName: string;
    role: Role | null;
    areaRoles: Array<{ areaId: string; role: Role }>;
  } | null;
  areaVersions: { areaId: string; current: number };
};

export type ExplorerEditNodeMutationVariables = Exact<{
  input: EditNodeInput;
}>;

export type ExplorerEditNodeMutation = {
  editNode: { areaId: string; version: number; action: string; targetId: string };
};

export type ExplorerCorrectRelationshipMutationVariables = Exact<{
  input: CorrectRelationshipInput;
}>;

export type ExplorerCorrectRelationshipMutation = {
  correctRelationship: { areaId: string; version: number; action: string; targetId: string };
};

export type ExplorerEditVocabularyQueryVariables = Exact<{ [key: string]: never }>;

export type ExplorerEditVocabularyQuery = {
  editVocabulary: {
    relationshipTypes: Array<string>;
    modalities: Array<string>;
    nodeKinds: Array<{ of: string; values: Array<string> }>;
    relationshipProperties: Array<{ of: string; required: boolean; values: Array<string> }>;
    dutyTypes: Array<{ code: string; label: string }>;
    documentFactKinds: Array<{ of: string; required: boolean; values: Array<string> }>;
  };
};

export type ExplorerAddRelationshipMutationVariables = Exact<{
  input: AddRelationshipInput;
}>;

export type ExplorerAddRelationshipMutation = {
  addRelationship: { areaId: string; version: number; action: string; targetId: string };
};

export type ExplorerAddObligationMutationVariables = Exact<{
  input: AddObligationInput;
}>;

export type ExplorerAddObligationMutation = {
  addObligation: { areaId: string; version: number; action: string; targetId: string };
};

export type ExplorerCorrectObligationMutationVariables = Exact<{
  input: CorrectObligationInput;
}>;

export type ExplorerCorrectObligationMutation = {
  correctObligation: { areaId: string; version: number; action: string; targetId: string };
};

export type ExplorerSetDocumentFactMutationVariables = Exact<{
  input: DocumentFactInput;
}>;

export type ExplorerSetDocumentFactMutation = {
  setDocumentFact: { areaId: string; version: number; action: string; targetId: string };
};

export type ExplorerDocumentFactsQueryVariables = Exact<{
  id: string | number;
}>;

export type ExplorerDocumentFactsQuery = {
  node:
    | { id: string }
    | { id: string }
    | {
        id: string;
        facts: Array<{
          category: DocumentFactCategory;
          kind: string;
          value: string;
          evidence: Array<{ quote: string; documentId: string; start: number; end: number }>;
        }>;
      }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | null;
};

export type ExplorerAddNodeMutationVariables = Exact<{
  input: AddNodeInput;
}>;

export type ExplorerAddNodeMutation = {
  addNode: { areaId: string; version: number; action: string; targetId: string };
};

export type ExplorerAreaNodesQueryVariables = Exact<{
  id: string | number;
}>;

export type ExplorerAreaNodesQuery = {
  area: { id: string; graph: { nodes: Array<{ id: string; label: string; name: string }> } } | null;
};

export type ExplorerAreaHistoryQueryVariables = Exact<{
  areaId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ExplorerAreaHistoryQuery = {
  changes: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        seq: number;
        at: string;
        accountId: string | null;
        actorName: string | null;
        action: string;
        targetId: string;
        before: string | null;
        after: string | null;
        reason: string;
      };
    }>;
  };
  areaVersions: {
    areaId: string;
    current: number;
    versions: Array<{
      version: number;
      at: string;
      actorName: string | null;
      reason: string;
      provenance: string;
    }>;
  };
};

export type ExplorerChangesExportQueryVariables = Exact<{
  areaId: string | number;
}>;

export type ExplorerChangesExportQuery = { changesExport: string };

export type ExplorerRestoreAreaVersionMutationVariables = Exact<{
  areaId: string | number;
  version: number;
  reason: string;
  expectedVersion?: number | null | undefined;
}>;

export type ExplorerRestoreAreaVersionMutation = {
  restoreAreaVersion: { areaId: string; version: number; action: string; targetId: string };
};

export type ReviewDraftFieldsFragment = {
  id: string;
  areaId: string;
  year: string;
  status: DraftStatus;
  revision: number;
  documentId: string;
  title: string;
  text: string;
  headings: Array<{ start: number; end: number; section: string }>;
  nodes: Array<{
    key: string;
    state: ReviewState;
    rule: string | null;
    confidence: number | null;
    interpretation: string | null;
    edited: boolean;
    problems: Array<string>;
    id: string;
    label: string;
    name: string;
    aliases: Array<string>;
    kind: string;
    evidence: Array<{ quote: string; section: string; start: number; end: number }>;
  }>;
  relationships: Array<{
    key: string;
    state: ReviewState;
    rule: string | null;
    confidence: number | null;
    interpretation: string | null;
    edited: boolean;
    problems: Array<string>;
    type: string;
    from: string;
    to: string;
    properties: string;
    evidence: Array<{ quote: string; section: string; start: number; end: number }>;
  }>;
  obligations: Array<{
    key: string;
    state: ReviewState;
    rule: string | null;
    confidence: number | null;
    interpretation: string | null;
    edited: boolean;
    problems: Array<string>;
    id: string;
    holders: Array<string>;
    text: string;
    modality: string;
    dutyTypes: Array<string>;
    evidence: Array<{ quote: string; section: string; start: number; end: number }>;
  }>;
  facts: Array<{
    key: string;
    state: ReviewState;
    rule: string | null;
    confidence: number | null;
    edited: boolean;
    problems: Array<string>;
    category: string;
    kind: string;
    value: string;
    evidence: Array<{ quote: string; section: string; start: number; end: number }>;
  }>;
  problems: Array<{ key: string | null; path: string; message: string }>;
};

export type ReviewDraftQueryVariables = Exact<{
  id: string | number;
  areaId: string;
}>;

export type ReviewDraftQuery = {
  draft: {
    id: string;
    areaId: string;
    year: string;
    status: DraftStatus;
    revision: number;
    documentId: string;
    title: string;
    text: string;
    headings: Array<{ start: number; end: number; section: string }>;
    nodes: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      id: string;
      label: string;
      name: string;
      aliases: Array<string>;
      kind: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    relationships: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      type: string;
      from: string;
      to: string;
      properties: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    obligations: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      id: string;
      holders: Array<string>;
      text: string;
      modality: string;
      dutyTypes: Array<string>;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    facts: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      edited: boolean;
      problems: Array<string>;
      category: string;
      kind: string;
      value: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    problems: Array<{ key: string | null; path: string; message: string }>;
  };
};

export type ReviewVocabularyQueryVariables = Exact<{ [key: string]: never }>;

export type ReviewVocabularyQuery = {
  editVocabulary: {
    relationshipTypes: Array<string>;
    modalities: Array<string>;
    nodeKinds: Array<{ of: string; values: Array<string> }>;
    relationshipProperties: Array<{ of: string; required: boolean; values: Array<string> }>;
    dutyTypes: Array<{ code: string; label: string }>;
    documentFactKinds: Array<{ of: string; values: Array<string> }>;
  };
};

export type ReviewDraftAreaMutationVariables = Exact<{
  uploadId: string | number;
  areaId: string;
  year: string;
}>;

export type ReviewDraftAreaMutation = { draftArea: { id: string; areaId: string } };

export type ReviewSetStateMutationVariables = Exact<{
  areaId: string;
  draftId: string | number;
  key: string | number;
  state: ReviewState;
  revision: number;
}>;

export type ReviewSetStateMutation = {
  reviewProposal: {
    id: string;
    areaId: string;
    year: string;
    status: DraftStatus;
    revision: number;
    documentId: string;
    title: string;
    text: string;
    headings: Array<{ start: number; end: number; section: string }>;
    nodes: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      id: string;
      label: string;
      name: string;
      aliases: Array<string>;
      kind: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    relationships: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      type: string;
      from: string;
      to: string;
      properties: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    obligations: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      id: string;
      holders: Array<string>;
      text: string;
      modality: string;
      dutyTypes: Array<string>;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    facts: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      edited: boolean;
      problems: Array<string>;
      category: string;
      kind: string;
      value: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    problems: Array<{ key: string | null; path: string; message: string }>;
  };
};

export type ReviewEditMutationVariables = Exact<{
  input: EditProposalInput;
}>;

export type ReviewEditMutation = {
  editProposal: {
    id: string;
    areaId: string;
    year: string;
    status: DraftStatus;
    revision: number;
    documentId: string;
    title: string;
    text: string;
    headings: Array<{ start: number; end: number; section: string }>;
    nodes: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      id: string;
      label: string;
      name: string;
      aliases: Array<string>;
      kind: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    relationships: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      type: string;
      from: string;
      to: string;
      properties: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    obligations: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      id: string;
      holders: Array<string>;
      text: string;
      modality: string;
      dutyTypes: Array<string>;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    facts: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      edited: boolean;
      problems: Array<string>;
      category: string;
      kind: string;
      value: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    problems: Array<{ key: string | null; path: string; message: string }>;
  };
};

export type ReviewAddFactMutationVariables = Exact<{
  input: AddDraftFactInput;
}>;

export type ReviewAddFactMutation = {
  addDraftFact: {
    id: string;
    areaId: string;
    year: string;
    status: DraftStatus;
    revision: number;
    documentId: string;
    title: string;
    text: string;
    headings: Array<{ start: number; end: number; section: string }>;
    nodes: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      id: string;
      label: string;
      name: string;
      aliases: Array<string>;
      kind: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    relationships: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      type: string;
      from: string;
      to: string;
      properties: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    obligations: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      id: string;
      holders: Array<string>;
      text: string;
      modality: string;
      dutyTypes: Array<string>;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    facts: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      edited: boolean;
      problems: Array<string>;
      category: string;
      kind: string;
      value: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    problems: Array<{ key: string | null; path: string; message: string }>;
  };
};

export type ReviewRenameMutationVariables = Exact<{
  areaId: string;
  draftId: string | number;
  key: string | number;
  name: string;
  revision: number;
}>;

export type ReviewRenameMutation = {
  renameDraftNode: {
    id: string;
    areaId: string;
    year: string;
    status: DraftStatus;
    revision: number;
    documentId: string;
    title: string;
    text: string;
    headings: Array<{ start: number; end: number; section: string }>;
    nodes: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      id: string;
      label: string;
      name: string;
      aliases: Array<string>;
      kind: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    relationships: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      type: string;
      from: string;
      to: string;
      properties: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    obligations: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      id: string;
      holders: Array<string>;
      text: string;
      modality: string;
      dutyTypes: Array<string>;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    facts: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      edited: boolean;
      problems: Array<string>;
      category: string;
      kind: string;
      value: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    problems: Array<{ key: string | null; path: string; message: string }>;
  };
};

export type ReviewAliasesMutationVariables = Exact<{
  areaId: string;
  draftId: string | number;
  key: string | number;
  aliases: Array<string> | string;
  revision: number;
}>;

export type ReviewAliasesMutation = {
  addDraftAliases: {
    id: string;
    areaId: string;
    year: string;
    status: DraftStatus;
    revision: number;
    documentId: string;
    title: string;
    text: string;
    headings: Array<{ start: number; end: number; section: string }>;
    nodes: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      id: string;
      label: string;
      name: string;
      aliases: Array<string>;
      kind: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    relationships: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      type: string;
      from: string;
      to: string;
      properties: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    obligations: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      id: string;
      holders: Array<string>;
      text: string;
      modality: string;
      dutyTypes: Array<string>;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    facts: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      edited: boolean;
      problems: Array<string>;
      category: string;
      kind: string;
      value: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    problems: Array<{ key: string | null; path: string; message: string }>;
  };
};

export type ReviewMergeMutationVariables = Exact<{
  areaId: string;
  draftId: string | number;
  keepKey: string | number;
  dropKey: string | number;
  revision: number;
}>;

export type ReviewMergeMutation = {
  mergeDraftNodes: {
    id: string;
    areaId: string;
    year: string;
    status: DraftStatus;
    revision: number;
    documentId: string;
    title: string;
    text: string;
    headings: Array<{ start: number; end: number; section: string }>;
    nodes: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      id: string;
      label: string;
      name: string;
      aliases: Array<string>;
      kind: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    relationships: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      type: string;
      from: string;
      to: string;
      properties: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    obligations: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      interpretation: string | null;
      edited: boolean;
      problems: Array<string>;
      id: string;
      holders: Array<string>;
      text: string;
      modality: string;
      dutyTypes: Array<string>;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    facts: Array<{
      key: string;
      state: ReviewState;
      rule: string | null;
      confidence: number | null;
      edited: boolean;
      problems: Array<string>;
      category: string;
      kind: string;
      value: string;
      evidence: Array<{ quote: string; section: string; start: number; end: number }>;
    }>;
    problems: Array<{ key: string | null; path: string; message: string }>;
  };
};

export type ReviewPublishMutationVariables = Exact<{
  areaId: string;
  draftId: string | number;
  reason: string;
  revision: number;
}>;

export type ReviewPublishMutation = {
  publishDraft: {
    areaId: string;
    nodes: number;
    relationships: number;
    obligations: number;
    leftOut: number;
    draft: {
      id: string;
      areaId: string;
      year: string;
      status: DraftStatus;
      revision: number;
      documentId: string;
      title: string;
      text: string;
      headings: Array<{ start: number; end: number; section: string }>;
      nodes: Array<{
        key: string;
        state: ReviewState;
        rule: string | null;
        confidence: number | null;
        interpretation: string | null;
        edited: boolean;
        problems: Array<string>;
        id: string;
        label: string;
        name: string;
        aliases: Array<string>;
        kind: string;
        evidence: Array<{ quote: string; section: string; start: number; end: number }>;
      }>;
      relationships: Array<{
        key: string;
        state: ReviewState;
        rule: string | null;
        confidence: number | null;
        interpretation: string | null;
        edited: boolean;
        problems: Array<string>;
        type: string;
        from: string;
        to: string;
        properties: string;
        evidence: Array<{ quote: string; section: string; start: number; end: number }>;
      }>;
      obligations: Array<{
        key: string;
        state: ReviewState;
        rule: string | null;
        confidence: number | null;
        interpretation: string | null;
        edited: boolean;
        problems: Array<string>;
        id: string;
        holders: Array<string>;
        text: string;
        modality: string;
        dutyTypes: Array<string>;
        evidence: Array<{ quote: string; section: string; start: number; end: number }>;
      }>;
      facts: Array<{
        key: string;
        state: ReviewState;
        rule: string | null;
        confidence: number | null;
        edited: boolean;
        problems: Array<string>;
        category: string;
        kind: string;
        value: string;
        evidence: Array<{ quote: string; section: string; start: number; end: number }>;
      }>;
      problems: Array<{ key: string | null; path: string; message: string }>;
    };
  };
};

export const EvidenceFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evidence' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'section' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvidenceFieldsFragment, unknown>;
export const RelationshipRefFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RelationshipRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Relationship' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceFields' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'HoldsToAccountRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mode' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AccountableToRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mode' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'MemberOfRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'capacity' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ReportsToRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artefact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evidence' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'section' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RelationshipRefFieldsFragment, unknown>;
export const RelationshipHeadFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RelationshipHeadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Relationship' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'HoldsToAccountRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mode' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AccountableToRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mode' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'MemberOfRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'capacity' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ReportsToRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artefact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RelationshipHeadFieldsFragment, unknown>;
export const AreaDocumentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AreaDocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveTo' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AreaDocumentFieldsFragment, unknown>;
export const ReviewDraftFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewDraftFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Draft' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'headings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'properties' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'obligations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'modality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dutyTypes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'facts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewDraftFieldsFragment, unknown>;
export const ExplorerAreasDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerAreas' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentTitles' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerAreasQuery, ExplorerAreasQueryVariables>;
export const ExplorerAreaDocumentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerAreaDocuments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'area' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'provenance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'by' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'documents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AreaDocumentFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AreaDocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveTo' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerAreaDocumentsQuery, ExplorerAreaDocumentsQueryVariables>;
export const ExplorerCompareDocumentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerCompareDocuments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Area' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'documents' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AreaDocumentFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AreaDocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveTo' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerCompareDocumentsQuery, ExplorerCompareDocumentsQueryVariables>;
export const ExplorerAreaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerArea' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'IsoDate' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'allTime' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
          defaultValue: { kind: 'BooleanValue', value: false },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'documentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'area' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'graph' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'asOf' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'allTime' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'allTime' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'documentId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'documentId' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'function' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerAreaQuery, ExplorerAreaQueryVariables>;
export const ExplorerFindingFlagsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerFindingFlags' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'area' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'IsoDate' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'document' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findingFlagSet' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'area' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'area' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'document' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'document' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'findingIds' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'flags' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'highestSeverity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'allAccepted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'findings' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ruleIds' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerFindingFlagsQuery, ExplorerFindingFlagsQueryVariables>;
export const ExplorerFindingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerFindings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'area' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'IsoDate' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'document' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'law' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'FindingLaw' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '25' },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withRules' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
          defaultValue: { kind: 'BooleanValue', value: true },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findingRules' },
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withRules' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'area' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'area' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'document' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'document' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'law' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'law' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'law' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nodeIds' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'relationshipIds' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'evidence' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'EvidenceFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'mitigation' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'EvidenceFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evidence' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'section' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerFindingsQuery, ExplorerFindingsQueryVariables>;
export const ExplorerAccountabilityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerAccountability' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'direction' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AccountabilityDirection' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'IsoDate' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '25' },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accountability' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'direction' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'direction' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'maxHops' },
                value: { kind: 'IntValue', value: '3' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'truncated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limited' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'subject' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chainPage' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'evidence' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'chains' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'length' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'truncated' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'end' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'hops' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'reversed' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'evidenceIds' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'from' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'to' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'relationship' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'FragmentSpread',
                                          name: { kind: 'Name', value: 'RelationshipHeadFields' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RelationshipHeadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Relationship' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'HoldsToAccountRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mode' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AccountableToRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mode' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'MemberOfRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'capacity' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ReportsToRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artefact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerAccountabilityQuery, ExplorerAccountabilityQueryVariables>;
export const ExplorerPostObligationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerPostObligations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'postId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'IsoDate' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '25' },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withGroups' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
          defaultValue: { kind: 'BooleanValue', value: true },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postObligations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'postId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'postId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'post' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'withGroups' } },
                        },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'body' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'via' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RelationshipRefFields' },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'obligationCount' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'obligationPage' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'obligation' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'modality' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'documentId' },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'interpretation' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'dutyTypes' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'code' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'label' },
                                              },
                                            ],
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'evidence' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'FragmentSpread',
                                                name: { kind: 'Name', value: 'EvidenceFields' },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evidence' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'section' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RelationshipRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Relationship' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceFields' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'HoldsToAccountRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mode' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AccountableToRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mode' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'MemberOfRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'capacity' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ReportsToRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artefact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerPostObligationsQuery, ExplorerPostObligationsQueryVariables>;
export const ExplorerNodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerNode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceFields' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agent' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Body' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'function' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statutory' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Obligation' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'obligationText' },
                        name: { kind: 'Name', value: 'text' },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'modality' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'holders' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'lead' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'holder' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'dutyTypes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DutyType' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationships' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '50' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'allTime' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evidence' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'section' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerNodeQuery, ExplorerNodeQueryVariables>;
export const ExplorerRelationshipsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerRelationships' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'RelationshipType' } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationships' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '50' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'OUT' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'types' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'allTime' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'RelationshipRefFields' },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                      kind: 'NamedType',
                                      name: { kind: 'Name', value: 'MemberOfRelationship' },
                                    },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                      kind: 'NamedType',
                                      name: { kind: 'Name', value: 'ReportsToRelationship' },
                                    },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'timing' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                      kind: 'NamedType',
                                      name: { kind: 'Name', value: 'ConsultsRelationship' },
                                    },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                      kind: 'NamedType',
                                      name: { kind: 'Name', value: 'AdvisesRelationship' },
                                    },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                      kind: 'NamedType',
                                      name: { kind: 'Name', value: 'InformsRelationship' },
                                    },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                      kind: 'NamedType',
                                      name: { kind: 'Name', value: 'SupportsRelationship' },
                                    },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                      kind: 'NamedType',
                                      name: { kind: 'Name', value: 'EscalatesToRelationship' },
                                    },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'route' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                      kind: 'NamedType',
                                      name: { kind: 'Name', value: 'SubgroupOfRelationship' },
                                    },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'joint' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                      kind: 'NamedType',
                                      name: { kind: 'Name', value: 'ChairsRelationship' },
                                    },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                      kind: 'NamedType',
                                      name: { kind: 'Name', value: 'DelegatesToRelationship' },
                                    },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'what' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                      kind: 'NamedType',
                                      name: { kind: 'Name', value: 'RepresentsRelationship' },
                                    },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                      kind: 'NamedType',
                                      name: { kind: 'Name', value: 'SignedRelationship' },
                                    },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'signatureBlank' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evidence' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'section' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RelationshipRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Relationship' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceFields' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'HoldsToAccountRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mode' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AccountableToRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mode' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'MemberOfRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'capacity' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ReportsToRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artefact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerRelationshipsQuery, ExplorerRelationshipsQueryVariables>;
export const ExplorerDocumentTextDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerDocumentText' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerDocumentTextQuery, ExplorerDocumentTextQueryVariables>;
export const ExplorerSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'search' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kinds' },
                value: {
                  kind: 'ListValue',
                  values: [
                    { kind: 'EnumValue', value: 'BODY' },
                    { kind: 'EnumValue', value: 'POST' },
                    { kind: 'EnumValue', value: 'ORGANISATION' },
                    { kind: 'EnumValue', value: 'PERSON' },
                    { kind: 'EnumValue', value: 'OBLIGATION' },
                    { kind: 'EnumValue', value: 'DUTY_TYPE' },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'allTime' },
                value: { kind: 'BooleanValue', value: true },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '12' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'matchedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'snippet' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'matchStart' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'matchEnd' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                      kind: 'NamedType',
                                      name: { kind: 'Name', value: 'Obligation' },
                                    },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          alias: { kind: 'Name', value: 'obligationText' },
                                          name: { kind: 'Name', value: 'text' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'documentId' },
                                        },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: {
                                      kind: 'NamedType',
                                      name: { kind: 'Name', value: 'DutyType' },
                                    },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerNeighbourhoodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerNeighbourhood' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'IsoDate' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'allTime' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
          defaultValue: { kind: 'BooleanValue', value: false },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neighbourhood' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hops' },
                value: { kind: 'IntValue', value: '1' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'allTime' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'allTime' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'truncated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'InlineFragment',
                        typeCondition: {
                          kind: 'NamedType',
                          name: { kind: 'Name', value: 'Agent' },
                        },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: {
                          kind: 'NamedType',
                          name: { kind: 'Name', value: 'Person' },
                        },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Body' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'function' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
export const ExplorerDiffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerDiff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '50' },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withRest' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
          defaultValue: { kind: 'BooleanValue', value: true },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'diffDocuments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fromDocumentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toDocumentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bodies' },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'withRest' } },
                        },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'added' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'body' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'removed' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'body' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'addedCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'removedCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'changed' },
                        directives: [
                          {
                            kind: 'Directive',
                            name: { kind: 'Name', value: 'include' },
                            arguments: [
                              {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'if' },
                                value: {
                                  kind: 'Variable',
                                  name: { kind: 'Name', value: 'withRest' },
                                },
                              },
                            ],
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fromId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'toId' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'before' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fromId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'toId' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'after' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fromId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'toId' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'property' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'unchanged' },
                        directives: [
                          {
                            kind: 'Directive',
                            name: { kind: 'Name', value: 'include' },
                            arguments: [
                              {
                                kind: 'Argument',
                                name: { kind: 'Name', value: 'if' },
                                value: {
                                  kind: 'Variable',
                                  name: { kind: 'Name', value: 'withRest' },
                                },
                              },
                            ],
                          },
                        ],
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'page' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                          },
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'after' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'pageInfo' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'added' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fromId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'toId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'evidenceIds' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'removed' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fromId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'toId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'evidenceIds' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'evidence' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'obligations' },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'withRest' } },
                        },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'addedCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'removedCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerDiffQuery, ExplorerDiffQueryVariables>;
export const ExplorerCompareDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerCompare' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'IsoDate' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '10' },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'compareAreas' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaIds' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'areas' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rowPage' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'evidence' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'obligations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'evidenceIds' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'obligation' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'dutyType' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'cells' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'holders' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'lead' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'obligationIds' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'holder' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'id' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'name' },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerCompareQuery, ExplorerCompareQueryVariables>;
export const ExplorerPathDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerPath' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'IsoDate' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accountabilityPath' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'maxHops' },
                value: { kind: 'IntValue', value: '6' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'length' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hops' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'from' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'to' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'relationship' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RelationshipRefFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evidence' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'section' } },
          { kind: 'Field', name: { kind: 'Name', value: 'start' } },
          { kind: 'Field', name: { kind: 'Name', value: 'end' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RelationshipRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Relationship' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceFields' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'HoldsToAccountRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mode' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AccountableToRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mode' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'MemberOfRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'capacity' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ReportsToRelationship' },
            },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'artefact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cadence' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerPathQuery, ExplorerPathQueryVariables>;
export const ExplorerAskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerAsk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'question' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ask' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'question' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'question' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'documentTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interpretation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'intent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'documentTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operation' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'linked' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'mention' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'alternatives' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'question' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerAskQuery, ExplorerAskQueryVariables>;
export const ExplorerMeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerMe' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'areaRoles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'oidcSignIn' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerMeQuery, ExplorerMeQueryVariables>;
export const ExplorerSignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExplorerSignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerSignInMutation, ExplorerSignInMutationVariables>;
export const ExplorerSignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExplorerSignOut' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOut' } }],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerSignOutMutation, ExplorerSignOutMutationVariables>;
export const ExplorerEditingMeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerEditingMe' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'areaRoles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areaVersions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerEditingMeQuery, ExplorerEditingMeQueryVariables>;
export const ExplorerEditNodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExplorerEditNode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EditNodeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editNode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerEditNodeMutation, ExplorerEditNodeMutationVariables>;
export const ExplorerCorrectRelationshipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExplorerCorrectRelationship' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CorrectRelationshipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctRelationship' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ExplorerCorrectRelationshipMutation,
  ExplorerCorrectRelationshipMutationVariables
>;
export const ExplorerEditVocabularyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerEditVocabulary' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editVocabulary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodeKinds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'of' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'relationshipTypes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationshipProperties' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'of' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'modalities' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dutyTypes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'documentFactKinds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'of' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerEditVocabularyQuery, ExplorerEditVocabularyQueryVariables>;
export const ExplorerAddRelationshipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExplorerAddRelationship' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddRelationshipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addRelationship' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ExplorerAddRelationshipMutation,
  ExplorerAddRelationshipMutationVariables
>;
export const ExplorerAddObligationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExplorerAddObligation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddObligationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addObligation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerAddObligationMutation, ExplorerAddObligationMutationVariables>;
export const ExplorerCorrectObligationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExplorerCorrectObligation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CorrectObligationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctObligation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ExplorerCorrectObligationMutation,
  ExplorerCorrectObligationMutationVariables
>;
export const ExplorerSetDocumentFactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExplorerSetDocumentFact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentFactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setDocumentFact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ExplorerSetDocumentFactMutation,
  ExplorerSetDocumentFactMutationVariables
>;
export const ExplorerDocumentFactsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerDocumentFacts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'facts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'evidence' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerDocumentFactsQuery, ExplorerDocumentFactsQueryVariables>;
export const ExplorerAddNodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExplorerAddNode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddNodeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addNode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerAddNodeMutation, ExplorerAddNodeMutationVariables>;
export const ExplorerAreaNodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerAreaNodes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'area' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'graph' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'allTime' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerAreaNodesQuery, ExplorerAreaNodesQueryVariables>;
export const ExplorerAreaHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerAreaHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'accountId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areaVersions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'provenance' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerAreaHistoryQuery, ExplorerAreaHistoryQueryVariables>;
export const ExplorerChangesExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplorerChangesExport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changesExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplorerChangesExportQuery, ExplorerChangesExportQueryVariables>;
export const ExplorerRestoreAreaVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExplorerRestoreAreaVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restoreAreaVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ExplorerRestoreAreaVersionMutation,
  ExplorerRestoreAreaVersionMutationVariables
>;
export const ReviewDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewDraftFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewDraftFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Draft' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'headings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'properties' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'obligations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'modality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dutyTypes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'facts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewDraftQuery, ReviewDraftQueryVariables>;
export const ReviewVocabularyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewVocabulary' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editVocabulary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodeKinds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'of' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'relationshipTypes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationshipProperties' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'of' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'modalities' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dutyTypes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'documentFactKinds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'of' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewVocabularyQuery, ReviewVocabularyQueryVariables>;
export const ReviewDraftAreaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewDraftArea' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'uploadId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftArea' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'uploadId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'uploadId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewDraftAreaMutation, ReviewDraftAreaMutationVariables>;
export const ReviewSetStateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewSetState' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewState' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'revision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewProposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'state' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'revision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'revision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewDraftFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewDraftFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Draft' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'headings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'properties' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'obligations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'modality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dutyTypes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'facts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewSetStateMutation, ReviewSetStateMutationVariables>;
export const ReviewEditDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewEdit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EditProposalInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editProposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewDraftFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewDraftFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Draft' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'headings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'properties' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'obligations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'modality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dutyTypes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'facts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewEditMutation, ReviewEditMutationVariables>;
export const ReviewAddFactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewAddFact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddDraftFactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addDraftFact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewDraftFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewDraftFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Draft' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'headings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'properties' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'obligations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'modality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dutyTypes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'facts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewAddFactMutation, ReviewAddFactMutationVariables>;
export const ReviewRenameDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewRename' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'revision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renameDraftNode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'revision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'revision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewDraftFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewDraftFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Draft' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'headings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'properties' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'obligations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'modality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dutyTypes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'facts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewRenameMutation, ReviewRenameMutationVariables>;
export const ReviewAliasesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewAliases' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'aliases' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'revision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addDraftAliases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'aliases' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'aliases' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'revision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'revision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewDraftFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewDraftFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Draft' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'headings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'properties' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'obligations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'modality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dutyTypes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'facts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewAliasesMutation, ReviewAliasesMutationVariables>;
export const ReviewMergeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewMerge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keepKey' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dropKey' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'revision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergeDraftNodes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'keepKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keepKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dropKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dropKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'revision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'revision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewDraftFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewDraftFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Draft' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'headings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'properties' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'obligations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'modality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dutyTypes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'facts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewMergeMutation, ReviewMergeMutationVariables>;
export const ReviewPublishDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewPublish' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'revision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'revision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'revision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nodes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'relationships' } },
                { kind: 'Field', name: { kind: 'Name', value: 'obligations' } },
                { kind: 'Field', name: { kind: 'Name', value: 'leftOut' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'draft' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ReviewDraftFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewDraftFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Draft' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'areaId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'headings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relationships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'properties' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'obligations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpretation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'modality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dutyTypes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'facts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewPublishMutation, ReviewPublishMutationVariables>;
