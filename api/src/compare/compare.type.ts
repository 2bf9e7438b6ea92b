import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../graph/connection.ts';
import { QuotedEvidence } from '../graph/map.ts';
import { IsoDate } from '../graph/input.ts';
import { Node } from '../graph/node.interface.ts';
import { Area, DutyType, Obligation } from '../graph/node.types.ts';
import type { CoverageStatusValue } from './coverage.ts';

export const CoverageStatus: { [K in CoverageStatusValue]: K } = {
  NONE: 'NONE',
  SINGLE: 'SINGLE',
  SHARED: 'SHARED',
  LEAD: 'LEAD',
  MULTIPLE: 'MULTIPLE',
};

registerEnumType(CoverageStatus, {
  name: 'CoverageStatus',
  description:
    "How one duty type is carried in one area at a date. Counted: the area's obligations current at the date (decision 0004) classified under the duty type, and their holders (HAS_OBLIGATION). With two or more holders, a holder is covered by a declaration when at least one of its obligations of this type is either shared (the document says its holders share it, and two or more holders carry it) or names a lead (the document says one of its holders leads on it).",
  valuesConfig: {
    NONE: { description: 'No obligation of this type is current in the area.' },
    SINGLE: { description: 'Exactly one holder carries the duty (one or more obligations).' },
    SHARED: {
      description:
        'Two or more holders, every one covered by a shared obligation, and no obligation of this type names a lead.',
    },
    LEAD: {
      description:
        'Two or more holders, every one covered by a declaration, and at least one obligation of this type names a lead.',
    },
    MULTIPLE: {
      description:
        'Two or more holders and at least one of them is covered by no shared or lead declaration: potential duplication to check against the documents.',
    },
  },
});

@ObjectType({ description: 'One holder of a duty type in an area, with what it carries.' })
export class CoverageHolder {
  @Field(() => Node, { description: 'The body, post, organisation or person.' })
  holder!: Node;

  @Field(() => Boolean, { description: 'The document says it leads on one of these obligations.' })
  lead!: boolean;

  @Field(() => [Obligation], {
    description: 'Its current obligations of this duty type, ordered by document, then id.',
  })
  obligations!: Obligation[];

  @Field(() => [ID], {
    description:
      "The ids of `obligations`, in the same order: in rowPage, each obligation is sent once in the page's `obligations` list and holders refer to it by id.",
  })
  obligationIds!: string[];
}

@ObjectType({ description: 'An obligation listed once in a page of the comparison.' })
export class CoverageObligation {
  @Field(() => Obligation)
  obligation!: Obligation;

  @Field(() => [ID], {
    description: "The ids of its quotes in the page's `evidence` list.",
  })
  evidenceIds!: string[];
}

@ObjectType({
  description:
    'A page of comparison rows, with every obligation its cells name and every quote of those obligations listed once.',
})
export class CoverageRowPage {
  @Field(() => [CoverageRow], { description: 'In the order of AreaComparison.rows.' })
  rows!: CoverageRow[];

  @Field(() => Int, { description: 'Rows in the whole comparison.' })
  totalCount!: number;

  @Field(() => PageInfo, { description: 'endCursor: pass it as `after` for the next page.' })
  pageInfo!: PageInfo;

  @Field(() => [CoverageObligation], {
    description:
      "Each obligation named by this page's holders (CoverageHolder.obligationIds), once, ordered by id.",
  })
  obligations!: CoverageObligation[];

  @Field(() => [QuotedEvidence], {
    description: 'Each quote of those obligations, once (CoverageObligation.evidenceIds).',
  })
  evidence!: QuotedEvidence[];
}

@ObjectType({ description: 'One duty type in one area: who carries it and how.' })
export class CoverageCell {
  @Field(() => ID)
  areaId!: string;

  @Field(() => DutyType)
  dutyType!: DutyType;

  @Field(() => CoverageStatus, { description: 'See CoverageStatus for the exact rules.' })
  status!: CoverageStatusValue;

  @Field(() => [CoverageHolder], { description: 'Ordered by holder id; empty when NONE.' })
  holders!: CoverageHolder[];
}

@ObjectType({ description: 'One duty type across the compared areas.' })
export class CoverageRow {
  @Field(() => DutyType)
  dutyType!: DutyType;

  @Field(() => [CoverageCell], { description: 'One cell per area, in the order of `areas`.' })
  cells!: CoverageCell[];
}

@ObjectType({ description: 'A duty type × area matrix: who carries each kind of duty where.' })
export class AreaComparison {
  @Field(() => IsoDate, { description: 'The date answered for (today when none was given).' })
  asOf!: string;

  @Field(() => [Area], { description: 'The columns, in the order asked.' })
  areas!: Area[];

  @Field(() => [CoverageRow], {
    description: 'The rows, ordered by duty type category, then code.',
  })
  rows!: CoverageRow[];
}
