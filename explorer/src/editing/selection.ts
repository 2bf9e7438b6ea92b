/**
 * Offsets of a text selection inside a document view (pure where it can
 * be): the view renders the stored text as runs (elements carrying the
 * offset they start at, `data-start` in the passage picker, `data-offset` on
 * the review screen; each one text node of the stored text from that
 * offset), so a selection's ends map to offsets into the stored text,
 * exactly what the server takes the quote from (never retyped). The one
 * implementation both screens use.
 */

/** The attribute a view's runs carry their start offset in: `data-start` or `data-offset`. */
export type RunAttribute = 'start' | 'offset';

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

/** The stored-text offset of a DOM point inside `container`'s runs; null outside them. */
function offsetOf(
  container: HTMLElement,
  attr: RunAttribute,
  node: Node,
  offset: number,
  atEnd: boolean,
): number | null {
  if (!container.contains(node)) return null;
  const selector = `[data-${attr}]`;
  const startOf = (run: HTMLElement) => Number(run.dataset[attr]);
  // a run's end: its `data-end`, else its start plus the characters it shows
  const endOf = (run: HTMLElement) =>
    run.dataset.end !== undefined
      ? Number(run.dataset.end)
      : startOf(run) + (run.textContent ?? '').length;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>(selector);
    if (!run || !container.contains(run)) return null;
    return startOf(run) + offset;
  }
  // An element point (e.g. a triple click's block end): a start takes the first run
  // after it, an end the end of the last run before it.
  const point = document.createRange();
  point.setStart(node, offset);
  const runs = [...container.querySelectorAll<HTMLElement>(selector)];
  if (atEnd) {
    const before = runs.filter((r) => point.comparePoint(r, r.childNodes.length) <= 0).at(-1);
    return before ? endOf(before) : null;
  }
  const after = runs.find((r) => point.comparePoint(r, 0) >= 0);
  return after ? startOf(after) : null;
}

/**
 * The selection inside `container`'s runs (`data-<attr>`), as stored-text
 * offsets trimmed of white space; null when it lies elsewhere or is blank.
 */
export function selectionIn(
  container: HTMLElement,
  text: string,
  attr: RunAttribute = 'start',
): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = offsetOf(container, attr, range.startContainer, range.startOffset, false);
  const end = offsetOf(container, attr, range.endContainer, range.endOffset, true);
  if (start === null || end === null) return null;
  return normaliseSelection(text, start, end);
}
