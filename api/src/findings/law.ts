import { firstDay, today } from '@accgraph/schema';

/**
 * Which law a document's statements are judged by (issue 12, point 5).
 * DOCUMENT_PERIOD (the default): the law in force during the document's
 * period: on the date asked for (`asOf`, which lies in the period), else on
 * the day the document took effect (`effectiveFrom`), so a 2014 protocol is
 * judged by 2014 law and a 2019 plan by 2019 law, whether or not a later
 * document replaced it. TODAY: today's law, whatever the document's period.
 */
export type LawKind = 'DOCUMENT_PERIOD' | 'TODAY';

export interface LawChoice {
  kind: LawKind;
  /** The date the client asked for (null: none given). */
  asOf: string | null;
}

export const DOCUMENT_PERIOD: LawChoice = { kind: 'DOCUMENT_PERIOD', asOf: null };

/** The law a finding was judged by: its kind and the date whose law applied. */
export interface LawApplied {
  kind: LawKind;
  asOf: string;
}

/** The law that judges the statements of a document in force from `effectiveFrom`, under `choice`. */
export function lawApplied(choice: LawChoice, effectiveFrom: string | null): LawApplied {
  if (choice.kind === 'TODAY') {
    return { kind: 'TODAY', asOf: today() };
  }
  const asOf = choice.asOf ?? (effectiveFrom ? firstDay(effectiveFrom) : today());
  return { kind: 'DOCUMENT_PERIOD', asOf };
}

/** A cache key part for a choice (the date of TODAY changes at midnight). */
export function lawKey(choice: LawChoice): string {
  return choice.kind === 'TODAY' ? `today:${today()}` : `period:${choice.asOf ?? ''}`;
}
