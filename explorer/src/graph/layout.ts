/**
 * A deterministic layered layout (longest-path ranking), framework-free.
 *
 * Steps: break cycles (heaviest edges first), rank by longest path from
 * the top, pull parentless nodes down next to their highest child, order each
 * layer by barycentre sweeps, wrap over-wide layers into several rows, then
 * place rows top to bottom, centred on x = 0.
 *
 * Pure and synchronous so a later issue can run it in a Web Worker unchanged.
 */

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

/** `upper` should sit in a layer above `lower`. */
export interface LayoutEdge {
  upper: string;
  lower: string;
  /** When edges disagree (a cycle), heavier ones keep their direction. Default 1. */
  weight?: number;
}

export interface LayoutOptions {
  /** Horizontal gap between neighbours in a row. */
  nodeGap: number;
  /** Vertical gap between layers. */
  layerGap: number;
  /** Vertical gap between the rows of one wrapped layer. */
  rowGap: number;
  /** A layer with more nodes than this wraps into several rows. */
  maxPerRow: number;
  /** Barycentre sweeps (each one down and one up). */
  sweeps: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  nodeGap: 32,
  layerGap: 96,
  rowGap: 32,
  maxPerRow: 10,
  sweeps: 4,
};

export interface Point {
  x: number;
  y: number;
}

export interface LayoutResult {
  /** Top-left corner of each node. */
  positions: Map<string, Point>;
  /** Layer of each node (0 = top); isolated nodes share the last layer. */
  layers: Map<string, number>;
  /** Edges turned round to break cycles (`upper->lower` as given). */
  reversed: LayoutEdge[];
  width: number;
  height: number;
}

export function layeredLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  options: Partial<LayoutOptions> = {},
): LayoutResult {
  const opts = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const ids = [...new Set(nodes.map((n) => n.id))].sort();
  const size = new Map(nodes.map((n) => [n.id, n]));

  const { down, reversed } = acyclicEdges(ids, edges);
  const layerOf = rankLongestPath(ids, down);
  const rows = orderLayers(ids, down, layerOf, opts.sweeps);
  const positions = place(rows, size, opts);

  let width = 0;
  let height = 0;
  let minX = Infinity;
  for (const [id, p] of positions) {
    const n = size.get(id);
    if (!n) continue;
    minX = Math.min(minX, p.x);
    width = Math.max(width, p.x + n.width);
    height = Math.max(height, p.y + n.height);
  }
  return {
    positions,
    layers: layerOf,
    reversed,
    width: positions.size ? width - minX : 0,
    height,
  };
}

/**
 * Successor lists without self-loops, duplicates or cycles. Edges are added
 * heaviest first (then by ids, for determinism); an edge that would close a
 * cycle is turned round, so when two ties disagree the weaker one yields.
 */
function acyclicEdges(
  ids: readonly string[],
  edges: readonly LayoutEdge[],
): { down: Map<string, string[]>; reversed: LayoutEdge[] } {
  const known = new Set(ids);
  const best = new Map<string, LayoutEdge & { weight: number }>();
  for (const e of edges) {
    if (e.upper === e.lower || !known.has(e.upper) || !known.has(e.lower)) continue;
    const key = `${e.upper}\u0000${e.lower}`;
    const weight = e.weight ?? 1;
    if ((best.get(key)?.weight ?? -Infinity) < weight) best.set(key, { ...e, weight });
  }
  const ordered = [...best.values()].sort(
    (a, b) =>
      b.weight - a.weight ||
      (a.upper < b.upper ? -1 : a.upper > b.upper ? 1 : 0) ||
      (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : 0),
  );

  const down = new Map<string, string[]>(ids.map((id) => [id, []]));
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>([from]);
    const stack = [from];
    while (stack.length) {
      const id = stack.pop()!;
      if (id === to) return true;
      for (const next of down.get(id) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return false;
  };
  const reversed: LayoutEdge[] = [];
  for (const e of ordered) {
    if (down.get(e.upper)?.includes(e.lower)) continue;
    if (reaches(e.lower, e.upper)) {
      reversed.push({ upper: e.upper, lower: e.lower });
      continue; // the path lower -> ... -> upper already ranks them the other way
    }
    down.get(e.upper)?.push(e.lower);
  }
  return { down, reversed };
}

function rankLongestPath(ids: readonly string[], down: Map<string, string[]>): Map<string, number> {
  const indegree = new Map(ids.map((id) => [id, 0]));
  const up = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [a, list] of down) {
    for (const b of list) {
      indegree.set(b, (indegree.get(b) ?? 0) + 1);
      up.get(b)?.push(a);
    }
  }
  const layer = new Map<string, number>();
  const queue = ids.filter((id) => indegree.get(id) === 0);
  for (const id of queue) layer.set(id, 0);
  const order: string[] = [];
  while (queue.length) {
    const id = queue.shift()!;
    order.push(id);
    for (const b of down.get(id) ?? []) {
      layer.set(b, Math.max(layer.get(b) ?? 0, (layer.get(id) ?? 0) + 1));
      const d = (indegree.get(b) ?? 0) - 1;
      indegree.set(b, d);
      if (d === 0) queue.push(b);
    }
  }

  // Parentless nodes sit just above their highest child instead of at the top.
  for (const id of [...order].reverse()) {
    const children = down.get(id) ?? [];
    if ((up.get(id) ?? []).length > 0 || children.length === 0) continue;
    const highest = Math.min(...children.map((c) => layer.get(c) ?? 0));
    layer.set(id, Math.max(0, highest - 1));
  }

  // Nodes with no edges at all go to one row below everything else.
  const isIsolated = (id: string): boolean =>
    (down.get(id) ?? []).length === 0 && (up.get(id) ?? []).length === 0;
  const isolated = ids.filter(isIsolated);
  const connected = ids.filter((id) => !isIsolated(id));
  const bottom = connected.length ? Math.max(...connected.map((id) => layer.get(id) ?? 0)) + 1 : 0;
  for (const id of isolated) layer.set(id, bottom);
  return layer;
}

