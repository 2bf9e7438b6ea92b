/**
 * Styling rules the reader sets (as in Neo4j Bloom): node colour by a
 * measure (betweenness, degree, findings) or a property (label, kind), and
 * node size by a measure. Kept in the URL (`?colour=`, `?size=`), so a
 * styled view can be shared. Pure: the canvas draws what this returns, the
 * legend explains it.
 */
import type { NodeMeasures } from './centrality';
import type { ViewGraph } from './view';

export interface StyleRuleOption {
  id: string;
  label: string;
  kind: 'measure' | 'property';
}

export const COLOUR_RULES: readonly StyleRuleOption[] = [
  { id: 'betweenness', label: 'Betweenness (single points of failure)', kind: 'measure' },
  { id: 'degree', label: 'Degree (ties drawn)', kind: 'measure' },
  { id: 'findings', label: 'Findings on it', kind: 'measure' },
  { id: 'label', label: 'Label (body, post, organisation…)', kind: 'property' },
  { id: 'kind', label: 'Kind (board, trust, post…)', kind: 'property' },
];

export const SIZE_RULES: readonly StyleRuleOption[] = COLOUR_RULES.filter(
  (r) => r.kind === 'measure',
);

export interface NodeStyle {
  fill?: string;
  ink?: string;
  border?: string;
  /** Drawn this much bigger (1 = as laid out). */
  scale?: number;
}

export type StyleLegend =
  | {
      kind: 'measure';
      rule: string;
      label: string;
      steps: { fill: string; ink: string; from: number; to: number }[];
      format: (v: number) => string;
    }
  | {
      kind: 'property';
      rule: string;
      label: string;
      values: { value: string; fill: string; border: string }[];
    };

/** Light to dark; text is dark on the first three, white on the last two (WCAG AA). */
const SEQUENTIAL = [
  { fill: '#fef9c3', ink: '#0f172a' },
  { fill: '#fde68a', ink: '#0f172a' },
  { fill: '#fb923c', ink: '#0f172a' },
  { fill: '#b91c1c', ink: '#ffffff' },
  { fill: '#7f1d1d', ink: '#ffffff' },
] as const;

const CATEGORICAL = [
  { fill: '#dbeafe', border: '#1d4ed8' },
  { fill: '#dcfce7', border: '#15803d' },
  { fill: '#fef3c7', border: '#b45309' },
  { fill: '#fce7f3', border: '#be185d' },
  { fill: '#e0e7ff', border: '#4338ca' },
  { fill: '#ccfbf1', border: '#0f766e' },
  { fill: '#fee2e2', border: '#b91c1c' },
  { fill: '#f3e8ff', border: '#7e22ce' },
] as const;
const OTHER = { fill: '#f1f5f9', border: '#475569' };

export const MAX_SCALE = 1.6;

export interface StyleInputs {
  measures: ReadonlyMap<string, NodeMeasures>;
  /** Findings on each node (its badge count). */
  findings: ReadonlyMap<string, number>;
}

export function isColourRule(id: string | null): boolean {
  return COLOUR_RULES.some((r) => r.id === id);
}

export function isSizeRule(id: string | null): boolean {
  return SIZE_RULES.some((r) => r.id === id);
}

function measureOf(rule: string, id: string, inputs: StyleInputs): number {
  if (rule === 'findings') return inputs.findings.get(id) ?? 0;
  const m = inputs.measures.get(id);
  return rule === 'betweenness' ? (m?.betweenness ?? 0) : (m?.degree ?? 0);
}

const formatOf = (rule: string) =>
  rule === 'betweenness'
    ? (v: number) => `${Math.round(v * 100)} %`
    : (v: number) => String(Math.round(v));

/**
 * The style of every drawn node under the rules, and the legend that says
 * what the colours mean. Unknown rules are ignored (default look).
 */
export function applyStyleRules(
  view: Pick<ViewGraph, 'nodes'>,
  rules: { colour: string | null; size: string | null },
  inputs: StyleInputs,
): { styles: Map<string, NodeStyle>; legend: StyleLegend | null } {
  const styles = new Map<string, NodeStyle>();
  const style = (id: string) => {
    let s = styles.get(id);
    if (!s) styles.set(id, (s = {}));
    return s;
  };
  let legend: StyleLegend | null = null;
  const colour = COLOUR_RULES.find((r) => r.id === rules.colour);
  if (colour?.kind === 'measure') {
    const values = view.nodes.map((n) => measureOf(colour.id, n.id, inputs));
    const max = Math.max(0, ...values);
    const band = (v: number) =>
      max > 0 ? Math.min(SEQUENTIAL.length - 1, Math.floor((v / max) * SEQUENTIAL.length)) : 0;
    view.nodes.forEach((n, i) => {
      const c = SEQUENTIAL[band(values[i]!)]!;
      Object.assign(style(n.id), { fill: c.fill, ink: c.ink, border: '#334155' });
    });
    legend = {
      kind: 'measure',
      rule: colour.id,
      label: colour.label,
      steps: SEQUENTIAL.map((c, i) => ({
        ...c,
        from: (max * i) / SEQUENTIAL.length,
        to: (max * (i + 1)) / SEQUENTIAL.length,
      })),
      format: formatOf(colour.id),
    };
  } else if (colour?.kind === 'property') {
    const valueOf = (n: ViewGraph['nodes'][number]) =>
      (colour.id === 'label' ? n.label : n.kind) || '(none)';
    // Most frequent first; beyond the palette, "other".
    const counts = new Map<string, number>();
    for (const n of view.nodes) counts.set(valueOf(n), (counts.get(valueOf(n)) ?? 0) + 1);
    const order = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([v]) => v);
    const looks = new Map(order.map((v, i) => [v, CATEGORICAL[i] ?? OTHER]));
    for (const n of view.nodes) {
      const c = looks.get(valueOf(n)) ?? OTHER;
      Object.assign(style(n.id), { fill: c.fill, border: c.border, ink: '#0f172a' });
    }
    legend = {
      kind: 'property',
      rule: colour.id,
      label: colour.label,
      values: order.slice(0, CATEGORICAL.length).map((value) => ({ value, ...looks.get(value)! })),
    };
    if (order.length > CATEGORICAL.length) legend.values.push({ value: 'other', ...OTHER });
  }
  const size = SIZE_RULES.find((r) => r.id === rules.size);
  if (size) {
    const values = view.nodes.map((n) => measureOf(size.id, n.id, inputs));
    const max = Math.max(0, ...values);
    view.nodes.forEach((n, i) => {
      const scale = max > 0 ? 1 + ((MAX_SCALE - 1) * values[i]!) / max : 1;
      style(n.id).scale = Math.round(scale * 100) / 100;
    });
  }
  return { styles, legend };
}

/** A stable text for a style, so unchanged nodes keep their object (decorationKey). */
export function styleKey(s: NodeStyle | undefined): string {
  return s ? `${s.fill ?? ''}${s.ink ?? ''}${s.border ?? ''}${s.scale ?? ''}` : '';
}
