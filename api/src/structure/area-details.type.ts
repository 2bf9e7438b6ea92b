import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../graph/connection.ts';
import { IsoDate } from '../graph/input.ts';
import { Body, Organisation, Person, Post } from '../graph/node.types.ts';

export const AreaBodyConnection = Connection(Body, 'AreaBody');
export const AreaPostConnection = Connection(Post, 'AreaPost');
export const AreaOrganisationConnection = Connection(Organisation, 'AreaOrganisation');
export const AreaPersonConnection = Connection(Person, 'AreaPerson');

@ArgsType()
export class AreaNodesArgs extends PageArgs {
  @Field(() => IsoDate, {
    nullable: true,
    description:
      'Only nodes current at this date: a node is current unless its own validFrom is after the date or its validTo is on or before it (most nodes have no bounds). Default: today.',
  })
  asOf?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only nodes this document mentions: nodes at either end of a relationship or obligation (HAS_OBLIGATION) the document states.',
  })
  documentId?: string | null;
}

@ObjectType({ description: 'How much of an area the graph holds at a date.' })
export class AreaCounts {
  @Field(() => IsoDate, { description: 'The date counted at (today when not given).' })
  asOf!: string;

  @Field(() => Int, { description: 'Documents of the area that had taken effect by the date.' })
  documents!: number;

  @Field(() => Int, { description: 'Bodies of the area current at the date.' })
  bodies!: number;

  @Field(() => Int, { description: 'Posts of the area current at the date.' })
  posts!: number;

  @Field(() => Int, {
    description: 'Organisations of the area current at the date (national ones are not counted).',
  })
  organisations!: number;

  @Field(() => Int, { description: 'Persons of the area (named in a document).' })
  persons!: number;

  @Field(() => Int, { description: 'Obligations of the area current at the date.' })
  obligations!: number;

  @Field(() => Int, {
    description:
      "Relationships stated by the area's documents and current at the date (HAS_OBLIGATION links are counted as obligations instead).",
  })
  relationships!: number;
}
