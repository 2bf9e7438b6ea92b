import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description:
    'A verbatim quote from a source document that establishes a fact: source.slice(start, end) === quote.',
})
export class Evidence {
  @Field(() => ID, { description: 'The document quoted, e.g. "wiltshire/2014".' })
  documentId!: string;

  @Field(() => String, { description: 'The exact words of the document.' })
  quote!: string;

  @Field(() => String, { description: 'The heading of the section the quote sits under.' })
  section!: string;

  @Field(() => Int, { description: 'Offset of the first character (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset after the last character.' })
  end!: number;
}
