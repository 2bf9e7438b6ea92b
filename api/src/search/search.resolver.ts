import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { mapConnection } from '../graph/connection.ts';
import { toNode } from '../graph/map.ts';
import { SearchService } from './search.service.ts';
import { SearchArgs, SearchHit, SearchHitConnection } from './search.type.ts';

@Resolver()
export class SearchResolver {
  /*
   * Ranking (rank.ts): exact name/alias/code (100) > name prefix (80) > whole
   * word in name (60) > alias contains (40) > name contains (30) > obligation
   * text contains (10); ties by name, then id.
   */
  @Query(() => SearchHitConnection, {
    description:
      "Ranked search over names, aliases, duty type codes and labels, document titles and obligation texts; case-, accent- and apostrophe-insensitive (’ matches '). Ranking: exact name, alias or code match (score 100) > name starts with the text (80) > the text is a whole word in the name (60) > an alias contains it (40) > the name contains it (30) > an obligation text contains it (10); ties by name, then id. At most 1,000 name matches and 500 obligation-text matches are ranked (totalCount counts those). Text outside 2-200 characters is BAD_USER_INPUT.",
  })
  async search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: Context) {
    const page = await ctx.services.get(SearchService).search(args);
    return mapConnection(page, (hit) =>
      Object.assign(new SearchHit(), hit, { node: toNode(hit.node) }),
    );
  }
}
