/**
 * How each kind of node and relationship looks. One table per concept, so the
 * canvas and the legend are drawn from the same source.
 */

export interface NodeAppearance {
  /** Key of the style (body function, or the node label), for tests and CSS. */
  key: string;
  /** Legend text. */
  legend: string;
  fill: string;
  border: string;
  /** Text colour; at least 4.5:1 against `fill`. */
  text: string;
}

export type BodyFunctionKey = 'scrutiny' | 'delivery' | 'strategy' | 'assurance' | 'other';

/** Bodies are coloured by their primary function. */
export const BODY_FUNCTION_APPEARANCE: Readonly<Record<BodyFunctionKey, NodeAppearance>> = {
  scrutiny: {
    key: 'scrutiny',
    legend: 'Body: scrutiny',
    fill: '#f3e8ff',
    border: '#7e22ce',
    text: '#3b0764',
  },
  delivery: {
    key: 'delivery',
    legend: 'Body: delivery',
    fill: '#dcfce7',
    border: '#15803d',
    text: '#14532d',
  },
  strategy: {
    key: 'strategy',
    legend: 'Body: strategy',
    fill: '#dbeafe',
    border: '#1d4ed8',
    text: '#1e3a8a',
  },
  assurance: {
    key: 'assurance',
    legend: 'Body: assurance',
    fill: '#fef3c7',
    border: '#b45309',
    text: '#78350f',
  },
  other: {
    key: 'other',
    legend: 'Body: other function',
    fill: '#e0f2f1',
    border: '#0f766e',
    text: '#134e4a',
  },
};

export type OtherLabelKey = 'Post' | 'Organisation' | 'Person' | 'Unknown';

/** Everything that is not a body is coloured by its label. */
export const LABEL_APPEARANCE: Readonly<Record<OtherLabelKey, NodeAppearance>> = {
  Post: { key: 'Post', legend: 'Post', fill: '#f1f5f9', border: '#475569', text: '#0f172a' },
  Organisation: {
    key: 'Organisation',
    legend: 'Organisation',
    fill: '#ffffff',
    border: '#94a3b8',
    text: '#1e293b',
  },
  Person: { key: 'Person', legend: 'Person', fill: '#fce7f3', border: '#be185d', text: '#500724' },
  Unknown: { key: 'Unknown', legend: 'Other', fill: '#f5f5f4', border: '#78716c', text: '#1c1917' },
};

const BODY_FUNCTIONS = new Set<string>(['scrutiny', 'delivery', 'strategy', 'assurance']);

export function bodyFunctionKey(fn: string | null | undefined): BodyFunctionKey {
  const key = fn?.trim().toLowerCase() ?? '';
  return BODY_FUNCTIONS.has(key) ? (key as BodyFunctionKey) : 'other';
}

export function nodeAppearance(label: string, fn?: string | null): NodeAppearance {
  if (label === 'Body') return BODY_FUNCTION_APPEARANCE[bodyFunctionKey(fn)];
  if (label === 'Post' || label === 'Organisation' || label === 'Person') {
    return LABEL_APPEARANCE[label];
  }
  return LABEL_APPEARANCE.Unknown;
}

export interface EdgeAppearance {
  /** Human wording, read as "<source> <verb> <target>". */
  verb: string;
  stroke: string;
  width: number;
  /** SVG stroke-dasharray, when the line is not solid. */
  dash?: string;
  /** Accountability ties are drawn heavier and labelled. */
  accountability: boolean;
}

/** Relationship types that say who answers to whom. */
export const ACCOUNTABILITY_TYPES: readonly string[] = [
  'HOLDS_TO_ACCOUNT',
  'ACCOUNTABLE_TO',
  'REPORTS_TO',
  'ESCALATES_TO',
];

const accountability = (verb: string, stroke: string): EdgeAppearance => ({
  verb,
  stroke,
  width: 2.5,
  accountability: true,
});

const structural = (verb: string, stroke: string, dash?: string): EdgeAppearance => ({
  verb,
  stroke,
  width: 1.25,
  accountability: false,
  ...(dash ? { dash } : {}),
});

export const EDGE_APPEARANCE: Readonly<Record<string, EdgeAppearance>> = {
  HOLDS_TO_ACCOUNT: accountability('holds to account', '#b91c1c'),
  ACCOUNTABLE_TO: accountability('is accountable to', '#c2410c'),
  REPORTS_TO: accountability('reports to', '#1d4ed8'),
  ESCALATES_TO: accountability('escalates to', '#a21caf'),
  MEMBER_OF: structural('is a member of', '#94a3b8'),
  CHAIRS: structural('chairs', '#334155'),
  SUBGROUP_OF: structural('is a sub-group of', '#0f766e', '6 3'),
  POST_OF: structural('is a post of', '#64748b', '2 3'),
  HOLDS_POST: structural('holds the post', '#be185d', '2 3'),
  SUCCEEDED_BY: structural('is succeeded by', '#78716c', '8 4'),
  CONSULTS: structural('consults', '#64748b', '4 4'),
  ADVISES: structural('advises', '#64748b', '4 4'),
  INFORMS: structural('informs', '#64748b', '4 4'),
  SUPPORTS: structural('supports', '#64748b', '4 4'),
  DELEGATES_TO: structural('delegates to', '#7c3aed', '6 2'),
  REPRESENTS: structural('represents', '#0369a1'),
  COVERS: structural('covers the area of', '#15803d', '10 3'),
};

/**
 * An INTERPRETED relationship (our reading, not the document's words) keeps its
 * type's colour and is drawn dotted with round caps, a pattern no type uses.
 */
export const INTERPRETED_DASH = '0.5 6';

const FALLBACK_EDGE = structural('is related to', '#a8a29e', '1 3');

export function edgeAppearance(type: string): EdgeAppearance {
  const known = EDGE_APPEARANCE[type];
  if (known) return known;
  return { ...FALLBACK_EDGE, verb: type.toLowerCase().replaceAll('_', ' ') };
}

/**
 * Which way a relationship points in the hierarchy: `true` when its target
 * sits above its source (a member below its board, a reporter below whom it
 * reports to); `false` when the source sits above (who holds to account sits
 * above whom it holds to account).
 */
const TARGET_ABOVE: ReadonlySet<string> = new Set([
  'MEMBER_OF',
  'CHAIRS',
  'SUBGROUP_OF',
  'ACCOUNTABLE_TO',
  'REPORTS_TO',
  'ESCALATES_TO',
  'POST_OF',
  'HOLDS_POST',
  'ADVISES',
  'INFORMS',
  'SUPPORTS',
]);

export function targetSitsAbove(type: string): boolean {
  return TARGET_ABOVE.has(type);
}

/**
 * How strongly a relationship type should decide the hierarchy when ties
 * disagree: accountability first, then membership, then everything else.
 */
const LAYOUT_WEIGHT: Readonly<Record<string, number>> = {
  HOLDS_TO_ACCOUNT: 5,
  ACCOUNTABLE_TO: 5,
  REPORTS_TO: 4,
  ESCALATES_TO: 4,
  SUBGROUP_OF: 3,
  MEMBER_OF: 2,
  CHAIRS: 2,
};

export function layoutWeight(type: string): number {
  return LAYOUT_WEIGHT[type] ?? 1;
}
