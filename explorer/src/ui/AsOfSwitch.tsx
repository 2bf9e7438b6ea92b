import { useEffect, useState, type FormEvent } from 'react';
import type { ApiAreaDocument } from '../graph/types';
import type { ExplorerState } from '../graph/urlState';
import type { SetExplorerState } from './useExplorerState';

interface AsOfSwitchProps {
  documents: readonly ApiAreaDocument[];
  state: ExplorerState;
  /** The document whose statements are shown. */
  documentId: string | null;
  set: SetExplorerState;
}

/** One button per document, a date, and the diff overlay when there are several documents. */
export function AsOfSwitch({ documents, state, documentId, set }: AsOfSwitchProps) {
  const [date, setDate] = useState(state.asOf ?? '');
  useEffect(() => setDate(state.asOf ?? ''), [state.asOf]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set({ asOf: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null, doc: null, diff: null });
  };
  const first = documents[0];
  const last = documents[documents.length - 1];
  const diffOn = state.diff !== null;
  return (
    <div className="ag-asof" role="group" aria-label="As of" data-testid="as-of">
      <span className="ag-asof__label" aria-hidden="true">
        As of
      </span>
      {documents.map((d) => (
        <button
          key={d.id}
          type="button"
          className="ag-seg"
          aria-pressed={!diffOn && documentId === d.id}
          onClick={() => set({ doc: d.id, asOf: null, diff: null })}
          title={d.title}
          data-testid="as-of-document"
          data-document-id={d.id}
        >
          {d.year ?? d.id} {d.effectiveTo ? '' : '(current)'}
        </button>
      ))}
      <form onSubmit={submit} className="ag-asof__date">
        <label htmlFor="ag-asof-date" className="ag-visually-hidden">
          Date
        </label>
        <input
          id="ag-asof-date"
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          data-testid="as-of-date"
        />
        <button type="submit" className="ag-seg">
          Go
        </button>
      </form>
      {documents.length > 1 && first && last ? (
        <button
          type="button"
          className="ag-seg ag-seg--diff"
          aria-pressed={diffOn}
          onClick={() => set({ diff: diffOn ? null : { from: first.id, to: last.id } })}
          data-testid="diff-toggle"
          title="Show what changed between the first and the latest document (D)"
        >
          Changes {first.year}→{last.year}
        </button>
      ) : null}
    </div>
  );
}
