import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Area, AreaGraph, Document } from './area.type.ts';

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => [Area], { description: 'Every area in the graph, ordered by id.' })
  areas(@Ctx() ctx: Context): Promise<Area[]> {
    return ctx.services.areas.list();
  }

  @Query(() => Area, { nullable: true, description: 'One area by id, e.g. "wiltshire".' })
  area(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Area | null> {
    return ctx.services.areas.byId(id);
  }

  @FieldResolver(() => [Document], { description: 'Source documents, oldest first.' })
  documents(@Root() area: Area, @Ctx() ctx: Context): Promise<Document[]> {
    return ctx.services.areas.documents(area.id);
  }

  @FieldResolver(() => AreaGraph, { description: 'Bodies, posts and their relationships.' })
  graph(@Root() area: Area, @Ctx() ctx: Context): Promise<AreaGraph> {
    return ctx.services.areas.graph(area.id);
  }
}
