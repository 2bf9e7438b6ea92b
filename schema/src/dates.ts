/**
 * Dates and periods of the model. Dates are ISO 8601 text of day, month or
 * year precision (`2014-12-15`, `2009-12`, `2019`).
 *
 * "As of" semantics (docs/decisions/0004-latest-document-is-current.md): a
 * statement is current at D when validFrom <= D < validTo; a missing bound is
 * open. Dates of lower precision compare as their first day.
 */

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` and `YYYY-MM-DD` with a real month and day. */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** `2019` -> `2019-01-01`, `2009-12` -> `2009-12-01`; full dates unchanged. */
export function firstDay(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

/** `day`, `month` or `year`, from the shape of an ISO date. */
export function datePrecision(date: string): 'day' | 'month' | 'year' {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
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

/**
 * A period bound as a first day, or null when the bound is open. Open means
 * absent: `undefined`, `null`, or an empty string (a blank field in a document
 * or a form says "not stated", never "ended before time began").
 */
function bound(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? firstDay(value) : null;
}

/**
 * True when a statement (or a regime, a basis, a provision) with these bounds
 * is current at `asOf` (default: today): `validFrom <= asOf < validTo`, open
 * bounds always satisfied. The one rule for "current at a date".
 */
export function isCurrent(validFrom: unknown, validTo: unknown, asOf?: string | null): boolean {
  const at = firstDay(asOf ?? today());
  const from = bound(validFrom);
  const to = bound(validTo);
  return (from === null || from <= at) && (to === null || to > at);
}

/** True when the record (node or relationship props) is current at `asOf`. */
export function currentAt(props: Record<string, unknown>, asOf: string | null | undefined) {
  return isCurrent(props.validFrom, props.validTo, asOf);
}
