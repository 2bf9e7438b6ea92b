import { useMemo, useRef, useState } from 'react';
import { useDocumentText } from '../data/hooks';
import { readableBlocks, type ReadableBlock } from './readable';
import { normaliseSelection, selectionIn, type TextSelection } from './selection';

export interface Passage extends TextSelection {
  documentId: string;
  /** The text at the offsets, shown to the editor (the server takes its own copy). */
  quote: string;
}

/** One block of the text: each run a span carrying its stored-text offsets. */
function Block({ text, block }: { text: string; block: ReadableBlock }) {
  const runs = block.runs.map((r) => (
    <span key={r.start} data-start={r.start} data-end={r.end}>
      {text.slice(r.start, r.end)}
    </span>
  ));
  if (block.kind === 'heading')
    return <p className={`ag-picker-text__h ag-picker-text__h--${block.level}`}>{runs}</p>;
  if (block.kind === 'bullet') return <p className="ag-picker-text__bullet">{runs}</p>;
  return <p>{runs}</p>;
}

/**
 * The stored text of a document, shown readable (headings, bullets and
 * emphasis without their Markdown marks); the editor selects a passage with
 * the mouse or keyboard and adds it. Offsets come from the runs the
 * selection's ends fall in, so the quote is the stored text at them, never
 * retyped nor taken from what is shown.
 */
export function PassagePicker({
  documentId,
  onAdd,
}: {
  documentId: string;
  onAdd: (passage: Passage) => void;
}) {
  const { data: doc, loading } = useDocumentText(documentId);
  const text = doc?.text ?? null;
  const box = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => (text ? readableBlocks(text) : []), [text]);
  const [picked, setPicked] = useState<TextSelection | null>(null);
  const capture = () => {
    if (box.current && text) setPicked(selectionIn(box.current, text));
  };
  if (loading) return <p className="ag-muted">Loading the document text…</p>;
  if (!text) return <p className="ag-muted">No stored text for {documentId}.</p>;
  const quote = picked ? text.slice(picked.start, picked.end) : '';
  return (
    <div className="ag-picker-text">
      <div
        ref={box}
        className="ag-picker-text__doc"
        tabIndex={0}
        role="region"
        aria-label={`Text of ${documentId}: select a passage`}
        data-testid="passage-text"
        onMouseUp={capture}
        onKeyUp={capture}
      >
        {blocks.map((b) => (
          <Block key={b.at} text={text} block={b} />
        ))}
      </div>
      <p className="ag-picker-text__picked" aria-live="polite" data-testid="passage-picked">
        {picked ? (
          <>
            Selected {picked.end - picked.start} characters ({picked.start}–{picked.end}): “
            {quote.length > 200 ? `${quote.slice(0, 200)}…` : quote}”
          </>
        ) : (
          'Select the words that state it in the text above.'
        )}
      </p>
      <button
        type="button"
        className="ag-button ag-button--small ag-button--secondary"
        disabled={!picked}
        onClick={() => {
          if (!picked) return;
          const again = normaliseSelection(text, picked.start, picked.end);
          if (again) onAdd({ documentId, ...again, quote: text.slice(again.start, again.end) });
          setPicked(null);
        }}
      >
        Add this passage as evidence
      </button>
    </div>
  );
}

/** `all` with `p` added, unless the same passage of the same document is already there. */
export function withPassage(all: readonly Passage[], p: Passage): Passage[] {
  return all.some((a) => a.documentId === p.documentId && a.start === p.start && a.end === p.end)
    ? [...all]
    : [...all, p];
}

/** The passages chosen so far, each with a Remove button; `empty` when there are none. */
export function PassageList({
  passages,
  onRemove,
  empty,
}: {
  passages: readonly Passage[];
  onRemove: (p: Passage) => void;
  empty: string;
}) {
  if (passages.length === 0) return <p className="ag-muted">{empty}</p>;
  return (
    <ol className="ag-edit__passages" data-testid="edit-passages">
      {passages.map((p) => (
        <li key={`${p.documentId}-${p.start}-${p.end}`}>
          “{p.quote.length > 120 ? `${p.quote.slice(0, 120)}…` : p.quote}”{' '}
          <button type="button" className="ag-link-button" onClick={() => onRemove(p)}>
            Remove
          </button>
        </li>
      ))}
    </ol>
  );
}

/**
 * Stated (a passage selected in the text) or an interpretation (our reading,
 * with its reason): the choice, and under it, for an interpretation, "Why it
 * is read this way" (`reasonRequired`: the browser asks for it before sending;
 * otherwise the server's refusal names it).
 */
export function BasisChoice({
  name,
  basis,
  onChange,
  interpretation,
  onInterpretation,
  interpretedTestId,
  interpretationTestId,
  reasonRequired = false,
}: {
  name: string;
  basis: 'STATED' | 'INTERPRETED';
  onChange: (basis: 'STATED' | 'INTERPRETED') => void;
  interpretation: string;
  onInterpretation: (reason: string) => void;
  interpretedTestId?: string;
  interpretationTestId?: string;
  reasonRequired?: boolean;
}) {
  return (
    <>
      <fieldset className="ag-edit__basis">
        <legend>Basis</legend>
        <label>
          <input
            type="radio"
            name={name}
            checked={basis === 'STATED'}
            onChange={() => onChange('STATED')}
          />{' '}
          Stated: the document says it (select the passage)
        </label>
        <label>
          <input
            type="radio"
            name={name}
            checked={basis === 'INTERPRETED'}
            onChange={() => onChange('INTERPRETED')}
            data-testid={interpretedTestId}
          />{' '}
          Interpretation: our reading beyond the words
        </label>
      </fieldset>
      {basis === 'INTERPRETED' ? (
        <label className="ag-edit__field">
          Why it is read this way
          <textarea
            rows={2}
            value={interpretation}
            onChange={(e) => onInterpretation(e.target.value)}
            required={reasonRequired}
            data-testid={interpretationTestId}
          />
        </label>
      ) : null}
    </>
  );
}
