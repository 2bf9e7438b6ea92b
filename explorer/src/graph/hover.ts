/**
 * What a hover card says about a node or a relationship on the canvas
 * (issue 15 point 5, "hover details"): its name and kind, its ties by kind,
 * its findings, and what clicking gives. Pure.
 */

export interface HoverNode {
  id: string;
  name: string;
  detail: string;
  findings: number;
  hidden: number;
}

export interface HoverEdge {
  id: string;
  source: string;
  target: string;
  verb: string;
  statements: number;
  documents: number;
}

export interface HoverCardText {
  title: string;
  lines: string[];
  hint: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function nodeHover(
  node: HoverNode,
  edges: readonly Pick<HoverEdge, 'source' | 'target' | 'verb'>[],
  names: ReadonlyMap<string, string>,
): HoverCardText {
  const out = edges.filter((e) => e.source === node.id);
  const into = edges.filter((e) => e.target === node.id);
  const lines = [node.detail];
  const sample = (list: typeof edges, outward: boolean) =>
    list
      .slice(0, 3)
      .map((e) =>
        outward
          ? `→ ${e.verb} ${names.get(e.target) ?? e.target}`
          : `← ${names.get(e.source) ?? e.source} (${e.verb})`,
      );
  lines.push(
    `${plural(out.length + into.length, 'tie')} drawn (${out.length} out, ${into.length} in)`,
  );
  lines.push(...sample(out, true), ...sample(into, false));
  if (out.length + into.length > 6) lines.push('…');
  if (node.hidden) lines.push(`${node.hidden} more folded into it (+${node.hidden})`);
  if (node.findings) lines.push(`⚑ ${plural(node.findings, 'finding')}`);
  return { title: node.name, lines, hint: 'Click for its details and quotes' };
}

export function edgeHover(edge: HoverEdge, names: ReadonlyMap<string, string>): HoverCardText {
  const from = names.get(edge.source) ?? edge.source;
  const to = names.get(edge.target) ?? edge.target;
  return {
    title: `${from} ${edge.verb} ${to}`,
    lines: [`${plural(edge.statements, 'statement')} in ${plural(edge.documents, 'document')}`],
    hint: 'Click to read its quotes',
  };
}
