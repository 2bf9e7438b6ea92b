import {
  ArgsType,
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';

const REVISION =
  'The draft revision you read (Draft.revision). If the draft has changed since, the change answers CONFLICT and saves nothing.';

export enum ReviewStateEnum {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(ReviewStateEnum, {
  name: 'ReviewState',
  description: 'Where a drafted fact stands in review.',
});

export enum DraftStatusEnum {
  OPEN = 'OPEN',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(DraftStatusEnum, {
  name: 'DraftStatus',
  description: 'A draft is open until published.',
});

export enum DraftFactKind {
  NODE = 'NODE',
  RELATIONSHIP = 'RELATIONSHIP',
  OBLIGATION = 'OBLIGATION',
  DOCUMENT_FACT = 'DOCUMENT_FACT',
}
registerEnumType(DraftFactKind, {
  name: 'DraftFactKind',
  description: 'What a fact added in review is.',
});

@ObjectType({ description: 'A quote of the draft document: text.slice(start, end) === quote.' })
export class DraftEvidence {
  @Field(() => String) quote!: string;
  @Field(() => String, { description: 'The heading the quote sits under.' }) section!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

@ObjectType({
  description: 'A heading line of the draft document: quotes under it cite it as their section.',
})
export class DraftHeading {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String) section!: string;
}

@ObjectType({ description: 'A validation problem of a draft, on the proposal it belongs to.' })
export class DraftProblem {
  @Field(() => String, {
    nullable: true,
    description: 'The proposal key (n1, r2, o3); null for the document.',
  })
  key!: string | null;
  @Field(() => String, { description: 'JSON path in the area file the draft makes.' })
  path!: string;
  @Field(() => String) message!: string;
}

@ObjectType()
abstract class ProposalFields {
  @Field(() => ID, { description: 'Stable within the draft: n1, r2, o3.' }) key!: string;
  @Field(() => ReviewStateEnum) state!: ReviewStateEnum;
  @Field(() => String, {
    nullable: true,
    description: "The reader's rule; null when a reviewer added it.",
  })
  rule!: string | null;
  @Field(() => Float, { nullable: true }) confidence!: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      "Why the reader's proposal goes beyond the document's words (published with basis INTERPRETED); null when the words state it.",
  })
  interpretation!: string | null;
  @Field(() => Boolean, { description: 'The reviewer changed what the reader proposed.' })
  edited!: boolean;
  @Field(() => [DraftEvidence]) evidence!: DraftEvidence[];
  @Field(() => [String], { description: 'Validation problems of this proposal (empty when fine).' })
  problems!: string[];
}

@ObjectType({ description: 'A proposed body, post, organisation or person.' })
export class DraftNodeProposal extends ProposalFields {
  @Field(() => String) id!: string;
  @Field(() => String, { description: 'Body, Post, Organisation or Person.' }) label!: string;
  @Field(() => String) name!: string;
  @Field(() => [String]) aliases!: string[];
  @Field(() => String, { description: "Its kind in the label's vocabulary; empty for a Person." })
  kind!: string;
}

@ObjectType({ description: 'A proposed relationship between two nodes of the draft.' })
export class DraftRelationshipProposal extends ProposalFields {
  @Field(() => String) type!: string;
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
  @Field(() => String, {
    description: 'Its properties as a JSON object (capacity, mode, role, ...); "{}" when none.',
  })
  properties!: string;
}

@ObjectType({ description: 'A proposed obligation.' })
export class DraftObligationProposal extends ProposalFields {
  @Field(() => String) id!: string;
  @Field(() => [String]) holders!: string[];
  @Field(() => String) text!: string;
  @Field(() => String) modality!: string;
  @Field(() => [String]) dutyTypes!: string[];
}

@ObjectType({
  description:
    'A fact about the document itself: a date, a note, what it replaces, or its stated aim.',
})
export class DraftDocumentFactProposal extends ProposalFields {
  @Field(() => String, { description: 'date, note, replaces or aim.' }) category!: string;
  @Field(() => String, {
    description: 'The date kind (dated, review-due, ...), note kind, or the category.',
  })
  kind!: string;
  @Field(() => String, { description: "The ISO date, the note, or the document's words." })
  value!: string;
}

@ObjectType({
  description:
    "A drafted area under review: the reader's proposals over the uploaded document's text.",
})
export class Draft {
  @Field(() => ID) id!: string;
  @Field(() => String) areaId!: string;
  @Field(() => String) year!: string;
  @Field(() => ID) uploadId!: string;
  @Field(() => DraftStatusEnum) status!: DraftStatusEnum;
  @Field(() => Int, {
    description: 'Increases with every change; pass it back to refuse stale edits.',
  })
  revision!: number;
  @Field(() => String) documentId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'The extracted text every offset points into.' })
  text!: string;
  @Field(() => [DraftHeading], {
    description: "The text's heading lines, as the reader found them.",
  })
  headings!: DraftHeading[];
  @Field(() => String) createdBy!: string;
  @Field(() => String) createdAt!: string;
  @Field(() => String) updatedAt!: string;
  @Field(() => [DraftNodeProposal]) nodes!: DraftNodeProposal[];
  @Field(() => [DraftRelationshipProposal]) relationships!: DraftRelationshipProposal[];
  @Field(() => [DraftObligationProposal]) obligations!: DraftObligationProposal[];
  @Field(() => [DraftDocumentFactProposal], {
    description: 'Facts about the document (dates, notes, replaces, aim), added by selection.',
  })
  facts!: DraftDocumentFactProposal[];
  @Field(() => [DraftProblem], {
    description: 'Every validation problem of the draft as it stands.',
  })
  problems!: DraftProblem[];
}

