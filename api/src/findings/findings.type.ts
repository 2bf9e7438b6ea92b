import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../graph/connection.ts';
import { Evidence } from '../graph/evidence.type.ts';
import type { Finding as FindingModel } from './model.ts';
import { IsoDate } from '../graph/input.ts';
import { Node } from '../graph/node.interface.ts';
import { Relationship } from '../graph/relationship.types.ts';

export enum FindingSeverity {
  INFO = 'info',
  LOW = 'low',
  MEDIUM = 'medium',
  HIGH = 'high',
}
registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  description: 'How much a finding matters, lowest first: INFO < LOW < MEDIUM < HIGH.',
});

export enum FindingStatus {
  OPEN = 'open',
  ACCEPTED_RISK = 'accepted-risk',
}
registerEnumType(FindingStatus, {
  name: 'FindingStatus',
  description:
    'OPEN: nothing in the document answers it. ACCEPTED_RISK: the document itself declares a mitigation (see `mitigation`).',
});

export enum FindingLaw {
  DOCUMENT_PERIOD = 'DOCUMENT_PERIOD',
  TODAY = 'TODAY',
}
registerEnumType(FindingLaw, {
  name: 'FindingLaw',
  description:
    "Which law judges a document's statements. DOCUMENT_PERIOD: the law in force during the document's period (the default). TODAY: today's law.",
});

@ObjectType({ simpleResolvers: true, description: 'The law a finding was judged by.' })
export class FindingLawApplied {
  @Field(() => FindingLaw)
  kind!: FindingLaw;

  @Field(() => IsoDate, { description: 'The date whose law applied.' })
  asOf!: string;

  @Field(() => String, {
    description:
      'For people, e.g. "the law in force on 15 December 2014 (the document\'s period)" or "today\'s law (7 December 2026)".',
  })
  label!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'What a rule or finding stands on: a statute, guidance or the document itself.',
})
export class FindingBasis {
  @Field(() => String, { description: 'statute, guidance or document-commitment.' })
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'StatutoryProvision id, e.g. "law/ca2004/s11".' })
  provisionId!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "Children Act 2004, s.11".' })
  citation!: string | null;

  @Field(() => String, { nullable: true, description: 'The words relied on, where quoted.' })
  quote!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A rule parameter and its default value.' })
export class FindingRuleParameter {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The default value, as JSON.' })
  value!: string;

  @Field(() => String)
  description!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A rule of the catalogue (schema/rules/rules.yaml, docs/rules.md).',
})
export class FindingRule {
  @Field(() => ID, { description: 'e.g. DUAL_ROLE_SELF_SCRUTINY.' })
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Why it matters, in plain language.' })
  rationale!: string;

  @Field(() => FindingSeverity, { description: 'Default severity of its findings.' })
  severity!: FindingSeverity;

  @Field(() => [FindingBasis], { description: 'What the rule stands on, in catalogue order.' })
  basis!: FindingBasis[];

  @Field(() => [FindingRuleParameter], { description: 'Parameters in catalogue order.' })
  parameters!: FindingRuleParameter[];

  @Field(() => String, { description: 'The implementation file, from the repository root.' })
  implementation!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A gap, duplication or accountability risk found by one rule in one area at a date, with its evidence.',
})
export class Finding {
  @Field(() => ID, {
    description:
      'Stable: <rule>:<documentId>:<subject ids>, e.g. "DUAL_ROLE_SELF_SCRUTINY:wiltshire/2014:wiltshire/dcs:...".',
  })
  id!: string;

  @Field(() => ID)
  ruleId!: string;

  @Field(() => ID)
  areaId!: string;

  @Field(() => ID, { description: 'The document whose statements establish it.' })
  documentId!: string;

  @Field(() => IsoDate, { description: 'The date the statements were evaluated at.' })
  asOf!: string;

  @Field(() => FindingLawApplied, {
    description:
      "The law the statements were judged by: the document's period (default) or today's.",
  })
  law!: FindingLawApplied;

  @Field(() => FindingSeverity)
  severity!: FindingSeverity;

  @Field(() => FindingStatus)
  status!: FindingStatus;

  @Field(() => String, { description: 'One plain-English sentence naming the bodies and posts.' })
  message!: string;

