import { type Sentence, splitSentences } from './sentences.ts';

export interface QuoteRange {
  start: number;
  end: number;
}

export interface CoveredSentence extends Sentence {
  covered: boolean;
}

export interface DocumentCoverage {
  /** Document id from the area file, or null when no area file cites the source yet. */
  documentId: string | null;
  source: string;
  sentences: CoveredSentence[];
  /** Counts over sentences (headings excluded). */
  total: number;
  covered: number;
  /** Sentences (not headings) that produced no fact. */
  uncovered: CoveredSentence[];
  /** Quotes that could not be located in the source (so cover nothing). */
  unlocatedQuotes: number;
}

/** A sentence is covered when any evidence quote overlaps it. */
export function documentCoverage(
  source: string,
  text: string,
  documentId: string | null,
  quotes: readonly QuoteRange[],
  unlocatedQuotes = 0,
): DocumentCoverage {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const sentences = splitSentences(text).map((s) => ({
    ...s,
    covered: sorted.some((q) => q.start < s.end && q.end > s.start),
  }));
  const body = sentences.filter((s) => s.kind === 'sentence');
  return {
    documentId,
    source,
    sentences,
    total: body.length,
    covered: body.filter((s) => s.covered).length,
    uncovered: body.filter((s) => !s.covered),
    unlocatedQuotes,
  };
}
