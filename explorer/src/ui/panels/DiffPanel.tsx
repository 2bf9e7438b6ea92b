import type { ReactNode } from 'react';
import { edgeAppearance } from '../../graph/appearance';
import type { ApiGovernanceDiff } from '../../graph/types';
import { message } from '../../messages';
import { useWorkspace } from '../context';
import { EvidenceList } from '../Evidence';
import { StatusMessage } from '../StatusMessage';
import { Section } from './Section';

interface DiffPanelProps {
  diff: ApiGovernanceDiff | undefined;
  loading: boolean;
  error: ReactNode;
}

/** What changed between the two documents: the list beside the styled canvas. */
export function DiffPanel({ diff, loading, error }: DiffPanelProps) {
  const ws = useWorkspace();
  const pair = ws.state.diff;
  if (!pair) return null;
  const name = (id: string) => ws.names.get(id) ?? id;
  const rel = (r: { id: string; type: string; fromId: string; toId: string }) =>
    `${name(r.fromId)} ${edgeAppearance(r.type).verb} ${name(r.toId)}`;
  return (
    <Section
      title={`Changes: ${ws.titles.get(pair.from) ? pair.from.split('/').pop() : pair.from} → ${pair.to.split('/').pop()}`}
      testId="diff-panel"
      onClose={() => ws.set({ diff: null })}
      closeLabel="Close the diff overlay"
    >
      {error}
      {loading && !diff ? <StatusMessage message={message('diffLoading')} /> : null}
      {diff ? (
        <>
          <p className="ag-summary" data-testid="diff-summary">
            <span className="ag-tag ag-tag--added">Added</span> {diff.relationships.addedCount}{' '}
            relationships, {diff.bodies.added.length} bodies, {diff.obligations.addedCount}{' '}
            obligations · <span className="ag-tag ag-tag--removed">Removed</span>{' '}
            {diff.relationships.removedCount} relationships, {diff.bodies.removed.length} bodies,{' '}
            {diff.obligations.removedCount} obligations ·{' '}
            <span className="ag-tag ag-tag--changed">Changed</span>{' '}
            {diff.relationships.changed.length} relationships.
          </p>
          <DiffList
            title="Bodies added"
            items={diff.bodies.added.map((b) => ({
              id: b.body.id,
              text: b.body.name ?? b.body.id,
            }))}
          />
          <DiffList
            title="Bodies removed"
            items={diff.bodies.removed.map((b) => ({
              id: b.body.id,
              text: b.body.name ?? b.body.id,
            }))}
          />
          <details className="ag-group">
            <summary>Relationships changed ({diff.relationships.changed.length})</summary>
            <ul className="ag-plain-list">
              {diff.relationships.changed.map((c) => (
                <li key={c.after.id}>
                  <button
                    type="button"
                    className="ag-link-button"
                    onClick={() => ws.focus([c.fromId, c.toId], c.after.id)}
                  >
                    {rel(c.after)}
                  </button>
                  :{' '}
                  {c.changes
                    .map((p) => `${p.property} ${p.before ?? '—'} → ${p.after ?? '—'}`)
                    .join('; ')}
                </li>
              ))}
            </ul>
          </details>
          {(['added', 'removed'] as const).map((kind) => (
            <details key={kind} className="ag-group" data-testid={`diff-${kind}`}>
              <summary>
                Relationships {kind} ({diff.relationships[`${kind}Count`]})
              </summary>
              <ul className="ag-plain-list">
                {diff.relationships[kind].map((r) => (
                  <li key={r.id}>
                    <button
                      type="button"
                      className="ag-link-button"
                      onClick={() => ws.focus([r.fromId, r.toId], r.id)}
                    >
                      {rel(r)}
                    </button>
                    {r.evidence?.[0] ? <EvidenceList evidence={r.evidence.slice(0, 1)} /> : null}
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </>
      ) : null}
    </Section>
  );
}

function DiffList({ title, items }: { title: string; items: { id: string; text: string }[] }) {
  const ws = useWorkspace();
  if (items.length === 0) return null;
  return (
    <details className="ag-group">
      <summary>
        {title} ({items.length})
      </summary>
      <ul className="ag-plain-list">
        {items.map((i) => (
          <li key={i.id}>
            <button type="button" className="ag-link-button" onClick={() => ws.focus([i.id], i.id)}>
              {i.text}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
