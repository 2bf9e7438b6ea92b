import { useMemo, useState } from 'react';
import { describeError } from '../data/errors';
import { useAreaGraph, useComparison, useAreasDocuments } from '../data/hooks';
import { useCoverageFindings } from '../data/useCoverageFindings';
import {
  cellVerdict,
  countVerdicts,
  DUPLICATE_RULE,
  findingsWithoutCell,
  GAP_RULE,
  indexCoverageFindings,
  verdictLabel,
  type CellVerdict,
} from '../graph/coverageVerdict';
import { computeDecorations } from '../graph/decorations';
import { documentInForce, documentName } from '../graph/documents';
import type {
  ApiAreaDetails,
  ApiAreaSummary,
  ApiCoverageCell,
  ApiEvidence,
  ApiFinding,
  ApiFindingRule,
  CoverageStatus,
} from '../graph/types';
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
  /** The area chosen in the header (the left one): its documents name the switch's document. */
  shown: ApiAreaDetails;
  state: ExplorerState;
  set: SetExplorerState;
  /** The as-of date chosen on the switch (a document's last day, or a date); null: today. */
  asOf: string | null;
  /** The document pressed on the switch, for the header (e.g. "wiltshire/2014"). */
  documentId?: string | null;
}

const STATUS_EXPLAINED: Record<CoverageStatus, string> = {
  NONE: 'No obligation of this type is in force in the area.',
  SINGLE: 'Exactly one holder carries this duty.',
  SHARED: 'Two or more holders, and the document says they share it.',
  LEAD: 'Two or more holders, and the document names who leads.',
  MULTIPLE: 'Two or more holders with no shared or lead declaration for at least one of them.',
};

