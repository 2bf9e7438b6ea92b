import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsoDate } from '../graph/input.ts';
import { INTENTS } from './intent.ts';

export const AnswerKind = {
  ANSWER: 'ANSWER',
  NOT_STATED: 'NOT_STATED',
  NOT_UNDERSTOOD: 'NOT_UNDERSTOOD',
  AMBIGUOUS: 'AMBIGUOUS',
} as const;
registerEnumType(AnswerKind, {
  name: 'AnswerKind',
  description:
    'ANSWER: the documents say it (text and evidence). NOT_STATED: the document does not say it (the text says so and cites the note recorded about it, or nothing when the absence is all there is). NOT_UNDERSTOOD: no kind of question fits and no passage matches. AMBIGUOUS: a name or the document could mean several things; see alternatives.',
});

export const AskIntent = Object.fromEntries(INTENTS.map((i) => [i, i])) as {
  [K in (typeof INTENTS)[number]]: K;
};
registerEnumType(AskIntent, {
  name: 'AskIntent',
  description:
    'What the question was understood to ask: HOLDERS (who holds X to account), HELD (whom X holds to account), CHAIN (the line between two bodies), POST_DUTIES (what a post carries across the bodies it sits on), BODY_DUTIES, REPORTING, ESCALATION, MEMBERS, CHAIRS, SUBGROUPS, STATUTORY_BASIS, DUTY_HOLDERS (who carries a kind of duty), JOINT_WORK (what two bodies do together), GAPS, DUPLICATION, CHANGES (between two documents), SUCCESSION, DOCUMENT_DATES, DOCUMENT_REVIEW, DOCUMENT_REPLACES, DOCUMENT_SIGNATORIES, DOCUMENT_STATUS, MISSING_CONTENT (a figure or table lost from the text), SEARCH (no kind fits: the best passages).',
});

@ObjectType({ description: 'A quote that supports an answer, with where it sits.' })
export class AnswerEvidence {
  @Field(() => ID)
  documentId!: string;

  @Field(() => String)
  documentTitle!: string;

  @Field(() => Boolean, { description: 'True when the quoted document is in force today.' })
  current!: boolean;

  @Field(() => String)
  section!: string;

  @Field(() => String, { description: 'The exact words: Document.text.slice(start, end).' })
  quote!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'When the quote supports a fact that is our reading (basis INTERPRETED): why it is read so. Null for a stated fact.',
  })
  interpretation!: string | null;
}

@ObjectType({ description: 'A node an answer names (to highlight on the canvas).' })
export class AnswerNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Body, Post, Organisation, Person, ...' })
  label!: string;
}

@ObjectType({ description: 'A name of the question and the node it was linked to.' })
export class LinkedNode {
  @Field(() => String, { description: 'The words of the question (normalised).' })
  mention!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  label!: string;
}

@ObjectType({ description: 'How the question was read, so it can be rerun or refined.' })
export class Interpretation {
  @Field(() => AskIntent)
  intent!: string;

  @Field(() => [LinkedNode])
  linked!: LinkedNode[];

  @Field(() => ID, { nullable: true })
  areaId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The document the answer is read from.' })
  documentId!: string | null;

  @Field(() => String, { nullable: true })
  documentTitle!: string | null;

  @Field(() => IsoDate, {
    nullable: true,
    description: "The date that selects that document's statements.",
  })
  asOf!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A GraphQL query over this API that returns the facts the answer rests on (run it to see them all).',
  })
  operation!: string | null;
}

@ObjectType({ description: 'One reading of an ambiguous question.' })
export class AnswerAlternative {
  @Field(() => String)
  label!: string;

  @Field(() => String, {
    description: 'The question reworded for this reading: ask it to get its answer.',
  })
  question!: string;

  @Field(() => ID, { nullable: true })
  nodeId!: string | null;

  @Field(() => ID, { nullable: true })
  areaId!: string | null;

  @Field(() => ID, { nullable: true })
  documentId!: string | null;
}

@ObjectType({
  description: 'An answer to a question in plain words, with the quotes that prove it.',
})
export class Answer {
  @Field(() => AnswerKind)
  kind!: string;

  @Field(() => String, {
    description: 'At most three plain sentences naming the nodes and the document.',
  })
  text!: string;

  @Field(() => [AnswerEvidence], { description: 'At most 10 quotes, best first.' })
  evidence!: AnswerEvidence[];

  @Field(() => [AnswerNode])
  nodes!: AnswerNode[];

  @Field(() => Interpretation)
  interpretation!: Interpretation;

  @Field(() => [AnswerAlternative], {
    description: 'The readings to choose from when kind is AMBIGUOUS.',
  })
  alternatives!: AnswerAlternative[];
}

@ArgsType()
export class AskArgs {
  @Field(() => String, { description: 'The question, in plain words (2-300 characters).' })
  question!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The area to read when the question names none (an area the question names wins).',
  })
  areaId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Answer from this document (e.g. "wiltshire/2014").',
  })
  documentId?: string | null;

  @Field(() => IsoDate, {
    nullable: true,
    description: 'Answer from the document in force on this date.',
  })
  asOf?: string | null;
}
