import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeError } from '../data/errors';
import { useAccountabilityPath } from '../data/hooks';
import { useWorkspaceData } from '../data/useWorkspaceData';
import { ACCOUNTABILITY_TYPES } from '../graph/appearance';
import { computeDecorations, diffIndex } from '../graph/decorations';
import { documentName, type TimeSelection } from '../graph/documents';
import type { ApiAreaDocument, ApiAreaGraph, ApiEvidence } from '../graph/types';
import { applyStyleRules } from '../graph/styleRules';
import { chainSteps, clampStep, pathHighlight, pathSteps, stepHighlight } from '../graph/present';
import { toggle, type ExplorerState } from '../graph/urlState';
import { opensAsOverview, selectViewGraph, viewEdgeOf } from '../graph/view';
import { nodeNames, overviewKeep, pickHighlight, workspaceBanners } from '../graph/workspace';
import { AreaCanvas } from '../flow/AreaCanvas';
import { Legend } from '../flow/Legend';
import { message } from '../messages';
import { WorkspaceContext, type WorkspaceContextValue } from './context';
import { HistoryPanel, useCentrality } from './deferred';
import { DocumentDialog } from './DocumentDialog';
import { MeasuresPanel } from './MeasuresPanel';
import { PresentBar } from './PresentBar';
import { StyleRulesPanel } from './StyleRulesPanel';
import { ScopeBar } from './ScopeBar';
import { StatusMessage } from './StatusMessage';
import { SidePanels } from './SidePanels';
import { TableView } from './TableView';
import { useFocusRequests } from './useFocusRequests';
import type { SetExplorerState } from './useExplorerState';

/** A request from outside the workspace to bring a node into view and give it the keyboard. */
export interface NodeFocusRequest {
  id: string;
  nonce: number;
}

interface WorkspaceProps {
  areaId: string;
  areaName: string;
  documents: readonly ApiAreaDocument[];
  time: TimeSelection;
  state: ExplorerState;
  set: SetExplorerState;
  /** A chosen search hit: focused as the panels focus, then `onNodeFocused`. */
  nodeFocus?: NodeFocusRequest | null;
  onNodeFocused?: () => void;
  /** On a narrow screen the legend and the details are bottom sheets; which one is open. */
  sheet: Sheet;
  setSheet: (sheet: Sheet) => void;
}

/** The panel shown as a bottom sheet on a phone (ignored by the wide layouts). */
export type Sheet = 'legend' | 'details' | null;

/** Ids the skip links move focus to. */
export const CANVAS_REGION_ID = 'ag-canvas-region';
export const PANELS_REGION_ID = 'ag-panels-region';

const EMPTY_GRAPH: ApiAreaGraph = { nodes: [], edges: [] };

/**
 * One area: its canvas or table, the filter and legend, and the side panel.
 * Data comes from `useWorkspaceData` (data/), the decisions from
 * graph/workspace.ts, the focus requests from `useFocusRequests`.
 */
