import { Field, ObjectType } from 'type-graphql';
import { Evidence } from '../graph/evidence.type.ts';
import { Node } from '../graph/node.interface.ts';
import { Body, StatutoryProvision } from '../graph/node.types.ts';
import {
  BasedOnRelationship,
  DischargedThroughRelationship,
  HasObligationRelationship,
} from '../graph/relationship.types.ts';

@ObjectType({
  simpleResolvers: true,
  description: 'Who carries an obligation, as its document names them.',
})
export class ObligationHolder {
  @Field(() => Node, { description: 'The body, post, organisation or person that carries it.' })
  holder!: Node;

  @Field(() => Boolean, { description: 'The document says this holder leads on the obligation.' })
  lead!: boolean;

  @Field(() => HasObligationRelationship, {
    description: "The HAS_OBLIGATION statement (its evidence is the obligation's quotes).",
  })
  relationship!: HasObligationRelationship;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A statutory provision the document cites as the basis of a duty.',
})
export class ObligationBasis {
  @Field(() => StatutoryProvision)
  provision!: StatutoryProvision;

  @Field(() => [Evidence], { description: 'The quotes that cite it, in document order.' })
  evidence!: Evidence[];

  @Field(() => BasedOnRelationship, { description: 'The BASED_ON statement itself.' })
  relationship!: BasedOnRelationship;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A body through which the document says a duty is discharged.',
})
export class ObligationChannel {
  @Field(() => Body)
  body!: Body;

  @Field(() => [Evidence], { description: 'The quotes that say so, in document order.' })
  evidence!: Evidence[];

  @Field(() => DischargedThroughRelationship, {
    description: 'The DISCHARGED_THROUGH statement itself.',
  })
  relationship!: DischargedThroughRelationship;
}
