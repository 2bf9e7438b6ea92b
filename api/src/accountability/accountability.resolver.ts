import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { assertId } from '../graph/input.ts';
import { IsoDate } from '../graph/iso-date.scalar.ts';
import { Area } from '../graph/node.types.ts';
import {
  AccountabilityArgs,
  AccountabilityPathArgs,
  assertRoute,
  bounded,
  checkPath,
  includeSet,
  MAX_CHAINS,
  MAX_HOPS,
} from './accountability.args.ts';
import { AccountabilityService } from './accountability.service.ts';
import {
  AccountabilityPath,
  AccountabilityResult,
  EscalationRoute,
} from './accountability.type.ts';

@Resolver()
export class AccountabilityResolver {
  @Query(() => AccountabilityResult, {
    description:
      'Who holds a node to account, and through whom (HOLDERS), or whom it holds to account (HELD): chains of overseer -> overseen hops, each backed by the statement and quotes that support it (docs/accountability.md). An unknown id is a NOT_FOUND error.',
  })
  accountability(
    @Args(() => AccountabilityArgs) a: AccountabilityArgs,
    @Ctx() ctx: Context,
  ): Promise<AccountabilityResult> {
    return ctx.services.get(AccountabilityService).chains(assertId(a.id), {
      ...a,
      maxHops: bounded(a.maxHops, 'maxHops', MAX_HOPS),
      limit: bounded(a.limit, 'limit', MAX_CHAINS),
      include: includeSet(a.include),
    });
  }

  @Query(() => AccountabilityPath, {
    nullable: true,
    description:
      'The shortest chain by which `from` oversees `to` (overseer -> overseen), ties broken by the ids along it; null when there is none within maxHops. An unknown id is a NOT_FOUND error.',
  })
  accountabilityPath(
    @Args(() => AccountabilityPathArgs) a: AccountabilityPathArgs,
    @Ctx() ctx: Context,
  ): Promise<AccountabilityPath | null> {
    const { from, to, ...opts } = checkPath(a);
    return ctx.services
      .get(AccountabilityService)
      .path(from, to, { ...opts, include: includeSet(a.include) });
  }

  @Query(() => [EscalationRoute], {
    description:
      'The escalation routes of an area current at asOf (default today), ordered by route slug; each with its ordered steps and where it ends. An unknown area is a NOT_FOUND error.',
  })
  escalationRoute(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('route', () => String, { nullable: true, description: 'Only this route (a slug).' })
    route: string | null,
    @Arg('asOf', () => IsoDate, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<EscalationRoute[]> {
    return ctx.services.get(AccountabilityService).areaRoutes(assertId(areaId, 'areaId'), {
      asOf,
      route: assertRoute(route),
    });
  }
}

@Resolver(() => Area)
export class AreaEscalationResolver {
  @FieldResolver(() => [EscalationRoute], {
    description: 'Escalation routes current at asOf (default today), ordered by route slug.',
  })
  escalationRoutes(
    @Root() area: Area,
    @Arg('asOf', () => IsoDate, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<EscalationRoute[]> {
    return ctx.services.get(AccountabilityService).areaRoutes(area.id, { asOf });
  }
}
