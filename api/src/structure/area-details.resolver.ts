import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { DOCUMENT_ID_ARG, resolveAsOf } from '../documents/period.ts';
import { mapConnection, type ConnectionValue } from '../graph/connection.ts';
import { IsoDate, assertId } from '../graph/input.ts';
import { toNode } from '../graph/map.ts';
import type { Node } from '../graph/node.interface.ts';
import type { NodeRecord } from '../graph/records.ts';
import { Area, type Body, type Organisation, type Person, type Post } from '../graph/node.types.ts';
import {
  AreaBodyConnection,
  AreaCounts,
  AreaNodesArgs,
  AreaOrganisationConnection,
  AreaPersonConnection,
  AreaPostConnection,
} from './area-details.type.ts';
import { AreaDetailsService } from './area-details.service.ts';

const ORDER = 'Ordered by name, then id.';

/** A page of node records as GraphQL objects. */
async function nodes<T extends Node>(page: Promise<ConnectionValue<NodeRecord>>) {
  return mapConnection(await page, (r) => toNode(r) as T);
}

function checked(args: AreaNodesArgs): AreaNodesArgs {
  if (args.documentId) assertId(args.documentId, 'documentId');
  return args;
}

/** Bodies, posts, organisations, persons and counts of an area. */
@Resolver(() => Area)
export class AreaDetailsResolver {
  @FieldResolver(() => AreaBodyConnection, { description: `The area's bodies. ${ORDER}` })
  bodies(@Root() area: Area, @Args(() => AreaNodesArgs) args: AreaNodesArgs, @Ctx() ctx: Context) {
    return nodes<Body>(ctx.services.get(AreaDetailsService).page(area.id, 'Body', checked(args)));
  }

  @FieldResolver(() => AreaPostConnection, { description: `The area's posts. ${ORDER}` })
  posts(@Root() area: Area, @Args(() => AreaNodesArgs) args: AreaNodesArgs, @Ctx() ctx: Context) {
    return nodes<Post>(ctx.services.get(AreaDetailsService).page(area.id, 'Post', checked(args)));
  }

  @FieldResolver(() => AreaOrganisationConnection, {
    description: `The area's organisations (national ones, without an area, are not listed). ${ORDER}`,
  })
  organisations(
    @Root() area: Area,
    @Args(() => AreaNodesArgs) args: AreaNodesArgs,
    @Ctx() ctx: Context,
  ) {
    const service = ctx.services.get(AreaDetailsService);
    return nodes<Organisation>(service.page(area.id, 'Organisation', checked(args)));
  }

  @FieldResolver(() => AreaPersonConnection, {
    description: `The persons a document of the area names. ${ORDER}`,
  })
  persons(@Root() area: Area, @Args(() => AreaNodesArgs) args: AreaNodesArgs, @Ctx() ctx: Context) {
    return nodes<Person>(
      ctx.services.get(AreaDetailsService).page(area.id, 'Person', checked(args)),
    );
  }

  @FieldResolver(() => AreaCounts, {
    description:
      'How many documents, bodies, posts, organisations, persons, obligations and relationships the area has at a date.',
  })
  async counts(
    @Root() area: Area,
    @Arg('asOf', () => IsoDate, {
      nullable: true,
      description: 'Count what is current at this date (default: today).',
    })
    asOf: string | null,
    @Ctx() ctx: Context,
    @Arg('documentId', () => ID, { nullable: true, description: DOCUMENT_ID_ARG })
    documentId: string | null,
  ): Promise<AreaCounts> {
    const at = await resolveAsOf(ctx, { asOf, documentId }, [area.id]);
    return ctx.services.get(AreaDetailsService).counts(area.id, at);
  }
}
