import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { DOCUMENT_ID_ARG, resolveAsOf } from '../documents/period.ts';
import { assertId, IsoDate } from '../graph/input.ts';
import { today } from '@accgraph/schema';
import { Area, Document } from '../graph/node.types.ts';
import { toNode, toNodeOf } from '../graph/map.ts';
import { AreaService } from './area.service.ts';
import { listed, type Listed } from './listing.ts';
import { documentTitles, documentYears } from './summary.ts';
import { AreaProvenanceService } from './provenance.resolver.ts';
import { AreaProvenance } from './provenance.type.ts';
import { AreaGraph } from './area.type.ts';

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => [Area], { description: 'Every area in the graph, ordered by id.' })
  async areas(@Ctx() ctx: Context): Promise<Area[]> {
    const service = ctx.services.get(AreaService);
    const listing = await service.listing(async () => {
      const areas = (await service.list()).map((r) => toNode(r) as Area);
      const provenance = ctx.services.get(AreaProvenanceService);
      const [documents, origins] = await Promise.all([
        Promise.all(areas.map((a) => service.documents(a.id))),
        Promise.all(areas.map((a) => provenance.of(a.id))),
      ]);
      const kept = areas.map((area, i) => {
        const docs = documents[i]!.map((r) => toNode(r) as Document);
        return {
          documents: docs,
          provenance: Object.assign(new AreaProvenance(), origins[i]!),
          documentYears: documentYears(docs),
          documentTitles: documentTitles(docs),
        };
      });
      areas.forEach((area, i) => listed.set(area, kept[i]!));
      // the listed parts are in the kept value too: the cache's byte bound counts them
      return { areas, kept };
    });
    return listing.areas;
  }

  @Query(() => Area, { nullable: true, description: 'One area by id, e.g. "wiltshire".' })
  async area(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Area | null> {
    return toNodeOf(await ctx.services.get(AreaService).byId(assertId(id)), 'Area');
  }

  @FieldResolver(() => [Document], { description: 'Source documents, oldest first.' })
  documents(@Root() area: Area, @Ctx() ctx: Context): Document[] | Promise<Document[]> {
    return this.fromDocuments(
      area,
      ctx,
      (l) => l.documents,
      (docs) => docs,
    );
  }

  @FieldResolver(() => [Int], {
    description:
      'The distinct years its documents took effect, ascending, e.g. [2014, 2019]: what the area ' +
      'picker shows ("Wiltshire (2014, 2019)") without asking for every document.',
  })
  documentYears(@Root() area: Area, @Ctx() ctx: Context): number[] | Promise<number[]> {
    return this.fromDocuments(area, ctx, (l) => l.documentYears, documentYears);
  }

  @FieldResolver(() => [String], {
    description: "Its documents' titles, oldest first (the area picker's tooltip).",
  })
  documentTitles(@Root() area: Area, @Ctx() ctx: Context): string[] | Promise<string[]> {
    return this.fromDocuments(area, ctx, (l) => l.documentTitles, documentTitles);
  }

  /**
   * What a field reads of the area's documents: from the listing when the
   * area came with it (synchronously), else from its documents read now.
   */
  private fromDocuments<T>(
    area: Area,
    ctx: Context,
    ofListed: (kept: Listed) => T,
    ofDocuments: (documents: Document[]) => T,
  ): T | Promise<T> {
    const kept = listed.get(area);
    if (kept) return ofListed(kept);
    return ctx.services
      .get(AreaService)
      .documents(area.id)
      .then((rows) => ofDocuments(rows.map((r) => toNode(r) as Document)));
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