export function Workspace({
  areaId,
  areaName,
  documents,
  time,
  state,
  set,
  nodeFocus,
  onNodeFocused,
  sheet,
  setSheet,
}: WorkspaceProps) {
  const asOf = time.asOf;
  const diffPair = state.diff;
  const data = useWorkspaceData(areaId, time, state);
  const { area, neighbourhoods } = data;

  const graph = area.data?.graph ?? EMPTY_GRAPH;
  const findings = data.findings.data?.findings;
  const openFinding = findings?.find((f) => f.id === state.finding) ?? null;
  const chain = data.chain.data;
  const post = data.post.data;
  // The path to a chosen node (`?to=`, the path finder) and present mode (`?step=`).
  const pathFrom = state.to ? state.sel : null;
  const path = useAccountabilityPath(pathFrom, state.to, asOf).data;
  const steps = useMemo(
    () => (state.chain && chain ? chainSteps(chain) : path ? pathSteps(path) : []),
    [state.chain, chain, path],
  );
  const step = clampStep(state.step, steps.length);
  const shownStep = step ? steps[step - 1] : undefined;
  const highlight = useMemo(() => {
    if (shownStep) return stepHighlight(shownStep);
    const findingsFirst = openFinding && state.view === 'findings';
    if (path && pathFrom && !findingsFirst) return pathHighlight(path, pathFrom);
    return pickHighlight({
      finding: openFinding,
      chain,
      post,
      findingsView: state.view === 'findings',
    });
  }, [shownStep, path, pathFrom, openFinding, chain, post, state.view]);
  // A large area opens as an overview (posts and people folded into their bodies).
  const overview =
    !diffPair && (state.graph ?? (opensAsOverview(graph) ? 'overview' : 'full')) === 'overview';
  const keep = useMemo(
    () =>
      overview
        ? overviewKeep(graph, [state.sel, state.post, state.chain, ...state.expanded], highlight)
        : null,
    [overview, graph, state.sel, state.post, state.chain, state.expanded, highlight],
  );
  const view = useMemo(
    () =>
      selectViewGraph(graph, {
        hiddenTypes: state.hide,
        collapsed: state.collapsed,
        extra: neighbourhoods.graphs,
        documentIds: diffPair ? [diffPair.from, diffPair.to] : null,
        overview: keep ? { keep } : null,
      }),
    [graph, state.hide, state.collapsed, neighbourhoods.graphs, diffPair, keep],
  );

  // The full graph behind an overview, one click away: the canvas lays it out ahead.
  const fullView = useCallback(
    () =>
      selectViewGraph(graph, {
        hiddenTypes: state.hide,
        collapsed: state.collapsed,
        extra: neighbourhoods.graphs,
        documentIds: null,
        overview: null,
      }),
    [graph, state.hide, state.collapsed, neighbourhoods.graphs],
  );

  const diff = data.diff.data;
  const dIndex = useMemo(() => (diff ? diffIndex(diff) : null), [diff]);
  const flags = data.flags.data;
  // The reader's styling rules (`?colour=`, `?size=`): measured only when a rule asks.
  const styling = Boolean(state.colour || state.size);
  const centrality = useCentrality(styling, true);
  const styled = useMemo(() => {
    if (!styling || !centrality) return null;
    const findingsOn = new Map((flags ?? []).map((f) => [f.subjectId, f.count]));
    return applyStyleRules(
      view,
      { colour: state.colour, size: state.size },
      { measures: centrality.measureGraph(view), findings: findingsOn },
    );
  }, [styling, centrality, view, flags, state.colour, state.size]);
  const decorations = useMemo(
    () => computeDecorations(view, { highlight, diff: dIndex, flags, styles: styled?.styles }),
    [view, highlight, dIndex, flags, styled],
  );

  const names = useMemo(() => nodeNames(graph, view), [graph, view]);
  const drawn = useMemo(() => new Set(view.nodes.map((n) => n.id)), [view]);
  const titles = useMemo(() => new Map(documents.map((d) => [d.id, d.title])), [documents]);

  const docById = useMemo(() => new Map(documents.map((d) => [d.id, d])), [documents]);
  const named = (id: string | null | undefined): string => {
    const d = id ? docById.get(id) : undefined;
    return d ? documentName(d) : 'current statements';
  };
  const shownDocument = diffPair
    ? `changes ${named(diffPair.from)} to ${named(diffPair.to)}`
    : asOf && !time.documentId
      ? `statements in force on ${asOf}`
      : named(time.documentId);
  const when = state.asOf ? `on ${state.asOf}` : `in the ${named(time.documentId)}`;
  const scopeText = overview ? 'overview (posts and people folded into their bodies)' : null;
  const exportMeta = useMemo(
    () => ({ area: areaName, document: shownDocument, scope: scopeText }),
    [areaName, shownDocument, scopeText],
  );

  const [evidence, setEvidence] = useState<ApiEvidence | null>(null);
  const { request: focusReq, focus } = useFocusRequests(view, highlight, set);

  // A chosen search hit: the selection is already set; bring it into view with the keyboard.
  useEffect(() => {
    if (!nodeFocus) return;
    focus([nodeFocus.id], undefined, { keyboard: true });
    onNodeFocused?.();
  }, [nodeFocus, focus, onNodeFocused]);

  const ctx = useMemo<WorkspaceContextValue>(
    () => ({
      areaId,
      areaName,
      asOf,
      documentId: time.documentId,
      when,
      state,
      set,
      titles,
      names,
      drawn,
      openEvidence: setEvidence,
      focus,
    }),
    [areaId, areaName, asOf, time.documentId, when, state, set, titles, names, drawn, focus],
  );

  // Something chosen (a node, a chain, a finding…): on a phone its details sheet opens.
  const chosen = [
    state.view === 'findings' ? 'findings' : null,
    state.sel,
    state.chain,
    state.post,
    state.finding,
    state.diff ? 'diff' : null,
  ]
    .filter(Boolean)
    .join('|');
  useEffect(() => {
    if (chosen) setSheet('details');
  }, [chosen, setSheet]);

  // Presenting: on a phone the sheet closes, so the canvas has the room.
  const presenting = step !== null;
  useEffect(() => {
    if (presenting) setSheet(null);
  }, [presenting, setSheet]);

  const onSelect = useCallback((id: string | null) => set({ sel: id }), [set]);
  const onOpenFindings = useCallback(
    (ids: readonly string[]) =>
      set({ view: 'findings', finding: ids[0] ?? null, chain: null, post: null }),
    [set],
  );

  if (area.error && !area.data) {
    return <StatusMessage message={describeError(area.error)} onRetry={area.retry} />;
  }
  if (area.data === undefined) return <StatusMessage message={message('areaLoading', areaName)} />;
  if (area.data === null) return <StatusMessage message={message('areaMissing', areaId)} />;
  if (graph.nodes.length === 0) return <StatusMessage message={message('areaEmpty', areaName)} />;

  const sel = state.sel;
  const selEdge = sel ? viewEdgeOf(view, sel) : undefined;
  const banners = workspaceBanners(view, state.hide, neighbourhoods.failed);

  return (
    <WorkspaceContext.Provider value={ctx}>
      <div className="ag-work" data-view={state.view}>
        <aside
          className="ag-left"
          id="ag-legend-sheet"
          aria-label="Filter and legend"
          data-open={sheet === 'legend'}
        >
          <Legend
            types={view.types}
            hidden={state.hide}
            onToggle={(type) => set((s) => ({ ...s, hide: toggle(s.hide, type) }))}
            onShowAll={() => set({ hide: [] })}
            onOnlyAccountability={() =>
              set({ hide: view.types.filter((t) => !ACCOUNTABILITY_TYPES.includes(t)) })
            }
            diff={diffPair !== null}
          />
          <MeasuresPanel view={view} names={names} onChoose={(id) => focus([id], id)} />
          <HistoryPanel areaId={areaId} />
          <StyleRulesPanel
            colour={state.colour}
            size={state.size}
            legend={styled?.legend ?? null}
            onChange={(rules) => set(rules)}
          />
        </aside>
        <div className="ag-centre" id={CANVAS_REGION_ID} tabIndex={-1}>
          {!diffPair && (overview || state.graph === 'full') && opensAsOverview(graph) ? (
            <ScopeBar
              overview={overview}
              shown={view.nodes.length}
              total={graph.nodes.length}
              onChange={(graphScope) => set({ graph: graphScope })}
            />
          ) : null}
          {banners.length ? (
            <div className="ag-banners">
              {banners.map((b) => (
                <StatusMessage key={b.key} variant="banner" message={b.message} />
              ))}
            </div>
          ) : null}
          {state.view === 'table' ? (
            <TableView
              view={view}
              decorations={decorations}
              selectedId={selEdge?.id ?? sel}
              onSelect={onSelect}
              areaName={areaName}
            />
          ) : (
            <AreaCanvas
              view={view}
              decorations={decorations}
              label={`${areaName} accountability graph`}
              exportName={`${areaName} ${diffPair ? 'changes' : shownDocument}`}
              exportMeta={exportMeta}
              selectedId={selEdge?.id ?? sel}
              onSelect={onSelect}
              focus={focusReq}
              onOpenFindings={onOpenFindings}
              nextView={overview ? fullView : null}
            />
          )}
          {/* Present mode: under the canvas, which shrinks and centres the hop shown above it. */}
          {step && state.view !== 'table' ? (
            <PresentBar steps={steps} step={step} onStep={(n) => set({ step: n })} />
          ) : null}
        </div>
        <aside
          className="ag-side"
          id={PANELS_REGION_ID}
          aria-label="Details"
          data-testid="side-panel"
          data-open={sheet === 'details'}
          tabIndex={-1}
        >
          <SidePanels
            data={data}
            state={state}
            selEdge={selEdge}
            nodes={view.nodes}
            documents={documents}
          />
        </aside>
        <nav className="ag-sheetbar" aria-label="Panels">
          <button
            type="button"
            className="ag-sheetbar__toggle"
            aria-expanded={sheet === 'legend'}
            aria-controls="ag-legend-sheet"
            onClick={() => setSheet(sheet === 'legend' ? null : 'legend')}
            data-testid="sheet-toggle-legend"
          >
            Filter and legend
          </button>
          <button
            type="button"
            className="ag-sheetbar__toggle"
            aria-expanded={sheet === 'details'}
            aria-controls={PANELS_REGION_ID}
            onClick={() => setSheet(sheet === 'details' ? null : 'details')}
            data-testid="sheet-toggle-details"
          >
            Details
          </button>
        </nav>
      </div>
      <DocumentDialog evidence={evidence} onClose={() => setEvidence(null)} />
    </WorkspaceContext.Provider>
  );
}
