/**
 * The document text of a draft cut into segments at every proposal quote's
 * edges, so each quote is marked on exactly its characters and a text
 * selection maps back to offsets in the text (each segment carries its start
 * in `data-offset`; `selectionIn(…, 'offset')` of editing/selection.ts reads
 * it). Pure.
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
