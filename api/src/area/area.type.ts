import { Field, ID, ObjectType } from 'type-graphql';
import type { Basis as BasisValue } from '@accgraph/schema';
import { Basis } from '../graph/basis.type.ts';

@ObjectType({ description: 'A body, post, organisation or person drawn on the canvas.' })
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Body, Post, Organisation or Person.' })
  label!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  kind!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Primary function of a body: scrutiny, delivery, strategy, assurance, ...',
  })
  function!: string | null;
}

@ObjectType({ description: 'A relationship between two graph nodes, as one document states it.' })
export class GraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Relationship type, e.g. HOLDS_TO_ACCOUNT.' })
  type!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => String, { nullable: true })
  documentId!: string | null;

  @Field(() => Basis, { description: 'STATED by the document, or INTERPRETED (our reading).' })
  basis!: BasisValue;

  @Field(() => String, { nullable: true, description: 'Why, when INTERPRETED.' })
  interpretation!: string | null;
}

@ObjectType({ description: 'Nodes and edges of one area, ordered by id.' })
export class AreaGraph {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];
}
