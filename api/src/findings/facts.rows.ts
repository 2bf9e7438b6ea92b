import { EVIDENCE_KEYS, evidenceFromProps, type RelationshipType } from '../canonical/index.ts';
import { domainLabel, type NodeRecord, type RelationshipRecord } from '../graph/records.ts';
import type { Row } from '../store/index.ts';

/** Columns that are not properties: identity, endpoints and the evidence lists. */
const STRUCTURAL = new Set<string>(['id', 'labels', 'type', 'from', 'to', ...EVIDENCE_KEYS]);

/** The property columns of a row, without nulls (an absent property comes back as null). */
function propsOf(row: Row): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const key in row) {
    const value = row[key];
    if (value !== null && value !== undefined && !STRUCTURAL.has(key)) props[key] = value;
  }
  return props;
}

/** A row of named node columns as a NodeRecord (`label` when the query has no labels column). */
export function nodeOfColumns(row: Row, label?: NodeRecord['label']): NodeRecord | null {
  const domain = label ?? domainLabel(row.labels);
  if (!domain) return null;
  const id = String(row.id);
  return { id, label: domain, props: propsOf(row), evidence: evidenceFromProps(row, id) };
}

/** A row of named relationship columns as a RelationshipRecord (`type` when the query has no type column). */
export function relationshipOfColumns(row: Row, type?: RelationshipType): RelationshipRecord {
  const id = String(row.id);
  return {
    id,
    type: type ?? (String(row.type) as RelationshipType),
    from: String(row.from),
    to: String(row.to),
    props: propsOf(row),
    evidence: evidenceFromProps(row, id),
  };
}
