import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DocumentFactCategory } from '../documents/documents.type.ts';
import { RelationshipKind } from '../graph/relationship.types.ts';
import type { RelationshipType } from '@accgraph/schema';
import { Basis } from '../graph/basis.type.ts';
import type { Basis as BasisValue } from '@accgraph/schema';

const EXPECTED =
  'The area version you read (AreaVersions.current). If the area has moved on since, the edit answers CONFLICT and writes nothing.';
const REASON = 'Why: kept in the audit trail with the change (required).';
const EVIDENCE =
  'Passages selected in the stored document text; the server takes each quote from the text at the offsets and the section from the heading line before it. Required unless basis is INTERPRETED.';
const INTERPRETATION = 'Required when basis is INTERPRETED: the written reason for the reading.';

@InputType({
  description: 'A passage of a stored document text, by offsets (UTF-16, end exclusive).',
})
export class EvidenceSelectionInput {
  @Field(() => ID)
  documentId!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

/** What every edit carries: the area, the version read, and why (fields inherited by each input). */
@InputType('AreaEditInput', {
  description: 'What every edit carries (inherited by each edit input).',
})
abstract class EditInput {
  @Field(() => ID, { description: 'The area edited, e.g. "wiltshire".' })
  areaId!: string;

  @Field(() => Int, { description: EXPECTED })
  expectedVersion!: number;

  @Field(() => String, { description: REASON })
  reason!: string;
}

/**
 * A new fact stated by a document of the area: its evidence (selections) and
 * its basis. Shared by the inputs that add a relationship or an obligation
 * (no input names it, so the schema has no type of its own; each input inherits the fields).
 */
@InputType('AreaAddFactInput', { description: 'What every added fact carries (inherited).' })
abstract class AddFactInput extends EditInput {
  @Field(() => ID, { description: 'The document that states it.' })
  documentId!: string;

  @Field(() => [EvidenceSelectionInput], { defaultValue: [], description: EVIDENCE })
  evidence!: EvidenceSelectionInput[];

  @Field(() => Basis, { defaultValue: 'STATED' })
  basis!: BasisValue;

  @Field(() => String, { nullable: true, description: INTERPRETATION })
  interpretation?: string | null;
}

/** A correction of a fact by id: evidence and basis replace what it had when given. */
@InputType('AreaCorrectFactInput', {
  description: 'What every correction of a fact carries (inherited).',
})
abstract class CorrectFactInput extends EditInput {
  @Field(() => ID)
  id!: string;

  @Field(() => [EvidenceSelectionInput], { nullable: true, description: EVIDENCE })
  evidence?: EvidenceSelectionInput[] | null;

  @Field(() => Basis, { nullable: true })
  basis?: BasisValue | null;

  @Field(() => String, { nullable: true, description: INTERPRETATION })
  interpretation?: string | null;
}

const DUTY_TYPES =
  'Duty type codes of the taxonomy (schema/taxonomy/duty-types.yaml, e.g. ANNUAL_REPORT); a code outside it is BAD_USER_INPUT listing the allowed ones.';

@InputType({ description: 'A new relationship stated by a document of the area.' })
export class AddRelationshipInput extends AddFactInput {
  @Field(() => RelationshipKind)
  type!: RelationshipType;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A slug telling apart two statements of one tie in one document.',
  })
  key?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Its properties as a JSON object (e.g. {"mode":"challenge"}), docs/data-model.md; capacity, mode and role are checked against their vocabularies.',
  })
  properties?: string | null;
}

@InputType({ description: 'A correction of a relationship: what is given replaces what it had.' })
export class CorrectRelationshipInput extends CorrectFactInput {
  @Field(() => String, { nullable: true, description: 'Its properties as a JSON object.' })
  properties?: string | null;
}

@InputType({ description: 'A new obligation stated by a document of the area.' })
export class AddObligationInput extends AddFactInput {
  @Field(() => String, { description: 'Its id is <documentId>/<slug>.' })
  slug!: string;

  @Field(() => String, { description: "What must be done, in the document's words." })
  text!: string;

  @Field(() => String, { description: 'must, will, should, may, ... (docs/data-model.md).' })
  modality!: string;

