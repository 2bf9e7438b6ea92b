import { useQuery } from '@apollo/client/react';
import { FactAction, type FactContext } from './FactForms';
import { DOCUMENT_FACTS_QUERY } from './operations';

/**
 * A document's facts (its dates incl. review date, notes, what it replaces,
 * its aim), each with its quotes; editors may add one or correct one.
 */
export function DocumentFacts({
  context,
  documentId,
}: {
  context: FactContext;
  documentId: string;
}) {
  const q = useQuery(DOCUMENT_FACTS_QUERY, { variables: { id: documentId } });
  const node = q.data?.node;
  const facts = node && 'facts' in node ? node.facts : [];
  return (
    <div className="ag-doc-facts" data-testid="document-facts">
      <h3>
        Document facts ({facts.length}){' '}
        <FactAction
          context={context}
          target={{ kind: 'document-fact', documentId }}
          label="Add a fact"
          testId="add-document-fact"
        />
      </h3>
      <ul className="ag-plain-list">
        {facts.map((f, index) => (
          <li key={`${f.category}-${f.kind}-${index}`} data-testid="document-fact">
            <strong>{f.kind}</strong> ({f.category.toLowerCase()}): {f.value}
            {f.evidence[0] ? (
              <span className="ag-muted"> — “{f.evidence[0].quote}”</span>
            ) : null}{' '}
            <FactAction
              context={context}
              target={{
                kind: 'document-fact',
                documentId,
                index,
                category: f.category,
                factKind: f.kind,
                value: f.value,
              }}
              label="Correct"
              testId="correct-document-fact"
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
