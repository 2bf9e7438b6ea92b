import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { resolveAsOf } from '../documents/period.ts';
import { Body } from '../graph/node.types.ts';
import { MembershipService } from './membership.service.ts';
import { Chairing, Membership, SubgroupLink, SubgroupTreeNode } from './membership.type.ts';
import { AsOfArgs, SubgroupTreeArgs } from './structure.args.ts';
import { toChairing, toMembership, toSubgroupLink, toSubgroupTree } from './structure.map.ts';

/** Members, chairs and sub-groups of a body. */
@Resolver(() => Body)
export class BodyStructureResolver {
  @FieldResolver(() => [Membership], {
    description:
      'Who sits on the body (MEMBER_OF arriving), with capacity and evidence; ordered by member name, then relationship id.',
  })
  async members(@Root() body: Body, @Args(() => AsOfArgs) a: AsOfArgs, @Ctx() ctx: Context) {
    const asOf = await resolveAsOf(ctx, a, [body.id]);
    return (await ctx.services.get(MembershipService).members(body.id, asOf)).map(toMembership);
  }

  @FieldResolver(() => [Chairing], {
    description: 'The posts or persons that chair the body; ordered by name, then relationship id.',
  })
  async chairs(@Root() body: Body, @Args(() => AsOfArgs) a: AsOfArgs, @Ctx() ctx: Context) {
    const asOf = await resolveAsOf(ctx, a, [body.id]);
    return (await ctx.services.get(MembershipService).chairs(body.id, asOf)).map(toChairing);
  }

  @FieldResolver(() => SubgroupLink, {
    nullable: true,
    description:
      'The body this one is a sub-group of; for a joint sub-group, the first parent by name (see parents).',
  })
  async parent(@Root() body: Body, @Args(() => AsOfArgs) a: AsOfArgs, @Ctx() ctx: Context) {
    const asOf = await resolveAsOf(ctx, a, [body.id]);
    const [first] = await ctx.services.get(MembershipService).parents(body.id, asOf);
    return first ? toSubgroupLink(first) : null;
  }

  @FieldResolver(() => [SubgroupLink], {
    description:
      'Every body this one is a sub-group of (two for a joint sub-group); ordered by parent name, then relationship id.',
  })
  async parents(@Root() body: Body, @Args(() => AsOfArgs) a: AsOfArgs, @Ctx() ctx: Context) {
    const asOf = await resolveAsOf(ctx, a, [body.id]);
    return (await ctx.services.get(MembershipService).parents(body.id, asOf)).map(toSubgroupLink);
  }

  @FieldResolver(() => [SubgroupLink], {
    description: 'Direct sub-groups; ordered by sub-group name, then relationship id.',
  })
  async subgroups(@Root() body: Body, @Args(() => AsOfArgs) a: AsOfArgs, @Ctx() ctx: Context) {
    const asOf = await resolveAsOf(ctx, a, [body.id]);
    return (await ctx.services.get(MembershipService).subgroups(body.id, asOf)).map(toSubgroupLink);
  }

  @FieldResolver(() => [SubgroupTreeNode], {
    description:
      'The nested sub-groups below the body, `depth` levels deep (at most 4), with the evidence at each level; each level ordered by name, then relationship id.',
  })
  async subgroupTree(
    @Root() body: Body,
    @Args(() => SubgroupTreeArgs) { depth, ...a }: SubgroupTreeArgs,
    @Ctx() ctx: Context,
  ) {
    const asOf = await resolveAsOf(ctx, a, [body.id]);
    const service = ctx.services.get(MembershipService);
    return (await service.subgroupTree(body.id, depth, asOf)).map(toSubgroupTree);
  }
}