/** Two areas side by side, and the duty-coverage matrix (duty type × area). */
export default function CompareView({
  areas,
  shown,
  state,
  set,
  asOf,
  documentId,
}: CompareViewProps) {
  // the matrix's areas' documents (the picker's list carries only their years and titles)
  const areaIds = useMemo(() => areas.map((a) => a.id), [areas]);
  const everyDocs = useAreasDocuments(areaIds);
  const left = state.area ?? areas[0]?.id ?? null;
  const right = state.with ?? areas.find((a) => a.id !== left)?.id ?? null;
  if (areas.length < 2 || !left || !right) {
    return <StatusMessage message={message('compareNeedsTwo')} />;
  }
  const name = (id: string) => areas.find((a) => a.id === id)?.name ?? id;
  // The switch's document is one of the shown area's (App resolves it against them).
  const shownDoc = shown.documents.find((d) => d.id === documentId);
  // Named, not dated: "under the Wiltshire 2014 protocol" rather than its last day.
  const when =
    asOf && shownDoc
      ? `under the ${shown.name} ${documentName(shownDoc)}`
      : asOf
        ? `on ${asOf}`
        : 'today';
  const docsOf = (id: string) => everyDocs.data?.get(id) ?? [];
  const docNames = new Map(
    areas.flatMap((a) => docsOf(a.id).map((d) => [d.id, `${a.name} ${documentName(d)}`] as const)),
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
        areaIds={areaIds}
        asOf={asOf}
        when={when}
        docNames={docNames}
        highlight={[left, right]}
        documents={everyDocs}
        documentOf={(areaId) => {
          const a = areas.find((x) => x.id === areaId);
          const docs = docsOf(areaId);
          const d = a
            ? asOf
              ? documentInForce(docs, asOf)
              : [...docs].reverse().find((x) => !x.effectiveTo)
            : undefined;
          return a && d ? `${a.name} ${documentName(d)}` : `${name(areaId)} documents`;
        }}
        openFinding={(f) =>
          set({
            area: f.areaId,
            view: 'findings',
            finding: f.id,
            doc: f.documentId,
            asOf: null,
            sel: null,
            chain: null,
            post: null,
          })
        }
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
  documents,
  documentOf,
  openFinding,
}: {
  areaIds: string[];
  asOf: string | null;
  when: string;
  docNames: ReadonlyMap<string, string>;
  highlight: string[];
  /** Every area's documents: the matrix waits for them (docNames, documentOf). */
  documents: { data: unknown; error: unknown };
  /** "Walsall 2017 protocol": the document in force in an area at the matrix's date. */
  documentOf: (areaId: string) => string;
  openFinding: (finding: ApiFinding) => void;
}) {
  const { data: cmp, error, loading } = useComparison(areaIds, asOf);
  // The same findings as the Findings list: a gap or duplicate here is one of them.
  const judged = useCoverageFindings(areaIds, asOf);
  const index = useMemo(() => indexCoverageFindings(judged?.findings ?? []), [judged]);
  const [chosen, setChosen] = useState<{ row: string; cell: ApiCoverageCell } | null>(null);
  const [evidence, setEvidence] = useState<ApiEvidence | null>(null);
  const [onlyIssues, setOnlyIssues] = useState(false);
  if (error || documents.error)
    return <StatusMessage message={describeError(error ?? documents.error)} />;
  if (loading || !cmp || !judged || !documents.data)
    return <StatusMessage message={message('compareLoading')} />;
  const issue = (code: string, cell: ApiCoverageCell) => {
    const k = cellVerdict(cell, code, index).kind;
    return k === 'gap' || k === 'duplicate';
  };
  const rows = onlyIssues
    ? cmp.rows.filter((r) => r.cells.some((c) => issue(r.dutyType.code, c)))
    : cmp.rows;
  const counts = countVerdicts(cmp.rows, index);
  const uncelled = findingsWithoutCell(cmp.rows, judged.findings);
  const ruleById = new Map(judged.rules.map((r) => [r.id, r]));
  const areaName = (id: string) => cmp.areas.find((a) => a.id === id)?.name ?? id;
  return (
    <section
      className="ag-matrix"
      aria-labelledby="ag-matrix-title"
      // rows after the first page are still arriving (decision 0028)
      aria-busy={cmp.rows.length < (cmp.totalCount ?? 0)}
      data-testid="coverage-matrix"
    >
      <header className="ag-matrix__header">
        <h2 id="ag-matrix-title">Duty coverage {when}</h2>
        <p data-testid="coverage-counts">
          {cmp.rows.length} duty types × {cmp.areas.length} areas:{' '}
          <span className="ag-cell ag-cell--none">
            ✕ {counts.gaps} gap{counts.gaps === 1 ? '' : 's'}
          </span>{' '}
          (a duty the document is expected to assign, and does not) ·{' '}
          <span className="ag-cell ag-cell--uncovered">{counts.notExpected} not covered</span> (not
          expected of that kind of document) ·{' '}
          <span className="ag-cell ag-cell--multiple">
            ⚠ {counts.duplicates} duplicate{counts.duplicates === 1 ? '' : 's'}
          </span>{' '}
          · <span className="ag-cell ag-cell--several">{counts.several} several holders</span> (not
          counted as duplication). Gaps and duplicates are findings, judged by the same rules as the
          Findings list. Choose a cell to see who holds the duty, or why it is not a gap.
        </p>
        {judged.failed.length ? (
          <p role="alert">
            The findings of {judged.failed.join(', ')} could not be read: their empty cells are
            shown as not covered, unjudged.
          </p>
        ) : null}
        <label className="ag-check">
          <input
            type="checkbox"
            checked={onlyIssues}
            onChange={(e) => setOnlyIssues(e.target.checked)}
          />
          Only rows with a gap or a duplicate
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
                    const verdict = cellVerdict(cell, row.dutyType.code, index);
                    const text = verdictLabel(verdict, cell.status);
                    const isChosen =
                      chosen?.row === row.dutyType.code && chosen.cell.areaId === cell.areaId;
                    return (
                      <td key={cell.areaId}>
                        <button
                          type="button"
                          className={`ag-cell ag-cell--${VERDICT_CLASS[verdict.kind] ?? cell.status.toLowerCase()}`}
                          aria-pressed={isChosen}
                          aria-label={`${row.dutyType.label} in ${areaName(cell.areaId)}: ${text.replace(/^[✕⚠] /, '')}, ${cell.holders.length} holder${cell.holders.length === 1 ? '' : 's'}`}
                          onClick={() =>
                            setChosen(isChosen ? null : { row: row.dutyType.code, cell })
                          }
                          data-testid="coverage-cell"
                          data-status={cell.status}
                          data-verdict={verdict.kind}
                          data-area={cell.areaId}
                          data-duty={row.dutyType.code}
                        >
                          {text}
                          {cell.holders.length > 1 ? ` (${cell.holders.length})` : ''}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {uncelled.length ? (
            <div data-testid="coverage-uncelled">
              <h3>Findings on duty types no compared area carries</h3>
              <ul className="ag-plain-list">
                {uncelled.map((f) => (
                  <li key={f.id}>
                    {f.message}{' '}
                    <button type="button" className="ag-link-button" onClick={() => openFinding(f)}>
                      Open in Findings
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
        <aside className="ag-matrix__explain" aria-live="polite" data-testid="coverage-explanation">
          {chosen ? (
            <CellExplanation
              duty={
                cmp.rows.find((r) => r.dutyType.code === chosen.row)?.dutyType.label ?? chosen.row
              }
              area={areaName(chosen.cell.areaId)}
              cell={chosen.cell}
              verdict={cellVerdict(chosen.cell, chosen.row, index)}
              document={documentOf(chosen.cell.areaId)}
              rules={ruleById}
              docNames={docNames}
              onOpen={setEvidence}
              openFinding={openFinding}
            />
          ) : (
            <p className="ag-muted">
              ✕ Gap: a duty the law expects this kind of document to assign, and nobody is given it
              (a finding). Not covered: the document does not assign it, and was not expected to. ⚠
              Duplicate: several holders, no shared or lead declaration (a finding). Choose a cell
              for its holders and their quotes.
            </p>
          )}
        </aside>
      </div>
      <DocumentDialog evidence={evidence} onClose={() => setEvidence(null)} />
    </section>
  );
}

/** Cell classes by verdict (the covered ones keep their status class). */
const VERDICT_CLASS: Partial<Record<CellVerdict['kind'], string>> = {
  gap: 'none',
  'not-expected': 'uncovered',
  duplicate: 'multiple',
  several: 'several',
};

function CellExplanation({
  duty,
  area,
  cell,
  verdict,
  document,
  rules,
  docNames,
  onOpen,
  openFinding,
}: {
  duty: string;
  area: string;
  cell: ApiCoverageCell;
  verdict: CellVerdict<ApiFinding>;
  document: string;
  rules: ReadonlyMap<string, ApiFindingRule>;
  docNames: ReadonlyMap<string, string>;
  onOpen: (evidence: ApiEvidence) => void;
  openFinding: (finding: ApiFinding) => void;
}) {
  const findings = verdict.kind === 'gap' || verdict.kind === 'duplicate' ? verdict.findings : [];
  const whyNot =
    verdict.kind === 'not-expected'
      ? rules.get(GAP_RULE)
      : verdict.kind === 'several'
        ? rules.get(DUPLICATE_RULE)
        : undefined;
  return (
    <div data-testid="coverage-verdict" data-verdict={verdict.kind}>
      <h3>
        {duty} in {area}: {verdictLabel(verdict, cell.status).replace(/^[✕⚠] /, '')}
      </h3>
      <p>{STATUS_EXPLAINED[cell.status]}</p>
      {verdict.kind === 'gap' ? (
        <p>
          <strong>A duty the {document} is expected to assign, and does not.</strong>
        </p>
      ) : null}
      {verdict.kind === 'not-expected' ? (
        <p data-testid="coverage-why-not">
          <strong>Not covered by the {document}, and not a gap:</strong> no rule expects this kind
          of document to assign it.{whyNot ? ` How gaps are judged: ${whyNot.rationale}` : ''}
        </p>
      ) : null}
      {verdict.kind === 'several' ? (
        <p data-testid="coverage-why-not">
          <strong>Not counted as duplication.</strong>
          {whyNot ? ` ${whyNot.rationale}` : ''}
        </p>
      ) : null}
      {findings.map((f) => (
        <div key={f.id} className="ag-coverage-finding" data-testid="coverage-finding">
          <p>
            <span className={`ag-sev ag-sev--${f.severity.toLowerCase()}`}>{f.severity}</span>{' '}
            {f.message}
          </p>
          <CompareQuotes evidence={f.evidence} docNames={docNames} onOpen={onOpen} />
          <button
            type="button"
            className="ag-button ag-button--small"
            onClick={() => openFinding(f)}
            data-testid="coverage-open-finding"
          >
            Open in Findings
          </button>
        </div>
      ))}
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
                    <CompareQuotes evidence={o.evidence} docNames={docNames} onOpen={onOpen} />
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

/** Verbatim quotes with their document, section and "View in document". */
function CompareQuotes({
  evidence,
  docNames,
  onOpen,
}: {
  evidence: readonly ApiEvidence[];
  docNames: ReadonlyMap<string, string>;
  onOpen: (evidence: ApiEvidence) => void;
}) {
  return (
    <>
      {evidence.map((ev, i) => (
        <figure
          className="ag-quote"
          data-testid="evidence-quote"
          key={`${ev.documentId}:${ev.start}:${i}`}
        >
          <blockquote>{ev.quote}</blockquote>
          <figcaption>
            <span className="ag-quote__doc">{docNames.get(ev.documentId) ?? ev.documentId}</span>
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
    </>
  );
}
