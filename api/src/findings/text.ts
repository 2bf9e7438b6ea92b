import type { Evidence } from '../canonical/index.ts';
import type { AreaFacts } from './facts.ts';

/** A node's name as a sentence uses it: "the Wiltshire Safeguarding Children Board", "Wiltshire Council". */
export function the(facts: AreaFacts, id: string): string {
  const name = facts.prop(id, 'name') ?? id;
  const label = facts.label(id);
  if (label === 'Organisation' || label === 'Person' || /^the\b/i.test(name)) return name;
  return `the ${name}`;
}

/** "A", "A and B", "A, B and C". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Upper-cases the first letter of a sentence. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Evidence without repeats (same document and offsets), in document order. */
export function evidenceSet(...groups: readonly (readonly Evidence[])[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const group of groups) {
    for (const e of group) {
      const key = `${e.documentId}|${e.start}|${e.end}`;
      if (!seen.has(key)) seen.set(key, e);
    }
  }
  return [...seen.values()].sort((a, b) =>
    a.documentId !== b.documentId
      ? a.documentId < b.documentId
        ? -1
        : 1
      : a.start - b.start || a.end - b.end,
  );
}

/** The first quote of `evidence` matching `pattern` (case-insensitive), if any. */
export function quoteMatching(evidence: readonly Evidence[], pattern: string): Evidence | null {
  const re = new RegExp(pattern, 'i');
  return evidence.find((e) => re.test(e.quote)) ?? null;
}

/** A date as people write it: 2019-09-29 -> 29 September 2019. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  if (!m) return y ?? iso;
  const month = months[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
