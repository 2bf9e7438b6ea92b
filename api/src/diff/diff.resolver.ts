import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { derivedOnce } from '../cache.ts';
import { assertId } from '../graph/input.ts';
import { DiffArgs, DiffDocumentsArgs } from './diff.args.ts';
import { PageArgs } from '../graph/connection.ts';
import { toNode } from '../graph/map.ts';
import type { Document } from '../graph/node.types.ts';
import { relationshipPage, toBodyDiff, toObligationDiff, toRelationshipDiff } from './diff.map.ts';
import { DiffService, type DiffData, type DiffSideData } from './diff.service.ts';
import {
  GovernanceDiff,
  RelationshipDiff,
  RelationshipDiffPage,
  type DiffSide,
} from './diff.type.ts';

const toSide = (side: DiffSideData): DiffSide => ({
  date: side.date,
  documents: side.documents.map((d) => toNode(d) as Document),
});

/**
 * The GraphQL objects of a diff, shaped once: a diff kept in the graph cache
 * `document-diffs` is the same object until the next write, so its shaped
 * answer lives as long as it does (on the national set shaping was a fifth of
 * diffDocuments' CPU per request, issue 12 point 6).
 */
const toDiff = derivedOnce(shapeDiff);

function shapeDiff(data: DiffData): GovernanceDiff {
  return {
    areaId: data.areaId,
    from: toSide(data.from),
    to: toSide(data.to),
    bodies: toBodyDiff(data.bodies),
    relationships: toRelationshipDiff(data.relationships),
    obligations: toObligationDiff(data.obligations, data.nodes),
  };
}

@Resolver(() => GovernanceDiff)
export class DiffResolver {
  @Query(() => GovernanceDiff, {
    description:
      'What changed in an area between two dates: the relationships and obligations current at `from` ' +
      '(validFrom <= from < validTo, decision 0004) against those current at `to`, with the bodies present in each state. ' +
      'Added = current at `to` only; removed = current at `from` only. Every item carries the quotes of the document that states it. ' +
      'Wiltshire from 2015-01-01 to 2020-01-01 compares the 2014 protocol with the 2019 plan. Unknown area: NOT_FOUND.',
  })
  async diff(@Args(() => DiffArgs) args: DiffArgs, @Ctx() ctx: Context): Promise<GovernanceDiff> {
    const areaId = assertId(args.areaId, 'areaId');
    return toDiff(await ctx.services.get(DiffService).betweenDates(areaId, args.from, args.to));
  }

  @Query(() => GovernanceDiff, {
    description:
      "What changed between two documents of one area: each document's own statements, whatever their periods " +
      '(so it does not depend on the as-of convention). Unknown document: NOT_FOUND; documents of two areas: BAD_USER_INPUT.',
  })
  async diffDocuments(
    @Args(() => DiffDocumentsArgs) args: DiffDocumentsArgs,
    @Ctx() ctx: Context,
  ): Promise<GovernanceDiff> {
    const from = assertId(args.fromDocumentId, 'fromDocumentId');
    const to = assertId(args.toDocumentId, 'toDocumentId');
    return toDiff(await ctx.services.get(DiffService).betweenDocuments(from, to));
  }
}

@Resolver(() => RelationshipDiff)
export class RelationshipDiffResolver {
  @FieldResolver(() => RelationshipDiffPage, {
    description:
      'The added and removed relationships a page at a time (`first` 1-200, default 50; then `after` the ' +
      "page's endCursor), each page with its own quotes: the explorer's diff asks for these (decision 0028).",
  })
  page(@Root() d: RelationshipDiff, @Args(() => PageArgs) args: PageArgs): RelationshipDiffPage {
    return relationshipPage(d, args);
  }
}
