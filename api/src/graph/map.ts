import {
  basisOf,
  dutyCodeOf,
  type Evidence as EvidenceValue,
  type NodeLabel,
} from '@accgraph/schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Node } from './node.interface.ts';
import { type NodeRecord, bool, num, str, strings, type RelationshipRecord } from './records.ts';
import { RELATIONSHIP_CLASSES, type Relationship } from './relationship.types.ts';
import {
  Area,
  Body,
  Deadline,
  Document,
  DocumentDate,
  DocumentNote,
  DutyType,
  Obligation,
  Organisation,
  Person,
  Post,
  StatutoryProvision,
} from './node.types.ts';

/** Records (records.ts) as the GraphQL objects the resolvers return. */

type P = Record<string, unknown>;

function named<T extends Body | Organisation | Post>(target: T, r: NodeRecord): T {
  return Object.assign(target, {
    id: r.id,
    evidence: r.evidence,
    name: str(r.props, 'name') ?? r.id,
    aliases: strings(r.props, 'aliases'),
    areaId: str(r.props, 'areaId'),
    kind: str(r.props, 'kind'),
  });
}

function zip<T>(a: string[], b: string[], make: (x: string, y: string) => T): T[] {
  return a.map((x, i) => make(x, b[i] ?? ''));
}

function documentOf(r: NodeRecord, p: P): Document {
  const effectiveFrom = str(p, 'effectiveFrom');
  const year = effectiveFrom ? Number(effectiveFrom.slice(0, 4)) : NaN;
  return Object.assign(new Document(), {
    id: r.id,
    evidence: r.evidence,
    title: str(p, 'title') ?? r.id,
    name: str(p, 'title') ?? r.id,
    areaId: str(p, 'areaId') ?? '',
    kind: str(p, 'kind'),
    status: str(p, 'status'),
    version: str(p, 'version'),
    sourceFile: str(p, 'sourceFile') ?? '',
    effectiveFrom,
    effectiveTo: str(p, 'effectiveTo'),
    supersededBy: str(p, 'supersededBy'),
    year: Number.isInteger(year) ? year : null,
    dates: zip(strings(p, 'dateKinds'), strings(p, 'dateValues'), (kind, date) =>
      Object.assign(new DocumentDate(), { kind, date }),
    ),
    notes: zip(strings(p, 'noteKinds'), strings(p, 'noteTexts'), (kind, text) =>
      Object.assign(new DocumentNote(), { kind, text }),
    ),
  });
}

function obligationOf(r: NodeRecord, p: P): Obligation {
  const value = num(p, 'deadlineValue');
  const unit = str(p, 'deadlineUnit');
  return Object.assign(new Obligation(), {
    id: r.id,
    evidence: r.evidence,
    text: str(p, 'text') ?? '',
    name: str(p, 'text') ?? r.id,
    modality: str(p, 'modality'),
    lead: bool(p, 'lead') ?? false,
    shared: bool(p, 'shared') ?? false,
    cadence: str(p, 'cadence'),
    deadline:
      value !== null && unit
        ? Object.assign(new Deadline(), { value, unit, anchor: str(p, 'deadlineAnchor') })
        : null,
    documentId: str(p, 'documentId') ?? '',
    areaId: str(p, 'areaId'),
    validFrom: str(p, 'validFrom'),
    validTo: str(p, 'validTo'),
  });
}

/** The GraphQL object for a stored node, with its basis (STATED unless marked). */
export function toNode(r: NodeRecord): Node {
  return Object.assign(nodeOf(r), basisOf(r.props));
}

function nodeOf(r: NodeRecord): Node {
  const p = r.props;
  switch (r.label) {
    case 'Area':
      return Object.assign(new Area(), {
        id: r.id,
        evidence: r.evidence,
        name: str(p, 'name') ?? r.id,
        localAuthority: str(p, 'localAuthority'),
      });
    case 'Document':
      return documentOf(r, p);
    case 'Body':
      return Object.assign(named(new Body(), r), {
        function: str(p, 'function'),
        statutory: str(p, 'statutory'),
        validFrom: str(p, 'validFrom'),
        validTo: str(p, 'validTo'),
      });
    case 'Organisation':
      return named(new Organisation(), r);
    case 'Post':
      return named(new Post(), r);
    case 'Person':
      return Object.assign(new Person(), {
        id: r.id,
        evidence: r.evidence,
        name: str(p, 'name') ?? r.id,
        areaId: str(p, 'areaId'),
      });
    case 'Obligation':
      return obligationOf(r, p);
    case 'DutyType':
      return Object.assign(new DutyType(), {
        id: r.id,
        evidence: r.evidence,
        code: str(p, 'code') ?? dutyCodeOf(r.id),
        label: str(p, 'label') ?? r.id,
        name: str(p, 'label') ?? r.id,
        category: str(p, 'category'),
        description: str(p, 'description'),
      });
    case 'StatutoryProvision':
      return Object.assign(new StatutoryProvision(), {
        id: r.id,
        evidence: r.evidence,
        title: str(p, 'title') ?? r.id,
        name: str(p, 'title') ?? r.id,
        citation: str(p, 'citation'),
        instrument: str(p, 'instrument'),
        kind: str(p, 'kind'),
        regime: str(p, 'regime'),
        inForceFrom: str(p, 'inForceFrom'),
        inForceTo: str(p, 'inForceTo'),
        summary: str(p, 'summary'),
        url: str(p, 'url'),
      });
  }
}

