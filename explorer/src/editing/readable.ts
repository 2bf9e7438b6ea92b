/**
 * The stored text of a document as readable blocks for the passage picker:
 * Markdown-ish markup (`#` heading marks, `- ` bullets, `**`/`__` emphasis)
 * is left out of what is shown, and every shown run keeps its offsets in the
 * stored text, so a selection maps back to exactly the stored characters
 * (the quote is the stored text at the offsets, never what is shown). Pure.
 */
import { docBlocks, type DocBlockKind } from '../graph/docBlocks';

/** A shown piece of the stored text: text.slice(start, end), shown as is. */
export interface Run {
  start: number;
  end: number;
}

export interface ReadableBlock {
  kind: DocBlockKind;
  level: number;
  /** First offset of the block (its key). */
  at: number;
  runs: Run[];
}

const INLINE = /\*\*|__/g;

/** [start, end) of the text without its inline `**` / `__` marks, as runs. */
function runsOf(text: string, start: number, end: number): Run[] {
  const runs: Run[] = [];
  let from = start;
  const part = text.slice(start, end);
  for (const m of part.matchAll(INLINE)) {
    const at = start + m.index;
    if (at > from) runs.push({ start: from, end: at });
    from = at + m[0].length;
  }
  if (end > from) runs.push({ start: from, end });
  return runs;
}

/**
 * The readable blocks of `text`: a heading without its `#`s, a bullet
 * without its `- ` (the list style draws the bullet), a numbered item with
 * its number as written, emphasis marks dropped.
 */
export function readableBlocks(text: string): ReadableBlock[] {
  return docBlocks(text).map((b) => {
    const from = b.kind === 'numbered' ? b.markerStart : b.start;
    return { kind: b.kind, level: b.level, at: from, runs: runsOf(text, from, b.end) };
  });
}

/** The text a reader sees of the blocks (runs joined, blocks on their own lines). */
export function shownText(text: string, blocks: readonly ReadableBlock[]): string {
  return blocks.map((b) => b.runs.map((r) => text.slice(r.start, r.end)).join('')).join('\n');
}
