import type { ApiEvidence } from '../graph/types';
import { useWorkspace } from './context';

/** One verbatim quote with its document and section, and a way to read it in place. */
export function EvidenceQuote({ evidence }: { evidence: ApiEvidence }) {
  const { titles, openEvidence } = useWorkspace();
  const title = titles.get(evidence.documentId) ?? evidence.documentId;
  return (
    <figure className="ag-quote" data-testid="evidence-quote">
      <blockquote>{evidence.quote}</blockquote>
      <figcaption>
        <span className="ag-quote__doc">{title}</span>
        <span className="ag-quote__section">§ {evidence.section}</span>
        <button
          type="button"
          className="ag-link-button"
          onClick={() => openEvidence(evidence)}
          data-testid="view-in-document"
        >
          View in document
        </button>
      </figcaption>
    </figure>
  );
}

export function EvidenceList({ evidence }: { evidence: readonly ApiEvidence[] }) {
  if (evidence.length === 0) {
    return <p className="ag-muted">No quote: this link is derived, not stated.</p>;
  }
  return (
    <div className="ag-quotes">
      {evidence.map((ev, i) => (
        <EvidenceQuote key={`${ev.documentId}:${ev.start}:${i}`} evidence={ev} />
      ))}
    </div>
  );
}
