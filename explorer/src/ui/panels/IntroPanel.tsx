import { FactAction } from '../deferred';
import type { ApiAreaDocument, ApiGraphNode } from '../../graph/types';
import { useWorkspace } from '../context';
import { Section } from './Section';

const KEY_BODY_KINDS = [
  'childrens-trust',
  'safeguarding-children-board',
  'safeguarding-adults-board',
  'safeguarding-partnership',
  'partnership-board',
];

interface IntroPanelProps {
  nodes: readonly ApiGraphNode[];
  documents: readonly ApiAreaDocument[];
  findingCount: number | undefined;
}

/** Where to start: the questions this area can answer, one click each. */
export function IntroPanel({ nodes, documents, findingCount }: IntroPanelProps) {
  const ws = useWorkspace();
  const bodies = nodes
    .filter((n) => n.label === 'Body' && KEY_BODY_KINDS.includes(n.kind ?? ''))
    .sort((a, b) => KEY_BODY_KINDS.indexOf(a.kind ?? '') - KEY_BODY_KINDS.indexOf(b.kind ?? ''))
    .slice(0, 4);
  const posts = nodes.filter(
    (n) => n.label === 'Post' && (n.kind === 'dcs' || n.kind === 'lead-member'),
  );
  return (
    <Section title={`Start here: ${ws.areaName}`} testId="intro-panel">
      <p>
        Boxes are bodies (coloured by function), pills are posts, plain boxes organisations. Lines
        are statements in the documents; accountability lines are heavier. Select anything to see
        its quotes.
      </p>
      <h3>Ask</h3>
      <ul className="ag-plain-list ag-questions">
        {bodies.map((b) => (
          <li key={b.id}>
            <button
              type="button"
              className="ag-link-button"
              onClick={() => ws.set({ chain: b.id, dir: 'HOLDERS', sel: b.id, post: null })}
            >
              Who holds {b.name} to account?
            </button>
          </li>
        ))}
        {posts.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="ag-link-button"
              onClick={() => ws.set({ post: p.id, sel: p.id, chain: null })}
            >
              What does the {p.name} carry across the bodies it sits on?
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="ag-link-button"
            onClick={() => ws.set({ view: 'findings' })}
          >
            What gaps and duplication are flagged
            {findingCount !== undefined ? ` (${findingCount})` : ''}?
          </button>
        </li>
      </ul>
      {documents.length > 1 ? (
        <>
          <h3>Over time</h3>
          <p>
            This area has {documents.length} documents. Use <strong>As of</strong> above to switch
            between them, or{' '}
            <button
              type="button"
              className="ag-link-button"
              onClick={() =>
                ws.set({
                  diff: { from: documents[0]!.id, to: documents[documents.length - 1]!.id },
                })
              }
            >
              show what changed from {documents[0]!.year} to {documents[documents.length - 1]!.year}
            </button>
            .
          </p>
        </>
      ) : null}
      <p>
        <FactAction
          context={{
            areaId: ws.areaId,
            documents: ws.titles,
            documentId: ws.documentId ?? documents[documents.length - 1]?.id ?? null,
            nodes: ws.names,
          }}
          target={{ kind: 'add-node' }}
          onAdded={(id) => ws.set({ sel: id })}
          label="Add a body, post, organisation or person"
          testId="add-node"
        />
      </p>
      <p className="ag-muted">Press ? for keyboard shortcuts.</p>
    </Section>
  );
}
