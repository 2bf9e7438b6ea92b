import { useRef, useState } from 'react';
import { useDocumentText } from '../data/hooks';
import { normaliseSelection, selectionIn, type TextSelection } from './selection';

export interface Passage extends TextSelection {
  documentId: string;
  /** The text at the offsets, shown to the editor (the server takes its own copy). */
  quote: string;
}

/**
 * The stored text of a document; the editor selects a passage with the mouse
 * or keyboard and adds it. Offsets come from the selection in the one text
 * node, so the quote is never retyped.
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
  const box = useRef<HTMLPreElement>(null);
  const [picked, setPicked] = useState<TextSelection | null>(null);
  const capture = () => {
    if (box.current && text) setPicked(selectionIn(box.current, text));
  };
  if (loading) return <p className="ag-muted">Loading the document text…</p>;
  if (!text) return <p className="ag-muted">No stored text for {documentId}.</p>;
  const quote = picked ? text.slice(picked.start, picked.end) : '';
  return (
    <div className="ag-picker-text">
      <pre
        ref={box}
        className="ag-picker-text__doc"
        tabIndex={0}
        aria-label={`Text of ${documentId}: select a passage`}
        data-testid="passage-text"
        onMouseUp={capture}
        onKeyUp={capture}
      >
        {text}
      </pre>
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
