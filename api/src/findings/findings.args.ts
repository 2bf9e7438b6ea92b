import { ArgsType, Field, ID } from 'type-graphql';
import { IsoDate } from '../graph/input.ts';
import { FindingLaw, FindingSeverity } from './findings.type.ts';

@ArgsType()
export class FindingsFilter {
  @Field(() => ID, {
    nullable: true,
    description:
      'One area (e.g. "wiltshire"); all areas when omitted. An unknown area is NOT_FOUND.',
  })
  area?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'One document (e.g. "wiltshire/2014"): its own statements, evaluated on the last day it was in force (or today while current) unless asOf is given, which must fall in its period. An unknown document is NOT_FOUND.',
  })
  document?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The same as document (the name every other time-dependent query uses); both given must agree.',
  })
  documentId?: string | null;

  @Field(() => IsoDate, {
    nullable: true,
    description:
      "Evaluate the statements in force on this date (default today: each area's latest document).",
  })
  asOf?: string | null;

  @Field(() => FindingLaw, {
    nullable: true,
    description:
      "Which law judges the statements: DOCUMENT_PERIOD (default) the law in force during the document's period (on asOf when given, else on the day the document took effect); TODAY today's law. Each finding's law says which applied.",
  })
  law?: FindingLaw | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only these rules (ids); all rules when omitted.',
  })
  rules?: string[] | null;

  @Field(() => FindingSeverity, {
    nullable: true,
    description: 'Only findings at or above this severity.',
  })
  minSeverity?: FindingSeverity | null;
}
