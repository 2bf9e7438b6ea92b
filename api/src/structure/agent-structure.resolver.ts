import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { resolveAsOf } from '../documents/period.ts';
import { Agent, Person } from '../graph/node.types.ts';
import { mapConnection, paginate } from '../graph/connection.ts';
import { assertDutyCodes } from '../obligations/duty-codes.ts';
import { ObligationService } from '../obligations/obligation.service.ts';
import { MembershipService } from './membership.service.ts';
import { Chairing, Membership } from './membership.type.ts';
import { ReportingService } from './reporting.service.ts';
import { ReportingLine } from './reporting.type.ts';
import { toChairing, toMembership, toReportingLine } from './structure.map.ts';
import { toObligation } from '../obligations/obligations.map.ts';
import {
  AsOfArgs,
  HeldObligationConnection,
  HeldObligationsArgs,
  ReportingLinesArgs,
} from './structure.args.ts';

const MEMBER_OF =
  'The bodies this node sits on (MEMBER_OF leaving it), with capacity and evidence; ordered by body name, then relationship id.';
const CHAIR_OF = 'The bodies this node chairs; ordered by body name, then relationship id.';

/** Where a body, post or organisation sits, what it chairs, reports and must do. */
@Resolver(() => Agent)
export class AgentStructureResolver {
  @FieldResolver(() => [Membership], { description: MEMBER_OF })
  async memberOf(@Root() agent: Agent, @Args(() => AsOfArgs) a: AsOfArgs, @Ctx() ctx: Context) {
    const asOf = await resolveAsOf(ctx, a, [agent.id]);
    return (await ctx.services.get(MembershipService).memberOf(agent.id, asOf)).map(toMembership);
  }

  @FieldResolver(() => [Chairing], { description: CHAIR_OF })
  async chairOf(@Root() agent: Agent, @Args(() => AsOfArgs) a: AsOfArgs, @Ctx() ctx: Context) {
    const asOf = await resolveAsOf(ctx, a, [agent.id]);
    return (await ctx.services.get(MembershipService).chairOf(agent.id, asOf)).map(toChairing);
  }

  @FieldResolver(() => [ReportingLine], {
    description:
      'Every REPORTS_TO statement leaving or reaching this node, with artefact, cadence, timing, presenter and evidence; ordered by direction (OUT first), counterpart name, relationship id.',
  })
  async reportingLines(
    @Root() agent: Agent,
    @Args(() => ReportingLinesArgs) { direction, ...a }: ReportingLinesArgs,
    @Ctx() ctx: Context,
  ) {
    const asOf = await resolveAsOf(ctx, a, [agent.id]);
    return (await ctx.services.get(ReportingService).lines(agent.id, direction, asOf)).map(
      toReportingLine,
    );
  }

  @FieldResolver(() => HeldObligationConnection, {
    description:
      'The obligations this node holds (HAS_OBLIGATION), current at asOf; ordered by document id, then obligation id.',
  })
  async obligations(
    @Root() agent: Agent,
    @Args(() => HeldObligationsArgs) args: HeldObligationsArgs,
    @Ctx() ctx: Context,
  ) {
    // An empty list, like none, means every duty type.
    const codes = assertDutyCodes(args.dutyTypes?.length ? args.dutyTypes : null);
    const held = await ctx.services
      .get(ObligationService)
      .currentOf([agent.id], (await resolveAsOf(ctx, args, [agent.id])) ?? undefined, codes);
    return mapConnection(
      paginate(held.get(agent.id) ?? [], args, (o) => o.id),
      toObligation,
    );
  }
}

/** Where a named person sits and what they chair. */
@Resolver(() => Person)
export class PersonStructureResolver {
  @FieldResolver(() => [Membership], { description: MEMBER_OF })
  async memberOf(@Root() person: Person, @Args(() => AsOfArgs) a: AsOfArgs, @Ctx() ctx: Context) {
    const asOf = await resolveAsOf(ctx, a, [person.id]);
    return (await ctx.services.get(MembershipService).memberOf(person.id, asOf)).map(toMembership);
  }

  @FieldResolver(() => [Chairing], { description: CHAIR_OF })
  async chairOf(@Root() person: Person, @Args(() => AsOfArgs) a: AsOfArgs, @Ctx() ctx: Context) {
    const asOf = await resolveAsOf(ctx, a, [person.id]);
    return (await ctx.services.get(MembershipService).chairOf(person.id, asOf)).map(toChairing);
  }
}
