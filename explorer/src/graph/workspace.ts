/**
 * The decisions of an area's workspace that need no React: which highlight
 * wins, what a focus request points at, the names of what is drawn, and the
 * banners over the canvas. Pure; ui/Workspace.tsx only composes them.
 */
import { message, type UiMessage } from '../messages';
import {
  chainHighlight,
  findingHighlight,
  obligationsHighlight,
  type Highlight,
} from './decorations';
import type { ApiAccountability, ApiAreaGraph, ApiFinding, ApiPostObligations } from './types';
import { viewEdgeOf, type ViewGraph } from './view';

/** Beyond this many nodes only those in view are rendered (React Flow's culling). */
export const CULL_ABOVE = 400;

export interface HighlightSources {
  /** The finding open in the findings list, if any. */
  finding: ApiFinding | null;
  chain: ApiAccountability | undefined;
  post: ApiPostObligations | null | undefined;
  /** The findings view is shown: its open finding wins over a chain or a post. */
  findingsView: boolean;
}

/** What the canvas highlights: the findings view's finding, else a chain, a post, a finding. */
export function pickHighlight({
  finding,
  chain,
  post,
  findingsView,
}: HighlightSources): Highlight | null {
  if (finding && findingsView) return findingHighlight(finding);
  if (chain) return chainHighlight(chain);
  if (post) return obligationsHighlight(post);
  if (finding) return findingHighlight(finding);
  return null;
}

/** A request to centre the canvas on some nodes; a new `nonce` asks again. */
export interface FocusRequest {
  ids: readonly string[];
  nonce: number;
  /** Move the keyboard focus to this drawn node once it is in view (a search hit). */
  keyboardFocus?: string;
}

export interface FocusTarget {
  /** Nodes to bring into view: a relationship stands for its two ends. */
  nodeIds: string[];
  /** What to select: undefined leaves the selection alone, null clears it. */
  select: string | null | undefined;
}

/**
 * What "focus these ids" means on the drawn view: a relationship id (the API's,
 * or a merged drawn edge's) becomes its two end nodes, and selecting a
 * relationship selects the drawn edge that carries it.
 */
export function focusTarget(
  view: ViewGraph,
  ids: readonly string[],
  select?: string | null,
): FocusTarget {
  const nodeIds = ids.flatMap((id) => {
    const e = viewEdgeOf(view, id);
    return e ? [e.source, e.target] : [id];
  });
  const selectId =
    select === undefined || select === null ? select : (viewEdgeOf(view, select)?.id ?? select);
  return { nodeIds, select: selectId };
}

/** Names by id: the area's nodes, then what the view adds (expanded neighbourhoods). */
export function nodeNames(graph: ApiAreaGraph, view: ViewGraph): Map<string, string> {
  const m = new Map<string, string>();
  for (const n of graph.nodes) m.set(n.id, n.name);
  for (const n of view.nodes) m.set(n.id, n.name);
  return m;
}

export interface Banner {
  key: string;
  message: UiMessage;
}

/** The notes over the canvas: dropped edges, an empty filter, a large graph, failed expansions. */
export function workspaceBanners(
  view: ViewGraph,
  hiddenTypes: readonly string[],
  failedNeighbourhoods: readonly string[],
): Banner[] {
  const banners: Banner[] = [];
  if (view.droppedEdgeIds.length > 0) {
    banners.push({ key: 'dropped', message: message('edgesDropped', view.droppedEdgeIds.length) });
  }
  if (view.edges.length === 0 && hiddenTypes.length > 0) {
    banners.push({ key: 'filtered', message: message('filteredEmpty') });
  }
  if (view.nodes.length > CULL_ABOVE) {
    banners.push({ key: 'large', message: message('largeGraph', view.nodes.length) });
  }
  for (const id of failedNeighbourhoods) {
    banners.push({ key: `hood:${id}`, message: message('neighbourhoodFailed', id) });
  }
  return banners;
}

/** What an overview keeps in view although it is a post or a person: whatever is chosen. */
export function overviewKeep(
  graph: ApiAreaGraph,
  chosen: readonly (string | null)[],
  highlight: Highlight | null,
): Set<string> {
  const keep = new Set<string>();
  for (const id of chosen) if (id) keep.add(id);
  for (const id of highlight?.nodeIds ?? []) keep.add(id);
  // A chosen relationship keeps both its ends.
  for (const e of graph.edges) {
    if (keep.has(e.id)) {
      keep.add(e.source);
      keep.add(e.target);
    }
  }
  return keep;
}
