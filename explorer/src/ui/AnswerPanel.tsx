import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { describeError } from '../data/errors';
import { ASK_QUERY } from '../data/operations';
import type { ExplorerAskQuery } from '../gql/graphql';
import { DocumentDialog } from './DocumentDialog';
import { StatusMessage } from './StatusMessage';
import { message } from '../messages';

type Answer = ExplorerAskQuery['ask'];
type Quote = Answer['evidence'][number];

const KIND_TEXT: Record<string, string> = {
  ANSWER: 'Answer',
  NOT_STATED: 'The document does not say',
  NOT_UNDERSTOOD: 'Not understood',
  AMBIGUOUS: 'Which one do you mean?',
};

interface AnswerPanelProps {
  question: string;
  areaId: string | null;
  /** Shows a node of the answer on the canvas (selects and focuses it). */
  onShowNode: (id: string) => void;
  /** An answer arrived: show its document and select its first node on the canvas. */
  onAnswer: (documentId: string | null, nodeIds: string[]) => void;
  /** Asks another question (an alternative reading). */
  onAsk: (question: string) => void;
  onClose: () => void;
}

/** The answer to a question asked in the search box: its text, quotes, nodes and how it was read. */
export function AnswerPanel({
  question,
  areaId,
  onShowNode,
  onAnswer,
  onAsk,
  onClose,
}: AnswerPanelProps) {
  const q = useQuery(ASK_QUERY, { variables: { question, areaId } });
  const [open, setOpen] = useState<Quote | null>(null);
  const answer = q.data?.ask;
  useEffect(() => {
    if (answer && answer.kind !== 'AMBIGUOUS' && answer.interpretation.documentId) {
      onAnswer(
        answer.interpretation.documentId,
        answer.nodes.map((n) => n.id),
      );
    }
  }, [answer, onAnswer]);
  let body;
  if (q.error) body = <StatusMessage message={describeError(q.error)} />;
  else if (!answer) body = <p className="ag-muted">Reading the documents…</p>;
  else {
    const read = answer.interpretation;
    body = (
      <>
        <p className="ag-answer__kind" data-testid="answer-kind" data-kind={answer.kind}>
          {KIND_TEXT[answer.kind] ?? answer.kind}
        </p>
        <p className="ag-answer__text" data-testid="answer-text">
          {answer.text}
        </p>
        {answer.alternatives.length ? (
          <ul className="ag-answer__alternatives" data-testid="answer-alternatives">
            {answer.alternatives.map((alt) => (
              <li key={alt.question}>
                <button
                  type="button"
                  className="ag-link-button"
                  onClick={() => onAsk(alt.question)}
                >
                  {alt.label}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {answer.nodes.length ? (
          <p className="ag-answer__nodes">
            {answer.nodes.map((n) => (
              <button
                key={n.id}
                type="button"
                className="ag-chip"
                onClick={() => onShowNode(n.id)}
                data-testid="answer-node"
                title="Show on the canvas"
              >
                {n.name}
              </button>
            ))}
          </p>
        ) : null}
        {answer.evidence.length ? (
          <div className="ag-quotes">
            {answer.evidence.map((e, i) => (
              <figure
                className="ag-quote"
                data-testid="answer-quote"
                key={`${e.documentId}:${e.start}:${i}`}
              >
                <blockquote>{e.quote}</blockquote>
                <figcaption>
                  <span className="ag-quote__doc">
                    {e.documentTitle}
                    {e.current ? '' : ' (superseded)'}
                  </span>
                  <span className="ag-quote__section">§ {e.section}</span>
                  {e.start >= 0 ? (
                    <button
                      type="button"
                      className="ag-link-button"
                      onClick={() => setOpen(e)}
                      data-testid="answer-view-in-document"
                    >
                      View in document
                    </button>
                  ) : null}
                </figcaption>
              </figure>
            ))}
          </div>
        ) : null}
        <details className="ag-answer__interpretation" data-testid="answer-interpretation">
          <summary>How this was read</summary>
          <dl>
            <dt>Question kind</dt>
            <dd>{read.intent}</dd>
            <dt>Names found</dt>
            <dd>
              {read.linked.length
                ? read.linked.map((l) => `“${l.mention}” → ${l.name}`).join('; ')
                : 'none'}
            </dd>
            <dt>Document</dt>
            <dd>
              {read.documentTitle ?? 'any'}
              {read.asOf ? ` (as of ${read.asOf})` : ''}
            </dd>
            {read.operation ? (
              <>
                <dt>Query</dt>
                <dd>
                  <code>{read.operation}</code>
                </dd>
              </>
            ) : null}
          </dl>
        </details>
      </>
    );
  }
  return (
    <section
      className="ag-answer"
      aria-label="Answer"
      data-testid="answer-panel"
      data-area={areaId ?? ''}
    >
      <header className="ag-answer__head">
        <h2>
          <span className="ag-muted">Asked:</span> {question}
        </h2>
        <button
          type="button"
          className="ag-icon-button"
          onClick={onClose}
          aria-label="Close the answer"
          data-testid="answer-close"
        >
          ×
        </button>
      </header>
      {body}
      {open ? (
        <DocumentDialog
          evidence={{
            documentId: open.documentId,
            quote: open.quote,
            section: open.section,
            start: open.start,
            end: open.end,
          }}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {q.loading && answer ? <p className="ag-muted">{message('documentLoading').text}</p> : null}
    </section>
  );
}
