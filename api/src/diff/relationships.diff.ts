import type { RelationshipRecord } from '../graph/records.ts';
import { byString, propertyDeltas, type PropertyDelta } from './diff.model.ts';

export interface RelationshipChangeRecord {
  before: RelationshipRecord;
  after: RelationshipRecord;
  changes: PropertyDelta[];
}

export interface RelationshipDiffRecord {
  added: RelationshipRecord[];
  removed: RelationshipRecord[];
  changed: RelationshipChangeRecord[];
  unchanged: number;
}

function keyOf(r: RelationshipRecord): string[] {
  const key = typeof r.props.key === 'string' ? r.props.key : '';
  return [r.type, r.from, r.to, key];
}

/** Orders by (type, from, to, key), then id. */
export function compareRelationships(a: RelationshipRecord, b: RelationshipRecord): number {
  const ka = [...keyOf(a), a.id];
  const kb = [...keyOf(b), b.id];
  for (let i = 0; i < ka.length; i += 1) {
    const c = byString(ka[i] as string, kb[i] as string);
    if (c !== 0) return c;
  }
  return 0;
}

function group(records: readonly RelationshipRecord[]): Map<string, RelationshipRecord[]> {
  const out = new Map<string, RelationshipRecord[]>();
  for (const r of [...records].sort(compareRelationships)) {
    const k = keyOf(r).join('\u0000');
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/**
 * Matches two sides' relationships by (type, from, to, key). One on each side:
 * unchanged when their properties agree (bookkeeping aside: document, period),
 * else changed with each differing property. Several on one side (two
 * documents current at once): pairs with identical properties are unchanged;
 * if exactly one remains on each side it is changed, otherwise the rest are
 * removed and added (no guessing). Every list ordered by (type, from, to, key).
 */
export function diffRelationships(
  before: readonly RelationshipRecord[],
  after: readonly RelationshipRecord[],
): RelationshipDiffRecord {
  const result: RelationshipDiffRecord = { added: [], removed: [], changed: [], unchanged: 0 };
  const a = group(before);
  const b = group(after);
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const olds = [...(a.get(key) ?? [])];
    const news = [...(b.get(key) ?? [])];
    for (let i = olds.length - 1; i >= 0; i -= 1) {
      const old = olds[i] as RelationshipRecord;
      const same = news.findIndex((n) => propertyDeltas(old.props, n.props).length === 0);
      if (same >= 0) {
        olds.splice(i, 1);
        news.splice(same, 1);
        result.unchanged += 1;
      }
    }
    if (olds.length === 1 && news.length === 1) {
      const [old, now] = [olds[0] as RelationshipRecord, news[0] as RelationshipRecord];
      result.changed.push({
        before: old,
        after: now,
        changes: propertyDeltas(old.props, now.props),
      });
    } else {
      result.removed.push(...olds);
      result.added.push(...news);
    }
  }
  result.added.sort(compareRelationships);
  result.removed.sort(compareRelationships);
  result.changed.sort((x, y) => compareRelationships(x.after, y.after));
  return result;
}
