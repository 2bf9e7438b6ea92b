/** Finding a quote in its document's text, to highlight it in place. Pure. */
import type { ApiEvidence } from './types';

export interface QuoteSpan {
  start: number;
  end: number;
  /** The stored offsets matched; false when the quote was found by searching. */
  exact: boolean;
}

export function locateQuote(
  text: string,
  evidence: Pick<ApiEvidence, 'quote' | 'start' | 'end'>,
): QuoteSpan | null {
  const { quote, start, end } = evidence;
  if (start >= 0 && end <= text.length && text.slice(start, end) === quote) {
    return { start, end, exact: true };
  }
  const at = text.indexOf(quote);
  return at >= 0 ? { start: at, end: at + quote.length, exact: false } : null;
}

/** The text in three parts around the quote (the middle one is marked). */
export function splitAround(text: string, span: QuoteSpan | null): [string, string, string] {
  if (!span) return [text, '', ''];
  return [text.slice(0, span.start), text.slice(span.start, span.end), text.slice(span.end)];
}
