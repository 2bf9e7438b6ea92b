import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { resolveAsOf } from '../documents/period.ts';
import type { Context } from '../context.ts';
import { derivedOnce } from '../cache.ts';
import { assertId } from '../graph/input.ts';
import { toNode, toRelationship } from '../graph/map.ts';
import { NeighbourhoodService, type NeighbourhoodData } from './neighbourhood.service.ts';
import { Neighbourhood, NeighbourhoodArgs } from './neighbourhood.type.ts';

/** Each kept neighbourhood shaped once: it is the same object until the next write. */
const toNeighbourhood = derivedOnce((data: NeighbourhoodData) =>
  Object.assign(new Neighbourhood(), {
    ...data,
    center: toNode(data.center),
    nodes: data.nodes.map(toNode),
    edges: data.edges.map(toRelationship),
  }),
);

@Resolver(() => Neighbourhood)
export class NeighbourhoodResolver {
  @Query(() => Neighbourhood, {
    nullable: true,
    description:
      'The explorer\'s "focus" view: every node within `hops` (1 or 2) of a node over relationships of the given types, ' +
      'current at `asOf`, and the relationships between them. Nodes and edges ordered by id; capped at 500 nodes ' +
      '(`truncated`). An unknown id is NOT_FOUND; hops outside 1..2: BAD_USER_INPUT.',
  })
  async neighbourhood(
    @Args(() => NeighbourhoodArgs) args: NeighbourhoodArgs,
    @Ctx() ctx: Context,
  ): Promise<Neighbourhood | null> {
    const { hops, types } = args;
    const id = assertId(args.id);
    const asOf = args.allTime ? null : ((await resolveAsOf(ctx, args, [id])) ?? undefined);
    const service = ctx.services.get(NeighbourhoodService);
    return toNeighbourhood(await service.around(id, { hops, types, asOf }));
  }
}
