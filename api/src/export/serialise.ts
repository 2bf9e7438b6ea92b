import { canonicaliseGraph, compareIds, type CanonicalGraph } from '@accgraph/schema';
import { checkpoint, SLICE_MS } from '../compare/slices.ts';

function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(record).sort(compareIds)) out[key] = sortedDeep(record[key]);
    return out;
  }
  return value;
}

/** JSON.stringify(sortedDeep(value), null, 2), its lines after the first indented by `pad`. */
const render = (value: unknown, pad: string): string =>
  JSON.stringify(sortedDeep(value), null, 2).replaceAll('\n', `\n${pad}`);

/** Items per piece to start with; the count then follows how long a piece takes (SLICE_MS). */
const FIRST_PIECE = 32;

/**
 * Items `from`..`to` of a top-level list as they stand in the whole
 * document, joined by ",\n": JSON.stringify of `{"x": items}` indents the
 * items by four spaces, as the document's top-level lists do, so its text
 * between the opening and closing brackets is the items' text, written in
 * one call (not an item at a time, each re-indented: a third string per item).
 */
function itemsText(items: readonly unknown[], from: number, to: number): string {
  const json = JSON.stringify({ x: items.slice(from, to).map(sortedDeep) }, null, 2);
  // '{\n  "x": [\n' … '\n  ]\n}'
  return json.slice('{\n  "x": [\n'.length, -'\n  ]\n}'.length);
}

/**
 * The same bytes as `serialiseGraph` (@accgraph/schema: canonical form, keys
 * sorted, two-space indentation, final newline), built a piece of a list at a
 * time: every piece is sized to take about SLICE_MS, then the work yields to
 * the event loop and checks the request's budget, so an 11 MB export neither
 * blocks the server in one stretch nor runs on after its request was stopped
 * (issue 16).
 */
export async function serialiseGraphInSlices(graph: CanonicalGraph): Promise<string> {
  const canonical = canonicaliseGraph(graph) as unknown as Record<string, unknown>;
  await checkpoint();
  const parts: string[] = ['{\n'];
  const keys = Object.keys(canonical).sort(compareIds);
  let size = FIRST_PIECE;
  for (const [k, key] of keys.entries()) {
    const value = canonical[key];
    parts.push(`  ${JSON.stringify(key)}: `);
    if (Array.isArray(value) && value.length > 0) {
      parts.push('[\n');
      for (let from = 0; from < value.length;) {
        const to = Math.min(value.length, from + size);
        const started = performance.now();
        parts.push(itemsText(value, from, to), to < value.length ? ',\n' : '\n');
        from = to;
        const took = performance.now() - started;
        // the next piece: about SLICE_MS / 2 of work (halved after a long one, doubled after a short one)
        if (took > SLICE_MS / 2) size = Math.max(1, Math.floor(size / 2));
        else if (took < SLICE_MS / 8) size *= 2;
        if (from < value.length) await checkpoint();
      }
      parts.push('  ]');
    } else {
      parts.push(render(value, '  '));
    }
    parts.push(k < keys.length - 1 ? ',\n' : '\n');
  }
  parts.push('}\n');
  return parts.join('');
}
