import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { describeError } from '../data/errors';
import {
  ACCOUNTABILITY_QUERY,
  AREA_QUERY,
  DIFF_QUERY,
  FINDING_FLAGS_QUERY,
  FINDINGS_QUERY,
  POST_OBLIGATIONS_QUERY,
  type FindingScope,
} from '../data/queries';
import { ACCOUNTABILITY_TYPES } from '../graph/appearance';
import {
  chainHighlight,
  computeDecorations,
  diffIndex,
  findingHighlight,
  obligationsHighlight,
} from '../graph/decorations';
import { findingScope, type TimeSelection } from '../graph/documents';
import type { ApiAreaDocument, ApiEvidence, ApiAreaGraph } from '../graph/types';
import { toggle, type ExplorerState } from '../graph/urlState';
import { selectViewGraph, viewEdgeOf } from '../graph/view';
import { AreaCanvas, CULL_ABOVE, type FocusRequest } from '../flow/AreaCanvas';
import { Legend } from '../flow/Legend';
import { message } from '../messages';
import { WorkspaceContext, type WorkspaceContextValue } from './context';
import { DocumentDialog } from './DocumentDialog';
import { ChainPanel } from './panels/ChainPanel';
import { DiffPanel } from './panels/DiffPanel';
import { EdgeDetails } from './panels/EdgeDetails';
import { FindingsPanel } from './panels/FindingsPanel';
import { IntroPanel } from './panels/IntroPanel';
import { NodeDetails } from './panels/NodeDetails';
import { ObligationsPanel } from './panels/ObligationsPanel';
import { StatusMessage } from './StatusMessage';
import { TableView } from './TableView';
import { useNeighbourhoods } from './useNeighbourhoods';
import type { SetExplorerState } from './useExplorerState';

interface WorkspaceProps {
  areaId: string;
  areaName: string;
  documents: readonly ApiAreaDocument[];
  time: TimeSelection;
  state: ExplorerState;
  set: SetExplorerState;
}

const EMPTY_GRAPH: ApiAreaGraph = { nodes: [], edges: [] };

