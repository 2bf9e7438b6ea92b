import type { NodeRecord } from '../graph/records.ts';
import {
  byString,
  propertyDeltas,
  type GovernanceState,
  type PropertyDelta,
} from './diff.model.ts';

export interface BodyPresence {
  record: NodeRecord;
  /** Ids of the side's relationships it takes part in, ordered. */
  relationshipIds: string[];
  /** Documents of the side. */
  documentIds: string[];
}

export interface BodyChangeRecord {
  record: NodeRecord;
  changes: PropertyDelta[];
}

export interface BodyDiffRecord {
  added: BodyPresence[];
  removed: BodyPresence[];
  changed: BodyChangeRecord[];
  unchanged: number;
}

/** The declared properties a body change is about. */
const DECLARED = ['name', 'function', 'statutory', 'kind'] as const;

function nameOf(r: NodeRecord): string {
  return typeof r.props.name === 'string' ? r.props.name : r.id;
}

/** Orders bodies by name, then id. */
export function compareBodies(a: { record: NodeRecord }, b: { record: NodeRecord }): number {
  return byString(nameOf(a.record), nameOf(b.record)) || byString(a.record.id, b.record.id);
}

function declared(r: NodeRecord): Record<string, unknown> {
  return Object.fromEntries(DECLARED.map((k) => [k, r.props[k]]));
}

/**
 * Bodies present on one side only are added / removed. A body present on both
 * sides is changed when the two sides' records of it declare a different
 * name, function, statutory status or kind. Today both sides read the same
 * node (a body is one node per area, and the seed validator requires every
 * document's declaration of it to agree), so `changed` is empty until
 * declarations are stored per document; the comparison is kept here so the
 * schema does not have to change then.
 */
export function diffBodies(
  before: GovernanceState,
  after: GovernanceState,
  beforeNodes: ReadonlyMap<string, NodeRecord>,
  afterNodes: ReadonlyMap<string, NodeRecord>,
): BodyDiffRecord {
  const result: BodyDiffRecord = { added: [], removed: [], changed: [], unchanged: 0 };
  const presence = (
    state: GovernanceState,
    nodes: ReadonlyMap<string, NodeRecord>,
    id: string,
  ) => ({
    record: nodes.get(id) as NodeRecord,
    relationshipIds: state.bodies.get(id) ?? [],
    documentIds: state.documentIds,
  });
  for (const id of before.bodies.keys()) {
    if (!after.bodies.has(id)) result.removed.push(presence(before, beforeNodes, id));
  }
  for (const id of after.bodies.keys()) {
    if (!before.bodies.has(id)) {
      result.added.push(presence(after, afterNodes, id));
      continue;
    }
    const b = beforeNodes.get(id) as NodeRecord;
    const a = afterNodes.get(id) as NodeRecord;
    const changes = propertyDeltas(declared(b), declared(a), new Set());
    if (changes.length > 0) result.changed.push({ record: a, changes });
    else result.unchanged += 1;
  }
  result.added.sort(compareBodies);
  result.removed.sort(compareBodies);
  result.changed.sort(compareBodies);
  return result;
}
