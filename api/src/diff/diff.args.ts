import { ArgsType, Field, ID } from 'type-graphql';
import { IsoDate } from '../graph/input.ts';

@ArgsType()
export class DiffArgs {
  @Field(() => ID, { description: 'The area, e.g. "wiltshire".' })
  areaId!: string;

  @Field(() => IsoDate, { description: 'The earlier state: the statements current at this date.' })
  from!: string;

  @Field(() => IsoDate, { description: 'The later state: the statements current at this date.' })
  to!: string;
}

@ArgsType()
export class DiffDocumentsArgs {
  @Field(() => ID, { description: 'The earlier document, e.g. "wiltshire/2014".' })
  fromDocumentId!: string;

  @Field(() => ID, { description: 'The later document, e.g. "wiltshire/2019".' })
  toDocumentId!: string;
}
