import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { describeError } from '../data/errors';
import { useDocumentText } from '../data/hooks';
import { blockParts, docBlocks, type DocBlock } from '../graph/docBlocks';
import { locateQuote } from '../graph/quote';
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
  const blocks = useMemo(() => (text ? docBlocks(text) : []), [text]);
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [span, blocks, evidence]);

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
          {renderBlocks(text, blocks, span, mark)}
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

/** A heading level inside the dialog (its title is the h2). */
function headingTag(level: number): 'h3' | 'h4' | 'h5' | 'h6' {
  return (['h3', 'h3', 'h3', 'h4', 'h5', 'h6', 'h6'] as const)[level] ?? 'h6';
}

/**
 * The text as headings, lists and paragraphs, each block's characters taken
 * from its own offsets, the quote marked wherever it falls (the first part
 * holds the ref that is scrolled into view).
 */
function renderBlocks(
  text: string,
  blocks: readonly DocBlock[],
  span: { start: number; end: number } | null,
  mark: React.RefObject<HTMLElement | null>,
): ReactNode[] {
  let firstMark = true;
  const content = (b: Pick<DocBlock, 'start' | 'end'>): ReactNode => {
    const [pre, marked, post] = blockParts(text, b, span);
    if (!marked) return pre;
    const ref = firstMark ? mark : undefined;
    firstMark = false;
    return (
      <>
        {pre}
        <mark ref={ref} data-testid="quote-mark">
          {marked}
        </mark>
        {post}
      </>
    );
  };
  const out: ReactNode[] = [];
  for (let i = 0; i < blocks.length;) {
    const b = blocks[i]!;
    if (b.kind === 'bullet' || b.kind === 'numbered') {
      const items: ReactNode[] = [];
      const kind = b.kind;
      for (; i < blocks.length && blocks[i]!.kind === kind; i++) {
        const item = blocks[i]!;
        items.push(
          <li key={item.start}>
            <span className="ag-doctext__marker">
              {content({ start: item.markerStart, end: item.start })}
            </span>
            {content(item)}
          </li>,
        );
      }
      out.push(kind === 'bullet' ? <ul key={b.start}>{items}</ul> : <ol key={b.start}>{items}</ol>);
      continue;
    }
    i++;
    if (b.kind === 'heading') {
      const H = headingTag(b.level);
      out.push(<H key={b.start}>{content(b)}</H>);
    } else out.push(<p key={b.start}>{content(b)}</p>);
  }
  return out;
}
