import { useEffect, useMemo, useRef } from 'react';
import { describeError } from '../data/errors';
import { useDocumentText } from '../data/hooks';
import { locateQuote, splitAround } from '../graph/quote';
import type { ApiEvidence } from '../graph/types';
import { message } from '../messages';
import { Dialog } from './Dialog';
import { StatusMessage } from './StatusMessage';

interface DocumentDialogProps {
  evidence: ApiEvidence | null;
  onClose: () => void;
}

/** The source text of a document with one quote marked and scrolled into view. */
export function DocumentDialog({ evidence, onClose }: DocumentDialogProps) {
  const { data: doc, loading, error } = useDocumentText(evidence?.documentId ?? null);
  const text = doc?.text ?? null;
  const span = useMemo(
    () => (text && evidence ? locateQuote(text, evidence) : null),
    [text, evidence],
  );
  const [before, marked, after] = text ? splitAround(text, span) : ['', '', ''];
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [marked, evidence]);

  let body;
  if (error) body = <StatusMessage message={describeError(error)} />;
  else if (loading || !doc) body = <StatusMessage message={message('documentLoading')} />;
  else if (!text)
    body = <StatusMessage message={message('documentNoText', evidence?.documentId ?? '')} />;
  else {
    body = (
      <>
        <p className="ag-muted">
          {span ? (
            <>
              Section “{evidence?.section}”, characters {span.start}–{span.end}
              {span.exact ? '' : ' (found by searching: the stored offsets did not match)'}.
            </>
          ) : (
            message('quoteNotFound').text
          )}
        </p>
        <div className="ag-doctext" data-testid="document-text" tabIndex={0}>
          {before}
          {marked ? (
            <mark ref={mark} data-testid="quote-mark">
              {marked}
            </mark>
          ) : null}
          {after}
        </div>
      </>
    );
  }
  return (
    <Dialog
      open={evidence !== null}
      title={doc?.title ?? evidence?.documentId ?? 'Document'}
      onClose={onClose}
      testId="document-dialog"
      wide
    >
      {body}
    </Dialog>
  );
}