@ObjectType({ description: 'What publishing a draft made.' })
export class DraftPublication {
  @Field(() => Draft) draft!: Draft;
  @Field(() => String) areaId!: string;
  @Field(() => Int) nodes!: number;
  @Field(() => Int) relationships!: number;
  @Field(() => Int) obligations!: number;
  @Field(() => Int, { description: 'Proposals neither accepted nor rejected: not published.' })
  leftOut!: number;
}

/**
 * What a change to a draft's facts may say, shared by editing a proposal and
 * adding one by selection (no input names it, so the schema has no type of
 * its own; each input inherits the fields). Every value is checked against
 * the vocabularies (editVocabulary).
 */
@InputType('DraftFactFieldsInput')
abstract class DraftFactFields {
  @Field(() => String) areaId!: string;
  @Field(() => ID) draftId!: string;
  @Field(() => Int, { description: REVISION }) revision!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) label?: string | null;
  @Field(() => String, { nullable: true }) type?: string | null;
  @Field(() => String, { nullable: true }) from?: string | null;
  @Field(() => String, { nullable: true }) to?: string | null;
  @Field(() => String, { nullable: true }) modality?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Relationship properties as a JSON object, e.g. {"capacity":"member"}; checked against their vocabularies.',
  })
  properties?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Obligation duty type codes of the taxonomy (schema/taxonomy/duty-types.yaml).',
  })
  dutyTypes?: string[] | null;
  @Field(() => String, {
    nullable: true,
    description:
      'A document fact: the date (YYYY-MM-DD, YYYY-MM or YYYY) or the note; replaces and aim take the quote.',
  })
  value?: string | null;
}

@InputType({ description: 'Changes to one proposal (only the fields given change).' })
export class EditProposalInput extends DraftFactFields {
  @Field(() => ID) key!: string;
  @Field(() => String, { nullable: true }) kind?: string | null;
  @Field(() => String, { nullable: true }) text?: string | null;
}

@InputType({
  description: 'A fact added from selected text: the quote is the text between start and end.',
})
export class AddDraftFactInput extends DraftFactFields {
  @Field(() => DraftFactKind) kind!: DraftFactKind;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String, { nullable: true }) nodeKind?: string | null;
  @Field(() => [String], { nullable: true }) holders?: string[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'DOCUMENT_FACT: date, note, replaces or aim.',
  })
  category?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'DOCUMENT_FACT: the date kind (dated, signed, review-due, ...) or note kind; replaces and aim repeat the category.',
  })
  factKind?: string | null;
}

/** Which draft a review mutation changes, and the revision it was read at. */
@ArgsType()
export class DraftTargetArgs {
  @Field(() => String, { description: 'The area drafted, e.g. "brookshire".' })
  areaId!: string;

  @Field(() => ID)
  draftId!: string;

  @Field(() => Int, { description: REVISION })
  revision!: number;
}

@ObjectType({ description: 'The values one field may take.' })
export class VocabularyList {
  @Field(() => String, {
    description:
      'What the list is for: a node label (Body), "Type.property" (MEMBER_OF.capacity), or a fact category (date).',
  })
  of!: string;
  @Field(() => Boolean, { description: 'Whether the field must be given.' }) required!: boolean;
  @Field(() => [String]) values!: string[];
}

@ObjectType({ description: 'A duty type of the taxonomy, to classify an obligation.' })
export class DutyTypeOption {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
}

@ObjectType({
  description:
    'The closed vocabularies every edit and draft mutation is checked against (schema/src/vocabulary.ts, schema/taxonomy), for the forms that offer them.',
})
export class EditVocabulary {
  @Field(() => [VocabularyList], { description: 'Node kinds per label.' })
  nodeKinds!: VocabularyList[];
  @Field(() => [String]) relationshipTypes!: string[];
  @Field(() => [VocabularyList], { description: 'Relationship properties with a vocabulary.' })
  relationshipProperties!: VocabularyList[];
  @Field(() => [String]) modalities!: string[];
  @Field(() => [DutyTypeOption]) dutyTypes!: DutyTypeOption[];
  @Field(() => [VocabularyList], { description: 'Document fact kinds per category.' })
  documentFactKinds!: VocabularyList[];
}
