/**
 * Matching obligations across two sides of a diff, conservatively.
 *
 * Obligations have no shared identity across documents (each id starts with
 * its document id), so they are matched by what they are about:
 * 1. the key (set of holders, set of duty types) must be equal;
 * 2. within one key, obligations whose normalised text is identical pair
 *    first ("same-text");
 * 3. if then exactly one remains on each side, they pair ("holders-and-duty-types");
 * 4. if several remain, a pair is made only when its text similarity is at
 *    least MIN_SIMILARITY and beats every other candidate of both members by
 *    at least MARGIN ("text-similarity"), repeated until no such pair is left;
 * 5. everything unpaired is removed (before) or added (after).
 * A pair is "changed" when any property differs (text, modality, lead, shared,
 * cadence, deadline, lead holders, provisions, bodies discharged through),
 * "unchanged" otherwise.
 */
import {
  byString,
  propertyDeltas,
  type ObligationStatement,
  type PropertyDelta,
} from './diff.model.ts';

export const MIN_SIMILARITY = 0.6;
export const MARGIN = 0.1;

export type MatchRule = 'same-text' | 'holders-and-duty-types' | 'text-similarity';

export interface ObligationChangeRecord {
  before: ObligationStatement;
  after: ObligationStatement;
  matchedBy: MatchRule;
  /** Word-set Dice similarity of the two texts, 0..1 (rounded to 3 places). */
  similarity: number;
  changes: PropertyDelta[];
}

export interface ObligationDiffRecord {
  added: ObligationStatement[];
  removed: ObligationStatement[];
  changed: ObligationChangeRecord[];
  unchanged: number;
}

/** Lower case, typographic quotes and dashes folded, punctuation dropped, single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Dice coefficient of the two texts' sets of normalised words (1 = same words). */
export function textSimilarity(a: string, b: string): number {
  const wa = new Set(normaliseText(a).split(' ').filter(Boolean));
  const wb = new Set(normaliseText(b).split(' ').filter(Boolean));
  if (wa.size === 0 && wb.size === 0) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common += 1;
  return Math.round(((2 * common) / (wa.size + wb.size)) * 1000) / 1000;
}

const keys = new WeakMap<ObligationStatement, string>();

/** Holders and duty types as one string (computed once per statement: sorts ask it often). */
function keyOf(o: ObligationStatement): string {
  let key = keys.get(o);
  if (key === undefined) keys.set(o, (key = `${o.holders.join(',')}|${o.dutyTypes.join(',')}`));
  return key;
}

function textOf(o: ObligationStatement): string {
  return typeof o.record.props.text === 'string' ? o.record.props.text : '';
}

/** The properties compared: the node's own (bookkeeping aside) and its derived lists. */
function comparable(o: ObligationStatement): Record<string, unknown> {
  return {
    ...o.record.props,
    leadHolders: o.leadHolders,
    basedOn: o.basedOn,
    dischargedThrough: o.dischargedThrough,
  };
}

/** Orders by holders, duty types, then id. */
export function compareObligations(a: ObligationStatement, b: ObligationStatement): number {
  return byString(keyOf(a), keyOf(b)) || byString(a.id, b.id);
}

function pairUp(
  before: ObligationStatement[],
  after: ObligationStatement[],
): { pairs: [ObligationStatement, ObligationStatement, MatchRule][]; rest: [number[], number[]] } {
  const pairs: [ObligationStatement, ObligationStatement, MatchRule][] = [];
  const olds = new Set(before.map((_, i) => i));
  const news = new Set(after.map((_, j) => j));
  for (const i of [...olds]) {
    const text = normaliseText(textOf(before[i] as ObligationStatement));
    const j = [...news].find(
      (k) => normaliseText(textOf(after[k] as ObligationStatement)) === text,
    );
    if (j === undefined) continue;
    pairs.push([before[i] as ObligationStatement, after[j] as ObligationStatement, 'same-text']);
    olds.delete(i);
    news.delete(j);
  }
  if (olds.size === 1 && news.size === 1) {
    const [i] = olds;
    const [j] = news;
    pairs.push([
      before[i as number] as ObligationStatement,
      after[j as number] as ObligationStatement,
      'holders-and-duty-types',
    ]);
    return { pairs, rest: [[], []] };
  }
  for (;;) {
    const score = (i: number, j: number) =>
      textSimilarity(
        textOf(before[i] as ObligationStatement),
        textOf(after[j] as ObligationStatement),
      );
    let found: [number, number] | null = null;
    for (const i of olds) {
      for (const j of news) {
        const s = score(i, j);
        if (s < MIN_SIMILARITY) continue;
        const rivals = [
          ...[...news].filter((k) => k !== j).map((k) => score(i, k)),
          ...[...olds].filter((k) => k !== i).map((k) => score(k, j)),
        ];
        if (rivals.every((r) => s - r >= MARGIN)) {
          found = [i, j];
          break;
        }
      }
      if (found) break;
    }
    if (!found) break;
    const [i, j] = found;
    pairs.push([
      before[i] as ObligationStatement,
      after[j] as ObligationStatement,
      'text-similarity',
    ]);
    olds.delete(i);
    news.delete(j);
  }
  return { pairs, rest: [[...olds], [...news]] };
}

/** Diffs two sides' obligations (see the module comment). Lists ordered by holders, duty types, id. */
export function diffObligations(
  before: readonly ObligationStatement[],
  after: readonly ObligationStatement[],
): ObligationDiffRecord {
  const result: ObligationDiffRecord = { added: [], removed: [], changed: [], unchanged: 0 };
  const groups = new Map<string, [ObligationStatement[], ObligationStatement[]]>();
  const slot = (o: ObligationStatement) => {
    let g = groups.get(keyOf(o));
    if (!g) groups.set(keyOf(o), (g = [[], []]));
    return g;
  };
  for (const o of [...before].sort(compareObligations)) slot(o)[0].push(o);
  for (const o of [...after].sort(compareObligations)) slot(o)[1].push(o);
  for (const [olds, news] of groups.values()) {
    const { pairs, rest } = pairUp(olds, news);
    for (const [b, a, matchedBy] of pairs) {
      const changes = propertyDeltas(comparable(b), comparable(a));
      if (changes.length === 0) result.unchanged += 1;
      else {
        const similarity = textSimilarity(textOf(b), textOf(a));
        result.changed.push({ before: b, after: a, matchedBy, similarity, changes });
      }
    }
    result.removed.push(...rest[0].map((i) => olds[i] as ObligationStatement));
    result.added.push(...rest[1].map((j) => news[j] as ObligationStatement));
  }
  result.added.sort(compareObligations);
  result.removed.sort(compareObligations);
  result.changed.sort((x, y) => compareObligations(x.after, y.after));
  return result;
}
