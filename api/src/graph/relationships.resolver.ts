import {
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import type { RelationshipType } from '@accgraph/schema';
import type { Context } from '../context.ts';
import { Connection, PageArgs, afterKey, keysetConnection, pageSize } from './connection.ts';
import { IsoDate } from './input.ts';
import { Node } from './node.interface.ts';
import { toRelationship } from './map.ts';
import { NodeService, type Direction } from './node.service.ts';
import { Relationship, RelationshipKind } from './relationship.types.ts';

export const DirectionEnum = { OUT: 'OUT', IN: 'IN', BOTH: 'BOTH' } as const;
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'OUT: relationships the node starts; IN: those pointing at it; BOTH.',
});

export const RelationshipConnection = Connection(Relationship, 'Relationship');

@ArgsType()
export class RelationshipsArgs extends PageArgs {
  @Field(() => [RelationshipKind], {
    nullable: true,
    description: 'Only these types (default all).',
  })
  types?: RelationshipType[] | null;

  @Field(() => DirectionEnum, { defaultValue: 'BOTH' })
  direction!: Direction;

  @Field(() => IsoDate, {
    nullable: true,
    description: 'Only statements current at this date (default: today). See allTime.',
  })
  asOf?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Every statement of every document, whatever its period.',
  })
  allTime!: boolean;
}

@Resolver(() => Node)
export class NodeRelationshipsResolver {
  @FieldResolver(() => RelationshipConnection, {
    description: "The node's relationships, ordered by relationship id.",
  })
  async relationships(
    @Root() node: Node,
    @Args(() => RelationshipsArgs) args: RelationshipsArgs,
    @Ctx() ctx: Context,
  ) {
    const first = pageSize(args);
    const after = afterKey(args);
    const page = await ctx.services
      .get(NodeService)
      .relationshipPage(
        node.id,
        { types: args.types, direction: args.direction, asOf: args.allTime ? null : args.asOf },
        { first, after },
      );
    return keysetConnection(
      page.items.map(toRelationship),
      { after, more: page.more },
      (r) => r.id,
      page.totalCount,
    );
  }
}
