import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { AskService } from './ask.service.ts';
import { Answer, AskArgs } from './ask.type.ts';

@Resolver()
export class AskResolver {
  @Query(() => Answer, {
    description:
      'Answers a question in plain words ("Who holds the Children\'s Trust to account in Wiltshire\'s 2014 protocol?") from the statements of one document, with the quotes that say so. Names, aliases, acronyms and loose references ("the Trust", "the DCS") are linked to nodes; an area or year in the question picks the document (default: the current document that states what the question names, else the latest that does). A reference that means several things answers AMBIGUOUS with alternatives; a question no kind fits answers with the best passages (searchText). Deterministic and offline. A question outside 2-300 characters is BAD_USER_INPUT; an unknown areaId or documentId is NOT_FOUND.',
  })
  ask(@Args(() => AskArgs) args: AskArgs, @Ctx() ctx: Context) {
    return ctx.services.get(AskService).ask(args);
  }
}
