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

/**
 * The same bytes as `serialiseGraph` (@accgraph/schema: canonical form, keys
 * sorted, two-space indentation, final newline), built an item at a time:
 * every SLICE_MS the work yields to the event loop and checks the request's
 * budget, so an 11 MB export neither blocks the server in one stretch nor
 * runs on after its request was stopped (issue 16). JSON strings never hold
 * a raw newline, so indenting by replacing "\n" is exact.
 */
export async function serialiseGraphInSlices(graph: CanonicalGraph): Promise<string> {
  const canonical = canonicaliseGraph(graph) as unknown as Record<string, unknown>;
  await checkpoint();
  const parts: string[] = ['{\n'];
  const keys = Object.keys(canonical).sort(compareIds);
  let sliceStart = performance.now();
  for (const [k, key] of keys.entries()) {
    const value = canonical[key];
    parts.push(`  ${JSON.stringify(key)}: `);
    if (Array.isArray(value) && value.length > 0) {
      parts.push('[\n');
      for (const [i, item] of value.entries()) {
        parts.push(`    ${render(item, '    ')}${i < value.length - 1 ? ',\n' : '\n'}`);
        if (performance.now() - sliceStart >= SLICE_MS) {
          await checkpoint();
          sliceStart = performance.now();
        }
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
