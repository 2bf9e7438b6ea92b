import type { ReactNode } from 'react';
import { FactAction } from '../deferred';
import { nodeName } from '../../graph/chain';
import { obligationsPack } from '../../graph/evidencePack';
import type { ApiPostObligations } from '../../graph/types';
import { message } from '../../messages';
import { useWorkspace } from '../context';
import { EvidenceList } from '../Evidence';
import { EvidencePackButton } from '../EvidencePackButton';
import { StatusMessage } from '../StatusMessage';
import { Section } from './Section';

interface ObligationsPanelProps {
  postId: string;
  result: ApiPostObligations | null | undefined;
  loading: boolean;
  error: ReactNode;
}

/** The DCS view: a post's own duties, then those of every body it sits on or chairs. */
export function ObligationsPanel({ postId, result, loading, error }: ObligationsPanelProps) {
  const ws = useWorkspace();
  const name = result ? nodeName(result.post) : (ws.names.get(postId) ?? postId);
  const title = `What ${name} carries`;
  // counts as the API gives them: right from the first page, while the rest load
  const total = result?.totalCount ?? 0;
  const bodies = result?.groups.filter((g) => g.body) ?? [];

  return (
    <Section
      title={title}
      testId="obligations-panel"
      onClose={() => ws.set({ post: null })}
      closeLabel="Close the obligations view"
      actions={
        <EvidencePackButton
          name={title}
          asOf={result?.asOf ?? null}
          build={result?.complete ? (ctx) => obligationsPack(result, ctx) : null}
        />
      }
    >
      {error}
      {loading && !result ? <StatusMessage message={message('obligationsLoading', name)} /> : null}
      {!loading && result === null ? <StatusMessage message={message('notAPost', postId)} /> : null}
      {result ? (
        <p className="ag-summary" data-testid="obligations-summary">
          {total} obligation{total === 1 ? '' : 's'} {ws.when}, across {bodies.length} bod
          {bodies.length === 1 ? 'y' : 'ies'}:{' '}
          <strong>{bodies.map((g) => nodeName(g.body)).join(', ') || 'none'}</strong>. The bodies
          are highlighted on the canvas.
        </p>
      ) : null}
      {result?.groups.map((group) => {
        const heading = group.body
          ? `As a member of ${nodeName(group.body)}`
          : `${name}'s own duties`;
        return (
          <details
            key={group.body?.id ?? 'own'}
            className="ag-group"
            open={result.groups.length <= 3}
            data-testid="obligation-group"
          >
            <summary>
              {heading} ({group.obligationCount})
            </summary>
            {group.via.map((via) => (
              <div key={via.id} className="ag-via">
                <p>
                  Seat:{' '}
                  {via.type === 'CHAIRS'
                    ? 'chairs'
                    : `member${via.capacity ? ` (${via.capacity})` : ''}`}{' '}
                  <button
                    type="button"
                    className="ag-link-button"
                    onClick={() => ws.focus([via.fromId, via.toId], via.id)}
                  >
                    show on canvas
                  </button>
                </p>
                <EvidenceList evidence={via.evidence} />
              </div>
            ))}
            <ol className="ag-obligations">
              {group.obligations.map((o) => (
                <li key={o.id}>
                  <p className="ag-obligation-text">{o.text}</p>
                  <p className="ag-muted">
                    {o.modality ? `${o.modality} · ` : ''}
                    {o.dutyTypes.map((d) => d.label).join(', ')}
                  </p>
                  <EvidenceList evidence={o.evidence} />
                  <FactAction
                    context={{
                      areaId: ws.areaId,
                      documents: ws.titles,
                      documentId: o.evidence[0]?.documentId ?? ws.documentId,
                      nodes: ws.names,
                    }}
                    target={{
                      kind: 'correct-obligation',
                      id: o.id,
                      text: o.text,
                      modality: o.modality ?? null,
                      dutyTypes: o.dutyTypes.map((d) => d.code),
                    }}
                    label="Correct"
                    testId="correct-obligation"
                  />
                </li>
              ))}
            </ol>
          </details>
        );
      })}
    </Section>
  );
}
