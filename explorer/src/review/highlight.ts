/**
 * The document text of a draft cut into segments at every proposal quote's
 * edges, so each quote is marked on exactly its characters and a text
 * selection maps back to offsets in the text. Pure.
 */
export interface Span {
  key: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Keys of the proposals whose quotes cover this segment. */
  keys: string[];
}

/** Cuts [start, end) of the text at every span edge inside it. */
export function segmentsOf(start: number, end: number, spans: readonly Span[]): Segment[] {
  const inside = spans.filter((s) => s.end > start && s.start < end);
  const cuts = new Set<number>([start, end]);
  for (const s of inside) {
    if (s.start > start) cuts.add(s.start);
    if (s.end < end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    out.push({
      start: a,
      end: b,
      keys: inside.filter((s) => s.start < b && s.end > a).map((s) => s.key),
    });
  }
  return out;
}

/**
 * Offsets in the text of a DOM selection whose ends sit in segment elements
 * carrying `data-offset` (the segment's start); null when either end is
 * outside the document.
 */
export function selectionOffsets(
  selection: Selection | null,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const at = (node: Node, offset: number): number | null => {
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    const seg = el?.closest<HTMLElement>('[data-offset]');
    if (!seg) return null;
    const base = Number(seg.dataset.offset);
    return node.nodeType === Node.TEXT_NODE ? base + offset : base;
  };
  const start = at(range.startContainer, range.startOffset);
  const end = at(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
