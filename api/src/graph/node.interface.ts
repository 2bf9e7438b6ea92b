import { Field, ID, InterfaceType } from 'type-graphql';
import type { Basis as BasisValue } from '@accgraph/schema';
import { Evidence } from './evidence.type.ts';
import { Basis } from './basis.type.ts';

/** Anything in the graph with a stable id: `node(id)` finds it. */
@InterfaceType({
  description: 'Anything in the graph with a stable, readable id (e.g. "wiltshire/wscb").',
})
export abstract class Node {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description:
      "What to call it: the name of an area, body, post, organisation or person; a document's or provision's title; a duty type's label; an obligation's text.",
  })
  name!: string;

  @Field(() => [Evidence], {
    description: 'Quotes that establish this node (its kind, status, dates), in document order.',
  })
  evidence!: Evidence[];

  @Field(() => Basis, {
    description: 'STATED by the document, or INTERPRETED (our reading; see `interpretation`).',
  })
  basis!: BasisValue;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is read so, when `basis` is INTERPRETED; null when STATED.',
  })
  interpretation!: string | null;
}
