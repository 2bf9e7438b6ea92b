import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { resolveAsOf } from '../documents/period.ts';
import { assertId } from '../graph/input.ts';
import { ReportingService } from './reporting.service.ts';
import { ReportingLine } from './reporting.type.ts';
import { ReportingLinesArgs } from './structure.args.ts';
import { toReportingLine } from './structure.map.ts';

@Resolver()
export class ReportingLinesResolver {
  @Query(() => [ReportingLine], {
    description:
      'Every REPORTS_TO statement leaving or reaching a node (any kind of node), with artefact, cadence, timing, presenter and evidence; ordered by direction (OUT first), counterpart name, relationship id. An unknown id is NOT_FOUND.',
  })
  async reportingLines(
    @Arg('id', () => ID, { description: 'The node, e.g. "walsall/wscb".' }) id: string,
    @Args(() => ReportingLinesArgs) { direction, ...a }: ReportingLinesArgs,
    @Ctx() ctx: Context,
  ): Promise<ReportingLine[]> {
    const node = assertId(id);
    const asOf = await resolveAsOf(ctx, a, [node]);
    const service = ctx.services.get(ReportingService);
    return (await service.linesOf(node, direction, asOf)).map(toReportingLine);
  }
}