  @Field(() => [String], { description: DUTY_TYPES })
  dutyTypes!: string[];

  @Field(() => [ID], { description: 'Who holds it.' })
  holders!: string[];
}

@InputType({ description: 'A correction of an obligation: what is given replaces what it had.' })
export class CorrectObligationInput extends CorrectFactInput {
  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => String, { nullable: true })
  modality?: string | null;

  @Field(() => [String], { nullable: true, description: `Replaces its duty types. ${DUTY_TYPES}` })
  dutyTypes?: string[] | null;
}

@InputType({ description: 'A new body, post, organisation or person of the area.' })
export class AddNodeInput extends EditInput {
  @Field(() => String, { description: 'Body, Post, Organisation or Person.' })
  label!: string;

  @Field(() => String, { description: 'Its id is <areaId>/<slug>.' })
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { defaultValue: [] })
  aliases!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Its kind (docs/data-model.md vocabularies).',
  })
  kind?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A body only: statutory, non-statutory or not-stated, as the document states it (statutory or non-statutory needs a passage that says so).',
  })
  statutory?: string | null;

  @Field(() => [EvidenceSelectionInput], {
    defaultValue: [],
    description: `Passages that name it. ${EVIDENCE}`,
  })
  evidence!: EvidenceSelectionInput[];

  @Field(() => Basis, { defaultValue: 'STATED' })
  basis!: BasisValue;

  @Field(() => String, { nullable: true, description: INTERPRETATION })
  interpretation?: string | null;
}

@InputType({ description: 'Rename a node, or set its aliases or evidence.' })
export class EditNodeInput extends EditInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the aliases.' })
  aliases?: string[] | null;

  @Field(() => [EvidenceSelectionInput], { nullable: true })
  evidence?: EvidenceSelectionInput[] | null;
}

@InputType({ description: 'Add a document fact, or correct one (by its index in Document.facts).' })
export class DocumentFactInput extends EditInput {
  @Field(() => ID)
  documentId!: string;

  @Field(() => Int, { nullable: true, description: 'The fact to correct; omitted: a new fact.' })
  index?: number | null;

  @Field(() => DocumentFactCategory)
  category!: DocumentFactCategory;

  @Field(() => String, { description: 'The date, note or replaces kind (docs/data-model.md).' })
  kind!: string;

  @Field(() => String, { description: 'The ISO date, the note, or what is replaced.' })
  value!: string;

  @Field(() => [EvidenceSelectionInput], { description: 'The passage(s) that state it.' })
  evidence!: EvidenceSelectionInput[];
}

@ObjectType({ description: "What an edit, publish or restore did: the area's new version." })
export class AreaEdit {
  @Field(() => ID)
  areaId!: string;

  @Field(() => Int, {
    description: 'The version the change made (send it as expectedVersion next).',
  })
  version!: number;

  @Field(() => String, { description: 'What was done (as in the audit trail).' })
  action!: string;

  @Field(() => String, { description: 'The id of what was changed.' })
  targetId!: string;
}

@ObjectType({ description: 'One kept version of an area.' })
export class AreaVersion {
  @Field(() => ID)
  areaId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { description: 'When it was made (ISO 8601 timestamp, UTC).' })
  at!: string;

  @Field(() => String, { nullable: true, description: 'Who made it (null: the system).' })
  accountId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String)
  reason!: string;

  @Field(() => String, { description: 'bundled, imported or edited.' })
  provenance!: string;

  @Field(() => String, { description: 'SHA-256 of its canonical JSON.' })
  sha256!: string;

  @Field(() => Int)
  nodeCount!: number;

  @Field(() => Int)
  relationshipCount!: number;
}

@ObjectType({
  description: "An area's versions: the current number and every kept one, newest first.",
})
export class AreaVersions {
  @Field(() => ID)
  areaId!: string;

  @Field(() => Int, {
    description:
      'The current version (send it as expectedVersion when editing). An area loaded but never changed through the API is version 1 and has no kept versions yet.',
  })
  current!: number;

  @Field(() => [AreaVersion])
  versions!: AreaVersion[];
}
