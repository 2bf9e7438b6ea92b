import { isCurrent, isNational, today } from '@accgraph/schema';
import { graphCache } from '../cache.ts';
import type { Context } from '../context.ts';
import { BadUserInputError } from '../errors.ts';
import { assertId } from '../graph/input.ts';
import { str } from '../graph/records.ts';

/**
 * Documents, not dates (issue 12, point 3): every time-dependent query takes
 * `documentId` as an alternative to `asOf`. This is the one place that turns
 * the pair into the date the services read at, so the services keep taking a
 * date.
 */
export interface PeriodArgs {
  asOf?: string | null;
  documentId?: string | null;
}

/** A document's period: from its effective date until the next document took over (null: current). */
export interface DocumentPeriod {
  documentId: string;
  areaId: string;
  from: string | null;
  to: string | null;
}

/** The day before an ISO date of any precision (`2019` -> `2018-12-31`). */
export function dayBefore(iso: string): string {
  const d = new Date(
    `${iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`,
  );
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The date that reads a document's own statements: its last day in force, or today while current. */
export function dateOf(period: DocumentPeriod): string {
  return period.to ? dayBefore(period.to) : today();
}

/**
 * The period of a document (NOT_FOUND for an unknown document; BAD_USER_INPUT
 * for an ill-formed id), kept in the graph cache `periods` until the next write
 * (an unknown id is not kept: its NotFoundError drops the entry).
 */
export async function periodOf(ctx: Context, documentId: string): Promise<DocumentPeriod> {
  const id = assertId(documentId, 'documentId');
  return graphCache<DocumentPeriod>(ctx.services.store, 'periods').fetch(id, async () => {
    const doc = await ctx.services.loaders.required(id, 'document');
    return {
      documentId: id,
      areaId: str(doc.props, 'areaId') ?? '',
      from: str(doc.props, 'effectiveFrom'),
      to: str(doc.props, 'effectiveTo'),
    };
  });
}

/**
 * The date a time-dependent query reads at: `asOf` as given; with
 * `documentId`, the date that reads that document's statements (its last day
 * in force, or today while it is current). Both given: `asOf` must fall in
 * the document's period (else BAD_USER_INPUT). `subjects`: ids the query is
 * about; one of another area than the document's is BAD_USER_INPUT (national
 * nodes belong to every area). Null: neither given (the service's default,
 * today).
 */
export async function resolveAsOf(
  ctx: Context,
  args: PeriodArgs,
  subjects: readonly string[] = [],
): Promise<string | null> {
  const asOf = args.asOf ?? null;
  if (args.documentId == null) return asOf;
  const period = await periodOf(ctx, args.documentId);
  if (asOf !== null && !isCurrent(period.from, period.to, asOf)) {
    throw new BadUserInputError(
      `asOf ${asOf} is outside the period of "${period.documentId}" (in force from ${period.from ?? 'its start'} until ${period.to ?? 'now'}); give one of them, or an asOf in that period.`,
    );
  }
  for (const id of subjects) {
    if (isNational(id) || id.startsWith('duty/') || id.startsWith('law/')) continue;
    const area = id.split('/')[0];
    if (area !== period.areaId) {
      throw new BadUserInputError(
        `"${id}" is in area "${area}" but documentId "${period.documentId}" is a document of "${period.areaId}"; choose a document of "${area}" (area(id: "${area}") { documents { id } }).`,
      );
    }
  }
  return asOf ?? dateOf(period);
}

/** The description of every `documentId` argument that stands for a date. */
export const DOCUMENT_ID_ARG =
  'Instead of asOf: read this document\'s own statements (e.g. "wiltshire/2014"): on its last day in force, or today while it is current. With asOf too, asOf must fall in its period. An unknown document is NOT_FOUND; a document of another area than the subject\'s is BAD_USER_INPUT.';
