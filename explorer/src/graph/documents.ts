/** Which date stands for a document on the as-of switch. Pure. */
import type { ApiAreaDocument } from './types';

/** "2019" -> "2019-01-01", "2009-12" -> "2009-12-01". */
export function startOf(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

/** The ISO day before a full date. */
export function dayBefore(date: string): string {
  const d = new Date(`${startOf(date)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The date at which a document's statements are the ones in force: the last
 * day before a later document took over, or null (today) while it is current.
 */
export function asOfForDocument(doc: ApiAreaDocument): string | null {
  return doc.effectiveTo ? dayBefore(doc.effectiveTo) : null;
}

export interface TimeSelection {
  /** Date to send as `asOf` (null: today, the latest documents). */
  asOf: string | null;
  /** The document the as-of switch shows as pressed. */
  documentId: string | null;
}

/**
 * Resolve `doc` / `asOf` from the URL against the area's documents. An
 * explicit date wins; an unknown document falls back to today.
 */
export function resolveTime(
  documents: readonly ApiAreaDocument[],
  doc: string | null,
  asOf: string | null,
): TimeSelection {
  if (asOf) return { asOf, documentId: documentInForce(documents, asOf)?.id ?? null };
  const chosen = doc ? documents.find((d) => d.id === doc) : undefined;
  if (chosen) return { asOf: asOfForDocument(chosen), documentId: chosen.id };
  const current = [...documents].reverse().find((d) => !d.effectiveTo) ?? documents.at(-1);
  return { asOf: null, documentId: current?.id ?? null };
}

/** The document whose period contains the date, if any. */
export function documentInForce(
  documents: readonly ApiAreaDocument[],
  date: string,
): ApiAreaDocument | undefined {
  const day = startOf(date);
  return documents.find((d) => {
    const from = d.effectiveFrom ? startOf(d.effectiveFrom) : '0000-01-01';
    const to = d.effectiveTo ? startOf(d.effectiveTo) : '9999-12-31';
    return from <= day && day < to;
  });
}

/** Which findings to ask for: an area's, at a date or in one document's own statements. */
export interface FindingScope {
  area: string;
  asOf?: string;
  document?: string;
  /** Judge by today's law instead of the law of the document's period (the default). */
  law?: 'TODAY' | 'DOCUMENT_PERIOD';
}

/**
 * The time the requests name: a date, a document the URL chose, or neither
 * (today: each area's document in force, which the API resolves). Read from
 * the URL alone, so the area's graph, findings and flags can be asked for
 * before the list of areas has answered (issue 15 point 6); once `time` is
 * resolved against the area's documents, a document the area does not have
 * is dropped, as resolveTime falls back to today.
 */
export function askedTime(
  asOf: string | null,
  doc: string | null,
  time?: TimeSelection,
): { asOf: string | null; documentId: string | null } {
  if (asOf) return { asOf, documentId: null };
  if (doc && (time === undefined || time.documentId === doc))
    return { asOf: null, documentId: doc };
  return { asOf: null, documentId: null };
}

/**
 * The findings' scope for the time shown: a date, the document the URL
 * chose, or (neither) the area today, which the API evaluates with the
 * document in force today: the same findings as naming that document.
 */
export function findingScope(
  area: string,
  asked: { asOf: string | null; documentId: string | null },
  byToday = false,
): FindingScope {
  const law = byToday ? ({ law: 'TODAY' } as const) : {};
  if (asked.asOf) return { area, asOf: asked.asOf, ...law };
  if (asked.documentId) return { area, document: asked.documentId, ...law };
  return { area, ...law };
}

/**
 * A document by name, not by date: "2014 protocol", "2019 plan", "2009
 * working arrangements" (the year it took effect and its kind).
 */
export function documentName(
  doc: Pick<ApiAreaDocument, 'kind' | 'effectiveFrom' | 'title'>,
): string {
  const year = doc.effectiveFrom?.slice(0, 4) ?? '';
  const kind = doc.kind ? doc.kind.replaceAll(/[-_]+/g, ' ').toLowerCase() : 'document';
  return year ? `${year} ${kind}` : doc.title;
}
