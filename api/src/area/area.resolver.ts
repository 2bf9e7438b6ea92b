import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { DOCUMENT_ID_ARG, resolveAsOf } from '../documents/period.ts';
import { assertId, IsoDate } from '../graph/input.ts';
import { today } from '@accgraph/schema';
import { Area, Document } from '../graph/node.types.ts';
import { toNode, toNodeOf } from '../graph/map.ts';
import { AreaService } from './area.service.ts';
import { AreaGraph } from './area.type.ts';

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => [Area], { description: 'Every area in the graph, ordered by id.' })
  async areas(@Ctx() ctx: Context): Promise<Area[]> {
    return (await ctx.services.get(AreaService).list()).map((r) => toNode(r) as Area);
  }

  @Query(() => Area, { nullable: true, description: 'One area by id, e.g. "wiltshire".' })
  async area(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Area | null> {
    return toNodeOf(await ctx.services.get(AreaService).byId(assertId(id)), 'Area');
  }

  @FieldResolver(() => [Document], { description: 'Source documents, oldest first.' })
  async documents(@Root() area: Area, @Ctx() ctx: Context): Promise<Document[]> {
    return (await ctx.services.get(AreaService).documents(area.id)).map(
      (r) => toNode(r) as Document,
    );
  }

  @FieldResolver(() => AreaGraph, {
    description:
      'Bodies, posts, organisations and persons and the relationships between them, current at asOf ' +
      '(default today: the latest document), or of every document with allTime. Ordered by id.',
  })
  async graph(
    @Root() area: Area,
    @Ctx() ctx: Context,
    @Arg('asOf', () => IsoDate, { nullable: true }) asOf?: string | null,
    @Arg('allTime', () => Boolean, { defaultValue: false }) allTime?: boolean,
    @Arg('documentId', () => ID, { nullable: true, description: DOCUMENT_ID_ARG })
    documentId?: string | null,
  ): Promise<AreaGraph> {
    const at = allTime ? null : await resolveAsOf(ctx, { asOf, documentId }, [area.id]);
    return ctx.services.get(AreaService).graph(area.id, allTime ? null : (at ?? today()));
  }
}
