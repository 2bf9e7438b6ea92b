import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { PageArgs, PageInfo, type ConnectionValue } from '../graph/connection.ts';
import { assertId } from '../graph/input.ts';
import { ACCOUNTS_LOG, canAct } from '../auth/roles.ts';
import { ForbiddenError, UnauthenticatedError } from '../errors.ts';
import { AuditService, changeCursor } from './audit.service.ts';
import { AreaChange, AreaChangeConnection } from './audit.type.ts';

@Resolver()
export class AuditResolver {
  @Query(() => AreaChangeConnection, {
    description:
      'An area\'s audit trail, newest first: every change made through the API, with who, when, what (before and after) and why. Unknown area (one with neither a node nor a log): NOT_FOUND. "deployment:accounts" is the accounts log (deployment admins only).',
  })
  async changes(
    @Arg('areaId', () => ID, { description: 'The area, e.g. "wiltshire".' }) areaId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionValue<AreaChange>> {
    const result = await ctx.services
      .get(AuditService)
      .changes(readableLog(areaId, ctx), page.first ?? null, page.after ?? null);
    const edges = result.items.map((item) => ({
      cursor: changeCursor(item.seq),
      node: Object.assign(new AreaChange(), item),
    }));
    return {
      edges,
      totalCount: result.totalCount,
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: result.hasNextPage,
        hasPreviousPage: result.hasPreviousPage,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      }),
    };
  }

  @Query(() => String, {
    description:
      "An area's whole audit trail as JSON Lines (one change per line, oldest first; the fields of AreaChange, before and after as JSON text). Unknown area (one with neither a node nor a log): NOT_FOUND.",
  })
  changesExport(
    @Arg('areaId', () => ID, { description: 'The area, e.g. "wiltshire".' }) areaId: string,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return ctx.services.get(AuditService).exportChanges(readableLog(areaId, ctx));
  }
}

/**
 * The log id, checked; the accounts log (ACCOUNTS_LOG: who got which role, e-mail addresses)
 * is read by deployment admins only, whatever READ_ACCESS says.
 */
function readableLog(areaId: string, ctx: Context): string {
  const id = assertId(areaId, 'areaId');
  if (id === ACCOUNTS_LOG && !canAct(ctx.actor, 'admin', null)) {
    if (!ctx.actor)
      throw new UnauthenticatedError('Sign in first: the accounts log needs the role admin.');
    throw new ForbiddenError('The accounts log needs the role admin for the deployment.');
  }
  return id;
}
