import type { CanonicalGraph, Evidence } from './graph.ts';
import { formatPath, type PathSegment, type Problem } from './problem.ts';

/**
 * Evidence that cannot be forged (issue 14, decision 0022): every quote is the
 * document's text at its offsets (`text.slice(start, end) === quote`), and its
 * section is a heading LINE of that document that comes before the quote.
 * Pure: the caller says where each document's text comes from (the store's
 * `:SourceText`, the texts an import carries, the bundled files).
 */

/** Longest line that can be a heading (the bundled sections are at most 85). */
export const HEADING_MAX_LENGTH = 160;
/** A line ending in `.`, `!` or `?` with more words than this is a sentence, not a heading. */
const HEADING_SENTENCE_WORDS = 10;

/** Markdown around a heading: `## **4. Responsibilities**` is the heading `4. Responsibilities`. */
export function stripHeadingMarkup(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*>\s*/, '')
    .trim()
    .replace(/^([*_]{1,3})(.*?)\1$/, '$2')
    .trim();
}

/** Words that a number after them names rather than pages: "Appendix 1", "Part 3". */
const NUMBERED =
  /\b(appendix|annex|annexe|section|part|chapter|schedule|figure|table|step|phase|stage|level|tier|priority|page)\s+\d{1,3}$/i;

/**
 * Why a (stripped) line is not a heading, or null when it is one: not empty,
 * at most HEADING_MAX_LENGTH characters, not a list item, not a contents-page
 * line ("3. Governance ........ 7", a line ending in a page number), not a
 * sentence (several sentences, or a long line ending in a full stop) and not
 * a fragment that runs on (ending in a comma, semicolon or dash).
 */
export function notAHeading(raw: string): string | null {
  if (/^\s*([-•◦▪●]|\*(?!\*)|\d+\))\s+/.test(raw)) return 'is a list item';
  const line = stripHeadingMarkup(raw);
  if (line === '') return 'is empty';
  if (line.length > HEADING_MAX_LENGTH)
    return `is ${line.length} characters long (a heading is at most ${HEADING_MAX_LENGTH})`;
  if (/(\.{3,}|…|(\.\s){3,})\s*\d*$/.test(line)) return 'is a contents-page line (dot leaders)';
  if (/(\s|\t)\d{1,3}$/.test(line) && !NUMBERED.test(line))
    return 'ends in a page number (a contents-page line)';
  if (/[,;–—-]$/.test(line))
    return 'runs on into the next line (ends in a comma, semicolon or dash)';
  const prose = line
    .replace(/^(\d+(\.\d+)*\.?|[A-Za-z]\.|[ivx]+\.)\s+/, '')
    .replace(/\b(e\.g|i\.e|etc|No|St|Mr|Mrs|Dr)\./g, '$1');
  if (/[a-z0-9)][.!?]["'’”)]?\s+[A-Z]/.test(prose)) return 'holds more than one sentence';
  if (/[.!?]$/.test(line) && line.split(/\s+/).length > HEADING_SENTENCE_WORDS)
    return 'is a sentence (a long line ending in a full stop)';
  return null;
}

/** A heading line of a document: its text without markup, and where the line starts and ends. */
export interface HeadingLine {
  heading: string;
  /** 1-based line number. */
  line: number;
  start: number;
  end: number;
}

/** Every line of `text` that is a heading (notAHeading is null), in order. */
export function headingLines(text: string): HeadingLine[] {
  const out: HeadingLine[] = [];
  let offset = 0;
  let n = 0;
  for (const line of text.split('\n')) {
    n++;
    const body = line.replace(/\r$/, '');
    if (notAHeading(body) === null)
      out.push({
        heading: stripHeadingMarkup(body),
        line: n,
        start: offset,
        end: offset + body.length,
      });
    offset += line.length + 1;
  }
  return out;
}

function lineNumber(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** What one evidence entry gets wrong; `field` names the key of the entry to blame. */
export interface EvidenceFault {
  field: 'documentId' | 'quote' | 'start' | 'end' | 'section';
  message: string;
  expected: string;
}

const show = (s: string, max = 80) => JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);

/**
 * Checks one evidence entry against its document's text (null: no text for
 * that document). Returns the first fault, or null when the quote is the text
 * at its offsets and the section is a heading line ending before the quote.
 */
