import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { RelationshipType } from '@accgraph/schema';
import { Evidence } from '../graph/evidence.type.ts';
import { PageInfo } from '../graph/connection.ts';
import { IsoDate } from '../graph/input.ts';
import { QuotedEvidence } from '../graph/map.ts';
import { Node } from '../graph/node.interface.ts';
import { Body, Document, Obligation } from '../graph/node.types.ts';
import { Relationship, RelationshipKind } from '../graph/relationship.types.ts';

export const ObligationMatch = {
  SAME_TEXT: 'same-text',
  HOLDERS_AND_DUTY_TYPES: 'holders-and-duty-types',
  TEXT_SIMILARITY: 'text-similarity',
} as const;
registerEnumType(ObligationMatch, {
  name: 'ObligationMatch',
  description:
    'Why two obligations were paired (both always have the same holders and duty types). ' +
    'SAME_TEXT: identical text once normalised (case, punctuation, quotes); ' +
    'HOLDERS_AND_DUTY_TYPES: the only obligation on each side with those holders and duty types; ' +
    'TEXT_SIMILARITY: several on a side, paired because its word-set similarity is at least 0.6 ' +
    'and beats every other candidate of both by at least 0.1.',
});

@ObjectType({
  simpleResolvers: true,
  description: 'One property whose value differs between the two sides.',
})
export class PropertyChange {
  @Field(() => String, { description: 'Property name, e.g. "mode", "capacity", "cadence".' })
  property!: string;

  @Field(() => String, { nullable: true, description: 'Value on the "from" side (null: absent).' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'Value on the "to" side (null: absent).' })
  after!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One side of a diff: a date of an area, or one document.',
})
export class DiffSide {
  @Field(() => IsoDate, {
    nullable: true,
    description: 'The date compared (null when the side is a document).',
  })
  date!: string | null;

  @Field(() => [Document], {
    description:
      'The documents whose statements make up this side (for a date: those with statements current then), ordered by id.',
  })
  documents!: Document[];
}

@ObjectType({ simpleResolvers: true, description: 'A body present on one side only.' })
export class DiffBody {
  @Field(() => Body, { description: 'The body.' })
  body!: Body;

  @Field(() => [Evidence], {
    description:
      "The body's own quotes from this side's documents (what establishes it there), in document order.",
  })
  evidence!: Evidence[];

  @Field(() => [ID], {
    description:
      'Ids of the relationships on this side it takes part in (HAS_OBLIGATION for duties it holds), ordered by id: why it counts as present.',
  })
  relationshipIds!: string[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'A body present on both sides whose declared properties differ.',
})
export class BodyChange {
  @Field(() => Body, { description: 'The body, as the "to" side declares it.' })
  body!: Body;

  @Field(() => [PropertyChange], { description: 'Ordered by property name.' })
  changes!: PropertyChange[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Bodies. A body is present on a side when it takes part in any of its relationships (PART_OF aside) or holds any of its obligations.',
})
export class BodyDiff {
  @Field(() => [DiffBody], { description: 'Present on the "to" side only; ordered by name, id.' })
  added!: DiffBody[];

  @Field(() => [DiffBody], { description: 'Present on the "from" side only; ordered by name, id.' })
  removed!: DiffBody[];

  @Field(() => [BodyChange], {
    description:
      'Present on both sides with a different name, function, statutory status or kind; ordered by name, id. ' +
      'Empty with the current model: a body is one node per area whose declarations must agree in every document.',
  })
  changed!: BodyChange[];

  @Field(() => Int, { description: 'Present on both sides and unchanged.' })
  unchanged!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'One relationship stated on both sides, matched by (type, from, to, key), with different properties.',
})
export class RelationshipChange {
  @Field(() => RelationshipKind, { description: 'Relationship type (part of the match key).' })
  type!: RelationshipType;

  @Field(() => ID, { description: 'Id of the source node (part of the match key).' })
  fromId!: string;

  @Field(() => ID, { description: 'Id of the target node (part of the match key).' })
  toId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Key that tells two ties of one type between one pair apart (part of the match key).',
  })
  key!: string | null;

  @Field(() => Relationship, { description: 'As the "from" side states it, with its quotes.' })
  before!: Relationship;

  @Field(() => Relationship, { description: 'As the "to" side states it, with its quotes.' })
  after!: Relationship;

  @Field(() => [PropertyChange], {
    description:
      'Properties that differ (mode, capacity, artefact, cadence, timing, subject, route, step, ...), ordered by name; document and period are not changes.',
  })
  changes!: PropertyChange[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Relationships between agents (and the statutory basis of bodies), matched by (type, from, to, key). ' +
    'Not compared: SIGNED and GOVERNS (they name the document itself), PART_OF, and the links of obligations (compared with them).',
})
export class RelationshipDiff {
  @Field(() => [Relationship], {
    description:
      'Stated on the "to" side only, each with its quotes; ordered by type, from, to, key.',
  })
  added!: Relationship[];

