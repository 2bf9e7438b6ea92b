import { Field, ID, InterfaceType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  RELATIONSHIP_TYPES,
  type Basis as BasisValue,
  type RelationshipType as RelType,
} from '@accgraph/schema';
import { Basis } from './basis.type.ts';
import { Evidence } from './evidence.type.ts';
import { IsoDate } from './input.ts';

/** The relationship types of the data model (docs/data-model.md). */
export const RelationshipKind = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, t])) as {
  [K in RelType]: K;
};
registerEnumType(RelationshipKind, {
  name: 'RelationshipType',
  description: 'The kinds of relationship in the graph (docs/data-model.md).',
});

@InterfaceType({
  description:
    'A relationship as one document states it: who, to whom, when, and the quotes that say so.',
})
export abstract class Relationship {
  @Field(() => ID, { description: '<documentId>:<TYPE>:<from>-><to>[#key]' })
  id!: string;

  @Field(() => RelationshipKind)
  type!: RelType;

  @Field(() => ID, { description: 'Id of the node the relationship starts at.' })
  fromId!: string;

  @Field(() => ID, { description: 'Id of the node the relationship points to.' })
  toId!: string;

  @Field(() => String, { nullable: true, description: 'The document that states it.' })
  documentId!: string | null;

  @Field(() => String, { nullable: true })
  areaId!: string | null;

  @Field(() => IsoDate, { nullable: true })
  validFrom!: string | null;

  @Field(() => IsoDate, { nullable: true, description: 'Null while current.' })
  validTo!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Disambiguates two of one type between one pair.',
  })
  key!: string | null;

  @Field(() => [Evidence], { description: 'Quotes that state it (empty only for derived links).' })
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

const rel = (description: string) => ({
  implements: Relationship,
  description,
  simpleResolvers: true,
});

@ObjectType(rel('A post, organisation, person or body sits on a body.'))
export class MemberOfRelationship extends Relationship {
  @Field(() => String, {
    nullable: true,
    description: 'member, core-member, nominated-deputy, invited, as-needed, ...',
  })
  capacity!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType(rel('A post or person chairs a body (alone, or as one of its co-chairs).'))
export class ChairsRelationship extends Relationship {
  @Field(() => String, {
    description: 'chair (the default), co-chair or vice-chair, as the document says.',
  })
  role!: string;
}

@ObjectType(rel('A body is a sub-group of another.'))
export class SubgroupOfRelationship extends Relationship {
  @Field(() => Boolean, { nullable: true, description: 'A joint sub-group of two bodies.' })
  joint!: boolean | null;
}

@ObjectType(rel('The source holds the target to account.'))
export class HoldsToAccountRelationship extends Relationship {
  @Field(() => String, {
    nullable: true,
    description: 'challenge, call-to-account, scrutiny, oversight, assurance, reciprocal.',
  })
  mode!: string | null;
}

@ObjectType(rel('The source is accountable to the target.'))
export class AccountableToRelationship extends Relationship {
  @Field(() => String, { nullable: true, description: 'political, professional, democratic, ...' })
  mode!: string | null;
}

@ObjectType(rel('The source reports to the target.'))
export class ReportsToRelationship extends Relationship {
  @Field(() => String, {
    nullable: true,
    description: 'annual report, six-monthly report, minutes, ...',
  })
  artefact!: string | null;

  @Field(() => String, { nullable: true, description: 'annual, six-monthly, per-meeting, ...' })
  cadence!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "between October and December".' })
  timing!: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the post that presents the report.' })
  presenterId!: string | null;
}

@ObjectType(rel('The source consults the target.'))
export class ConsultsRelationship extends Relationship {
  @Field(() => String, { nullable: true, description: 'What it is about.' })
  subject!: string | null;
}

@ObjectType(rel('The source advises the target.'))
export class AdvisesRelationship extends Relationship {
  @Field(() => String, { nullable: true, description: 'What it is about.' })
  subject!: string | null;
}

@ObjectType(rel('The source informs the target.'))
export class InformsRelationship extends Relationship {
  @Field(() => String, { nullable: true, description: 'What it is about.' })
  subject!: string | null;
}

@ObjectType(rel('The source supports the target.'))
export class SupportsRelationship extends Relationship {
  @Field(() => String, { nullable: true, description: 'What it is about.' })
  subject!: string | null;
}

@ObjectType(rel('A dispute or concern escalates from the source to the target.'))
export class EscalatesToRelationship extends Relationship {
  @Field(() => String, { nullable: true, description: 'The route this step belongs to.' })
  route!: string | null;

