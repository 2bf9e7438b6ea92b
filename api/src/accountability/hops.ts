import type { RelationshipRecord } from '../graph/records.ts';
import { currentAt, compareIds as compare } from '@accgraph/schema';

/**
 * How one stated relationship reads as an "overseer -> overseen" hop
 * (docs/accountability.md). Pure: no store, no GraphQL.
 */
export const HOP_KINDS = [
  'HOLDS_TO_ACCOUNT',
  'ACCOUNTABLE_TO',
  'REPORTS_TO',
  'SUBGROUP_OF',
  'THROUGH_CHAIR',
] as const;
export type HopKind = (typeof HOP_KINDS)[number];

/** Relationship types the accountability feature reads from the store. */
export const ACCOUNTABILITY_TYPES = [
  'HOLDS_TO_ACCOUNT',
  'ACCOUNTABLE_TO',
  'REPORTS_TO',
  'SUBGROUP_OF',
  'CHAIRS',
  'ESCALATES_TO',
] as const;

/** One stated relationship, normalised so that `overseer` oversees `overseen`. */
export interface OversightEdge {
  overseer: string;
  overseen: string;
  kind: HopKind;
  /** HOLDS_TO_ACCOUNT / ACCOUNTABLE_TO mode as stated; null for the other kinds. */
  mode: string | null;
  /** True when the statement points from the overseen to the overseer. */
  reversed: boolean;
  /** A through hop carries accountability held over its start on to its end. */
  through: boolean;
  record: RelationshipRecord;
}

const mode = (r: RelationshipRecord) => (typeof r.props.mode === 'string' ? r.props.mode : null);

/** The hop a relationship states, or null when it states no oversight. */
export function toOversight(r: RelationshipRecord): OversightEdge | null {
  const forward = { overseer: r.from, overseen: r.to, reversed: false };
  const backward = { overseer: r.to, overseen: r.from, reversed: true };
  const plain = { mode: null, through: false, record: r };
  switch (r.type) {
    case 'HOLDS_TO_ACCOUNT':
      return { ...forward, ...plain, kind: r.type, mode: mode(r) };
    case 'ACCOUNTABLE_TO':
      return { ...backward, ...plain, kind: r.type, mode: mode(r) };
    case 'REPORTS_TO':
    case 'SUBGROUP_OF':
      return { ...backward, ...plain, kind: r.type };
    case 'CHAIRS':
      return { ...forward, ...plain, kind: 'THROUGH_CHAIR', through: true };
    default:
      return null;
  }
}

/**
 * The oversight hops among `records` current at `asOf` (undefined = today,
 * decision 0004) whose kind is in `include`, ordered by relationship id.
 */
export function oversightEdges(
  records: readonly RelationshipRecord[],
  asOf: string | undefined,
  include: ReadonlySet<HopKind>,
): OversightEdge[] {
  const edges: OversightEdge[] = [];
  for (const r of records) {
    if (!currentAt(r.props, asOf)) continue;
    const edge = toOversight(r);
    if (edge && include.has(edge.kind)) edges.push(edge);
  }
  return edges.sort((a, b) => compare(a.record.id, b.record.id));
}

/** Plain code-unit string order (the same on every machine and locale). */
export { compare };
