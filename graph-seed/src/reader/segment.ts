import nlp from 'compromise';

export type SegmentKind = 'heading' | 'sentence' | 'bullet' | 'row';

export interface Segment {
  kind: SegmentKind;
  /** Exactly `text.slice(start, end)` of the saved source. */
  text: string;
  start: number;
  end: number;
  /** The heading this segment sits under, as the validator reads it (markdown marks stripped); null before the first heading. */
  section: string | null;
  /** For a bullet: the lead-in sentence ("The WSCB will:") whose subject it inherits. */
  leadIn?: Segment;
}

/** A heading as `quotes.ts` compares it: markdown marks and trailing emphasis stripped. */
export const headingText = (line: string) =>
  line
    .replace(/^[\s#>*_-]+/, '')
    .replace(/[\s*_]+$/, '')
    .trim();

const BULLET =
  /^(\s*(?:[-*•·◆▪●o]\s+(?:[-*•·◆▪●]\s+)?|\(?[a-z]\)\s+|\(?[ivx]+\)\s+|[a-z]\.\s+|[IVX]+\.\s+|\d+(?:\.\d+)*[.)]\s+)|\s*[*•·◆▪●](?=\S))/;

function isHeading(line: string, prevBlank: boolean, nextBlank: boolean): boolean {
  if (/^#{1,6}\s/.test(line)) return true;
  const t = line.trim();
  if (/^\*\*[^*]+\*\*$/.test(t)) return true;
  // A short line standing alone, without closing punctuation: "Introduction", "2. Scope".
  return (
    prevBlank &&
    nextBlank &&
    t.length > 0 &&
    t.length <= 80 &&
    !/[.,;:"”]$/.test(t) &&
    !t.includes('\t') &&
    /^[\p{Lu}\d]/u.test(t) &&
    t.split(/\s+/).length <= 12
  );
}

/** Sentences of a run of text, by compromise; each located verbatim in `text`. */
function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // No full stop, question or exclamation mark followed by another word: one
  // sentence, without asking compromise (most lines; compromise is the cost).
  if (!/[.!?]["”’)]?\s+\S/.test(text.trimEnd())) {
    const start = text.search(/\S/);
    return start === -1 ? [] : [{ start, end: text.trimEnd().length }];
  }
  const parts = nlp(text).sentences().out('array') as string[];
  let cursor = 0;
  for (const part of parts) {
    const needle = part.trim();
    if (needle === '') continue;
    let at = text.indexOf(needle, cursor);
    let end = at + needle.length;
    if (at === -1) {
      // compromise normalised something (whitespace): match its words loosely.
      const words = needle.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const re = new RegExp(words.join('\\s+'), 'gu');
      re.lastIndex = cursor;
      const m = re.exec(text);
      if (!m) continue;
      at = m.index;
      end = at + m[0].length;
    }
    out.push({ start: at, end });
    cursor = end;
  }
  if (out.length === 0 && text.trim() !== '') {
    const start = text.search(/\S/);
    out.push({ start, end: text.trimEnd().length });
  }
  return out;
}

/**
 * Splits a saved source into headings, sentences, bullets and table rows,
 * each with its exact offsets and its section. A bullet (or a run of them)
 * after a line ending in ":" gets that line as its lead-in.
 */
export function segment(source: string): Segment[] {
  const lines: { text: string; start: number }[] = [];
  let offset = 0;
  for (const line of source.split('\n')) {
    lines.push({ text: line, start: offset });
    offset += line.length + 1;
  }
  const out: Segment[] = [];
  let section: string | null = null;
  let leadIn: Segment | undefined;
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i]!.text.trim() === '';
  // A running page header or footer ("Draft 1 Protocol" on every page of a PDF): a short line
  // standing alone, without closing punctuation, three times or more. It is neither a heading
  // nor a sentence, and a list it interrupts keeps its lead-in.
  const seen = new Map<string, number>();
  lines.forEach((l, i) => {
    const t = l.text.trim();
    if (
      t !== '' &&
      blank(i - 1) &&
      blank(i + 1) &&
      !/[.,;:]$/.test(t) &&
      t.split(/\s+/).length <= 6
    )
      seen.set(t, (seen.get(t) ?? 0) + 1);
  });
  const running = new Set([...seen].filter(([, n]) => n >= 3).map(([t]) => t));
  lines.forEach((line, i) => {
    const raw = line.text;
    if (raw.trim() === '' || running.has(raw.trim())) return;
    const trimmedEnd = raw.trimEnd();
    if (isHeading(raw, blank(i - 1), blank(i + 1))) {
      const lead = raw.search(/\S/);
      const seg: Segment = {
        kind: 'heading',
        text: source.slice(line.start + lead, line.start + trimmedEnd.length),
        start: line.start + lead,
        end: line.start + trimmedEnd.length,
        section,
      };
      out.push(seg);
      const name = headingText(raw);
      if (name !== '') section = name;
      leadIn = /:\**$/.test(trimmedEnd) ? seg : undefined;
      return;
    }
    if (raw.includes('\t')) {
      const lead = raw.search(/\S/);
      out.push({
        kind: 'row',
        text: source.slice(line.start + lead, line.start + trimmedEnd.length),
        start: line.start + lead,
        end: line.start + trimmedEnd.length,
        section,
      });
      return;
    }
    const bullet = BULLET.exec(raw);
    if (bullet) {
      const bodyStart = bullet[0].length;
      const body = trimmedEnd.slice(bodyStart);
      if (body.trim() === '') return;
      // A numbered line after a run of symbol bullets ("- ... " then "5. Role of the Director")
      // is the next numbered section (a PDF or DOCX loses its heading mark), not the list's item.
      const numbered = /^\s*\d+(?:\.\d+)*[.)]\s/.test(raw);
      const prev = out.at(-1);
      if (
        numbered &&
        prev?.kind === 'bullet' &&
        prev.leadIn === leadIn &&
        !/^\s*\d/.test(source.slice(source.lastIndexOf('\n', prev.start - 1) + 1, prev.start))
      )
        leadIn = undefined;
      for (const s of sentences(body)) {
        out.push({
          kind: 'bullet',
          text: source.slice(line.start + bodyStart + s.start, line.start + bodyStart + s.end),
          start: line.start + bodyStart + s.start,
          end: line.start + bodyStart + s.end,
          section,
          leadIn,
        });
      }
      return;
    }
    let last: Segment | undefined;
    for (const s of sentences(trimmedEnd)) {
      last = {
        kind: 'sentence',
        text: source.slice(line.start + s.start, line.start + s.end),
        start: line.start + s.start,
        end: line.start + s.end,
        section,
      };
      out.push(last);
    }
    // A bracketed aside between list items ("(all deputies will be ...)") keeps the list's lead-in.
    if (!(leadIn && /^\(.*\)\.?$/.test(trimmedEnd.trim())))
      leadIn = last && /:["”]?$/.test(last.text) ? last : undefined;
  });
  return out;
}