export function checkQuote(
  text: string | null,
  ev: Evidence,
  headings?: HeadingLine[],
): EvidenceFault | null {
  if (text === null) {
    return {
      field: 'documentId',
      message: `no text is known for document ${ev.documentId}, so its quote cannot be verified`,
      expected: `a document whose text is stored, or whose text the change carries (\`sources\`)`,
    };
  }
  const { start, end } = ev;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    return {
      field: 'start',
      message: `offsets ${start}-${end} are not a range (start and end are whole numbers, 0 <= start <= end)`,
      expected: 'the offsets of the quote in the document text',
    };
  }
  if (end > text.length) {
    return {
      field: 'end',
      message: `offsets ${start}-${end} run past the end of document ${ev.documentId} (${text.length} characters)`,
      expected: 'offsets inside the document text',
    };
  }
  const actual = text.slice(start, end);
  if (actual !== ev.quote) {
    const elsewhere = text.indexOf(ev.quote);
    return {
      field: 'quote',
      message:
        `the text of ${ev.documentId} at ${start}-${end} (line ${lineNumber(text, start)}) is ${show(actual)}, not the quote ${show(ev.quote)}` +
        (elsewhere === -1
          ? '; the quote does not occur in the document'
          : ` (the quote occurs at ${elsewhere}-${elsewhere + ev.quote.length})`),
      expected: 'a quote copied exactly from the document text at its offsets',
    };
  }
  const section = stripHeadingMarkup(ev.section);
  const lines = (headings ?? headingLines(text)).filter((h) => h.heading === section);
  if (lines.some((h) => h.end <= start)) return null;
  const why = (() => {
    if (lines.length > 0)
      return `the heading line "${section}" comes only after the quote (line ${lines[0]!.line})`;
    const at = findLine(text, section);
    if (at === null) return `"${section}" is not a line of ${ev.documentId}`;
    if (at.whole !== null) return `line ${at.line} "${section}" is not a heading: it ${at.whole}`;
    return `"${section}" occurs only inside line ${at.line}, not as a whole line (the middle of a sentence is not a heading)`;
  })();
  return {
    field: 'section',
    message: `section: ${why}`,
    expected: `a heading line of ${ev.documentId}, copied whole, that comes before the quote (line ${lineNumber(text, start)})`,
  };
}

/** The first line holding `section`: whether it is the whole line (and then why it is no heading). */
function findLine(text: string, section: string): { line: number; whole: string | null } | null {
  let n = 0;
  let inside: number | null = null;
  for (const raw of text.split('\n')) {
    n++;
    const body = raw.replace(/\r$/, '');
    if (stripHeadingMarkup(body) === section) return { line: n, whole: notAHeading(body) };
    if (inside === null && section !== '' && body.includes(section)) inside = n;
  }
  return inside === null ? null : { line: inside, whole: null };
}

/** One evidence fault located in a canonical graph. */
export interface EvidenceProblem extends EvidenceFault {
  /** Path segments of the faulty key, e.g. `['relationships', 3, 'evidence', 0, 'quote']`. */
  path: PathSegment[];
}

/**
 * Every evidence fault of a canonical graph (nodes first, then
 * relationships, in list order), with path segments to locate it in a file.
 */
export function findEvidenceProblems(
  graph: Pick<CanonicalGraph, 'nodes' | 'relationships'>,
  textOf: (documentId: string) => string | null,
): EvidenceProblem[] {
  const texts = new Map<string, { text: string | null; headings: HeadingLine[] }>();
  const known = (id: string) => {
    let t = texts.get(id);
    if (!t) {
      const text = textOf(id);
      t = { text, headings: text === null ? [] : headingLines(text) };
      texts.set(id, t);
    }
    return t;
  };
  const out: EvidenceProblem[] = [];
  const visit = (kind: 'nodes' | 'relationships', owners: readonly { evidence: Evidence[] }[]) =>
    owners.forEach((owner, i) =>
      owner.evidence.forEach((ev, j) => {
        const t = known(ev.documentId);
        const fault = checkQuote(t.text, ev, t.headings);
        if (fault) out.push({ ...fault, path: [kind, i, 'evidence', j, fault.field] });
      }),
    );
  visit('nodes', graph.nodes);
  visit('relationships', graph.relationships);
  return out;
}

/**
 * The domain core's evidence check (BRIEF contract 2): one Problem per faulty
 * evidence entry, its `path` a JSON path such as
 * `$.relationships[3].evidence[0].quote` (under `opts.basePath`, default `$`),
 * its message saying what the text at those offsets actually is. `file` is
 * `opts.file` (default empty), line and column 1:1 (a caller with the file's
 * text locates `findEvidenceProblems`' segments instead).
 */
export function checkEvidence(
  graph: CanonicalGraph,
  textOf: (documentId: string) => string | null,
  opts: { basePath?: string; file?: string } = {},
): Problem[] {
  const base = opts.basePath ?? '$';
  return findEvidenceProblems(graph, textOf).map((p) => ({
    file: opts.file ?? '',
    line: 1,
    column: 1,
    path: `${base}.${formatPath(p.path)}`,
    message: p.message,
    expected: p.expected,
  }));
}
