import type { DocumentEntry } from './area-file.schema.ts';

/** `<documentId>:<TYPE>:<from>-><to>[#<key>]` (docs/data-model.md, "Ids"). */
export function relationshipId(
  documentId: string,
  type: string,
  from: string,
  to: string,
  key?: string,
): string {
  return `${documentId}:${type}:${from}->${to}${key ? `#${key}` : ''}`;
}

export const isNational = (id: string) => id.startsWith('national/');

/** Document ids are `<area>/<year>[-<n>]`. */
export const DOCUMENT_ID = /^[a-z0-9-]+\/\d{4}(?:-\d+)?$/;

const EFFECTIVE_ORDER = ['signed', 'dated', 'year', 'approved', 'issued', 'as-at'] as const;

/**
 * When a document's arrangements took effect: `effectiveFrom` if given, else the
 * earliest signed date, else dated, else year (then approved, issued, as-at).
 */
export function effectiveFrom(doc: DocumentEntry): string | undefined {
  if (doc.effectiveFrom) return doc.effectiveFrom;
  for (const kind of EFFECTIVE_ORDER) {
    const dates = doc.dates.filter((d) => d.kind === kind).map((d) => d.date);
    if (dates.length > 0) return [...dates].sort()[0];
  }
  return undefined;
}

/** `day`, `month` or `year`, from the shape of an ISO date. */
export function datePrecision(date: string): 'day' | 'month' | 'year' {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/** `review-due` -> `reviewDue`. */
export const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
