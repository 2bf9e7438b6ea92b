import { describeError } from '../../data/errors';
import { useAccountabilityPath } from '../../data/hooks';
import { useWorkspace } from '../context';
import { EvidenceList } from '../Evidence';
import { StatusMessage } from '../StatusMessage';

const nameOf = (n: { id: string; name?: string }) => ('name' in n && n.name) || n.id;

/**
 * "Path to…": choose a second node and see the accountability path by which
 * the selected node oversees it (API `accountabilityPath`), each hop with
 * its quotes, highlighted on the canvas; "Show on the canvas" centres on the
 * nodes along it, "Present" walks it hop by hop.
 */
export function PathFinder({ from }: { from: string }) {
  const ws = useWorkspace();
  // In the URL (`?to=`): the canvas highlights the path, and a link shares it.
  const to = ws.state.to ?? '';
  const setTo = (id: string) => ws.set({ to: id || null, step: null });
  const { data: path, loading, error } = useAccountabilityPath(from, to || null, ws.asOf);
  const options = [...ws.drawn]
    .filter((id) => id !== from)
    .map((id) => ({ id, name: ws.names.get(id) ?? id }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const nodeIds = path ? [path.hops[0]?.from.id ?? from, ...path.hops.map((h) => h.to.id)] : [];
  return (
    <div className="ag-path" data-testid="path-finder">
      <label className="ag-path__label">
        Accountability path from here to{' '}
        <select value={to} onChange={(e) => setTo(e.target.value)} data-testid="path-to">
          <option value="">choose a node…</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      {error ? <StatusMessage message={describeError(error)} /> : null}
      {to && loading ? <p className="ag-muted">Looking for a path…</p> : null}
      {to && !loading && path === null ? (
        <p className="ag-muted" data-testid="path-none">
          No accountability path from {ws.names.get(from) ?? from} to {ws.names.get(to) ?? to}{' '}
          within 6 steps {ws.when}.
        </p>
      ) : null}
      {path ? (
        <div data-testid="path-result">
          <p className="ag-summary">
            {path.length} step{path.length === 1 ? '' : 's'} {ws.when}.{' '}
            <button
              type="button"
              className="ag-link-button"
              onClick={() => ws.focus(nodeIds, null)}
              data-testid="path-show"
            >
              Show on the canvas
            </button>{' '}
            ·{' '}
            <button
              type="button"
              className="ag-link-button"
              onClick={() => ws.set({ step: 1, chain: null })}
              data-testid="path-present"
            >
              Present step by step
            </button>
          </p>
          <ol className="ag-hops">
            {path.hops.map((h, i) => (
              <li key={`${h.relationship.id}:${i}`} data-testid="path-hop">
                <strong>{nameOf(h.from)}</strong> → <strong>{nameOf(h.to)}</strong>{' '}
                <span className="ag-muted">({h.kind.toLowerCase().replaceAll('_', ' ')})</span>
                <EvidenceList evidence={h.relationship.evidence} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}
