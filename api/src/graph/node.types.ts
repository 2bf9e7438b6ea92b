import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import { IsoDate } from './input.ts';
import { Node } from './node.interface.ts';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A local-authority area and its safeguarding governance.',
})
export class Area extends Node {
  @Field(() => String, { nullable: true })
  localAuthority!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A date a document states, with its meaning.' })
export class DocumentDate {
  @Field(() => String, { description: 'dated, signed, review-due, as-at, year, ...' })
  kind!: string;

  @Field(() => IsoDate)
  date!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Something missing or ambiguous in a document, recorded rather than filled.',
})
export class DocumentNote {
  @Field(() => String, {
    description: 'lost-figure, lost-table, ambiguity, blank-field, draft, other.',
  })
  kind!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A source document: a protocol or plan that states the arrangements.',
})
export class Document extends Node {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  areaId!: string;

  @Field(() => String, { nullable: true, description: 'protocol, plan, working-arrangements, ...' })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: 'final, draft or not-stated.' })
  status!: string | null;

  @Field(() => String, { nullable: true })
  version!: string | null;

  @Field(() => String, { description: 'File name of the source text in graph-seed/sources.' })
  sourceFile!: string;

  @Field(() => IsoDate, { nullable: true, description: 'When its arrangements took effect.' })
  effectiveFrom!: string | null;

  @Field(() => IsoDate, {
    nullable: true,
    description:
      'When a later document of the area took over (see supersededBy); null while current.',
  })
  effectiveTo!: string | null;

  @Field(() => String, { nullable: true, description: 'The later document of the same area.' })
  supersededBy!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year the arrangements took effect.' })
  year!: number | null;

  @Field(() => [DocumentDate])
  dates!: DocumentDate[];

  @Field(() => [DocumentNote])
  notes!: DocumentNote[];
}

@InterfaceType({
  implements: Node,
  description:
    'A body, organisation or post: something that can sit on, chair, lead or answer for a body.',
})
export abstract class Agent extends Node {
  @Field(() => [String], { description: 'Other names the documents use for it.' })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  areaId!: string | null;

  @Field(() => String, { nullable: true })
  kind!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Agent],
  description: 'A board, partnership, trust, sub-group, panel or forum.',
})
export class Body extends Agent {
  @Field(() => String, {
    nullable: true,
    description:
      'Primary function as the document frames it: scrutiny, delivery, strategy, assurance, ...',
  })
  function!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'statutory, non-statutory or not-stated: as the document states it.',
  })
  statutory!: string | null;

  @Field(() => IsoDate, { nullable: true })
  validFrom!: string | null;

  @Field(() => IsoDate, { nullable: true })
  validTo!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Agent],
  description: 'A council, police force, CCG, inspectorate, ...',
})
export class Organisation extends Agent {}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Agent],
  description: 'A post: DCS, Lead Member, a chair, ...',
})
export class Post extends Agent {}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A person, only where a document names one.',
})
export class Person extends Node {
  @Field(() => String, { nullable: true })
  areaId!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A deadline exactly as the document states it.' })
export class Deadline {
  @Field(() => Int)
  value!: number;

  @Field(() => String, { description: 'days, working-days, weeks, months, years.' })
  unit!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the time counts from, e.g. "incident".',
  })
  anchor!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'One duty as a document writes it.',
})
export class Obligation extends Node {
  @Field(() => String, { description: 'The duty as written.' })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'must, shall, will, should, may, responsible, ...',
  })
  modality!: string | null;

  @Field(() => Boolean, { description: 'The document says a holder leads on it.' })
  lead!: boolean;

  @Field(() => Boolean, { description: 'The document says its holders share it.' })
  shared!: boolean;

  @Field(() => String, { nullable: true })
  cadence!: string | null;

  @Field(() => Deadline, { nullable: true })
  deadline!: Deadline | null;

  @Field(() => String)
  documentId!: string;

  @Field(() => String, { nullable: true })
  areaId!: string | null;

  @Field(() => IsoDate, { nullable: true })
  validFrom!: string | null;

  @Field(() => IsoDate, { nullable: true })
  validTo!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A kind of duty in the taxonomy (schema/taxonomy).',
})
export class DutyType extends Node {
  @Field(() => String, { description: 'e.g. ANNUAL_REPORT.' })
  code!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A section of an Act, a regulation or statutory guidance.',
})
export class StatutoryProvision extends Node {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  citation!: string | null;

  @Field(() => String, { nullable: true })
  instrument!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'act-section, regulations, statutory-guidance, ...',
  })
  kind!: string | null;

  @Field(() => String, { nullable: true })
  regime!: string | null;

  @Field(() => IsoDate, { nullable: true })
  inForceFrom!: string | null;

  @Field(() => IsoDate, { nullable: true })
  inForceTo!: string | null;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

/** Every concrete node type, for the schema's orphaned types. */
export const NODE_TYPES = [
  Area,
  Document,
  Body,
  Organisation,
  Post,
  Person,
  Obligation,
  DutyType,
  StatutoryProvision,
];
