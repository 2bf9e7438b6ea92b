/**
 * Offsets of a text selection inside the document view (pure where it can
 * be): the view renders the stored text as ONE text node, so a selection's
 * offsets in that node are offsets into the stored text, exactly what the
 * server takes the quote from (never retyped).
 */

export interface TextSelection {
  start: number;
  end: number;
}

/**
 * The selection [start, end) clipped to the text, or null when it is empty
 * or only white space.
 */
export function normaliseSelection(
  text: string,
  anchor: number,
  focus: number,
): TextSelection | null {
  let start = Math.max(0, Math.min(anchor, focus));
  let end = Math.min(text.length, Math.max(anchor, focus));
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return end > start ? { start, end } : null;
}

/** The selection inside `container`'s single text node, or null when it lies elsewhere. */
export function selectionIn(container: HTMLElement, text: string): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const node = container.firstChild;
  if (!node || range.startContainer !== node || range.endContainer !== node) return null;
  return normaliseSelection(text, range.startOffset, range.endOffset);
}
