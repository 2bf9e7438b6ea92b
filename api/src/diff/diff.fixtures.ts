import type { NodeRecord, RelationshipRecord } from '../graph/records.ts';
import type { ObligationStatement } from './diff.model.ts';

/** Test builders: a relationship as document `doc` states it. */
export function rel(
  doc: string,
  type: RelationshipRecord['type'],
  from: string,
  to: string,
  props: Record<string, unknown> = {},
): RelationshipRecord {
  const key = typeof props.key === 'string' ? `#${props.key}` : '';
  const id = `${doc}:${type}:${from}->${to}${key}`;
  return {
    id,
    type,
    from,
    to,
    props: { areaId: 'shire', documentId: doc, validFrom: doc.slice(-4), ...props },
    evidence: [{ documentId: doc, quote: `quote of ${id}`, section: 's', start: 0, end: 1 }],
  };
}

export function node(id: string, label: NodeRecord['label'], props: Record<string, unknown> = {}) {
  return { id, label, props: { areaId: 'shire', ...props }, evidence: [] } satisfies NodeRecord;
}

/** An obligation of `doc` with its holders and duty types. */
export function obligation(
  doc: string,
  slug: string,
  holders: string[],
  dutyTypes: string[],
  text: string,
  props: Record<string, unknown> = {},
): ObligationStatement {
  const id = `${doc}/${slug}`;
  return {
    id,
    record: node(id, 'Obligation', { documentId: doc, text, modality: 'will', ...props }),
    holders: [...holders].sort(),
    dutyTypes: [...dutyTypes].sort(),
    leadHolders: [],
    basedOn: [],
    dischargedThrough: [],
  };
}
