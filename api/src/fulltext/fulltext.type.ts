import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const TextHitKind = { TEXT: 'TEXT', QUOTE: 'QUOTE', NOTE: 'NOTE', DATE: 'DATE' } as const;
registerEnumType(TextHitKind, {
  name: 'TextHitKind',
  description:
    'What a full-text hit is: TEXT (a sentence or bullet of the source text), QUOTE (a stored quote of a document whose text is not bundled), NOTE (a note recorded on the document: a lost figure, a blank field, an ambiguity) or DATE (a date of the document, with the words that state it).',
});

@ObjectType({ description: 'A span of a snippet that matched a word of the query.' })
export class TextHighlight {
  @Field(() => Int, { description: 'Offset in snippet (UTF-16 units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just after the match in snippet.' })
  end!: number;
}

@ObjectType({ description: 'One passage of a document that matches a full-text query.' })
export class TextHit {
  @Field(() => TextHitKind)
  kind!: keyof typeof TextHitKind;

  @Field(() => ID, { description: 'The document, e.g. "wiltshire/2014".' })
  documentId!: string;

  @Field(() => String)
  documentTitle!: string;

  @Field(() => ID)
  areaId!: string;

  @Field(() => Int, { nullable: true, description: 'Year the document took effect.' })
  year!: number | null;

  @Field(() => Boolean, {
    description:
      'True when the document is in force today (no later document of its area took over).',
  })
  current!: boolean;

  @Field(() => String, {
    description: 'The heading the passage sits under (or "Note (kind)", "Dates").',
  })
  section!: string;

  @Field(() => String, { description: 'The passage: a sentence, bullet, note or date.' })
  snippet!: string;

  @Field(() => [TextHighlight], { description: 'The words that matched, in snippet order.' })
  highlights!: TextHighlight[];

  @Field(() => Int, {
    description:
      'Offset of the passage in the document text (Document.text); -1 for a note without a quote.',
  })
  start!: number;

  @Field(() => Int, { description: 'Offset after the passage; -1 for a note without a quote.' })
  end!: number;

  @Field(() => Float, {
    description: 'BM25+ relevance (higher is better); hits are ordered by it.',
  })
  score!: number;
}

@ObjectType({ description: 'The passages that match a full-text query, best first.' })
export class TextSearchResult {
  @Field(() => String, {
    description: 'The query as understood: stems, prefixes (*) and "phrases".',
  })
  understood!: string;

  @Field(() => Int, {
    description: 'Passages searched (in the documents asked for and all others).',
  })
  indexed!: number;

  @Field(() => [TextHit])
  hits!: TextHit[];
}

@ArgsType()
export class SearchTextArgs {
  @Field(() => String, {
    description:
      'Words (stemmed: "holds" finds "held"), prefixes ("ratif*") and phrases in double quotes ("does not duplicate"); 2 to 200 characters.',
  })
  query!: string;

  @Field(() => ID, { nullable: true, description: 'Only this area (default: every area).' })
  areaId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this document (default: every document, current or not).',
  })
  documentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many hits (1-50, default 10).' })
  first?: number | null;
}
