import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { FullTextService } from './fulltext.service.ts';
import { SearchTextArgs, TextSearchResult } from './fulltext.type.ts';

@Resolver()
export class FullTextResolver {
  @Query(() => TextSearchResult, {
    description:
      'Full-text search over the documents\' own words: every sentence and bullet of every source text, plus each document\'s notes and dates. Words are stemmed ("holds" finds "held"); "word*" is a prefix; "a phrase" in double quotes must appear as written. Ranked by BM25+ (MiniSearch), across every document by default, current or superseded (each hit says which). An unknown areaId or documentId is NOT_FOUND; a query outside 2-200 characters is BAD_USER_INPUT.',
  })
  searchText(@Args(() => SearchTextArgs) args: SearchTextArgs, @Ctx() ctx: Context) {
    return ctx.services.get(FullTextService).search(args);
  }
}