  @Field(() => Int, { nullable: true, description: '1-based order of the step on its route.' })
  step!: number | null;
}

@ObjectType(rel('A body is replaced by another.'))
export class SucceededByRelationship extends Relationship {
  @Field(() => IsoDate, { nullable: true })
  date!: string | null;
}

@ObjectType(rel('A post, person or body delegates something to another.'))
export class DelegatesToRelationship extends Relationship {
  @Field(() => String, { nullable: true, description: 'What is delegated, in its words.' })
  what!: string | null;
}

@ObjectType(rel('A post, person or organisation represents an organisation or body.'))
export class RepresentsRelationship extends Relationship {
  @Field(() => String, { nullable: true, description: 'Where or for what, e.g. signing.' })
  subject!: string | null;
}

@ObjectType(rel("A body's area covers a local authority's (several: a multi-authority board)."))
export class CoversRelationship extends Relationship {}

@ObjectType(
  rel('An organisation is a statutory safeguarding partner for an area (Children Act 2004).'),
)
export class SafeguardingPartnerOfRelationship extends Relationship {}

@ObjectType(rel('A post belongs to an organisation or body.'))
export class PostOfRelationship extends Relationship {}

@ObjectType(rel('A person holds a post.'))
export class HoldsPostRelationship extends Relationship {}

@ObjectType(rel('A person, post or body signed a document.'))
export class SignedRelationship extends Relationship {
  @Field(() => IsoDate, { nullable: true })
  date!: string | null;

  @Field(() => Boolean, {
    description: 'The signature cell is blank (named or titled, but not signed).',
  })
  signatureBlank!: boolean;
}

@ObjectType(rel('A holder carries an obligation.'))
export class HasObligationRelationship extends Relationship {
  @Field(() => Boolean, { nullable: true, description: 'The document says this holder leads.' })
  lead!: boolean | null;
}

@ObjectType(rel('An obligation is of a duty type (our classification).'))
export class OfTypeRelationship extends Relationship {}

@ObjectType(rel('An obligation or body rests on a provision the document cites.'))
export class BasedOnRelationship extends Relationship {}

@ObjectType(rel('An obligation is discharged through a body (e.g. a sub-group).'))
export class DischargedThroughRelationship extends Relationship {}

@ObjectType(rel('A node belongs to an area.'))
export class PartOfRelationship extends Relationship {}

@ObjectType(rel('A document sets the arrangements of a body.'))
export class GovernsRelationship extends Relationship {}

export const RELATIONSHIP_CLASSES = {
  MEMBER_OF: MemberOfRelationship,
  CHAIRS: ChairsRelationship,
  SUBGROUP_OF: SubgroupOfRelationship,
  HOLDS_TO_ACCOUNT: HoldsToAccountRelationship,
  ACCOUNTABLE_TO: AccountableToRelationship,
  REPORTS_TO: ReportsToRelationship,
  CONSULTS: ConsultsRelationship,
  ADVISES: AdvisesRelationship,
  INFORMS: InformsRelationship,
  ESCALATES_TO: EscalatesToRelationship,
  SUPPORTS: SupportsRelationship,
  SUCCEEDED_BY: SucceededByRelationship,
  DELEGATES_TO: DelegatesToRelationship,
  REPRESENTS: RepresentsRelationship,
  COVERS: CoversRelationship,
  POST_OF: PostOfRelationship,
  HOLDS_POST: HoldsPostRelationship,
  SIGNED: SignedRelationship,
  HAS_OBLIGATION: HasObligationRelationship,
  OF_TYPE: OfTypeRelationship,
  BASED_ON: BasedOnRelationship,
  DISCHARGED_THROUGH: DischargedThroughRelationship,
  PART_OF: PartOfRelationship,
  GOVERNS: GovernsRelationship,
  SAFEGUARDING_PARTNER_OF: SafeguardingPartnerOfRelationship,
} satisfies Record<RelType, new () => Relationship>;
