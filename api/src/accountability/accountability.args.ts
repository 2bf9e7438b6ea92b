import { ArgsType, Field, ID, Int } from 'type-graphql';
import { assertId } from '../graph/input.ts';
import { BadUserInputError } from '../errors.ts';
import { IsoDate } from '../graph/iso-date.scalar.ts';
import { DOCUMENT_ID_ARG } from '../documents/period.ts';
import { AccountabilityDirection, AccountabilityHopKind } from './accountability.type.ts';
import { HOP_KINDS, type HopKind } from './hops.ts';
import type { Direction } from './traverse.ts';

export const MAX_HOPS = 6;
export const MAX_CHAINS = 1000;
const ROUTE = /^[a-z0-9-]{1,100}$/;

@ArgsType()
export class AccountabilityArgs {
  @Field(() => ID, { description: 'The subject: a body, post, organisation or person.' })
  id!: string;

  @Field(() => AccountabilityDirection, { defaultValue: 'HOLDERS' })
  direction!: Direction;

  @Field(() => Int, { defaultValue: 3, description: `Longest chain, in hops (1-${MAX_HOPS}).` })
  maxHops!: number;

  @Field(() => IsoDate, {
    nullable: true,
    description: "Statements current at this date (default: today, each area's latest document).",
  })
  asOf?: string | null;

  @Field(() => ID, { nullable: true, description: DOCUMENT_ID_ARG })
  documentId?: string | null;

  @Field(() => [AccountabilityHopKind], {
    nullable: true,
    description:
      'Hop kinds to follow (default: all). Leave out REPORTS_TO to follow only explicit accountability.',
  })
  include?: HopKind[] | null;

  @Field(() => Int, {
    defaultValue: 200,
    description: `Most chains to return (1-${MAX_CHAINS}); see AccountabilityResult.limited.`,
  })
  limit!: number;
}

@ArgsType()
export class AccountabilityPathArgs {
  @Field(() => ID, { description: 'The overseer the path starts at.' })
  from!: string;

  @Field(() => ID, { description: 'The overseen the path ends at.' })
  to!: string;

  @Field(() => Int, {
    defaultValue: MAX_HOPS,
    description: `Longest path, in hops (1-${MAX_HOPS}).`,
  })
  maxHops!: number;

  @Field(() => IsoDate, {
    nullable: true,
    description: 'Statements current at this date (default: today).',
  })
  asOf?: string | null;

  @Field(() => ID, { nullable: true, description: DOCUMENT_ID_ARG })
  documentId?: string | null;

  @Field(() => [AccountabilityHopKind], {
    nullable: true,
    description: 'Hop kinds to follow (default: all).',
  })
  include?: HopKind[] | null;
}

export function bounded(value: number, name: string, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(`"${name}" must be between 1 and ${max}, got ${value}.`);
  }
  return value;
}

export function includeSet(include: HopKind[] | null | undefined): Set<HopKind> {
  if (include == null) return new Set(HOP_KINDS);
  if (include.length === 0)
    throw new BadUserInputError('"include" must name at least one hop kind (or be omitted).');
  return new Set(include);
}

export function checkPath(args: AccountabilityPathArgs): AccountabilityPathArgs {
  assertId(args.from, 'from');
  assertId(args.to, 'to');
  if (args.from === args.to)
    throw new BadUserInputError('"from" and "to" must be different nodes.');
  bounded(args.maxHops, 'maxHops', MAX_HOPS);
  return args;
}

export function assertRoute(route: string | null | undefined): string | null {
  if (route == null) return null;
  if (!ROUTE.test(route)) {
    throw new BadUserInputError(
      '"route" is a slug of a-z, 0-9 and "-" (e.g. "wiltshire-2014-resolution").',
    );
  }
  return route;
}
