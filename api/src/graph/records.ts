import {
  RESERVED_KEYS,
  evidenceFromProps,
  type Evidence,
  type NodeLabel,
  type RelationshipType,
} from '@accgraph/schema';
import type { Row } from '../store/index.ts';

/** A node as the store holds it: one domain label, its properties and its evidence. */
export interface NodeRecord {
  id: string;
  label: NodeLabel;
  props: Record<string, unknown>;
  evidence: Evidence[];
}

/** A relationship as the store holds it. `props` excludes id and evidence lists. */
export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
  evidence: Evidence[];
}

/** Store-managed keys (id, seed hash, evidence lists) are not shown as properties. */
const HIDDEN = new Set<string>(RESERVED_KEYS);

function visibleProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) if (!HIDDEN.has(key)) out[key] = value;
  return out;
}

/** Picks the domain label (labels come back in any order and include `Entity`). */
export function domainLabel(labels: unknown): NodeLabel | null {
  if (!Array.isArray(labels)) return null;
  const label = labels.find((l) => l !== 'Entity');
  return typeof label === 'string' ? (label as NodeLabel) : null;
}

/** A row `{ id, labels, props }` as a NodeRecord (null for an unlabelled node). */
export function toNodeRecord(row: Row): NodeRecord | null {
  const label = domainLabel(row.labels);
  if (!label) return null;
  const props = (row.props ?? {}) as Record<string, unknown>;
  const id = String(row.id);
  return { id, label, props: visibleProps(props), evidence: evidenceFromProps(props, id) };
}

/** A row `{ id, type, from, to, props }` as a RelationshipRecord. */
export function toRelationshipRecord(row: Row): RelationshipRecord {
  const props = (row.props ?? {}) as Record<string, unknown>;
  const id = String(row.id);
  return {
    id,
    type: String(row.type) as RelationshipType,
    from: String(row.from),
    to: String(row.to),
    props: visibleProps(props),
    evidence: evidenceFromProps(props, id),
  };
}

/** A string property, or null. */
export function str(props: Record<string, unknown>, key: string): string | null {
  const value = props[key];
  return typeof value === 'string' ? value : null;
}

/** A number property, or null. */
export function num(props: Record<string, unknown>, key: string): number | null {
  const value = props[key];
  return typeof value === 'number' ? value : null;
}

/** A boolean property, or null. */
export function bool(props: Record<string, unknown>, key: string): boolean | null {
  const value = props[key];
  return typeof value === 'boolean' ? value : null;
}

/** A list-of-strings property ([] when absent). */
export function strings(props: Record<string, unknown>, key: string): string[] {
  const value = props[key];
  return Array.isArray(value) ? value.map(String) : [];
}
