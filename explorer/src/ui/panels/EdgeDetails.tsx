import { describeError } from '../../data/errors';
import { useStatements } from '../../data/hooks';
import type { ApiRelationshipDetails as RelationshipDetails } from '../../graph/types';
import { edgeAppearance } from '../../graph/appearance';
import type { ViewEdge } from '../../graph/view';
import { message } from '../../messages';
import { EditAction } from '../deferred';
import { useWorkspace } from '../context';
import { EvidenceList } from '../Evidence';
import { StatusMessage } from '../StatusMessage';
import { Section } from './Section';

const PROPERTIES: readonly (keyof RelationshipDetails)[] = [
  'mode',
  'capacity',
  'note',
  'artefact',
  'cadence',
  'timing',
  'subject',
  'route',
  'step',
  'joint',
  'role',
  'what',
  'signatureBlank',
  'key',
  'validFrom',
  'validTo',
];

/** A drawn relationship: each statement behind it, with properties and quotes. */
export function EdgeDetails({ edge }: { edge: ViewEdge }) {
  const ws = useWorkspace();
  const { data, loading, error } = useStatements(edge.source, edge.type);
  const look = edgeAppearance(edge.type);
  const from = ws.names.get(edge.source) ?? edge.source;
  const to = ws.names.get(edge.target) ?? edge.target;
  const statements = (data ?? []).filter((r) => edge.apiEdgeIds.includes(r.id));

  return (
    <Section
      title={`${from} ${look.verb} ${to}`}
      testId="details-panel"
      onClose={() => ws.set({ sel: null })}
      closeLabel="Clear selection"
    >
      <p className="ag-actions">
        <button
          type="button"
          className="ag-link-button"
          onClick={() => ws.focus([edge.source], edge.source)}
        >
          Go to {from}
        </button>
        <button
          type="button"
          className="ag-link-button"
          onClick={() => ws.focus([edge.target], edge.target)}
        >
          Go to {to}
        </button>
      </p>
      {error ? <StatusMessage message={describeError(error)} /> : null}
      {loading ? <StatusMessage message={message('detailsLoading')} /> : null}
      {statements.map((r) => (
        <article key={r.id} className="ag-statement" data-testid="statement">
          <h3>
            {r.type} · {ws.titles.get(r.documentId ?? '') ?? r.documentId}
            {r.documentId ? (
              <EditAction
                areaId={ws.areaId}
                target={{ kind: 'relationship', id: r.id, documentId: r.documentId, label: r.type }}
              />
            ) : null}
          </h3>
          {r.basis === 'INTERPRETED' ? (
            <p className="ag-interpretation" data-testid="statement-interpretation">
              <strong>Interpretation</strong> (our reading, not the document&apos;s words):{' '}
              {r.interpretation}
            </p>
          ) : null}
          <dl className="ag-props">
            {PROPERTIES.filter((p) => r[p] !== null && r[p] !== undefined && r[p] !== '').map(
              (p) => (
                <div key={p} className="ag-props__row">
                  <dt>{p}</dt>
                  <dd>{String(r[p])}</dd>
                </div>
              ),
            )}
            <div className="ag-props__row">
              <dt>id</dt>
              <dd>
                <code>{r.id}</code>
              </dd>
            </div>
          </dl>
          <EvidenceList evidence={r.evidence} />
        </article>
      ))}
    </Section>
  );
}
