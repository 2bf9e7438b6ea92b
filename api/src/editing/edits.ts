/**
 * Edits of a published area, as pure functions on its canonical graph
 * (decision 0024): each takes the area's graph and an edit whose evidence
 * the service has already made from selections of the stored text, and
 * returns the changed graph plus what the audit entry says (target, before,
 * after). Unknown ids: NOT_FOUND; duplicate ids and malformed edits:
 * BAD_USER_INPUT naming the field. The graph passed in is never mutated.
 */
import {
  type CanonicalGraph,
  type CanonicalNode,
  type CanonicalRelationship,
  documentFactsFromProps,
  documentFactsToProps,
  type DocumentFact,
  type Basis,
  type Evidence,
  NODE_DECLARABLE_LABELS,
  type PropertyValue,
  RESERVED_KEYS,
  relationshipId,
  type RelationshipType,
  sortEvidence,
} from '@accgraph/schema';
import { BadUserInputError, NotFoundError } from '../errors.ts';
import {
  checkDocumentFact,
  checkDutyTypes,
  checkLabel,
  checkModality,
  checkNodeKind,
  checkRelationshipProps,
  checkRelationshipType,
  checkStatutory,
  dutyTypeEntries,
} from './vocabulary.ts';

/** Whether a fact is what the document says, or a reading beyond its words (with the reason). */
export interface BasisInput {
  basis: Basis;
  /** Required (non-blank) when INTERPRETED; not allowed when STATED. */
  interpretation: string | null;
}

/** What an edit produced: the new graph and the audit entry's what. */
export interface EditResult {
  graph: CanonicalGraph;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

/** Types that are derived from other facts (obligations, structure) and never added by hand. */
const DERIVED_TYPES: readonly RelationshipType[] = ['HAS_OBLIGATION', 'OF_TYPE', 'PART_OF'];

/** Properties the server sets itself on a relationship or node; an edit may not set them. */
const SERVER_KEYS = [
  ...RESERVED_KEYS,
  'areaId',
  'documentId',
  'validFrom',
  'validTo',
  'basis',
  'interpretation',
  'key',
];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_TEXT = 2000;
const MAX_ALIASES = 50;

function clone(graph: CanonicalGraph): CanonicalGraph {
  return structuredClone(graph);
}

function nodeOf(graph: CanonicalGraph, id: string, field: string): CanonicalNode {
  const node = graph.nodes.find((n) => n.id === id);
  if (!node) throw new NotFoundError('node', id);
  void field;
  return node;
}

function documentOf(graph: CanonicalGraph, id: string): CanonicalNode {
  const node = graph.nodes.find((n) => n.id === id && n.labels[0] === 'Document');
  if (!node) throw new NotFoundError('document', id);
  return node;
}

function text(value: string, field: string, max = MAX_TEXT): string {
  const trimmed = value.trim();
  if (!trimmed) throw new BadUserInputError(`${field} must not be blank.`);
  if (trimmed.length > max)
    throw new BadUserInputError(`${field} is ${trimmed.length} characters; at most ${max}.`);
  return trimmed;
}

/** The basis properties to store: none for STATED (the default), basis + reason for INTERPRETED. */
export function basisProps(input: BasisInput, field: string): Record<string, PropertyValue> {
  if (input.basis === 'INTERPRETED') {
    if (input.interpretation === null || !input.interpretation.trim()) {
      throw new BadUserInputError(
        `${field}.interpretation: an interpretation needs its written reason (what the document says and how it is read).`,
      );
    }
    return {
      basis: 'INTERPRETED',
      interpretation: text(input.interpretation, `${field}.interpretation`),
    };
  }
  if (input.interpretation !== null && input.interpretation.trim()) {
    throw new BadUserInputError(
      `${field}.interpretation is only for basis INTERPRETED; a STATED fact rests on its quotes.`,
    );
  }
  return {};
}

/** Evidence is required for a STATED fact; an INTERPRETED one may cite none. */
function requireEvidence(evidence: readonly Evidence[], input: BasisInput, field: string): void {
  if (evidence.length === 0 && input.basis === 'STATED') {
    throw new BadUserInputError(
      `${field}.evidence: select at least one passage of the document, or mark the fact INTERPRETED with its reason.`,
    );
  }
}

/** User properties of a relationship or node: primitives or lists of strings, no server keys. */
export function userProps(
  props: Record<string, unknown>,
  field: string,
): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(props)) {
    if (!/^[a-z][A-Za-z0-9]{0,39}$/.test(key))
      throw new BadUserInputError(`${field}.${key}: property names are camelCase words.`);
    if (SERVER_KEYS.includes(key))
      throw new BadUserInputError(`${field}.${key} is set by the server, not by an edit.`);
    if (typeof value === 'string') out[key] = text(value, `${field}.${key}`);
    else if (typeof value === 'boolean') out[key] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      out[key] = value.map((v: string, i) => text(v, `${field}.${key}[${i}]`));
    else
      throw new BadUserInputError(
        `${field}.${key}: a property is a string, number, boolean or list of strings.`,
      );
  }
  return out;
}