  @Field(() => [ID], { description: 'Ids of the subject nodes, in the order the rule names them.' })
  nodeIds!: string[];

  @Field(() => [Node], { description: 'The subject nodes, in the order the rule names them.' })
  nodes!: Node[];

  @Field(() => [ID], { description: 'Ids of the subject relationships, ordered by id.' })
  relationshipIds!: string[];

  @Field(() => [Relationship], { description: 'The subject relationships, ordered by id.' })
  relationships!: Relationship[];

  @Field(() => [Evidence], { description: 'The quotes that establish it, in document order.' })
  evidence!: Evidence[];

  @Field(() => [FindingBasis], {
    description: "The rule's basis, then any basis specific to this finding.",
  })
  basis!: FindingBasis[];

  @Field(() => Evidence, {
    nullable: true,
    description: 'The mitigation the document itself declares (status ACCEPTED_RISK), if any.',
  })
  mitigation!: Evidence | null;

  /** The engine's finding (not a field): nodes, relationships, evidence and mitigation resolve from it. */
  model!: FindingModel;
}

export const FindingConnection = Connection(Finding, 'Finding');

@ObjectType({
  simpleResolvers: true,
  description: 'Findings on one node or relationship, for badges in the explorer.',
})
export class FindingFlag {
  @Field(() => ID, { description: 'A node id or a relationship id.' })
  subjectId!: string;

  @Field(() => String, { description: 'node or relationship.' })
  subjectKind!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => FindingSeverity, { description: 'The most severe of its findings.' })
  highestSeverity!: FindingSeverity;

  @Field(() => Boolean, { description: 'True when every finding on it is an accepted risk.' })
  allAccepted!: boolean;

  @Field(() => [ID], { description: 'Its findings, ordered by id.' })
  findingIds!: string[];

  @Field(() => [ID], { description: 'The rules that flag it, ordered by id.' })
  ruleIds!: string[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Findings on one node or relationship, naming its findings by position in the enclosing FindingFlagSet.findingIds (decision 0028: each id once per answer).',
})
export class FindingFlagRef {
  @Field(() => ID, { description: 'A node id or a relationship id.' })
  subjectId!: string;

  @Field(() => String, { description: 'node or relationship.' })
  subjectKind!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => FindingSeverity, { description: 'The most severe of its findings.' })
  highestSeverity!: FindingSeverity;

  @Field(() => Boolean, { description: 'True when every finding on it is an accepted risk.' })
  allAccepted!: boolean;

  @Field(() => [Int], {
    description:
      'Its findings, as positions (from 0) in FindingFlagSet.findingIds, in the order of their ids.',
  })
  findings!: number[];

  @Field(() => [ID], { description: 'The rules that flag it, ordered by id.' })
  ruleIds!: string[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'The flags of findingFlags in a smaller answer: each finding id once, each flag naming its findings by position.',
})
export class FindingFlagSet {
  @Field(() => [ID], { description: 'Every flagged finding, each once, ordered by id.' })
  findingIds!: string[];

  @Field(() => [FindingFlagRef], { description: 'Ordered by subject id, as findingFlags.' })
  flags!: FindingFlagRef[];
}

@ObjectType({ simpleResolvers: true, description: 'How many findings one rule has.' })
export class FindingRuleCount {
  @Field(() => ID)
  ruleId!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Findings of one area, counted per rule.' })
export class AreaFindingCounts {
  @Field(() => ID)
  areaId!: string;

  @Field(() => ID, { description: 'The document in force at the date.' })
  documentId!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => [FindingRuleCount], {
    description: 'Every rule of the query, in catalogue order (zeros kept).',
  })
  byRule!: FindingRuleCount[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'A national view: findings per area and rule, for analysts.',
})
export class FindingsSummary {
  @Field(() => IsoDate)
  asOf!: string;

  @Field(() => Int, { description: 'Areas with a document in force at the date.' })
  areaCount!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => [FindingRuleCount], { description: 'Totals per rule, in catalogue order.' })
  byRule!: FindingRuleCount[];

  @Field(() => [AreaFindingCounts], { description: 'One row per area, ordered by area id.' })
  areas!: AreaFindingCounts[];
}
