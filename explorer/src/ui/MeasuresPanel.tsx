import { useMemo } from 'react';
import type { ViewGraph } from '../graph/view';
import { useCentrality } from './deferred';

interface MeasuresPanelProps {
  view: ViewGraph;
  names: ReadonlyMap<string, string>;
  /** Select this node and bring it into view. */
  onChoose: (id: string) => void;
}

/**
 * Network measures of what is drawn (graph/centrality.ts, graphology): the
 * single points of failure, by betweenness, with their degree; each one is a
 * button that selects the node on the canvas.
 */
export function MeasuresPanel({ view, names, onChoose }: MeasuresPanelProps) {
  const centrality = useCentrality();
  const spof = useMemo(
    () => (centrality ? centrality.singlePointsOfFailure(centrality.measureGraph(view)) : null),
    [centrality, view],
  );
  return (
    <div className="ag-legend ag-measures" data-testid="measures-panel">
      <details open>
        <summary>Single points of failure</summary>
        <p className="ag-muted">
          Betweenness: the share of shortest lines between other nodes that run through a node.
        </p>
        {spof === null ? (
          <p className="ag-muted">Measuring…</p>
        ) : spof.length === 0 ? (
          <p className="ag-muted">No node carries 10 % or more of the shortest lines.</p>
        ) : (
          <ol className="ag-legend__list">
            {spof.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="ag-link-button"
                  onClick={() => onChoose(m.id)}
                  data-testid="spof"
                  data-id={m.id}
                  data-betweenness={m.betweenness.toFixed(3)}
                >
                  {names.get(m.id) ?? m.id}
                </button>{' '}
                <span className="ag-muted">
                  {Math.round(m.betweenness * 100)} % · {m.degree} ties
                </span>
              </li>
            ))}
          </ol>
        )}
      </details>
    </div>
  );
}
