import type { ReactNode } from 'react';
import type { ApiAccountability } from '../../graph/types';
import { chainTitle, hopSentence, nodeName } from '../../graph/chain';
import { chainPack } from '../../graph/evidencePack';
import { message } from '../../messages';
import { useWorkspace } from '../context';
import { EvidenceList } from '../Evidence';
import { EvidencePackButton } from '../EvidencePackButton';
import { StatusMessage } from '../StatusMessage';
import { Section } from './Section';

interface ChainPanelProps {
  subjectId: string;
  result: ApiAccountability | undefined;
  loading: boolean;
  error: ReactNode;
}

/** "Who holds X to account": every chain, hop by hop, each with its quotes. */
export function ChainPanel({ subjectId, result, loading, error }: ChainPanelProps) {
  const ws = useWorkspace();
  const name = result ? nodeName(result.subject) : (ws.names.get(subjectId) ?? subjectId);
  const held = ws.state.dir === 'HELD';
  const title = held ? `Whom ${name} holds to account` : `Who holds ${name} to account`;
  const close = () => ws.set({ chain: null });
  const ends = result ? [...new Set(result.chains.map((c) => nodeName(c.end)))] : [];

  return (
    <Section
      title={title}
      testId="chain-panel"
      onClose={close}
      closeLabel="Clear the chain highlight"
      actions={
        <>
          <EvidencePackButton
            name={title}
            asOf={result?.asOf ?? null}
            build={result ? (ctx) => chainPack(result, ctx) : null}
          />
          {result && result.chains.length > 0 ? (
            <button
              type="button"
              className="ag-button ag-button--small"
              onClick={() => ws.set({ step: 1 })}
              data-testid="chain-present"
            >
              Present hop by hop
            </button>
          ) : null}
          <button
            type="button"
            className="ag-button ag-button--small ag-button--secondary"
            onClick={() => ws.set({ dir: held ? 'HOLDERS' : 'HELD' })}
          >
            {held ? 'Who holds it to account?' : 'Whom does it hold?'}
          </button>
        </>
      }
    >
      {error}
      {loading && !result ? <StatusMessage message={message('chainLoading', name)} /> : null}
      {result && result.chains.length === 0 ? (
        <StatusMessage message={message('noChains', name, held)} />
      ) : null}
      {result && result.chains.length > 0 ? (
        <p className="ag-summary" data-testid="chain-summary">
          {result.chains.length} chain{result.chains.length === 1 ? '' : 's'} {ws.when}
          {held ? ', reaching ' : ', from '}
          <strong>{ends.join(', ')}</strong>. Highlighted on the canvas.
        </p>
      ) : null}
      <ol className="ag-chains">
        {result?.chains.map((chain, i) => (
          <li key={i} className="ag-chain" data-testid="chain">
            <h3>
              Chain {i + 1}: {chainTitle(chain)}
            </h3>
            <ol className="ag-hops">
              {chain.hops.map((hop, j) => (
                <li key={`${hop.relationship.id}:${j}`} className="ag-hop" data-testid="chain-hop">
                  <p className="ag-hop__sentence">
                    <button
                      type="button"
                      className="ag-link-button"
                      onClick={() => ws.focus([hop.from.id, hop.to.id], hop.relationship.id)}
                    >
                      {hopSentence(hop)}
                    </button>
                    <span className="ag-muted">
                      {' '}
                      · {hop.kind.replaceAll('_', ' ').toLowerCase()}
                    </span>
                  </p>
                  <EvidenceList evidence={hop.relationship.evidence} />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {result?.truncated ? <p className="ag-muted">Some chains go on beyond 3 hops.</p> : null}
    </Section>
  );
}
