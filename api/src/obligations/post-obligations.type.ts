import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../graph/connection.ts';
import { IsoDate } from '../graph/input.ts';
import { Body, Obligation, Post } from '../graph/node.types.ts';
import { Relationship } from '../graph/relationship.types.ts';

@ObjectType({
  simpleResolvers: true,
  description:
    "A set of obligations a post carries at a date: its own (body null), or a body's obligations which the post shares as a member or chair of that body.",
})
export class ObligationGroup {
  @Field(() => Body, {
    nullable: true,
    description:
      "Null for the post's own duties; otherwise the body the post sits on or chairs, whose obligations these are.",
  })
  body!: Body | null;

  @Field(() => [Relationship], {
    description:
      'Why the post carries them: the MEMBER_OF / CHAIRS statements current at the date, each with its capacity (member, core-member, invited, ...) and the quotes that state it; ordered by relationship id. Empty for the own group.',
  })
  via!: Relationship[];

  @Field(() => [Obligation], {
    description:
      "Obligations current at the date, held by the post itself (own group) or by the body (HAS_OBLIGATION from the body: the body's duties, not duties the document assigns to the post personally); ordered by document, then id. An obligation an earlier group already lists is left out here (listed once per answer). PostObligations.obligationPage sends the same obligations a page at a time.",
  })
  obligations!: Obligation[];

  @Field(() => Int, {
    description: 'How many obligations `obligations` lists (all pages of obligationPage).',
  })
  obligationCount!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "One obligation of a post's answer with the group that lists it (obligationPage).",
})
export class GroupedObligation {
  @Field(() => Int, {
    description: 'The position (from 0) of its group in PostObligations.groups.',
  })
  group!: number;

  @Field(() => Obligation)
  obligation!: Obligation;
}

export const GroupedObligationConnection = Connection(GroupedObligation, 'GroupedObligation');

@ArgsType()
export class ObligationPageArgs extends PageArgs {}

@ObjectType({
  simpleResolvers: true,
  description:
    'Everything a post carries at a date: its own obligations, then the obligations of each body it sits on or chairs.',
})
export class PostObligations {
  @Field(() => Post)
  post!: Post;

  @Field(() => IsoDate, { description: 'The date answered for (today when none was given).' })
  asOf!: string;

  @Field(() => [ObligationGroup], {
    description:
      "The post's own obligations first (always present, possibly empty), then one group per body it sits on or chairs at the date, ordered by body name, then id.",
  })
  groups!: ObligationGroup[];

  /** Every obligation of `groups` in order, with its group's position (obligationPage pages it). */
  grouped!: GroupedObligation[];
}

export const PostObligationsConnection = Connection(PostObligations, 'PostObligations');

@ArgsType()
export class PostKindArgs extends PageArgs {
  @Field(() => String, {
    description:
      'The post kind: dcs, lead-member, independent-chair, chair, chief-executive, chief-constable, dass, director-public-health, board-manager, training-manager, lay-member, young-person-member, other.',
  })
  kind!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only posts of these areas (default: every area).',
  })
  areaIds?: string[] | null;

  @Field(() => IsoDate, {
    nullable: true,
    description:
      "The date to answer for (default today: each area's latest document, decision 0004).",
  })
  asOf?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only obligations of these duty type codes, e.g. ["S11_ASSURANCE"] (default all).',
  })
  dutyTypes?: string[] | null;
}