/** When a document's statements stop being current: as its other statements say. */
function documentPeriod(graph: CanonicalGraph, doc: CanonicalNode): Record<string, PropertyValue> {
  const validFrom = doc.properties.effectiveFrom;
  const sibling = graph.relationships.find(
    (r) => r.properties.documentId === doc.id && r.type !== 'PART_OF',
  );
  const validTo = sibling?.properties.validTo;
  return {
    ...(typeof validFrom === 'string' ? { validFrom } : {}),
    ...(typeof validTo === 'string' ? { validTo } : {}),
  };
}

function withoutBasis(props: Record<string, PropertyValue>): Record<string, PropertyValue> {
  const { basis: _b, interpretation: _i, ...rest } = props;
  return rest;
}

// ---------------------------------------------------------------- relationships

export interface AddRelationshipEdit extends BasisInput {
  areaId: string;
  documentId: string;
  type: RelationshipType;
  from: string;
  to: string;
  key: string | null;
  properties: Record<string, unknown>;
  evidence: Evidence[];
}

export function addRelationship(source: CanonicalGraph, e: AddRelationshipEdit): EditResult {
  const graph = clone(source);
  const doc = documentOf(graph, e.documentId);
  checkRelationshipType('input.type', e.type);
  if (DERIVED_TYPES.includes(e.type)) {
    throw new BadUserInputError(
      `input.type: ${e.type} is derived (from obligations or the area's structure); add an obligation or a node instead.`,
    );
  }
  nodeOf(graph, e.from, 'input.from');
  nodeOf(graph, e.to, 'input.to');
  if (e.key !== null && !SLUG.test(e.key))
    throw new BadUserInputError('input.key is a slug such as "second-route".');
  requireEvidence(e.evidence, e, 'input');
  const id = relationshipId(e.documentId, e.type, e.from, e.to, e.key ?? undefined);
  if (graph.relationships.some((r) => r.id === id)) {
    throw new BadUserInputError(
      `input: relationship "${id}" already exists; correct it, or give a key to state a second one.`,
    );
  }
  const props = userProps(e.properties, 'input.properties');
  checkRelationshipProps('input.properties', e.type, props);
  const rel: CanonicalRelationship = {
    id,
    type: e.type,
    from: e.from,
    to: e.to,
    properties: {
      ...props,
      areaId: e.areaId,
      documentId: doc.id,
      ...documentPeriod(graph, doc),
      ...(e.key ? { key: e.key } : {}),
      ...basisProps(e, 'input'),
    },
    evidence: sortEvidence(e.evidence),
  };
  graph.relationships.push(rel);
  return { graph, action: 'relationship.add', target: id, before: null, after: rel };
}

export interface CorrectRelationshipEdit {
  id: string;
  /** Replaces the evidence when given. */
  evidence: Evidence[] | null;
  /** Replaces the user properties when given. */
  properties: Record<string, unknown> | null;
  /** Replaces the basis when given. */
  basis: BasisInput | null;
}

