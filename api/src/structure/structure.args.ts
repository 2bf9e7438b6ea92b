import { ArgsType, Field, ID, Int } from 'type-graphql';
import { DOCUMENT_ID_ARG } from '../documents/period.ts';
import { PageArgs, Connection } from '../graph/connection.ts';
import { IsoDate } from '../graph/input.ts';
import { DirectionEnum } from '../graph/relationships.resolver.ts';
import type { Direction } from '../graph/node.service.ts';
import { Obligation } from '../graph/node.types.ts';
import { MAX_TREE_DEPTH } from './membership.service.ts';

const AS_OF = 'Only statements current at this date (default: today, i.e. the latest documents).';

@ArgsType()
export class AsOfArgs {
  @Field(() => IsoDate, { nullable: true, description: AS_OF })
  asOf?: string | null;

  @Field(() => ID, { nullable: true, description: DOCUMENT_ID_ARG })
  documentId?: string | null;
}

@ArgsType()
export class SubgroupTreeArgs extends AsOfArgs {
  @Field(() => Int, {
    defaultValue: 2,
    description: `How many levels below the body (1-${MAX_TREE_DEPTH}).`,
  })
  depth!: number;
}

@ArgsType()
export class ReportingLinesArgs extends AsOfArgs {
  @Field(() => DirectionEnum, {
    defaultValue: 'BOTH',
    description: 'OUT: lines the node reports along; IN: reports it receives; BOTH.',
  })
  direction!: Direction;
}

@ArgsType()
export class HeldObligationsArgs extends PageArgs {
  @Field(() => IsoDate, { nullable: true, description: AS_OF })
  asOf?: string | null;

  @Field(() => ID, { nullable: true, description: DOCUMENT_ID_ARG })
  documentId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only obligations of any of these duty type codes, e.g. ["ANNUAL_REPORT"].',
  })
  dutyTypes?: string[] | null;
}

export const HeldObligationConnection = Connection(Obligation, 'HeldObligation');
