import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graph/connection.ts';

@ObjectType('AreaChange', {
  description:
    "One entry of an area's audit trail: who changed what, when and why, with the thing before and after the change.",
})
export class AreaChange {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The area changed.' })
  areaId!: string;

  @Field(() => Int, { description: "The change's number in its area's log (1 is the first)." })
  seq!: number;

  @Field(() => String, { description: 'When it was committed (ISO 8601 timestamp, UTC).' })
  at!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The account that made it (null: the system, e.g. a snapshot).',
  })
  accountId!: string | null;

  @Field(() => String, { nullable: true, description: "That account's display name then." })
  actorName!: string | null;

  @Field(() => String, {
    description:
      'What was done: relationship.add, relationship.correct, obligation.add, obligation.correct, node.add, node.edit, document-fact.add, document-fact.correct, area.publish, area.restore, ...',
  })
  action!: string;

  @Field(() => String, {
    description: 'The id of what was changed (node, relationship, document or area).',
  })
  targetId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What it was before, as JSON (null: it did not exist).',
  })
  before!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What it is after, as JSON (null: it was removed).',
  })
  after!: string | null;

  @Field(() => String, { description: "Why, in the editor's words." })
  reason!: string;
}

export const AreaChangeConnection = Connection(AreaChange, 'AreaChange');