export function correctRelationship(
  source: CanonicalGraph,
  e: CorrectRelationshipEdit,
): EditResult {
  const graph = clone(source);
  const at = graph.relationships.findIndex((r) => r.id === e.id);
  if (at < 0) throw new NotFoundError('node', e.id);
  const before = graph.relationships[at]!;
  if (DERIVED_TYPES.includes(before.type)) {
    throw new BadUserInputError(
      `input.id: ${before.type} is derived; correct the obligation or node it comes from.`,
    );
  }
  if (e.evidence === null && e.properties === null && e.basis === null) {
    throw new BadUserInputError('input: give the evidence, properties or basis to correct.');
  }
  const keep = Object.fromEntries(
    Object.entries(before.properties).filter(([k]) => SERVER_KEYS.includes(k)),
  );
  const user =
    e.properties === null
      ? Object.fromEntries(
          Object.entries(before.properties).filter(([k]) => !SERVER_KEYS.includes(k)),
        )
      : userProps(e.properties, 'input.properties');
  checkRelationshipProps('input.properties', before.type, user);
  const basis =
    e.basis === null
      ? Object.fromEntries(
          Object.entries(before.properties).filter(
            ([k]) => k === 'basis' || k === 'interpretation',
          ),
        )
      : basisProps(e.basis, 'input');
  const evidence = e.evidence === null ? before.evidence : sortEvidence(e.evidence);
  const stated = (basis.basis ?? 'STATED') === 'STATED';
  if (stated && evidence.length === 0) {
    throw new BadUserInputError(
      'input.evidence: a STATED relationship keeps at least one quote; mark it INTERPRETED with its reason to cite none.',
    );
  }
  const after: CanonicalRelationship = {
    ...before,
    properties: { ...user, ...withoutBasis(keep), ...basis },
    evidence,
  };
  graph.relationships[at] = after;
  return { graph, action: 'relationship.correct', target: e.id, before, after };
}

// ---------------------------------------------------------------- obligations

export interface AddObligationEdit extends BasisInput {
  areaId: string;
  documentId: string;
  /** The slug after the document id: `<documentId>/<slug>`. */
  slug: string;
  text: string;
  modality: string;
  /** Duty type codes of the taxonomy (at least one). */
  dutyTypes: string[];
  holders: string[];
  evidence: Evidence[];
}

function obligationRels(
  graph: CanonicalGraph,
  ob: CanonicalNode,
  holders: readonly string[],
): CanonicalRelationship[] {
  const documentId = String(ob.properties.documentId);
  const period: Record<string, PropertyValue> = {};
  for (const key of ['validFrom', 'validTo'] as const) {
    const v = ob.properties[key];
    if (v !== undefined) period[key] = v;
  }
  return holders.map((holder) => {
    nodeOf(graph, holder, 'input.holders');
    return {
      id: relationshipId(documentId, 'HAS_OBLIGATION', holder, ob.id),
      type: 'HAS_OBLIGATION' as const,
      from: holder,
      to: ob.id,
      properties: {
        areaId: String(ob.properties.areaId),
        documentId,
        ...period,
        lead: false,
        ...(ob.properties.basis === 'INTERPRETED'
          ? { basis: 'INTERPRETED', interpretation: ob.properties.interpretation ?? '' }
          : {}),
      },
      evidence: ob.evidence,
    };
  });
}

/** The OF_TYPE edges of an obligation (derived, no evidence) and the DutyType nodes they reach. */
function dutyTypeRels(
  graph: CanonicalGraph,
  ob: CanonicalNode,
  codes: readonly string[],
): CanonicalRelationship[] {
  const entries = dutyTypeEntries();
  const documentId = String(ob.properties.documentId);
  const period: Record<string, PropertyValue> = {};
  for (const key of ['validFrom', 'validTo'] as const) {
    const v = ob.properties[key];
    if (v !== undefined) period[key] = v;
  }
  return codes.map((code) => {
    const entry = entries.get(code)!;
    if (!graph.nodes.some((n) => n.id === entry.id)) {
      graph.nodes.push({
        id: entry.id,
        labels: ['DutyType'],
        properties: { ...entry.properties },
        evidence: [],
      });
    }
    return {
      id: relationshipId(documentId, 'OF_TYPE', ob.id, entry.id),
      type: 'OF_TYPE' as const,
      from: ob.id,
      to: entry.id,
      properties: { areaId: String(ob.properties.areaId), documentId, ...period },
      evidence: [],
    };
  });
}

