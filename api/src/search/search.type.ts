import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs } from '../graph/connection.ts';
import { IsoDate } from '../graph/input.ts';
import { Node } from '../graph/node.interface.ts';
import type { MatchedOn } from './rank.ts';

export const SearchKind = {
  BODY: 'BODY',
  POST: 'POST',
  ORGANISATION: 'ORGANISATION',
  PERSON: 'PERSON',
  OBLIGATION: 'OBLIGATION',
  DUTY_TYPE: 'DUTY_TYPE',
  DOCUMENT: 'DOCUMENT',
} as const;
export type SearchKind = keyof typeof SearchKind;
registerEnumType(SearchKind, { name: 'SearchKind', description: 'What kinds of node to search.' });

export const MatchField = { NAME: 'NAME', ALIAS: 'ALIAS', TEXT: 'TEXT', CODE: 'CODE' } as const;
registerEnumType(MatchField, {
  name: 'MatchField',
  description:
    "Where the text matched: NAME (a node's name, a document's title, a duty type's label), ALIAS, TEXT (an obligation's text) or CODE (a duty type code).",
});

@ObjectType({ description: 'One search result.' })
export class SearchHit {
  @Field(() => Node)
  node!: Node;

  @Field(() => Float, {
    description:
      '100 exact name/alias/code, 80 name prefix, 60 whole word in name, 40 alias contains, 30 name contains, 10 obligation text contains.',
  })
  score!: number;

  @Field(() => MatchField)
  matchedOn!: MatchedOn;

  @Field(() => String, {
    description: 'The text that matched (cut to a window, with "…", when long).',
  })
  snippet!: string;

  @Field(() => Int, { description: 'Offset of the match in snippet (UTF-16 units).' })
  matchStart!: number;

  @Field(() => Int, { description: 'Offset just after the match in snippet.' })
  matchEnd!: number;
}

export const SearchHitConnection = Connection(SearchHit, 'SearchHit');

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => String, {
    description: 'What to look for: 2 to 200 characters; case, accents and apostrophes ignored.',
  })
  text!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this area (duty types are always searched).',
  })
  areaId?: string | null;

  @Field(() => [SearchKind], { nullable: true, description: 'Only these kinds (default all).' })
  kinds?: SearchKind[] | null;

  @Field(() => IsoDate, {
    nullable: true,
    description:
      'Only bodies and obligations current at this date, and documents in force then (default: today). See allTime.',
  })
  asOf?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Search every period (superseded documents and their obligations too).',
  })
  allTime!: boolean;
}
