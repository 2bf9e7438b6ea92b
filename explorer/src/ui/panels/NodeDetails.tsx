import { describeError } from '../../data/errors';
import { useNodeDetails } from '../../data/hooks';
import { humanise } from '../../graph/toFlow';
import { toggle } from '../../graph/urlState';
import { message } from '../../messages';
import type { FactContext } from '../../editing/FactForms';
import { DocumentFacts, EditAction, FactAction } from '../deferred';
import { useWorkspace } from '../context';
import { EvidenceList } from '../Evidence';
import { StatusMessage } from '../StatusMessage';
import { PathFinder } from './PathFinder';
import { Section } from './Section';

/** A node's properties, its establishing quotes and what can be asked of it. */
export function NodeDetails({ id }: { id: string }) {
  const ws = useWorkspace();
  const { data: node, loading, error } = useNodeDetails(id);
  const close = () => ws.set({ sel: null });

  if (error) {
    return (
      <Section title="Selection" testId="details-panel" onClose={close}>
        <StatusMessage message={describeError(error)} />
      </Section>
    );
  }
  if (loading || !node) {
    return (
      <Section title="Selection" testId="details-panel" onClose={close}>
        <StatusMessage message={message('detailsLoading')} />
      </Section>
    );
  }

  const name = node.name ?? node.label ?? node.title ?? node.id;
  const typename = node.__typename;
  const isAgent = ['Body', 'Post', 'Organisation', 'Person'].includes(typename);
  const drawn = ws.drawn.has(id);
  const docs = [
    ...new Set(
      node.relationships.edges.map((e) => e.node.documentId).filter((d): d is string => !!d),
    ),
  ].sort();
  const collapsed = ws.state.collapsed.includes(id);
  const expanded = ws.state.expanded.includes(id);
  const obligationText = node.obligationText;
  const editable = !node.id.startsWith('national/');
  const factContext: FactContext = {
    areaId: ws.areaId,
    documents: ws.titles,
    documentId: ws.documentId ?? docs[0] ?? null,
    nodes: ws.names,
  };

  return (
    <Section title={name} testId="details-panel" onClose={close} closeLabel="Clear selection">
      <dl className="ag-props">
        <dt>Type</dt>
        <dd>{typename}</dd>
        {node.kind ? (
          <>
            <dt>Kind</dt>
            <dd>{humanise(node.kind)}</dd>
          </>
        ) : null}
        {node.function ? (
          <>
            <dt>Function</dt>
            <dd>{node.function}</dd>
          </>
        ) : null}
        {node.statutory ? (
          <>
            <dt>Statutory</dt>
            <dd>{node.statutory}</dd>
          </>
        ) : null}
        {node.aliases?.length ? (
          <>
            <dt>Also called</dt>
            <dd>{node.aliases.join(', ')}</dd>
          </>
        ) : null}
        {node.code ? (
          <>
            <dt>Duty code</dt>
            <dd>{node.code}</dd>
          </>
        ) : null}
        <dt>Id</dt>
        <dd>
          <code>{node.id}</code>
        </dd>
      </dl>
      {isAgent && editable ? (
        <EditAction
          areaId={ws.areaId}
          target={{ kind: 'node', id: node.id, name, aliases: node.aliases ?? [] }}
        />
      ) : null}
      {isAgent && editable ? (
        <FactAction
          context={factContext}
          target={{ kind: 'add-relationship', from: { id: node.id, name } }}
          label="Add a relationship"
          testId="add-relationship"
        />
      ) : null}
      {(typename === 'Post' || typename === 'Body') && editable ? (
        <FactAction
          context={factContext}
          target={{ kind: 'add-obligation', holder: { id: node.id, name } }}
          label="Add an obligation"
          testId="add-obligation"
        />
      ) : null}
      {typename === 'Document' && editable ? (
        <DocumentFacts context={factContext} documentId={node.id} />
      ) : null}
      {typename === 'Document' && editable ? (
        <FactAction
          context={{ ...factContext, documentId: node.id }}
          target={{ kind: 'add-node' }}
          onAdded={(id) => ws.set({ sel: id })}
          label="Add a node named in this document"
          testId="add-node"
        />
      ) : null}
      {obligationText ? <p className="ag-obligation-text">“{obligationText}”</p> : null}
      {node.description ? <p>{node.description}</p> : null}
      {node.holders?.length ? (
        <>
          <h3>Held by</h3>
          <ul className="ag-plain-list">
            {node.holders.map((h) => (
              <li key={h.holder.id}>
                <button
                  type="button"
                  className="ag-link-button"
                  onClick={() => ws.focus([h.holder.id], h.holder.id)}
                >
                  {h.holder.name ?? h.holder.id}
                </button>
                {h.lead ? ' (lead)' : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {isAgent && !drawn ? (
        <div className="ag-note">
          <p>{message('notDrawn', name).text}</p>
          {docs.length ? (
            <p>
              {docs.map((d) => (
                <button
                  key={d}
                  type="button"
                  className="ag-button ag-button--small"
                  onClick={() => ws.set({ doc: d, asOf: null, diff: null })}
                >
                  Show {ws.titles.has(d) ? d.split('/').pop() : d}
                </button>
              ))}
            </p>
          ) : null}
        </div>
      ) : null}

      {isAgent ? (
        <div className="ag-actions" role="group" aria-label="Questions about this node">
          <button
            type="button"
            className="ag-button"
            onClick={() => ws.set({ chain: id, dir: 'HOLDERS', post: null, finding: null })}
            data-testid="action-holders"
          >
            Who holds it to account?
          </button>
          <button
            type="button"
            className="ag-button ag-button--secondary"
            onClick={() => ws.set({ chain: id, dir: 'HELD', post: null, finding: null })}
            data-testid="action-held"
          >
            Whom does it hold to account?
          </button>
          {typename === 'Post' ? (
            <button
              type="button"
              className="ag-button"
              onClick={() => ws.set({ post: id, chain: null, finding: null })}
              data-testid="action-obligations"
            >
              What does this post carry?
            </button>
          ) : null}
          {drawn ? (
            <button
              type="button"
              className="ag-button ag-button--secondary"
              onClick={() => ws.set((s) => ({ ...s, collapsed: toggle(s.collapsed, id) }))}
              aria-pressed={collapsed}
              data-testid="action-collapse"
            >
              {collapsed ? 'Show its leaf neighbours' : 'Collapse its leaf neighbours'}
            </button>
          ) : null}
          <button
            type="button"
            className="ag-button ag-button--secondary"
            onClick={() => ws.set((s) => ({ ...s, expanded: toggle(s.expanded, id) }))}
            aria-pressed={expanded}
            data-testid="action-expand"
          >
            {expanded ? 'Remove its neighbourhood' : 'Expand its neighbourhood'}
          </button>
        </div>
      ) : null}

      {isAgent ? <PathFinder from={id} /> : null}

      <h3>Evidence ({node.evidence.length})</h3>
      <EvidenceList evidence={node.evidence} />
    </Section>
  );
}
