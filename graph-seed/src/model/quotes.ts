import { checkQuote, headingLines, stripHeadingMarkup } from '@accgraph/schema';
import type { EvidenceEntry } from './area-file.schema.ts';

/** All start offsets of `needle` in `haystack` (overlapping occurrences included). */
export function findAll(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    out.push(i);
  }
  return out;
}

/** 1-based line of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Where a section heading ends, in order of preference: heading LINES of the
 * source (the rule of @accgraph/schema `headingLines`: a whole line, markdown
 * `#`/`**` stripped, not a contents-page line, not a sentence), else any
 * verbatim occurrence (so fix-offsets can still place a quote; validate
 * refuses such a section).
 */
export function headingEnds(source: string, section: string): number[] {
  const wanted = stripHeadingMarkup(section);
  const lines = wanted === '' ? [] : headingLines(source).filter((h) => h.heading === wanted);
  if (lines.length > 0) return lines.map((h) => h.end);
  return findAll(source, section).map((i) => i + section.length);
}

/** True when the section is a heading line of the source that ends before `start`. */
export function sectionBefore(source: string, section: string, start: number): boolean {
  const wanted = stripHeadingMarkup(section);
  return headingLines(source).some((h) => h.heading === wanted && h.end <= start);
}

export type Located = { start: number; end: number } | { error: string; expected: string };

/**
 * Finds a quote: the first occurrence after (the first occurrence of) its
 * section heading. Used by fix-offsets and by coverage for unfixed files.
 */
export function locateQuote(source: string, quote: string, section: string): Located {
  const occurrences = findAll(source, quote);
  if (occurrences.length === 0) return notFound(source, quote);
  const headings = headingEnds(source, section);
  if (headings.length === 0) {
    return {
      error: `section heading "${section}" not found in the source`,
      expected: 'a section heading copied verbatim from the source',
    };
  }
  const first = Math.min(...headings);
  const start = occurrences.find((i) => i >= first);
  if (start === undefined) {
    return {
      error: `quote occurs only before its section heading "${section}" (line ${lineOf(source, first)})`,
      expected: 'the heading of the section that contains the quote',
    };
  }
  return { start, end: start + quote.length };
}

const normalise = (s: string) =>
  s
    .replace(/[\u2018\u2019\u201B`]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2012-\u2015]/g, '-')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ');

function notFound(source: string, quote: string): Located {
  const hint = normalise(source).indexOf(normalise(quote).trim());
  return {
    error:
      hint === -1
        ? 'quote not found verbatim in the source'
        : 'quote not found verbatim in the source (a near match differing in whitespace, quotes, dashes or markup exists)',
    expected:
      'an exact copy of the source text (apostrophes, dashes, spaces and ** markup as in the source)',
  };
}

/** Checks one evidence entry against its source; returns the failure or null. */
export function checkEvidence(
  source: string,
  ev: EvidenceEntry,
): { error: string; expected: string; field: 'quote' | 'start' | 'section' } | null {
  if (ev.start === undefined || ev.end === undefined) {
    const located = locateQuote(source, ev.quote, ev.section);
    if ('error' in located) return { ...located, field: 'quote' };
    return {
      error: 'quote has no start/end offsets',
      expected: `start: ${located.start}, end: ${located.end} (run \`npm run seed -- fix-offsets\`)`,
      field: 'quote',
    };
  }
  if (source.slice(ev.start, ev.end) !== ev.quote) {
    const located = locateQuote(source, ev.quote, ev.section);
    if ('error' in located) return { ...located, field: 'quote' };
    return {
      error: `quote not found at offsets ${ev.start}-${ev.end}`,
      expected: `start: ${located.start}, end: ${located.end} (run \`npm run seed -- fix-offsets\`)`,
      field: 'start',
    };
  }
  if (!sectionBefore(source, ev.section, ev.start)) {
    const fault = checkQuote(source, {
      ...ev,
      documentId: 'the source',
      start: ev.start,
      end: ev.end,
    });
    return {
      error:
        `section heading "${ev.section}" not found before the quote (line ${lineOf(source, ev.start)})` +
        (fault ? `: ${fault.message.replace(/^section: /, '')}` : ''),
      expected:
        'a heading line copied whole from the source (not a contents-page line, not the middle of a sentence) that precedes the quote',
      field: 'section',
    };
  }
  return null;
}
