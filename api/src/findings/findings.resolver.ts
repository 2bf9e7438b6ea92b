import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { mapConnection, PageArgs, paginate, type ConnectionValue } from '../graph/connection.ts';
import { toNode, toRelationship } from '../graph/map.ts';
import { catalogue } from './catalogue.ts';
import { FindingsFilter } from './findings.args.ts';
import { findingRulesOf, flagSetOf, keptFinding, toFlags, toSummary } from './findings.map.ts';
import { FindingsService } from './findings.service.ts';
import {
  Finding,
  FindingConnection,
  FindingFlag,
  FindingFlagSet,
  FindingRule,
  FindingsSummary,
} from './findings.type.ts';

@Resolver()
export class FindingsResolver {
  @Query(() => [FindingRule], {
    description: 'The rule catalogue (schema/rules/rules.yaml), in catalogue order.',
  })
  findingRules(): FindingRule[] {
    return findingRulesOf(catalogue());
  }

  @Query(() => FindingConnection, {
    description:
      'Gaps, duplication and accountability risks with their evidence, for the statements in force at asOf. Ordered by area id, then rule (catalogue order), then finding id.',
  })
  async findings(
    @Args(() => FindingsFilter) filter: FindingsFilter,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionValue<Finding>> {
    const { findings } = await ctx.services.get(FindingsService).run(filter);
    // only the page is shaped, each finding once per write generation (keptFinding)
    return mapConnection(
      paginate(findings, page, (f) => f.id),
      keptFinding,
    );
  }

  @Query(() => [FindingFlag], {
    description:
      'Per-node and per-relationship flags for the same filter as findings, so the explorer can badge them. Ordered by subject id.',
  })
  async findingFlags(
    @Args(() => FindingsFilter) filter: FindingsFilter,
    @Ctx() ctx: Context,
  ): Promise<FindingFlag[]> {
    return toFlags((await ctx.services.get(FindingsService).run(filter)).findings);
  }

  @Query(() => FindingFlagSet, {
    description:
      'The same flags as findingFlags, each finding id listed once and referred to by position (a smaller answer: the explorer asks for this one).',
  })
  async findingFlagSet(
    @Args(() => FindingsFilter) filter: FindingsFilter,
    @Ctx() ctx: Context,
  ): Promise<FindingFlagSet> {
    return flagSetOf((await ctx.services.get(FindingsService).run(filter)).findings);
  }

  @Query(() => FindingsSummary, {
    description: 'National summary for analysts: finding counts per area and rule at asOf.',
  })
  async findingsSummary(
    @Args(() => FindingsFilter) filter: FindingsFilter,
    @Ctx() ctx: Context,
  ): Promise<FindingsSummary> {
    return toSummary(await ctx.services.get(FindingsService).run(filter));
  }
}

/**
 * A finding's subjects and evidence, read from the store only when a client
 * asks for them (the engine keeps references: model.ts Citation).
 */
@Resolver(() => Finding)
export class FindingFieldsResolver {
  @FieldResolver()
  async nodes(@Root() f: Finding, @Ctx() ctx: Context) {
    return (await ctx.services.get(FindingsService).nodes(f.model)).map(toNode);
  }

  @FieldResolver()
  async relationships(@Root() f: Finding, @Ctx() ctx: Context) {
    return (await ctx.services.get(FindingsService).relationships(f.model)).map(toRelationship);
  }

  @FieldResolver()
  evidence(@Root() f: Finding, @Ctx() ctx: Context) {
    return ctx.services.get(FindingsService).evidence(f.model);
  }

  @FieldResolver()
  mitigation(@Root() f: Finding, @Ctx() ctx: Context) {
    return ctx.services.get(FindingsService).mitigation(f.model);
  }
}
