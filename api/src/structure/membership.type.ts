import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../graph/node.interface.ts';
import { Body } from '../graph/node.types.ts';
import {
  ChairsRelationship,
  MemberOfRelationship,
  SubgroupOfRelationship,
} from '../graph/relationship.types.ts';

@ObjectType({ description: 'A seat on a body (MEMBER_OF), as one document states it.' })
export class Membership {
  @Field(() => Node, { description: 'Who sits on the body: a post, organisation, person or body.' })
  member!: Node;

  @Field(() => Body, { description: 'The body sat on.' })
  body!: Body;

  @Field(() => String, {
    nullable: true,
    description: 'member, core-member, nominated-deputy, invited, as-needed, lay-member, ...',
  })
  capacity!: string | null;

  @Field(() => MemberOfRelationship, { description: 'The statement, with its evidence.' })
  relationship!: MemberOfRelationship;
}

@ObjectType({ description: 'A post or person chairing a body (CHAIRS).' })
export class Chairing {
  @Field(() => Node, { description: 'The post or person who chairs.' })
  chair!: Node;

  @Field(() => Body, { description: 'The body chaired.' })
  body!: Body;

  @Field(() => ChairsRelationship, { description: 'The statement, with its evidence.' })
  relationship!: ChairsRelationship;
}

@ObjectType({ description: 'A sub-group and its parent body (SUBGROUP_OF).' })
export class SubgroupLink {
  @Field(() => Body)
  subgroup!: Body;

  @Field(() => Body)
  parent!: Body;

  @Field(() => SubgroupOfRelationship, { description: 'The statement, with its evidence.' })
  relationship!: SubgroupOfRelationship;
}

@ObjectType({ description: 'One sub-group in a body’s sub-group tree, with its own sub-groups.' })
export class SubgroupTreeNode {
  @Field(() => Body, { description: 'The sub-group.' })
  body!: Body;

  @Field(() => Int, { description: '1 for a direct sub-group of the root, 2 below that, ...' })
  depth!: number;

  @Field(() => SubgroupOfRelationship, {
    description: 'The statement that it is a sub-group of the node above, with its evidence.',
  })
  relationship!: SubgroupOfRelationship;

  @Field(() => [SubgroupTreeNode], {
    description:
      'Its own sub-groups (empty at the requested depth), ordered by name then relationship id.',
  })
  subgroups!: SubgroupTreeNode[];
}
