import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { derivedOnce } from '../cache.ts';
import { DOCUMENT_ID_ARG, resolveAsOf } from '../documents/period.ts';
import { mapConnection, paginate, type ConnectionValue } from '../graph/connection.ts';
import { assertId, assertIds, IsoDate } from '../graph/input.ts';
import { assertDutyCodes } from './duty-codes.ts';
import { toPostObligations } from './obligations.map.ts';
import { PostObligationsService, type KeptPost } from './post-obligations.service.ts';
import {
  type GroupedObligation,
  GroupedObligationConnection,
  ObligationPageArgs,
  PostKindArgs,
  PostObligations,
  PostObligationsConnection,
} from './post-obligations.type.ts';

/** The GraphQL objects of a kept post's obligations, shaped once (graph cache `post-obligations`). */
const shapedPost = derivedOnce((k: KeptPost): PostObligations =>
  toPostObligations(k.data, k.dutyTypes),
);

/** The explorer's page of obligations (decision 0028: small answers; it asks for the rest). */
export const DEFAULT_OBLIGATION_PAGE = 25;

const SEMANTICS =
  "A post's obligations are its own duties (HAS_OBLIGATION from the post) plus the obligations of the bodies the post sits on, which the post shares as a member (MEMBER_OF) or chair (CHAIRS) of that body: the documents give those duties to the body, not to the post personally (e.g. the Director of Children's Services carries the safeguarding board's duties as a member of the board). Only statements current at asOf count (decision 0004). Each obligation is listed once, in the first group that holds it: a duty two of the bodies hold together, or one the post holds itself and through a body, appears in the earlier group only (its `holders` name every holder).";

@Resolver(() => PostObligations)
export class PostObligationsResolver {
  @Query(() => PostObligations, {
    nullable: true,
    description: `Which obligations does this post carry across every body it sits on? ${SEMANTICS} Groups: the post's own obligations first (always present, possibly empty), then one per body, ordered by body name, then id. An unknown id is NOT_FOUND; the id of a node that is not a post is BAD_USER_INPUT.`,
  })
  async postObligations(
    @Arg('postId', () => ID, { description: 'A post id, e.g. "wiltshire/dcs".' }) postId: string,
    @Arg('asOf', () => IsoDate, {
      nullable: true,
      description: "The date to answer for (default today: each area's latest document).",
    })
    asOf: string | null,
    @Arg('dutyTypes', () => [String], {
      nullable: true,
      description: 'Only obligations of these duty type codes (default all).',
    })
    dutyTypes: string[] | null,
    @Ctx() ctx: Context,
    @Arg('documentId', () => ID, { nullable: true, description: DOCUMENT_ID_ARG })
    documentId: string | null,
  ): Promise<PostObligations | null> {
    const id = assertId(postId, 'postId');
    const at = await resolveAsOf(ctx, { asOf, documentId }, [id]);
    const kept = await ctx.services
      .get(PostObligationsService)
      .kept(id, at ?? undefined, assertDutyCodes(dutyTypes));
    // shaped once per kept answer (one write generation), with every obligation's duty types
    return kept ? shapedPost(kept) : null;
  }

  @FieldResolver(() => GroupedObligationConnection, {
    description: `The obligations of \`groups\`, in the same order (group by group), a page at a time (first 1-200, default ${DEFAULT_OBLIGATION_PAGE}; the cursor is the obligation's id), each naming its group by position: a client asks for \`groups\` without their obligations (obligationCount says how many) and then pages these, so no answer carries every obligation of a post at once (decision 0028).`,
  })
  obligationPage(
    @Root() result: PostObligations,
    @Args(() => ObligationPageArgs) page: ObligationPageArgs,
  ): ConnectionValue<GroupedObligation> {
    return paginate(
      result.grouped,
      { first: page.first ?? DEFAULT_OBLIGATION_PAGE, after: page.after },
      (g) => g.obligation.id,
    );
  }

  @Query(() => PostObligationsConnection, {
    description: `The same grouping for every post of a kind (e.g. every "dcs"), in the given areas or in all. ${SEMANTICS} Posts are ordered by area id, then post id; a post is listed when at asOf it sits on or chairs a body, or itself carries one of the selected obligations.`,
  })
  async obligationsByPostKind(@Args(() => PostKindArgs) args: PostKindArgs, @Ctx() ctx: Context) {
    const items = await ctx.services
      .get(PostObligationsService)
      .byKind(
        args.kind,
        assertIds(args.areaIds ?? [], 'areaIds'),
        args.asOf ?? undefined,
        assertDutyCodes(args.dutyTypes),
      );
    return mapConnection(
      paginate(items, args, (p) => p.post.id),
      toPostObligations,
    );
  }
}