/** The GraphQL class of each node label. */
interface NodeOfLabel {
  Area: Area;
  Document: Document;
  Body: Body;
  Organisation: Organisation;
  Post: Post;
  Person: Person;
  Obligation: Obligation;
  DutyType: DutyType;
  StatutoryProvision: StatutoryProvision;
}

/** The GraphQL object of a record with this label, or null (no record, or another label). */
export function toNodeOf<L extends NodeLabel>(
  r: NodeRecord | null | undefined,
  label: L,
): NodeOfLabel[L] | null {
  return r && r.label === label ? (toNode(r) as NodeOfLabel[L]) : null;
}

/** The GraphQL object for a stored relationship (its class carries its type's fields). */
export function toRelationship(r: RelationshipRecord): Relationship {
  const p = r.props;
  const base = {
    id: r.id,
    type: r.type,
    fromId: r.from,
    toId: r.to,
    documentId: str(p, 'documentId'),
    areaId: str(p, 'areaId'),
    validFrom: str(p, 'validFrom'),
    validTo: str(p, 'validTo'),
    key: str(p, 'key'),
    evidence: r.evidence,
    ...basisOf(p),
  };
  const extra: Record<string, unknown> = {
    capacity: str(p, 'capacity'),
    note: str(p, 'note'),
    joint: bool(p, 'joint'),
    mode: str(p, 'mode'),
    artefact: str(p, 'artefact'),
    cadence: str(p, 'cadence'),
    timing: str(p, 'timing'),
    presenterId: str(p, 'presenter'),
    subject: str(p, 'subject'),
    route: str(p, 'route'),
    step: num(p, 'step'),
    date: str(p, 'date'),
    lead: bool(p, 'lead'),
    role: str(p, 'role') ?? 'chair',
    what: str(p, 'what'),
    signatureBlank: bool(p, 'signatureBlank') ?? false,
  };
  const Class = RELATIONSHIP_CLASSES[r.type];
  return Object.assign(new Class(), base, extra);
}

// ---- Quotes listed once per answer (decision 0028) ----

/**
 * Evidence given once per answer (decision 0028): an answer lists each quote
 * once, with an id, and the items of the answer (hops, holders, obligations)
 * refer to it by that id instead of repeating it.
 */
@ObjectType({
  simpleResolvers: true,
  description:
    'A quote listed once in an answer, with the id its items refer to it by (`evidenceIds`): the same quote under many hops or cells is sent once. source.slice(start, end) === quote.',
})
export class QuotedEvidence {
  @Field(() => ID, {
    description:
      'Stable for the quote: "<documentId>@<start>-<end>" (the same in every answer and page).',
  })
  id!: string;

  @Field(() => ID, { description: 'The document quoted, e.g. "wiltshire/2014".' })
  documentId!: string;

  @Field(() => String, { description: 'The exact words of the document.' })
  quote!: string;

  @Field(() => String, { description: 'The heading of the section the quote sits under.' })
  section!: string;

  @Field(() => Int, { description: 'Offset of the first character (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset after the last character.' })
  end!: number;
}

/** The id of a quote: its document and offsets (offsets fix the words). */
export const quoteId = (e: EvidenceValue): string => `${e.documentId}@${e.start}-${e.end}`;

/** Collects the quotes of one answer, each once, in the order first referred to. */
export class QuoteList {
  private readonly byId = new Map<string, QuotedEvidence>();

  /** Adds `evidence` (once each) and returns the ids to refer to it by. */
  refer(evidence: readonly EvidenceValue[]): string[] {
    return evidence.map((e) => {
      const id = quoteId(e);
      if (!this.byId.has(id)) {
        this.byId.set(id, {
          id,
          documentId: e.documentId,
          quote: e.quote,
          section: e.section,
          start: e.start,
          end: e.end,
        });
      }
      return id;
    });
  }

  list(): QuotedEvidence[] {
    return [...this.byId.values()];
  }
}
