/**
 * A source text as blocks (headings, bullets, numbered items, paragraphs),
 * each keeping the character offsets of its visible content in the text, so
 * a quote's stored offsets still mark exactly its characters. Pure.
 *
 * The sources are Markdown-ish plain text: `#` headings, `-`/`•`/`*`
 * bullets, `1.` items, `**bold**` or `*italic*` wrappers. Rendering line by
 * line from the text, instead of through a Markdown renderer, is what keeps
 * the offsets (a renderer's output cannot be mapped back to them).
 */
export type DocBlockKind = 'heading' | 'bullet' | 'numbered' | 'paragraph';

export interface DocBlock {
  kind: DocBlockKind;
  /** 1-6 for headings, else 0. */
  level: number;
  /** The item's number as written ("3."), for numbered items. */
  marker: string;
  /**
   * Where a bullet's or item's own marker ("- ", "• ", "3. ") starts: it is
   * shown as written (quotes may include it), [markerStart, start). Equal to
   * `start` for headings and paragraphs.
   */
  markerStart: number;
  /** Offsets of the visible content in the whole text: text.slice(start, end). */
  start: number;
  end: number;
}

const HEADING = /^(#{1,6})[ \t]+/;
const BULLET = /^[ \t]*[-•*][ \t]+/;
const NUMBERED = /^[ \t]*(\d{1,3}[.)])[ \t]+/;

/** Narrow [start, end) past a `**…**` or `*…*` wrapper, when the line is wholly wrapped. */
function unwrap(text: string, start: number, end: number): [number, number] {
  const s = start;
  let e = end;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  for (const w of ['**', '*', '_']) {
    if (e - s > 2 * w.length && text.startsWith(w, s) && text.endsWith(w, e)) {
      const inner = text.slice(s + w.length, e - w.length);
      if (!inner.includes(w)) return [s + w.length, e - w.length];
    }
  }
  return [s, e];
}

export function docBlocks(text: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const lineStart = at;
    at += line.length + 1;
    if (!line.trim()) continue;
    let kind: DocBlockKind = 'paragraph';
    let level = 0;
    let marker = '';
    let skip = 0;
    let markerAt = 0;
    const h = HEADING.exec(line);
    const b = h ? null : BULLET.exec(line);
    const n = h || b ? null : NUMBERED.exec(line);
    if (h) {
      kind = 'heading';
      level = h[1]!.length;
      skip = h[0].length;
    } else if (b && !/^[ \t]*\*\*/.test(line)) {
      kind = 'bullet';
      skip = b[0].length;
      markerAt = line.length - line.trimStart().length;
    } else if (n) {
      kind = 'numbered';
      marker = n[1]!;
      skip = n[0].length;
      markerAt = line.length - line.trimStart().length;
    } else {
      skip = line.length - line.trimStart().length;
    }
    const [start, end] = unwrap(text, lineStart + skip, lineStart + line.length);
    const markerStart = kind === 'bullet' || kind === 'numbered' ? lineStart + markerAt : start;
    blocks.push({ kind, level, marker, markerStart, start, end });
  }
  return blocks;
}

/** A block's content in up to three parts around a span (the middle one is marked). */
export function blockParts(
  text: string,
  block: Pick<DocBlock, 'start' | 'end'>,
  span: { start: number; end: number } | null,
): [string, string, string] {
  const { start, end } = block;
  if (!span || span.end <= start || span.start >= end) return [text.slice(start, end), '', ''];
  const a = Math.max(start, span.start);
  const b = Math.min(end, span.end);
  return [text.slice(start, a), text.slice(a, b), text.slice(b, end)];
}
