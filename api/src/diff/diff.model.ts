/**
 * The governance state a diff compares, built from relationship records.
 *
 * Relationships and obligations are statements of one document
 * (docs/decisions/0002). A side of a diff is a set of such statements: those
 * current at a date (decision 0004) or those of one document. From that set:
 * - compared relationships: every relationship between agents (and a body's
 *   BASED_ON), matched across sides by (type, from, to, key);
 * - obligations: the Obligation nodes the side's HAS_OBLIGATION / OF_TYPE
 *   edges reach, with their holders, duty types, provisions and bodies;
 * - present bodies: every Body that is an endpoint of one of the side's
 *   relationships (PART_OF excluded: it is never ended and says nothing about
 *   a period), obligations held included.
 */
import {
  dutyCodeOf,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  compareIds as byString,
} from '@accgraph/schema';
import type { NodeRecord, RelationshipRecord } from '../graph/records.ts';

/** Every relationship type a side is read from: all but PART_OF. */
export const STATEMENT_TYPES: readonly RelationshipType[] = RELATIONSHIP_TYPES.filter(
  (t) => t !== 'PART_OF',
);

/**
 * Types never compared as relationships: their endpoint is the document
 * itself (SIGNED, GOVERNS), so they differ between any two documents, or they
 * belong to an obligation and are compared as part of it.
 */
const NOT_COMPARED = new Set<string>(['SIGNED', 'GOVERNS', 'HAS_OBLIGATION', 'OF_TYPE']);

/** Properties that place a statement in time or in a document: never a change. */
export const BOOKKEEPING = new Set<string>(['areaId', 'documentId', 'validFrom', 'validTo', 'key']);

/** An obligation with what its derived relationships say of it. */
export interface ObligationStatement {
  id: string;
  record: NodeRecord;
  /** Holder ids, sorted. */
  holders: string[];
  /** Duty type codes (ANNUAL_REPORT, ...), sorted. */
  dutyTypes: string[];
  /** Holders the document says lead, sorted. */
  leadHolders: string[];
  /** Provision ids the document cites for it, sorted. */
  basedOn: string[];
  /** Bodies it is discharged through, sorted. */
  dischargedThrough: string[];
}

export interface GovernanceState {
  /** Relationships compared by (type, from, to, key), ordered by id. */
  relationships: RelationshipRecord[];
  /** Obligations, ordered by id. */
  obligations: ObligationStatement[];
  /** Present bodies: id -> ids of the relationships that make it present (ordered). */
  bodies: Map<string, string[]>;
  /** Documents whose statements make up the side, ordered. */
  documentIds: string[];
}

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(byString);
}

function push(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** True for a record whose source is an obligation (compared with the obligation). */
function isObligationLink(r: RelationshipRecord, obligationIds: ReadonlySet<string>): boolean {
  return obligationIds.has(r.from);
}

/** Obligation ids a side's records reach (holders' edges and classifications). */
export function obligationIdsOf(records: readonly RelationshipRecord[]): string[] {
  const ids = new Set<string>();
  for (const r of records) {
    if (r.type === 'HAS_OBLIGATION') ids.add(r.to);
    if (r.type === 'OF_TYPE') ids.add(r.from);
  }
  return [...ids].sort(byString);
}

/**
 * Builds one side from its relationship records (already selected by date or
 * document) and the nodes they reach (labels decide what is a Body or an
 * Obligation).
 */
export function buildState(
  records: readonly RelationshipRecord[],
  nodes: ReadonlyMap<string, NodeRecord>,
): GovernanceState {
  const sorted = [...records].sort((a, b) => byString(a.id, b.id));
  const obligationIds = new Set(obligationIdsOf(sorted).filter((id) => nodes.has(id)));
  const parts = new Map<
    string,
    Record<'holders' | 'duty' | 'lead' | 'law' | 'through', string[]>
  >();
  const partsOf = (id: string) => {
    let p = parts.get(id);
    if (!p) parts.set(id, (p = { holders: [], duty: [], lead: [], law: [], through: [] }));
    return p;
  };
  const relationships: RelationshipRecord[] = [];
  const bodies = new Map<string, string[]>();
  for (const r of sorted) {
    for (const end of [r.from, r.to]) {
      if (nodes.get(end)?.label === 'Body') push(bodies, end, r.id);
    }
    if (r.type === 'HAS_OBLIGATION' && obligationIds.has(r.to)) {
      partsOf(r.to).holders.push(r.from);
      if (r.props.lead === true) partsOf(r.to).lead.push(r.from);
    } else if (r.type === 'OF_TYPE' && obligationIds.has(r.from)) {
      partsOf(r.from).duty.push(dutyCodeOf(r.to));
    } else if (r.type === 'BASED_ON' && isObligationLink(r, obligationIds)) {
      partsOf(r.from).law.push(r.to);
    } else if (r.type === 'DISCHARGED_THROUGH' && isObligationLink(r, obligationIds)) {
      partsOf(r.from).through.push(r.to);
    } else if (!NOT_COMPARED.has(r.type)) {
      relationships.push(r);
    }
  }
  const obligations = [...obligationIds].map((id): ObligationStatement => {
    const p = partsOf(id);
    return {
      id,
      record: nodes.get(id) as NodeRecord,
      holders: sortedUnique(p.holders),
      dutyTypes: sortedUnique(p.duty),
      leadHolders: sortedUnique(p.lead),
      basedOn: sortedUnique(p.law),
      dischargedThrough: sortedUnique(p.through),
    };
  });
  const documentIds = sortedUnique(
    sorted.map((r) => r.props.documentId).filter((d): d is string => typeof d === 'string'),
  );
  return { relationships, obligations, bodies, documentIds };
}

/** A property value as a diff shows it: strings as written, lists comma-joined. */
export function showValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

export interface PropertyDelta {
  property: string;
  before: string | null;
  after: string | null;
}

/** The properties that differ between two property maps (bookkeeping ignored), by name. */
export function propertyDeltas(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  ignore: ReadonlySet<string> = BOOKKEEPING,
): PropertyDelta[] {
  const keys = sortedUnique([...Object.keys(before), ...Object.keys(after)]);
  const out: PropertyDelta[] = [];
  for (const property of keys) {
    if (ignore.has(property)) continue;
    const b = showValue(before[property]);
    const a = showValue(after[property]);
    if (b !== a) out.push({ property, before: b, after: a });
  }
  return out;
}

export { byString, sortedUnique };