  @Field(() => [Relationship], {
    description:
      'Stated on the "from" side only, each with its quotes; ordered by type, from, to, key.',
  })
  removed!: Relationship[];

  @Field(() => [RelationshipChange], { description: 'Ordered by type, from, to, key.' })
  changed!: RelationshipChange[];

  @Field(() => [QuotedEvidence], {
    description:
      'Every quote of the added and removed relationships, each once, in the order first referred to ' +
      '(added, then removed); each relationship names its own by `evidenceIds` (decision 0028), ' +
      'so a client can ask for these instead of `evidence` under every relationship.',
  })
  evidence!: QuotedEvidence[];

  @Field(() => Int, { description: 'Stated on both sides with the same properties.' })
  unchanged!: number;

  @Field(() => Int, { description: 'How many were added (the length of `added`).' })
  addedCount!: number;

  @Field(() => Int, { description: 'How many were removed (the length of `removed`).' })
  removedCount!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'One page of the relationships added and removed (decision 0028, issue 12 point 6): the list ' +
    '`added` then `removed` cut into pages, each page with the quotes of its own relationships once. ' +
    'The pages of a diff together hold exactly `added`, `removed` and (per page) `evidence`.',
})
export class RelationshipDiffPage {
  @Field(() => Int, { description: 'Added plus removed: items in every page together.' })
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => [Relationship], {
    description: 'The added relationships on this page, in the order of `RelationshipDiff.added`.',
  })
  added!: Relationship[];

  @Field(() => [Relationship], {
    description:
      'The removed relationships on this page, in the order of `RelationshipDiff.removed`.',
  })
  removed!: Relationship[];

  @Field(() => [QuotedEvidence], {
    description:
      "Every quote of this page's relationships, each once, in the order first referred to (added, then removed); " +
      'each relationship names its own by `evidenceIds`.',
  })
  evidence!: QuotedEvidence[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'An obligation with the holders and duty types it was matched on.',
})
export class DiffObligation {
  @Field(() => Obligation, { description: 'The obligation; its evidence holds the quotes.' })
  obligation!: Obligation;

  @Field(() => [ID], { description: 'Ids of its holders, ordered.' })
  holderIds!: string[];

  @Field(() => [Node], { description: 'Its holders, ordered by id.' })
  holders!: Node[];

  @Field(() => [String], { description: 'Codes of its duty types (e.g. ANNUAL_REPORT), ordered.' })
  dutyTypes!: string[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'Two obligations paired across the sides whose properties differ.',
})
export class ObligationChange {
  @Field(() => DiffObligation, { description: 'As the "from" side states it.' })
  before!: DiffObligation;

  @Field(() => DiffObligation, { description: 'As the "to" side states it.' })
  after!: DiffObligation;

  @Field(() => ObligationMatch, { description: 'The rule that paired them.' })
  matchedBy!: string;

  @Field(() => Float, {
    description: 'Similarity of the two texts: shared distinct words (Dice), 0 to 1.',
  })
  similarity!: number;

  @Field(() => [PropertyChange], {
    description:
      'Properties that differ (text, modality, lead, shared, cadence, deadline*, leadHolders, basedOn, dischargedThrough), ordered by name.',
  })
  changes!: PropertyChange[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Obligations, paired only when unambiguous: same holders and duty types, then same text, ' +
    'then the only candidate, then a clearly best text match (see ObligationMatch); anything else is removed + added.',
})
export class ObligationDiff {
  @Field(() => [DiffObligation], {
    description: 'On the "to" side only; ordered by holders, duty types, id.',
  })
  added!: DiffObligation[];

  @Field(() => [DiffObligation], {
    description: 'On the "from" side only; ordered by holders, duty types, id.',
  })
  removed!: DiffObligation[];

  @Field(() => [ObligationChange], { description: 'Ordered by holders, duty types, id.' })
  changed!: ObligationChange[];

  @Field(() => Int, { description: 'How many were added (the length of `added`).' })
  addedCount!: number;

  @Field(() => Int, { description: 'How many were removed (the length of `removed`).' })
  removedCount!: number;

  @Field(() => Int, { description: 'Paired and identical.' })
  unchanged!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'What changed in the governance of an area between two states. Relationships and obligations are ' +
    'statements of one document (docs/decisions/0002); the state at a date is the statements current then ' +
    '(validFrom <= date < validTo, decision 0004); the state of a document is its own statements.',
})
export class GovernanceDiff {
  @Field(() => ID, { description: 'The area compared.' })
  areaId!: string;

  @Field(() => DiffSide, { description: 'The earlier state ("before").' })
  from!: DiffSide;

  @Field(() => DiffSide, { description: 'The later state ("after").' })
  to!: DiffSide;

  @Field(() => BodyDiff, { description: 'Bodies that appear, disappear or change.' })
  bodies!: BodyDiff;

  @Field(() => RelationshipDiff, { description: 'Relationships added, removed or changed.' })
  relationships!: RelationshipDiff;

  @Field(() => ObligationDiff, { description: 'Obligations added, removed or changed.' })
  obligations!: ObligationDiff;
}
