import { Field, ObjectType } from 'type-graphql';
import { Evidence } from '../graph/evidence.type.ts';
import { Node } from '../graph/node.interface.ts';
import { Post } from '../graph/node.types.ts';
import { DirectionEnum } from '../graph/relationships.resolver.ts';
import { ReportsToRelationship } from '../graph/relationship.types.ts';

@ObjectType({
  description:
    'One REPORTS_TO statement seen from a node: what is reported, how often, when, by whom, on which evidence.',
})
export class ReportingLine {
  @Field(() => DirectionEnum, {
    description: 'OUT: the node reports to the counterpart; IN: the counterpart reports to it.',
  })
  direction!: 'OUT' | 'IN';

  @Field(() => Node, { description: 'The node at the other end.' })
  counterpart!: Node;

  @Field(() => String, {
    nullable: true,
    description: 'What is reported: annual report, six-monthly report, minutes, ...',
  })
  artefact!: string | null;

  @Field(() => String, { nullable: true, description: 'annual, six-monthly, per-meeting, ...' })
  cadence!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "between October and December".' })
  timing!: string | null;

  @Field(() => Post, { nullable: true, description: 'The post that presents the report.' })
  presenter!: Post | null;

  @Field(() => [Evidence], { description: 'The quotes that state it, in document order.' })
  evidence!: Evidence[];

  @Field(() => ReportsToRelationship, { description: 'The statement itself.' })
  relationship!: ReportsToRelationship;
}
