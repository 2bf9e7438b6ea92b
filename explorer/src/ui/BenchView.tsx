import { useMemo } from 'react';
import { generateGraph } from '../graph/bench';
import { computeDecorations } from '../graph/decorations';
import { selectViewGraph } from '../graph/view';
import { AreaCanvas } from '../flow/AreaCanvas';

interface BenchViewProps {
  count: number;
  /** Two canvases of count/2 nodes each, side by side (`?bench=2000&view=compare`). */
  compare: boolean;
}

/** `?bench=N`: a generated graph drawn with the real canvas, no API (for the rendering benchmark). */
export default function BenchView({ count, compare }: BenchViewProps) {
  const panes = useMemo(() => {
    const sizes = compare ? [Math.ceil(count / 2), Math.floor(count / 2)] : [count];
    return sizes.map((n, i) => {
      const view = selectViewGraph(generateGraph(n, i + 1, `bench${i}`));
      return {
        view,
        decorations: computeDecorations(view, {}),
        testId: compare ? `canvas-${i}` : 'canvas',
      };
    });
  }, [count, compare]);
  return (
    <div className={compare ? 'ag-compare__panes ag-bench' : 'ag-bench'} data-testid="bench-view">
      {panes.map((p) => (
        <div key={p.testId} className="ag-compare__canvas">
          <AreaCanvas
            view={p.view}
            decorations={p.decorations}
            label={`Generated graph of ${p.view.nodes.length} nodes`}
            exportName="bench"
            compact={compare}
            testId={p.testId}
          />
        </div>
      ))}
    </div>
  );
}