export function addObligation(source: CanonicalGraph, e: AddObligationEdit): EditResult {
  const graph = clone(source);
  const doc = documentOf(graph, e.documentId);
  if (!SLUG.test(e.slug))
    throw new BadUserInputError('input.slug is a slug such as "annual-report-to-trust".');
  const id = `${doc.id}/${e.slug}`;
  if (graph.nodes.some((n) => n.id === id))
    throw new BadUserInputError(
      `input.slug: obligation "${id}" already exists; correct it instead.`,
    );
  if (e.holders.length === 0 || new Set(e.holders).size !== e.holders.length)
    throw new BadUserInputError('input.holders: name at least one holder, each once.');
  requireEvidence(e.evidence, e, 'input');
  const modality = checkModality('input.modality', e.modality);
  const codes = checkDutyTypes('input.dutyTypes', e.dutyTypes);
  const period = documentPeriod(graph, doc);
  const ob: CanonicalNode = {
    id,
    labels: ['Obligation'],
    properties: {
      areaId: e.areaId,
      documentId: doc.id,
      text: text(e.text, 'input.text'),
      modality,
      lead: false,
      shared: e.holders.length > 1,
      ...period,
      ...basisProps(e, 'input'),
    },
    evidence: sortEvidence(e.evidence),
  };
  graph.nodes.push(ob);
  const rels = obligationRels(graph, ob, e.holders);
  graph.relationships.push(...rels, ...dutyTypeRels(graph, ob, codes));
  return {
    graph,
    action: 'obligation.add',
    target: id,
    before: null,
    after: { node: ob, holders: e.holders, dutyTypes: codes },
  };
}

export interface CorrectObligationEdit {
  id: string;
  text: string | null;
  modality: string | null;
  /** Replaces the duty types when given. */
  dutyTypes?: string[] | null;
  evidence: Evidence[] | null;
  basis: BasisInput | null;
}

export function correctObligation(source: CanonicalGraph, e: CorrectObligationEdit): EditResult {
  const graph = clone(source);
  const at = graph.nodes.findIndex((n) => n.id === e.id && n.labels[0] === 'Obligation');
  if (at < 0) throw new NotFoundError('node', e.id);
  const dutyTypes = e.dutyTypes ?? null;
  if (
    e.text === null &&
    e.modality === null &&
    dutyTypes === null &&
    e.evidence === null &&
    e.basis === null
  )
    throw new BadUserInputError(
      'input: give the text, modality, duty types, evidence or basis to correct.',
    );
  const codes = dutyTypes === null ? null : checkDutyTypes('input.dutyTypes', dutyTypes);
  const before = graph.nodes[at]!;
  const basis =
    e.basis === null
      ? Object.fromEntries(
          Object.entries(before.properties).filter(
            ([k]) => k === 'basis' || k === 'interpretation',
          ),
        )
      : basisProps(e.basis, 'input');
  const evidence = e.evidence === null ? before.evidence : sortEvidence(e.evidence);
  if ((basis.basis ?? 'STATED') === 'STATED' && evidence.length === 0)
    throw new BadUserInputError(
      'input.evidence: a STATED obligation keeps at least one quote; mark it INTERPRETED with its reason to cite none.',
    );
  const after: CanonicalNode = {
    ...before,
    properties: {
      ...withoutBasis(before.properties),
      ...(e.text === null ? {} : { text: text(e.text, 'input.text') }),
      ...(e.modality === null ? {} : { modality: checkModality('input.modality', e.modality) }),
      ...basis,
    },
    evidence,
  };
  graph.nodes[at] = after;
  // The holder edges carry the obligation's evidence and basis (derived).
  graph.relationships = graph.relationships.map((r) =>
    r.type === 'HAS_OBLIGATION' && r.to === e.id
      ? {
          ...r,
          properties: {
            ...withoutBasis(r.properties),
            ...(after.properties.basis === 'INTERPRETED'
              ? { basis: 'INTERPRETED', interpretation: after.properties.interpretation ?? '' }
              : {}),
          },
          evidence,
        }
      : r,
  );
  if (codes !== null) {
    graph.relationships = graph.relationships.filter(
      (r) => !(r.type === 'OF_TYPE' && r.from === e.id),
    );
    graph.relationships.push(...dutyTypeRels(graph, after, codes));
  }
  return { graph, action: 'obligation.correct', target: e.id, before, after };
}

