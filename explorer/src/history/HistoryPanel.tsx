import { useApolloClient, useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../data/errors';
import { editErrorText } from '../editing/errors';
import { useCanEdit } from '../editing/useCanEdit';
import { downloadText } from '../ui/download';
import { StatusMessage } from '../ui/StatusMessage';
import { describeAction, summariseChange } from './changeSummary';
import { AREA_HISTORY_QUERY, CHANGES_EXPORT_QUERY, RESTORE_VERSION_MUTATION } from './operations';
import './history.css';

const PAGE = 20;
const MAX = 200;

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

/**
 * An area's history (issue 14 point 6, decision 0024): every change made
 * through the API, newest first — who, when, what (before → after) and why —
 * the kept versions (editors may restore one), and the log as JSON Lines.
 * Collapsed until opened, so reading the graph costs no history query.
 */
export function HistoryPanel({ areaId }: { areaId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="ag-history"
      data-testid="history-panel"
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>History</summary>
      {open ? <HistoryBody areaId={areaId} /> : null}
    </details>
  );
}

function HistoryBody({ areaId }: { areaId: string }) {
  const [first, setFirst] = useState(PAGE);
  const q = useQuery(AREA_HISTORY_QUERY, {
    variables: { areaId, first },
    fetchPolicy: 'cache-and-network',
  });
  const rights = useCanEdit(areaId);
  const [exportLog, exported] = useLazyQuery(CHANGES_EXPORT_QUERY, { fetchPolicy: 'network-only' });
  if (q.error) return <StatusMessage message={describeError(q.error)} />;
  if (!q.data) return <p className="ag-muted">Loading the history…</p>;
  const { changes, areaVersions } = q.data;
  const entries = changes.edges.map((e) => e.node);
  return (
    <div className="ag-history__body">
      <p className="ag-muted" data-testid="history-summary">
        Version {areaVersions.current} · {changes.totalCount}{' '}
        {changes.totalCount === 1 ? 'change' : 'changes'} recorded
      </p>
      {entries.length === 0 ? (
        <p className="ag-muted">No change has been made through the explorer or the API yet.</p>
      ) : (
        <ol className="ag-history__list" data-testid="history-list">
          {entries.map((c) => (
            <li key={c.id} className="ag-history__entry" data-testid="history-entry">
              <p className="ag-history__head">
                <strong>{describeAction(c.action)}</strong> <code>{c.targetId}</code>
              </p>
              <p className="ag-muted">
                {c.actorName ?? 'the system'} ·{' '}
                <time dateTime={c.at} title={c.at}>
                  {when(c.at)}
                </time>{' '}
                · #{c.seq}
              </p>
              {c.reason ? <p className="ag-history__why">Why: {c.reason}</p> : null}
              <dl className="ag-history__diff">
                {summariseChange(c.before ?? null, c.after ?? null).map((line) => (
                  <div key={line.what} className="ag-history__row">
                    <dt>{line.what}</dt>
                    <dd>
                      {line.from !== null ? <del>{line.from}</del> : <span>(none)</span>}
                      {' → '}
                      {line.to !== null ? <ins>{line.to}</ins> : <span>(removed)</span>}
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      )}
      <div className="ag-history__actions">
        {changes.pageInfo.hasNextPage && first < MAX ? (
          <button
            type="button"
            className="ag-link-button"
            onClick={() => setFirst(Math.min(MAX, first + PAGE))}
          >
            Show older changes
          </button>
        ) : null}
        <button
          type="button"
          className="ag-link-button"
          disabled={exported.loading}
          onClick={() =>
            void exportLog({ variables: { areaId } }).then((r) => {
              if (r.data)
                downloadText(
                  r.data.changesExport,
                  `${areaId}-changes.jsonl`,
                  'application/x-ndjson',
                );
            })
          }
          data-testid="history-export"
        >
          Download the log (JSON Lines)
        </button>
      </div>
      {areaVersions.versions.length > 0 ? (
        <Versions
          areaId={areaId}
          current={areaVersions.current}
          versions={areaVersions.versions}
          canRestore={rights.canEdit}
        />
      ) : null}
    </div>
  );
}

function Versions({
  areaId,
  current,
  versions,
  canRestore,
}: {
  areaId: string;
  current: number;
  versions: readonly {
    version: number;
    at: string;
    actorName?: string | null;
    reason: string;
    provenance: string;
  }[];
  canRestore: boolean;
}) {
  const client = useApolloClient();
  const [restore, state] = useMutation(RESTORE_VERSION_MUTATION);
  const [choosing, setChoosing] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="ag-history__versions" aria-label="Versions">
      <h3>Versions</h3>
      <ol reversed className="ag-history__list">
        {versions.map((v) => (
          <li key={v.version} data-testid="history-version">
            <strong>v{v.version}</strong> · {v.provenance} · {v.actorName ?? 'the system'} ·{' '}
            <time dateTime={v.at}>{when(v.at)}</time>
            <br />
            <span className="ag-muted">{v.reason}</span>
            {canRestore && v.version !== current ? (
              choosing === v.version ? (
                <form
                  className="ag-history__restore"
                  onSubmit={(e) => {
                    e.preventDefault();
                    setError(null);
                    restore({
                      variables: { areaId, version: v.version, reason, expectedVersion: current },
                    })
                      .then(() => client.refetchQueries({ include: 'active' }))
                      .then(() => setChoosing(null))
                      .catch((err: unknown) => setError(editErrorText(err)));
                  }}
                >
                  <label>
                    Why restore v{v.version}?
                    <input value={reason} onChange={(e) => setReason(e.target.value)} required />
                  </label>
                  <button
                    type="submit"
                    className="ag-button ag-button--small"
                    disabled={state.loading}
                  >
                    Restore as v{current + 1}
                  </button>
                  {error ? (
                    <span role="alert" className="ag-history__error">
                      {error}
                    </span>
                  ) : null}
                </form>
              ) : (
                <>
                  {' '}
                  <button
                    type="button"
                    className="ag-link-button"
                    onClick={() => {
                      setChoosing(v.version);
                      setReason('');
                    }}
                  >
                    Restore…
                  </button>
                </>
              )
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