/** One area: its canvas or table, the filter and legend, and the side panel. */
export function Workspace({ areaId, areaName, documents, time, state, set }: WorkspaceProps) {
  const asOf = time.asOf;
  const diffPair = state.diff;
  const graphQ = useQuery(AREA_QUERY, {
    variables: { id: areaId, asOf: diffPair ? null : asOf, allTime: diffPair !== null },
  });
  const scope: FindingScope = findingScope(areaId, state.asOf, time);
  const flagsQ = useQuery(FINDING_FLAGS_QUERY, { variables: scope });
  const findingsQ = useQuery(FINDINGS_QUERY, { variables: scope });
  const chainQ = useQuery(ACCOUNTABILITY_QUERY, {
    variables: { id: state.chain ?? '', direction: state.dir, asOf },
    skip: !state.chain,
  });
  const postQ = useQuery(POST_OBLIGATIONS_QUERY, {
    variables: { postId: state.post ?? '', asOf },
    skip: !state.post,
  });
  const diffQ = useQuery(DIFF_QUERY, {
    variables: { from: diffPair?.from ?? '', to: diffPair?.to ?? '' },
    skip: !diffPair,
  });
  const hoods = useNeighbourhoods(state.expanded, asOf, diffPair !== null);

  const graph = graphQ.data?.area?.graph ?? EMPTY_GRAPH;
  const view = useMemo(
    () =>
      selectViewGraph(graph, {
        hiddenTypes: state.hide,
        collapsed: state.collapsed,
        extra: hoods.graphs,
        documentIds: diffPair ? [diffPair.from, diffPair.to] : null,
      }),
    [graph, state.hide, state.collapsed, hoods.graphs, diffPair],
  );

  const findings = findingsQ.data?.findings.edges.map((e) => e.node);
  const openFinding = findings?.find((f) => f.id === state.finding) ?? null;
  const chain = state.chain ? chainQ.data?.accountability : undefined;
  const post = state.post ? postQ.data?.postObligations : undefined;
  const highlight = useMemo(() => {
    if (openFinding && state.view === 'findings') return findingHighlight(openFinding);
    if (chain) return chainHighlight(chain);
    if (post) return obligationsHighlight(post);
    if (openFinding) return findingHighlight(openFinding);
    return null;
  }, [openFinding, chain, post, state.view]);
  const diff = diffPair ? diffQ.data?.diffDocuments : undefined;
  const dIndex = useMemo(() => (diff ? diffIndex(diff) : null), [diff]);
  const flags = flagsQ.data?.findingFlags;
  const decorations = useMemo(
    () => computeDecorations(view, { highlight, diff: dIndex, flags }),
    [view, highlight, dIndex, flags],
  );

  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const n of graph.nodes) m.set(n.id, n.name);
    for (const n of view.nodes) m.set(n.id, n.name);
    return m;
  }, [graph, view]);
  const drawn = useMemo(() => new Set(view.nodes.map((n) => n.id)), [view]);
  const titles = useMemo(() => new Map(documents.map((d) => [d.id, d.title])), [documents]);

  const [evidence, setEvidence] = useState<ApiEvidence | null>(null);
  const [focusReq, setFocusReq] = useState<FocusRequest | null>(null);
  const nonce = useRef(0);
  const viewRef = useRef(view);
  viewRef.current = view;

  const focus = useCallback(
    (ids: readonly string[], select?: string | null) => {
      const v = viewRef.current;
      const nodeIds = ids.flatMap((id) => {
        const e = viewEdgeOf(v, id);
        return e ? [e.source, e.target] : [id];
      });
      const selectId =
        select === undefined
          ? undefined
          : select === null
            ? null
            : (viewEdgeOf(v, select)?.id ?? select);
      if (selectId !== undefined) set({ sel: selectId });
      nonce.current += 1;
      setFocusReq({ ids: nodeIds, nonce: nonce.current });
    },
    [set],
  );

  // A new highlight (chain, post's bodies, finding) brings its nodes into view.
  useEffect(() => {
    if (!highlight || highlight.nodeIds.size === 0) return;
    nonce.current += 1;
    setFocusReq({ ids: [...highlight.nodeIds], nonce: nonce.current });
  }, [highlight]);

  const ctx = useMemo<WorkspaceContextValue>(
    () => ({
      areaId,
      areaName,
      asOf,
      documentId: time.documentId,
      state,
      set,
      titles,
      names,
      drawn,
      openEvidence: setEvidence,
      focus,
    }),
    [areaId, areaName, asOf, time.documentId, state, set, titles, names, drawn, focus],
  );

  const onSelect = useCallback((id: string | null) => set({ sel: id }), [set]);
  const onOpenFindings = useCallback(
    (ids: readonly string[]) =>
      set({ view: 'findings', finding: ids[0] ?? null, chain: null, post: null }),
    [set],
  );

  if (graphQ.error && !graphQ.data) {
    return (
      <StatusMessage
        message={describeError(graphQ.error)}
        onRetry={() => void graphQ.refetch().catch(() => undefined)}
      />
    );
  }
  if (!graphQ.data) return <StatusMessage message={message('areaLoading', areaName)} />;
  if (!graphQ.data.area) return <StatusMessage message={message('areaMissing', areaId)} />;
  if (graph.nodes.length === 0) return <StatusMessage message={message('areaEmpty', areaName)} />;

  const sel = state.sel;
  const selEdge = sel ? viewEdgeOf(view, sel) : undefined;
  const asError = (e: unknown) => (e ? <StatusMessage message={describeError(e)} /> : null);
  const findingsPanel = (
    <FindingsPanel
      findings={findings}
      rules={findingsQ.data?.findingRules ?? []}
      loading={findingsQ.loading}
      error={asError(findingsQ.error)}
    />
  );
  const panels = [];
  if (state.view === 'findings') panels.push(<div key="findings">{findingsPanel}</div>);
  if (state.chain) {
    panels.push(
      <ChainPanel
        key="chain"
        subjectId={state.chain}
        result={chain}
        loading={chainQ.loading}
        error={asError(chainQ.error)}
      />,
    );
  }
  if (state.post) {
    panels.push(
      <ObligationsPanel
        key="post"
        postId={state.post}
        result={post}
        loading={postQ.loading}
        error={asError(postQ.error)}
      />,
    );
  }
  if (sel) {
    panels.push(
      selEdge ? (
        <EdgeDetails key={`e:${selEdge.id}`} edge={selEdge} />
      ) : (
        <NodeDetails key={`n:${sel}`} id={sel} />
      ),
    );
  }
  if (diffPair) {
    panels.push(
      <DiffPanel key="diff" diff={diff} loading={diffQ.loading} error={asError(diffQ.error)} />,
    );
  }
  if (panels.length === 0) {
    panels.push(
      <IntroPanel
        key="intro"
        nodes={view.nodes}
        documents={documents}
        findingCount={findings?.length}
      />,
    );
  }

  const banners = [];
  if (view.droppedEdgeIds.length > 0) {
    banners.push(
      <StatusMessage
        key="dropped"
        variant="banner"
        message={message('edgesDropped', view.droppedEdgeIds.length)}
      />,
    );
  }
  if (view.edges.length === 0 && state.hide.length > 0) {
    banners.push(
      <StatusMessage key="filtered" variant="banner" message={message('filteredEmpty')} />,
    );
  }
  if (view.nodes.length > CULL_ABOVE) {
    banners.push(
      <StatusMessage
        key="large"
        variant="banner"
        message={message('largeGraph', view.nodes.length)}
      />,
    );
  }
  for (const id of hoods.failed) {
    banners.push(
      <StatusMessage
        key={`hood:${id}`}
        variant="banner"
        message={message('neighbourhoodFailed', id)}
      />,
    );
  }

  return (
    <WorkspaceContext.Provider value={ctx}>
      <div className="ag-work" data-view={state.view}>
        <aside className="ag-left" aria-label="Filter and legend">
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
        </aside>
        <div className="ag-centre">
          {banners.length ? <div className="ag-banners">{banners}</div> : null}
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
              exportName={`${areaName} ${diffPair ? 'changes' : (asOf ?? 'current')}`}
              selectedId={selEdge?.id ?? sel}
              onSelect={onSelect}
              focus={focusReq}
              onOpenFindings={onOpenFindings}
            />
          )}
        </div>
        <aside className="ag-side" aria-label="Details" data-testid="side-panel">
          {panels}
        </aside>
      </div>
      <DocumentDialog evidence={evidence} onClose={() => setEvidence(null)} />
    </WorkspaceContext.Provider>
  );
}
