import { useMemo, useState } from 'react';
import { describeError } from '../data/errors';
import { useAreaGraph, useComparison } from '../data/hooks';
import { computeDecorations } from '../graph/decorations';
import { documentName } from '../graph/documents';
import type { ApiAreaSummary, ApiCoverageCell, ApiEvidence, CoverageStatus } from '../graph/types';
import type { ExplorerState } from '../graph/urlState';
import { selectViewGraph } from '../graph/view';
import { AreaCanvas } from '../flow/AreaCanvas';
import { message } from '../messages';
import { AreaPicker } from './AreaPicker';
import { DocumentDialog } from './DocumentDialog';
import { StatusMessage } from './StatusMessage';
import type { SetExplorerState } from './useExplorerState';

interface CompareViewProps {
  areas: readonly ApiAreaSummary[];
  state: ExplorerState;
  set: SetExplorerState;
  /** The as-of date chosen on the switch (a document's last day, or a date); null: today. */
  asOf: string | null;
  /** The document pressed on the switch, for the header (e.g. "wiltshire/2014"). */
  documentId?: string | null;
}

const STATUS_TEXT: Record<CoverageStatus, string> = {
  NONE: 'Gap',
  SINGLE: 'One holder',
  SHARED: 'Shared',
  LEAD: 'Lead named',
  MULTIPLE: 'Duplicate?',
};

const STATUS_EXPLAINED: Record<CoverageStatus, string> = {
  NONE: 'No obligation of this type is in force in the area: a gap.',
  SINGLE: 'Exactly one holder carries this duty.',
  SHARED: 'Two or more holders, and the document says they share it.',
  LEAD: 'Two or more holders, and the document names who leads.',
  MULTIPLE:
    'Two or more holders with no shared or lead declaration for at least one of them: possible duplication, check the documents.',
};

/** Two areas side by side, and the duty-coverage matrix (duty type × area). */
export default function CompareView({ areas, state, set, asOf, documentId }: CompareViewProps) {
  const left = state.area ?? areas[0]?.id ?? null;
  const right = state.with ?? areas.find((a) => a.id !== left)?.id ?? null;
  if (areas.length < 2 || !left || !right) {
    return <StatusMessage message={message('compareNeedsTwo')} />;
  }
  const name = (id: string) => areas.find((a) => a.id === id)?.name ?? id;
  const docArea = areas.find((a) => a.documents.some((d) => d.id === documentId));
  const shownDoc = docArea?.documents.find((d) => d.id === documentId);
  // Named, not dated: "under the Wiltshire 2014 protocol" rather than its last day.
  const when =
    asOf && docArea && shownDoc
      ? `under the ${docArea.name} ${documentName(shownDoc)}`
      : asOf
        ? `on ${asOf}`
        : 'today';
  const docNames = new Map(
    areas.flatMap((a) => a.documents.map((d) => [d.id, `${a.name} ${documentName(d)}`] as const)),
  );
  return (
    <div className="ag-compare" data-testid="compare-view" data-as-of={asOf ?? 'today'}>
      <p className="ag-compare__when" data-testid="compare-as-of">
        Both areas and the coverage matrix show the statements in force <strong>{when}</strong>.
        Change it with the As of switch.
      </p>
      <div className="ag-compare__panes">
        <section className="ag-compare__pane" aria-label={`Left: ${name(left)}`}>
          <AreaPicker
            areas={areas}
            value={left}
            onChange={(id) =>
              // A document belongs to one area: keep its date instead.
              set({ area: id, sel: null, chain: null, post: null, doc: null, asOf })
            }
            label="Left area"
            testId="compare-left"
          />
          <ComparePane
            areaId={left}
            areaName={name(left)}
            asOf={asOf}
            when={when}
            testId="canvas-left"
          />
        </section>
        <section className="ag-compare__pane" aria-label={`Right: ${name(right)}`}>
          <AreaPicker
            areas={areas}
            value={right}
            onChange={(id) => set({ with: id })}
            label="Right area"
            testId="compare-right"
          />
          <ComparePane
            areaId={right}
            areaName={name(right)}
            asOf={asOf}
            when={when}
            testId="canvas-right"
          />
        </section>
      </div>
      <CoverageMatrix
        areaIds={areas.map((a) => a.id)}
        asOf={asOf}
        when={when}
        docNames={docNames}
        highlight={[left, right]}
      />
    </div>
  );
}

