import { DocumentCount } from '../documents/documents.type.ts';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsoDate } from '../graph/input.ts';
import { Node } from '../graph/node.interface.ts';
import { EscalatesToRelationship, Relationship } from '../graph/relationship.types.ts';
import { PageInfo } from '../graph/connection.ts';
import { QuotedEvidence } from '../graph/map.ts';
import { HOP_KINDS, type HopKind, type Direction } from './traverse.ts';

export const AccountabilityDirection = { HOLDERS: 'HOLDERS', HELD: 'HELD' } as const;
registerEnumType(AccountabilityDirection, {
  name: 'AccountabilityDirection',
  description:
    'HOLDERS: who holds the subject to account, transitively (chains run from the subject up to its overseers). HELD: whom the subject holds to account (chains run down).',
});

export const AccountabilityHopKind = Object.fromEntries(HOP_KINDS.map((k) => [k, k])) as {
  [K in HopKind]: K;
};
registerEnumType(AccountabilityHopKind, {
  name: 'AccountabilityHopKind',
  description:
    'How a stated relationship reads as one overseer -> overseen hop (docs/accountability.md).',
  valuesConfig: {
    HOLDS_TO_ACCOUNT: { description: 'HOLDS_TO_ACCOUNT a -> b: a oversees b, in the stated mode.' },
    ACCOUNTABLE_TO: { description: 'ACCOUNTABLE_TO a -> b: b oversees a, in the stated mode.' },
    REPORTS_TO: { description: "REPORTS_TO a -> b: b receives a's reports, so b oversees a." },
    SUBGROUP_OF: { description: 'SUBGROUP_OF a -> b: the parent body b oversees its sub-group a.' },
    THROUGH_CHAIR: {
      description:
        'CHAIRS p -> body: whoever holds the chair p to account reaches the body through its chair. Never the outermost hop: a chair does not hold its own body to account.',
    },
  },
});

@ObjectType({
  description:
    'One step of a chain: `from` oversees `to`, because of one stated relationship (which may point the other way, see reversed).',
})
export class AccountabilityHop {
  @Field(() => Node, { description: 'The overseer.' })
  from!: Node;

  @Field(() => Node, { description: 'The overseen.' })
  to!: Node;

  @Field(() => AccountabilityHopKind)
  kind!: HopKind;

  @Field(() => String, {
    nullable: true,
    description:
      'The stated mode (challenge, call-to-account, scrutiny, oversight, assurance, reciprocal; democratic, non-executive, ...) for HOLDS_TO_ACCOUNT and ACCOUNTABLE_TO; null otherwise.',
  })
  mode!: string | null;

  @Field(() => Boolean, {
    description:
      'True when the relationship as stated points from the overseen to the overseer (ACCOUNTABLE_TO, REPORTS_TO, SUBGROUP_OF).',
  })
  reversed!: boolean;

  @Field(() => Relationship, {
    description: 'The relationship exactly as the document states it, with its quotes.',
  })
  relationship!: Relationship;

  @Field(() => [ID], {
    description:
      "The ids of the relationship's quotes in the answer's `evidence` list (chainPage.evidence, or AccountabilityPath.evidence): each quote is sent once per answer, not once per hop.",
  })
  evidenceIds!: string[];
}

@ObjectType({ description: 'A chain of hops from the subject outwards.' })
export class AccountabilityChain {
  @Field(() => [Node], {
    description: 'The nodes along the chain, the subject first; each hop joins two neighbours.',
  })
  nodes!: Node[];

  @Field(() => [AccountabilityHop], {
    description:
      'The hops from the subject outwards. HOLDERS: hops[0].to is the subject and each hop.to is the previous hop.from. HELD: hops[0].from is the subject and each hop.from is the previous hop.to.',
  })
  hops!: AccountabilityHop[];

  @Field(() => Node, {
    description:
      'The last node: HOLDERS, one who holds the subject to account through this chain; HELD, one the subject holds to account.',
  })
  end!: Node;

  @Field(() => Int, { description: 'Number of hops.' })
  length!: number;

  @Field(() => Boolean, {
    description: 'The chain was cut at maxHops: further hops leave its end.',
  })
  truncated!: boolean;
}

@ObjectType({
  description:
    'A page of chains, in the order of AccountabilityResult.chains, with the quotes of its hops listed once.',
})
export class AccountabilityChainPage {
  @Field(() => [AccountabilityChain])
  chains!: AccountabilityChain[];

