import { compareIds } from '@accgraph/schema';
import type { DocumentEntry } from './area-file.schema.ts';

// Id shapes (relationshipId, isNational, DOCUMENT_ID, dutyTypeId) live in @accgraph/schema.

const EFFECTIVE_ORDER = ['signed', 'dated', 'year', 'approved', 'issued', 'as-at'] as const;

/**
 * When a document's arrangements took effect: `effectiveFrom` if given, else the
 * earliest signed date, else dated, else year (then approved, issued, as-at).
 */
export function effectiveFrom(doc: DocumentEntry): string | undefined {
  if (doc.effectiveFrom) return doc.effectiveFrom;
  for (const kind of EFFECTIVE_ORDER) {
    const dates = doc.dates.filter((d) => d.kind === kind).map((d) => d.date);
    if (dates.length > 0) return [...dates].sort(compareIds)[0];
  }
  return undefined;
}

/** `review-due` -> `reviewDue`. */
export const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