function ComparePane({
  areaId,
  areaName,
  asOf,
  when,
  testId,
}: {
  areaId: string;
  areaName: string;
  asOf: string | null;
  /** "today", "under the Wiltshire 2014 protocol" or "on 2016-05-01", for the canvas's name. */
  when: string;
  testId: string;
}) {
  const { data, error, loading } = useAreaGraph(areaId, asOf);
  const graph = data?.graph;
  const view = useMemo(() => (graph ? selectViewGraph(graph) : null), [graph]);
  const decorations = useMemo(() => (view ? computeDecorations(view, {}) : null), [view]);
  if (error) return <StatusMessage message={describeError(error)} />;
  if (loading || !view || !decorations)
    return <StatusMessage message={message('areaLoading', areaName)} />;
  return (
    <div className="ag-compare__canvas">
      <AreaCanvas
        view={view}
        decorations={decorations}
        label={`${areaName} accountability graph (${when})`}
        exportName={`${areaName} ${when}`}
        compact
        testId={testId}
      />
    </div>
  );
}

function CoverageMatrix({
  areaIds,
  asOf,
  when,
  docNames,
  highlight,
}: {
  areaIds: string[];
  asOf: string | null;
  when: string;
  docNames: ReadonlyMap<string, string>;
  highlight: string[];
}) {
  const { data: cmp, error, loading } = useComparison(areaIds, asOf);
  const [chosen, setChosen] = useState<{ row: string; cell: ApiCoverageCell } | null>(null);
  const [evidence, setEvidence] = useState<ApiEvidence | null>(null);
  const [onlyIssues, setOnlyIssues] = useState(false);
  if (error) return <StatusMessage message={describeError(error)} />;
  if (loading || !cmp) return <StatusMessage message={message('compareLoading')} />;
  const rows = onlyIssues
    ? cmp.rows.filter((r) => r.cells.some((c) => c.status === 'NONE' || c.status === 'MULTIPLE'))
    : cmp.rows;
  const gaps = cmp.rows.reduce((n, r) => n + r.cells.filter((c) => c.status === 'NONE').length, 0);
  const dups = cmp.rows.reduce(
    (n, r) => n + r.cells.filter((c) => c.status === 'MULTIPLE').length,
    0,
  );
  const areaName = (id: string) => cmp.areas.find((a) => a.id === id)?.name ?? id;
  return (
    <section className="ag-matrix" aria-labelledby="ag-matrix-title" data-testid="coverage-matrix">
      <header className="ag-matrix__header">
        <h2 id="ag-matrix-title">Duty coverage {when}</h2>
        <p>
          {cmp.rows.length} duty types × {cmp.areas.length} areas:{' '}
          <span className="ag-cell ag-cell--none">✕ {gaps} gaps</span>{' '}
          <span className="ag-cell ag-cell--multiple">⚠ {dups} possible duplicates</span>. Choose a
          cell to see who holds the duty.
        </p>
        <label className="ag-check">
          <input
            type="checkbox"
            checked={onlyIssues}
            onChange={(e) => setOnlyIssues(e.target.checked)}
          />
          Only rows with a gap or a possible duplicate
        </label>
      </header>
      <div className="ag-matrix__body">
        <div className="ag-table-wrap">
          <table className="ag-table ag-table--matrix">
            <caption className="ag-visually-hidden">
              Duty type by area: who carries each duty; gaps and possible duplicates marked
            </caption>
            <thead>
              <tr>
                <th scope="col">Duty type</th>
                {cmp.areas.map((a) => (
                  <th
                    key={a.id}
                    scope="col"
                    className={highlight.includes(a.id) ? 'ag-col--on' : undefined}
                  >
                    {a.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.dutyType.code}>
                  <th scope="row">
                    {row.dutyType.label}
                    <span className="ag-muted"> · {row.dutyType.category}</span>
                  </th>
                  {row.cells.map((cell) => {
                    const isChosen =
                      chosen?.row === row.dutyType.code && chosen.cell.areaId === cell.areaId;
                    return (
                      <td key={cell.areaId}>
                        <button
                          type="button"
                          className={`ag-cell ag-cell--${cell.status.toLowerCase()}`}
                          aria-pressed={isChosen}
                          aria-label={`${row.dutyType.label} in ${areaName(cell.areaId)}: ${STATUS_TEXT[cell.status]}, ${cell.holders.length} holder${cell.holders.length === 1 ? '' : 's'}`}
                          onClick={() =>
                            setChosen(isChosen ? null : { row: row.dutyType.code, cell })
                          }
                          data-testid="coverage-cell"
                          data-status={cell.status}
                          data-area={cell.areaId}
                          data-duty={row.dutyType.code}
                        >
                          {cell.status === 'NONE' ? '✕ ' : cell.status === 'MULTIPLE' ? '⚠ ' : ''}
                          {STATUS_TEXT[cell.status]}
                          {cell.holders.length > 1 ? ` (${cell.holders.length})` : ''}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <aside className="ag-matrix__explain" aria-live="polite" data-testid="coverage-explanation">
          {chosen ? (
            <CellExplanation
              duty={
                cmp.rows.find((r) => r.dutyType.code === chosen.row)?.dutyType.label ?? chosen.row
              }
              area={areaName(chosen.cell.areaId)}
              cell={chosen.cell}
              docNames={docNames}
              onOpen={setEvidence}
            />
          ) : (
            <p className="ag-muted">
              ✕ Gap: nobody carries the duty. ⚠ Duplicate?: several holders, no shared or lead
              declaration. Choose a cell for its holders and their obligations.
            </p>
          )}
        </aside>
      </div>
      <DocumentDialog evidence={evidence} onClose={() => setEvidence(null)} />
    </section>
  );
}

function CellExplanation({
  duty,
  area,
  cell,
  docNames,
  onOpen,
}: {
  duty: string;
  area: string;
  cell: ApiCoverageCell;
  docNames: ReadonlyMap<string, string>;
  onOpen: (evidence: ApiEvidence) => void;
}) {
  return (
    <div>
      <h3>
        {duty} in {area}: {STATUS_TEXT[cell.status]}
      </h3>
      <p>{STATUS_EXPLAINED[cell.status]}</p>
      {cell.holders.length ? (
        <ul className="ag-plain-list">
          {cell.holders.map((h) => (
            <li key={h.holder.id}>
              <strong>{h.holder.name ?? h.holder.id}</strong>
              {h.lead ? ' (lead)' : ''}
              <ul>
                {h.obligations.map((o) => (
                  <li key={o.id} data-testid="coverage-obligation">
                    {o.text}
                    {o.evidence.map((ev, i) => (
                      <figure
                        className="ag-quote"
                        data-testid="evidence-quote"
                        key={`${ev.documentId}:${ev.start}:${i}`}
                      >
                        <blockquote>{ev.quote}</blockquote>
                        <figcaption>
                          <span className="ag-quote__doc">
                            {docNames.get(ev.documentId) ?? ev.documentId}
                          </span>
                          <span className="ag-quote__section">§ {ev.section}</span>
                          <button
                            type="button"
                            className="ag-link-button"
                            onClick={() => onOpen(ev)}
                            data-testid="view-in-document"
                          >
                            View in document
                          </button>
                        </figcaption>
                      </figure>
                    ))}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