  @Field(() => Int, { description: 'Chains in the whole answer (at most `limit`).' })
  totalCount!: number;

  @Field(() => PageInfo, { description: 'endCursor: pass it as `after` for the next page.' })
  pageInfo!: PageInfo;

  @Field(() => [QuotedEvidence], {
    description:
      "Every quote of this page's hops, each once, in the order first referred to; hops name theirs by `evidenceIds`.",
  })
  evidence!: QuotedEvidence[];
}

@ObjectType({
  description: 'The answer to "who holds X to account" (or "whom does X hold to account").',
})
export class AccountabilityResult {
  @Field(() => Node)
  subject!: Node;

  @Field(() => AccountabilityDirection)
  direction!: Direction;

  @Field(() => IsoDate, { description: 'The date the statements were taken as current at.' })
  asOf!: string;

  @Field(() => Int)
  maxHops!: number;

  @Field(() => [AccountabilityChain], {
    description:
      'Every chain of 1..maxHops hops from the subject that visits no node twice, ordered by length, then by the ids along it (next node id, then relationship id, hop by hop). Each prefix that ends on an overseer is its own chain; parallel statements between two nodes give separate chains.',
  })
  chains!: AccountabilityChain[];

  @Field(() => Boolean, { description: 'Some chain was cut at maxHops (longer ones exist).' })
  truncated!: boolean;

  @Field(() => [DocumentCount], {
    description:
      "When chains is empty because of the date: the subject area's other documents whose statements do give chains, with how many (e.g. the 2014 protocol has 4), oldest first; read one with documentId. Empty otherwise.",
  })
  elsewhere!: DocumentCount[];

  @Field(() => Boolean, {
    description: 'More chains exist than `limit`: only the first are listed.',
  })
  limited!: boolean;
}

@ObjectType({ description: 'The shortest overseer -> overseen path between two nodes.' })
export class AccountabilityPath {
  @Field(() => Node, { description: 'The overseer at the top of the path.' })
  from!: Node;

  @Field(() => Node, { description: 'The overseen at its end.' })
  to!: Node;

  @Field(() => Int)
  length!: number;

  @Field(() => [AccountabilityHop], {
    description: 'The hops in order: hops[0].from is `from`, the last hop.to is `to`.',
  })
  hops!: AccountabilityHop[];

  @Field(() => [QuotedEvidence], {
    description: "Every quote of the path's hops, each once; hops name theirs by `evidenceIds`.",
  })
  evidence!: QuotedEvidence[];
}

@ObjectType({ description: 'One ESCALATES_TO statement of a route.' })
export class EscalationStep {
  @Field(() => Int, { nullable: true, description: '1-based order on the route, as stated.' })
  step!: number | null;

  @Field(() => Node, { description: 'Who escalates.' })
  from!: Node;

  @Field(() => Node, { description: 'To whom.' })
  to!: Node;

  @Field(() => EscalatesToRelationship, { description: 'The statement, with its quotes.' })
  relationship!: EscalatesToRelationship;
}

@ObjectType({ description: 'A route a dispute or concern follows, step by step.' })
export class EscalationRoute {
  @Field(() => String, {
    nullable: true,
    description: 'The route slug, e.g. "wiltshire-2014-resolution"; null if none is stated.',
  })
  route!: string | null;

  @Field(() => ID)
  areaId!: string;

  @Field(() => [EscalationStep], {
    description: 'Ordered by step, then from id, then to id, then relationship id.',
  })
  steps!: EscalationStep[];

  @Field(() => [Node], {
    description:
      'Where the route ends: targets of its steps that escalate no further on it, ordered by id.',
  })
  endsAt!: Node[];
}

@ObjectType({
  description:
    'The escalation routes of an area at a date or in one document, and, when there are none, the documents that have some.',
})
export class EscalationAnswer {
  @Field(() => IsoDate, { description: 'The date the statements were taken as current at.' })
  asOf!: string;

  @Field(() => [EscalationRoute], { description: 'Ordered by route slug (as escalationRoute).' })
  routes!: EscalationRoute[];

  @Field(() => [DocumentCount], {
    description:
      "When routes is empty because of the date: the area's other documents that state routes, with how many, oldest first. Empty otherwise.",
  })
  elsewhere!: DocumentCount[];
}