// ---------------------------------------------------------------- nodes

export interface AddNodeEdit extends BasisInput {
  areaId: string;
  label: string;
  slug: string;
  name: string;
  aliases: string[];
  kind: string | null;
  /** A body's status as the document states it (statutory, non-statutory, not-stated). */
  statutory: string | null;
  evidence: Evidence[];
}

function aliasList(aliases: readonly string[], name: string): string[] {
  if (aliases.length > MAX_ALIASES)
    throw new BadUserInputError(`input.aliases: at most ${MAX_ALIASES}.`);
  const out = aliases.map((a, i) => text(a, `input.aliases[${i}]`, 300));
  if (new Set(out).size !== out.length)
    throw new BadUserInputError('input.aliases: each alias once.');
  if (out.includes(name))
    throw new BadUserInputError('input.aliases: the name itself is not an alias.');
  return out;
}

export function addNode(source: CanonicalGraph, e: AddNodeEdit): EditResult {
  const graph = clone(source);
  checkLabel('input.label', e.label);
  const kind = e.kind ? checkNodeKind('input.kind', e.label, e.kind) : null;
  if (!SLUG.test(e.slug)) throw new BadUserInputError('input.slug is a slug such as "wscb".');
  const id = `${e.areaId}/${e.slug}`;
  if (graph.nodes.some((n) => n.id === id))
    throw new BadUserInputError(`input.slug: node "${id}" already exists.`);
  const name = text(e.name, 'input.name', 300);
  const statutory = e.statutory ? checkStatutory('input.statutory', e.label, e.statutory) : null;
  const basis = basisProps(e, 'input');
  requireEvidence(e.evidence, e, 'input');
  if (statutory && statutory !== 'not-stated' && e.evidence.length === 0)
    throw new BadUserInputError(
      `input.statutory: "${statutory}" is what the document states; select the passage that says it.`,
    );
  const node: CanonicalNode = {
    id,
    labels: [e.label as CanonicalNode['labels'][0]],
    properties: {
      areaId: e.areaId,
      name,
      ...(e.label === 'Person' ? {} : { aliases: aliasList(e.aliases, name) }),
      ...(kind ? { kind } : {}),
      ...(statutory ? { statutory } : {}),
      ...basis,
    },
    evidence: sortEvidence(e.evidence),
  };
  graph.nodes.push(node);
  // A node belongs to its area (derived, as the area files compile it).
  const firstDoc = graph.nodes
    .filter((n) => n.labels[0] === 'Document')
    .map((n) => n.id)
    .sort()[0];
  if (firstDoc) {
    graph.relationships.push({
      id: relationshipId(firstDoc, 'PART_OF', id, e.areaId),
      type: 'PART_OF',
      from: id,
      to: e.areaId,
      properties: { areaId: e.areaId, documentId: firstDoc },
      evidence: [],
    });
  }
  return { graph, action: 'node.add', target: id, before: null, after: node };
}

export interface EditNodeEdit {
  id: string;
  name: string | null;
  aliases: string[] | null;
  evidence: Evidence[] | null;
}

export function editNode(source: CanonicalGraph, e: EditNodeEdit): EditResult {
  const graph = clone(source);
  const at = graph.nodes.findIndex((n) => n.id === e.id);
  if (at < 0) throw new NotFoundError('node', e.id);
  const before = graph.nodes[at]!;
  if (!(NODE_DECLARABLE_LABELS as readonly string[]).includes(before.labels[0]))
    throw new BadUserInputError(
      `input.id: a ${before.labels[0]} is not renamed here (bodies, posts, organisations and persons are).`,
    );
  if (typeof before.properties.areaId !== 'string')
    throw new BadUserInputError(`input.id: "${e.id}" is a national node, shared by every area.`);
  if (e.name === null && e.aliases === null && e.evidence === null)
    throw new BadUserInputError('input: give the name, aliases or evidence to change.');
  const name = e.name === null ? String(before.properties.name) : text(e.name, 'input.name', 300);
  const after: CanonicalNode = {
    ...before,
    properties: {
      ...before.properties,
      name,
      ...(e.aliases === null ? {} : { aliases: aliasList(e.aliases, name) }),
    },
    evidence: e.evidence === null ? before.evidence : sortEvidence(e.evidence),
  };
  graph.nodes[at] = after;
  return { graph, action: 'node.edit', target: e.id, before, after };
}

