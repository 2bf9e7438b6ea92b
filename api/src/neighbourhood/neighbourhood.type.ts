import { DOCUMENT_ID_ARG } from '../documents/period.ts';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import type { RelationshipType } from '@accgraph/schema';
import { IsoDate } from '../graph/input.ts';
import { Node } from '../graph/node.interface.ts';
import { Relationship, RelationshipKind } from '../graph/relationship.types.ts';

export const MAX_HOPS = 2;
export const MAX_NODES = 500;

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID, { description: 'The centre node, e.g. "wiltshire/wscb".' })
  id!: string;

  @Field(() => Int, {
    defaultValue: 1,
    description: `How many relationships away from the centre to go (1 to ${MAX_HOPS}).`,
  })
  hops!: number;

  @Field(() => [RelationshipKind], {
    nullable: true,
    description:
      'Walk only these types (default: the agent-to-agent types MEMBER_OF, CHAIRS, SUBGROUP_OF, HOLDS_TO_ACCOUNT, ' +
      'ACCOUNTABLE_TO, REPORTS_TO, CONSULTS, ADVISES, INFORMS, ESCALATES_TO, SUPPORTS, SUCCEEDED_BY, POST_OF, HOLDS_POST). ' +
      'Both directions are walked.',
  })
  types?: RelationshipType[] | null;

  @Field(() => IsoDate, {
    nullable: true,
    description:
      'Only relationships current at this date (default: today, decision 0004). See allTime.',
  })
  asOf?: string | null;

  @Field(() => ID, { nullable: true, description: DOCUMENT_ID_ARG })
  documentId?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Every relationship of every document, whatever its period (asOf is then ignored).',
  })
  allTime!: boolean;
}

@ObjectType({
  description:
    'The nodes within some hops of a centre node and the relationships between them, for the explorer.',
})
export class Neighbourhood {
  @Field(() => Node, { description: 'The node the walk started from (also in `nodes`).' })
  center!: Node;

  @Field(() => [Node], {
    description: `Every node within \`hops\` of the centre (the centre included), ordered by id; at most ${MAX_NODES}.`,
  })
  nodes!: Node[];

  @Field(() => [Relationship], {
    description:
      'Every relationship of the walked types, current at the date, whose two ends are both in `nodes` ' +
      '(including those between two nodes of the outer ring), ordered by id.',
  })
  edges!: Relationship[];

  @Field(() => Boolean, {
    description: `True when more than ${MAX_NODES} nodes were in reach: the nearest ${MAX_NODES} are kept (by hops, then id).`,
  })
  truncated!: boolean;

  @Field(() => IsoDate, {
    nullable: true,
    description:
      'The date relationships were taken at (today when asOf was not given); null with allTime.',
  })
  asOf!: string | null;
}
