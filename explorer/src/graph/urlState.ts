/**
 * Everything a person may want to share lives in the URL: area, as-of date or
 * document, selection, filters, highlights and view. Pure: parse a query
 * string to a state, and a state back to a query string (stable order,
 * defaults left out), so back/forward and shared links restore the view.
 */

export const VIEWS = ['canvas', 'table', 'findings', 'compare'] as const;
export type ViewName = (typeof VIEWS)[number];

export type ChainDirection = 'HOLDERS' | 'HELD';

export interface DiffPair {
  from: string;
  to: string;
}

export interface ExplorerState {
  /** `?area=wiltshire` */
  area: string | null;
  /** `?doc=wiltshire/2014`: show the statements in force while this document was. */
  doc: string | null;
  /** `?asOf=2016-05-01`: an explicit date (wins over `doc`). */
  asOf: string | null;
  /** `?view=table` (default canvas). */
  view: ViewName;
  /** `?sel=<node or relationship id>` */
  sel: string | null;
  /** `?hide=MEMBER_OF,INFORMS`: relationship types not drawn. */
  hide: string[];
  /** `?chain=<id>`: highlight who holds it to account (or whom it holds, `dir=HELD`). */
  chain: string | null;
  dir: ChainDirection;
  /** `?post=<post id>`: the obligations a post carries across the bodies it sits on. */
  post: string | null;
  /** `?diff=<from doc>..<to doc>`: the diff overlay. */
  diff: DiffPair | null;
  /** `?finding=<finding id>`: the finding opened in the findings panel. */
  finding: string | null;
  /** `?law=today`: findings judged by today's law, not the law of the document's period. */
  law: 'today' | null;
  /** `?with=<area id>`: the second area of the compare view. */
  with: string | null;
  /** `?collapsed=a,b`: nodes whose leaf neighbours are hidden. */
  collapsed: string[];
  /** `?expanded=a,b`: nodes whose neighbourhood (API `neighbourhood`) is added. */
  expanded: string[];
  /** `?bench=300`: a generated graph of N nodes, no API. */
  bench: number | null;
  /**
   * `?graph=full` or `?graph=overview`; by default a large area opens as an
   * overview (posts and people folded into their bodies), a small one in full.
   */
  graph: GraphScope | null;
  /** `?to=<node id>`: the accountability path from the selection to this node, drawn on the canvas. */
  to: string | null;
  /** `?step=2`: presenting the chain (or path) hop by hop, at this step (1-based). */
  step: number | null;
  /** `?colour=betweenness`: a styling rule, node colour by a property or a measure (default type). */
  colour: string | null;
  /** `?size=degree`: a styling rule, node size by a measure (default all alike). */
  size: string | null;
}

export type GraphScope = 'full' | 'overview';

export const DEFAULT_STATE: ExplorerState = {
  area: null,
  doc: null,
  asOf: null,
  view: 'canvas',
  sel: null,
  hide: [],
  chain: null,
  dir: 'HOLDERS',
  post: null,
  diff: null,
  finding: null,
  law: null,
  with: null,
  collapsed: [],
  expanded: [],
  bench: null,
  graph: null,
  to: null,
  step: null,
  colour: null,
  size: null,
};

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function text(params: URLSearchParams, key: string): string | null {
  const value = params.get(key)?.trim();
  return value ? value : null;
}

function list(params: URLSearchParams, key: string): string[] {
  const value = params.get(key);
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ].sort();
}

export function parseState(search: string): ExplorerState {
  const p = new URLSearchParams(search);
  const view = text(p, 'view');
  const asOf = text(p, 'asOf');
  const diff = text(p, 'diff');
  const [from, to] = diff?.split('..') ?? [];
  const bench = Number(text(p, 'bench'));
  return {
    area: text(p, 'area'),
    doc: text(p, 'doc'),
    asOf: asOf && ISO_DATE.test(asOf) ? asOf : null,
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as ViewName) : 'canvas',
    sel: text(p, 'sel'),
    hide: list(p, 'hide'),
    chain: text(p, 'chain'),
    dir: text(p, 'dir') === 'HELD' ? 'HELD' : 'HOLDERS',
    post: text(p, 'post'),
    diff: from && to ? { from, to } : null,
    finding: text(p, 'finding'),
    law: p.get('law') === 'today' ? 'today' : null,
    with: text(p, 'with'),
    collapsed: list(p, 'collapsed'),
    expanded: list(p, 'expanded'),
    bench: Number.isInteger(bench) && bench > 0 ? Math.min(bench, 20_000) : null,
    graph: p.get('graph') === 'full' ? 'full' : p.get('graph') === 'overview' ? 'overview' : null,
    to: text(p, 'to'),
    step: positiveInt(text(p, 'step')),
    colour: text(p, 'colour'),
    size: text(p, 'size'),
  };
}

/** The query string (with its `?`, or '' when everything is default). */
export function serializeState(state: ExplorerState): string {
  const p = new URLSearchParams();
  const put = (key: string, value: string | null | undefined): void => {
    if (value) p.set(key, value);
  };
  if (state.bench) put('bench', String(state.bench));
  put('area', state.area);
  put('doc', state.doc);
  put('asOf', state.asOf);
  if (state.view !== 'canvas') put('view', state.view);
  put('sel', state.sel);
  put('hide', [...state.hide].sort().join(','));
  put('chain', state.chain);
  if (state.chain && state.dir === 'HELD') put('dir', 'HELD');
  put('post', state.post);
  if (state.diff) put('diff', `${state.diff.from}..${state.diff.to}`);
  put('finding', state.finding);
  put('law', state.law);
  put('with', state.with);
  put('collapsed', [...state.collapsed].sort().join(','));
  put('expanded', [...state.expanded].sort().join(','));
  put('graph', state.graph);
  put('to', state.to);
  if (state.step) put('step', String(state.step));
  put('colour', state.colour);
  put('size', state.size);
  const s = p.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  return s ? `?${s}` : '';
}

function positiveInt(value: string | null): number | null {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? Math.min(n, 10_000) : null;
}

/** Leaving an area drops everything that belongs to it. */
export function changeArea(state: ExplorerState, area: string): ExplorerState {
  return {
    ...DEFAULT_STATE,
    area,
    view: state.view,
    hide: state.hide,
    bench: state.bench,
    colour: state.colour,
    size: state.size,
  };
}

/** Toggle one id in a sorted list. */
export function toggle(values: readonly string[], id: string): string[] {
  return values.includes(id) ? values.filter((v) => v !== id) : [...values, id].sort();
}
