import { lazy, Suspense, useCallback, useEffect, useState, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { AccountMenu } from './auth';
import { describeError } from './data/errors';
import { useAreaDetails, useAreas, useFindings, useFirstViewRequests } from './data/hooks';
import { chooseArea } from './graph/areas';
import { askedTime, findingScope, resolveTime } from './graph/documents';
import type { ApiSearchHit } from './graph/types';
import { changeArea, VIEWS } from './graph/urlState';
import { message } from './messages';
import { AreaPicker } from './ui/AreaPicker';
import { ProvenanceBadge } from './ui/ProvenanceBadge';
import { AnswerPanel } from './ui/AnswerPanel';
import { AsOfSwitch } from './ui/AsOfSwitch';
import { HelpDialog } from './ui/HelpDialog';
import { SearchBox } from './ui/SearchBox';
import { clickShortcut, useShortcuts } from './ui/shortcuts';
import { StatusMessage } from './ui/StatusMessage';
import { useExplorerState } from './ui/useExplorerState';
import { ViewTabs } from './ui/ViewTabs';
import {
  CANVAS_REGION_ID,
  PANELS_REGION_ID,
  Workspace,
  type NodeFocusRequest,
  type Sheet,
} from './ui/Workspace';
// `?bench=N` is timed from navigation (bench/explorer.bench.ts): 2 KB, not worth a second round trip.
import BenchView from './ui/BenchView';

const MAIN_ID = 'ag-main';
const MORE_ID = 'ag-header-more';

export const PRODUCT_NAME = 'Safeguarding Accountability Graph';

const CompareView = lazy(() => import('./ui/CompareView'));

export function App() {
  const [state, set] = useExplorerState();
  const [help, setHelp] = useState(false);
  const [sheet, setSheet] = useState<Sheet>(null);
  // A phone's header: the document switch and the rarer links shown (CSS folds them otherwise).
  const [more, setMore] = useState(false);
  // The skip links: move the keyboard to the graph or to the details (opening their sheet).
  const skipTo = useCallback((event: MouseEvent, target: 'canvas' | 'panels' | 'main') => {
    event.preventDefault();
    if (target === 'panels') flushSync(() => setSheet('details'));
    const id = { canvas: CANVAS_REGION_ID, panels: PANELS_REGION_ID, main: MAIN_ID }[target];
    const el = document.getElementById(id) ?? document.getElementById(MAIN_ID);
    el?.focus();
  }, []);
  const bench = state.bench;
  const { data, error, loading, retry } = useAreas(bench !== null);
  const areas = data ?? [];
  const { areaId, unknownRequest } = chooseArea(areas, state.area);
  // Until the list of areas answers, the area the URL names: its documents and provenance (the
  // list carries only what the picker shows) go out with the list, not after it.
  const shownArea = data ? areaId : state.area;
  const details = useAreaDetails(shownArea, bench !== null);
  const area = details.data && details.data.id === areaId ? details.data : undefined;
  const time = resolveTime(area?.documents ?? [], state.doc, state.asOf);

  // Keep the shown area in the URL, without a new history entry for the default.
  useEffect(() => {
    if (areaId && !state.area) set({ area: areaId }, 'replace');
  }, [areaId, state.area, set]);

  // Until the list of areas answers, the area, document or date the URL names: the first
  // view's requests go out with the list's, not after it (issue 15 point 6).
  const asked = askedTime(state.asOf, state.doc, area ? time : undefined);
  useFirstViewRequests(shownArea, asked, bench !== null || state.view === 'compare');
  const findingsQ = useFindings(
    findingScope(shownArea ?? '', asked, state.law === 'today'),
    !shownArea || bench !== null,
  );
  const findingCount = findingsQ.data?.totalCount;

  const onChooseArea = useCallback((id: string) => set((s) => changeArea(s, id)), [set]);
  // A chosen hit is selected, then focused on the canvas as the panels focus (Workspace).
  const [nodeFocus, setNodeFocus] = useState<NodeFocusRequest | null>(null);
  const onSearch = useCallback(
    (hit: ApiSearchHit) => {
      set({ sel: hit.node.id, view: state.view === 'compare' ? 'canvas' : state.view });
      setNodeFocus((f) => ({ id: hit.node.id, nonce: (f?.nonce ?? 0) + 1 }));
    },
    [set, state.view],
  );
  const onNodeFocused = useCallback(() => setNodeFocus(null), []);
  // A question asked in the search box, answered in the answer panel (ui/AnswerPanel).
  const [question, setQuestion] = useState<string | null>(null);
  // The answer's document is shown (its area too), its first node selected.
  const onAnswer = useCallback(
    (documentId: string | null, nodeIds: string[]) =>
      set((s) => {
        const area = documentId?.split('/')[0];
        const base = area && area !== s.area ? changeArea(s, area) : s;
        return { ...base, doc: documentId, asOf: null, diff: null, sel: nodeIds[0] ?? base.sel };
      }),
    [set],
  );
  const onShowNode = useCallback(
    (id: string) => onSearch({ node: { id } } as ApiSearchHit),
    [onSearch],
  );

  const shortcuts = useCallback(
    (key: string) => {
      const digit = Number(key);
      if (key === '?') setHelp(true);
      else if (key === '/')
        document.querySelector<HTMLInputElement>('[data-testid="search-input"]')?.focus();
      else if (digit >= 1 && digit <= VIEWS.length) set({ view: VIEWS[digit - 1]! });
      else if (key === 'l' || key === 'L') return clickShortcut('relayout');
      else if (key === 'f' || key === 'F') return clickShortcut('fit');
      else if ((key === 'h' || key === 'H') && state.sel)
        set({ chain: state.sel, dir: 'HOLDERS', post: null });
      else if ((key === 'o' || key === 'O') && state.sel) set({ post: state.sel, chain: null });
      else if (key === 'd' || key === 'D') {
        const docs = area?.documents ?? [];
        if (docs.length < 2) return false;
        set({ diff: state.diff ? null : { from: docs[0]!.id, to: docs[docs.length - 1]!.id } });
      } else if (key === 'Escape') set({ sel: null, chain: null, post: null, finding: null });
      else return false;
      return true;
    },
    [set, state.sel, state.diff, area],
  );
  useShortcuts(shortcuts);

  let body;
  let workspaceShown = false;
  if (bench !== null) {
    body = (
      <Suspense fallback={<StatusMessage message={message('areasLoading')} />}>
        <BenchView count={bench} compare={state.view === 'compare'} />
      </Suspense>
    );
  } else if (error) body = <StatusMessage message={describeError(error)} onRetry={retry} />;
  else if (loading && !data) body = <StatusMessage message={message('areasLoading')} />;
  else if (!areaId || details.data === null)
    body = (
      <StatusMessage
        message={message('noAreas')}
        onRetry={details.data === null ? details.retry : retry}
      />
    );
  else if (details.error)
    body = <StatusMessage message={describeError(details.error)} onRetry={details.retry} />;
  else if (!area) {
    const name = areas.find((a) => a.id === areaId)?.name ?? areaId;
    body = <StatusMessage message={message('areaLoading', name)} />;
  } else if (state.view === 'compare') {
    body = (
      <Suspense fallback={<StatusMessage message={message('compareLoading')} />}>
        <CompareView
          areas={areas}
          shown={area}
          state={state}
          set={set}
          asOf={time.asOf}
          documentId={time.documentId}
        />
      </Suspense>
    );
  } else {
    workspaceShown = true;
    body = (
      <Workspace
        key={area.id}
        areaId={area.id}
        areaName={area.name}
        documents={area.documents}
        time={time}
        state={state}
        set={set}
        nodeFocus={nodeFocus}
        onNodeFocused={onNodeFocused}
        sheet={sheet}
        setSheet={setSheet}
      />
    );
  }

  return (
    <div className="ag-app">
      <nav className="ag-skip" aria-label="Skip links">
        {workspaceShown ? (
          <>
            <a
              href={`#${CANVAS_REGION_ID}`}
              onClick={(e) => skipTo(e, 'canvas')}
              data-testid="skip-canvas"
            >
              Skip to the graph
            </a>
            <a
              href={`#${PANELS_REGION_ID}`}
              onClick={(e) => skipTo(e, 'panels')}
              data-testid="skip-panels"
            >
              Skip to the details
            </a>
          </>
        ) : (
          <a href={`#${MAIN_ID}`} onClick={(e) => skipTo(e, 'main')} data-testid="skip-main">
            Skip to the main content
          </a>
        )}
      </nav>
      <header className={`ag-header${more ? ' ag-header--more-open' : ''}`}>
        <h1>{PRODUCT_NAME}</h1>
        {bench === null ? (
          <>
            <AreaPicker areas={areas} value={areaId} onChange={onChooseArea} />
            {/* On a phone (CSS), the document switch and the rarer links fold behind "More". */}
            <button
              type="button"
              className="ag-seg ag-header__more-toggle"
              aria-expanded={more}
              aria-controls={`${MORE_ID}-1 ${MORE_ID}-2`}
              onClick={() => setMore((m) => !m)}
              data-testid="header-more"
            >
              {more ? 'Less' : 'More'}
              <span aria-hidden="true">{more ? ' ▴' : ' ▾'}</span>
            </button>
            <div className="ag-header__group" id={`${MORE_ID}-1`}>
              {area ? <ProvenanceBadge provenance={area.provenance} /> : null}
              {area ? (
                <AsOfSwitch
                  documents={area.documents}
                  state={state}
                  documentId={time.documentId}
                  set={set}
                />
              ) : null}
            </div>
            {areaId ? (
              <SearchBox key={areaId} areaId={areaId} onChoose={onSearch} onAsk={setQuestion} />
            ) : null}
          </>
        ) : (
          <p className="ag-muted">Benchmark: {bench} generated nodes</p>
        )}
        {bench === null ? (
          <div className="ag-header__group" id={`${MORE_ID}-2`}>
            <a className="ag-button ag-add-area" href="?review=new" data-testid="add-area-link">
              Add an area
            </a>
          </div>
        ) : null}
        <button
          type="button"
          className="ag-icon-button ag-help-button"
          onClick={() => setHelp(true)}
          aria-label="Keyboard shortcuts and help"
          data-testid="help-button"
          title="Help (?)"
        >
          ?
        </button>
        <AccountMenu />
      </header>
      {bench === null ? (
        <div className="ag-toolbar">
          <ViewTabs
            view={state.view}
            onChange={(view) => set({ view })}
            findingCount={findingCount}
          />
          {unknownRequest && area ? (
            <StatusMessage
              variant="banner"
              message={message('areaNotFound', unknownRequest, area.name)}
            />
          ) : null}
        </div>
      ) : null}
      <main className="ag-main" id={MAIN_ID} tabIndex={-1}>
        {question ? (
          <AnswerPanel
            key={question}
            question={question}
            areaId={areaId ?? null}
            onShowNode={onShowNode}
            onAnswer={onAnswer}
            onAsk={setQuestion}
            onClose={() => setQuestion(null)}
          />
        ) : null}
        {body}
      </main>
      <HelpDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
