/**
 * "As of" semantics (docs/decisions/0004-latest-document-is-current.md): a
 * statement is current at D when validFrom <= D < validTo; a missing bound is
 * open. Dates of lower precision compare as their first day.
 */

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** True for `YYYY`, `YYYY-MM` and `YYYY-MM-DD` with a real month and day. */
export function isIsoDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  const [y, m = '01', d = '01'] = value.split('-');
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${y}-${m}-${d}`);
}

/** `2019` -> `2019-01-01`, `2009-12` -> `2009-12-01`; full dates unchanged. */
export function firstDay(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

const DAY_MS = 86_400_000;
let day = { text: '', from: 0, until: -1 };

/** Today as `YYYY-MM-DD` (UTC). Formatted once per day: it is asked per statement. */
export function today(): string {
  const now = Date.now();
  if (now < day.from || now >= day.until) {
    const from = now - (((now % DAY_MS) + DAY_MS) % DAY_MS);
    day = { text: new Date(from).toISOString().slice(0, 10), from, until: from + DAY_MS };
  }
  return day.text;
}

/** True when a statement with these bounds is current at `asOf`. */
export function isCurrent(
  validFrom: unknown,
  validTo: unknown,
  asOf: string | null | undefined,
): boolean {
  const at = firstDay(asOf ?? today());
  if (typeof validFrom === 'string' && firstDay(validFrom) > at) return false;
  if (typeof validTo === 'string' && firstDay(validTo) <= at) return false;
  return true;
}

/** True when the record (node or relationship props) is current at `asOf`. */
export function currentAt(props: Record<string, unknown>, asOf: string | null | undefined) {
  return isCurrent(props.validFrom, props.validTo, asOf);
}