// ---------------------------------------------------------------- document facts

export interface DocumentFactEdit {
  documentId: string;
  /** The fact to correct (its index in Document.facts); null adds one. */
  index: number | null;
  category: string;
  kind: string;
  value: string;
  evidence: Evidence[];
}

const camel = (kind: string) => kind.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function checkFact(e: DocumentFactEdit): DocumentFact {
  checkDocumentFact('input', e.category, e.kind);
  if (e.evidence.length === 0)
    throw new BadUserInputError(
      'input.evidence: a document fact is shown by the passage that states it; select it.',
    );
  const value = text(e.value, 'input.value');
  if (e.category === 'date' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
    throw new BadUserInputError('input.value: a date is YYYY-MM-DD, YYYY-MM or YYYY.');
  return {
    category: e.category as DocumentFact['category'],
    kind: e.kind,
    value,
    evidence: sortEvidence(e.evidence),
  };
}

export function setDocumentFact(source: CanonicalGraph, e: DocumentFactEdit): EditResult {
  const graph = clone(source);
  const doc = documentOf(graph, e.documentId);
  const at = graph.nodes.indexOf(doc);
  const facts = documentFactsFromProps(doc.properties, doc.evidence);
  if (e.index !== null && (e.index < 0 || e.index >= facts.length || !Number.isInteger(e.index)))
    throw new BadUserInputError(
      `input.index: document "${doc.id}" has ${facts.length} fact(s) (0-${facts.length - 1}).`,
    );
  const fact = checkFact(e);
  const before = e.index === null ? null : facts[e.index]!;
  const next = [...facts];
  if (e.index === null) next.push(fact);
  else next[e.index] = fact;
  // The document's evidence: every quote of every fact once (document order),
  // plus any quote of the document that no fact used (kept as it was).
  const keyOf = (ev: Evidence) =>
    `${ev.documentId}\u0000${ev.start}\u0000${ev.end}\u0000${ev.section}`;
  const used = new Set(facts.flatMap((f) => f.evidence).map(keyOf));
  const seen = new Set<string>();
  const evidence = sortEvidence(
    [
      ...next.flatMap((f) => f.evidence),
      ...doc.evidence.filter((ev) => !used.has(keyOf(ev))),
    ].filter((ev) => {
      const k = keyOf(ev);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    }),
  );
  const props: Record<string, PropertyValue> = { ...doc.properties };
  for (const key of [
    'factCategories',
    'factKinds',
    'factValues',
    'factEvidenceFacts',
    'factEvidenceIndexes',
  ])
    delete props[key];
  Object.assign(props, documentFactsToProps(next, evidence));
  if (fact.category === 'date') {
    // The flattened date properties (docs/data-model.md "Document"): one per kind, and the two lists.
    if (before?.category === 'date' && before.kind !== fact.kind) delete props[camel(before.kind)];
    props[camel(fact.kind)] = fact.value;
    const dates = next.filter((f) => f.category === 'date' && f.kind !== 'effective-from');
    props.dateKinds = dates.map((f) => f.kind);
    props.dateValues = dates.map((f) => f.value);
  } else if (fact.category === 'note') {
    const notes = next.filter((f) => f.category === 'note');
    props.noteKinds = notes.map((f) => f.kind);
    props.noteTexts = notes.map((f) => f.value);
  }
  graph.nodes[at] = { ...doc, properties: props, evidence };
  return {
    graph,
    action: e.index === null ? 'document-fact.add' : 'document-fact.correct',
    target: doc.id,
    before,
    after: fact,
  };
}
