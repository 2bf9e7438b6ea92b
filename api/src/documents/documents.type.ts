import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Evidence } from '../graph/evidence.type.ts';
import { IsoDate } from '../graph/input.ts';
import { Document } from '../graph/node.types.ts';

export enum DocumentFactCategory {
  DATE = 'date',
  NOTE = 'note',
  REPLACES = 'replaces',
  AIM = 'aim',
}
registerEnumType(DocumentFactCategory, {
  name: 'DocumentFactCategory',
  description:
    'DATE: a date the document states (or the date it took effect, cited by the dates that show it). NOTE: what the document leaves missing, blank or ambiguous. REPLACES: what the document says it replaces. AIM: the aim the document states for itself, in its words.',
});

@ObjectType({
  description:
    'One document-level fact with the quotes that show it: a date, a note (a blank field cites the blank cells, a lost figure its caption) or a "replaces" statement. What a document does not say has no fact, or a note citing the blank.',
})
export class DocumentFact {
  @Field(() => DocumentFactCategory)
  category!: DocumentFactCategory;

  @Field(() => String, {
    description:
      'DATE: dated, signed, approved, review-due, as-at, issued, year or effective-from. NOTE: lost-figure, lost-table, ambiguity, blank-field, draft or other. REPLACES: replaces.',
  })
  kind!: string;

  @Field(() => String, {
    description:
      "The date (ISO, as precise as the document), the note's text, or what is replaced in the document's words.",
  })
  value!: string;

  @Field(() => IsoDate, { nullable: true, description: 'The date, for a DATE fact; else null.' })
  date!: string | null;

  @Field(() => [Evidence], {
    description: 'The quotes that show it, in document order (source.slice(start, end) === quote).',
  })
  evidence!: Evidence[];
}

@ObjectType({
  description:
    'Another document of the same area and how many results its own statements give, for an answer that is empty at the date asked (e.g. the 2014 protocol has 4 chains).',
})
export class DocumentCount {
  @Field(() => Document)
  document!: Document;

  @Field(() => Int, { description: 'How many results (chains, routes) its statements give.' })
  count!: number;
}
