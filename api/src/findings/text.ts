import type { AreaFacts, FactRecord } from './facts.ts';
import type { Citation } from './model.ts';

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

const citation = (record: FactRecord, index: number | null): Citation => ({
  id: record.id,
  from: 'from' in record ? record.from : null,
  index,
});

/** Cites every quote of each record (absent records skipped); evidence.ts dedupes and orders them. */
export function cite(...records: readonly (FactRecord | null | undefined)[]): Citation[] {
  return records.filter((r): r is FactRecord => Boolean(r)).map((r) => citation(r, null));
}

function quotesOf(record: FactRecord): readonly string[] {
  if (record.quotes === null) {
    throw new Error(
      `the quotes of ${record.id} are not read for findings (facts.ts UNQUOTED_TYPES)`,
    );
  }
  return record.quotes;
}

/** The quotes of `record` matching `pattern` (case-insensitive), each cited on its own. */
export function quotesMatching(record: FactRecord, pattern: string | RegExp): Citation[] {
  const re = typeof pattern === 'string' ? new RegExp(pattern, 'i') : pattern;
  return quotesOf(record).flatMap((q, i) => (re.test(q) ? [citation(record, i)] : []));
}

/** The first quote of `records` (in the order given) matching `pattern` (case-insensitive), if any. */
export function quoteMatching(
  records: readonly FactRecord[],
  pattern: string | RegExp,
): Citation | null {
  for (const record of records) {
    const [first] = quotesMatching(record, pattern);
    if (first) return first;
  }
  return null;
}

/** The first quote of `records` (in the order given), if any. */
export function firstQuote(records: readonly FactRecord[]): Citation | null {
  const record = records.find((r) => quotesOf(r).length > 0);
  return record ? citation(record, 0) : null;
}

/** The quote cited, when its record's quotes were read (tests and messages). */
export function quoteText(record: FactRecord, index: number): string | null {
  return quotesOf(record)[index] ?? null;
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