/** Nodes of each layer, ordered to reduce crossings. */
function orderLayers(
  ids: readonly string[],
  down: Map<string, string[]>,
  layerOf: Map<string, number>,
  sweeps: number,
): string[][] {
  const count = Math.max(-1, ...layerOf.values()) + 1;
  const layers: string[][] = Array.from({ length: count }, () => []);
  for (const id of ids) layers[layerOf.get(id) ?? 0]?.push(id);

  const neighbours = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [a, list] of down) {
    for (const b of list) {
      neighbours.get(a)?.push(b);
      neighbours.get(b)?.push(a);
    }
  }
  const index = new Map<string, number>();
  const reindex = (layer: readonly string[]): void => layer.forEach((id, i) => index.set(id, i));
  layers.forEach(reindex);

  const sortBy = (layer: string[], fixed: number): void => {
    const keyed = layer.map((id, i) => {
      const ns = (neighbours.get(id) ?? []).filter((n) => layerOf.get(n) === fixed);
      const bary = ns.length ? ns.reduce((s, n) => s + (index.get(n) ?? 0), 0) / ns.length : i;
      return { id, bary, i };
    });
    keyed.sort((p, q) => p.bary - q.bary || p.i - q.i);
    keyed.forEach((k, i) => (layer[i] = k.id));
    reindex(layer);
  };
  for (let s = 0; s < sweeps; s++) {
    for (let l = 1; l < count; l++) sortBy(layers[l]!, l - 1);
    for (let l = count - 2; l >= 0; l--) sortBy(layers[l]!, l + 1);
  }
  return layers;
}

function place(
  layers: readonly string[][],
  size: Map<string, LayoutNode>,
  opts: LayoutOptions,
): Map<string, Point> {
  const positions = new Map<string, Point>();
  let y = 0;
  layers.forEach((layer, l) => {
    if (layer.length === 0) return;
    if (l > 0 && positions.size > 0) y += opts.layerGap - opts.rowGap;
    const rowCount = Math.ceil(layer.length / opts.maxPerRow);
    const perRow = Math.ceil(layer.length / rowCount);
    for (let r = 0; r < rowCount; r++) {
      const row = layer.slice(r * perRow, (r + 1) * perRow);
      const widths = row.map((id) => size.get(id)?.width ?? 0);
      const total = widths.reduce((s, w) => s + w, 0) + opts.nodeGap * (row.length - 1);
      let x = -total / 2;
      let rowHeight = 0;
      row.forEach((id, i) => {
        positions.set(id, { x: Math.round(x), y: Math.round(y) });
        x += (widths[i] ?? 0) + opts.nodeGap;
        rowHeight = Math.max(rowHeight, size.get(id)?.height ?? 0);
      });
      y += rowHeight + opts.rowGap;
    }
  });
  return positions;
}
