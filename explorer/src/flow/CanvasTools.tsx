import { Panel, useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useCallback, useState, type RefObject } from 'react';
import type { ExportFrame } from '../graph/exportFrame';
import type { FlowEdge, FlowNode } from '../graph/toFlow';

interface CanvasToolsProps {
  /** Side-by-side panes: no export buttons. */
  compact: boolean;
  /** Drawn: exports are offered. */
  ready: boolean;
  /** Base of exported file names. */
  exportName: string;
  /** The canvas element (its `.react-flow__viewport` is exported). */
  root: RefObject<HTMLElement | null>;
  onRelayout: () => void;
  fit: FitViewOptions;
  /** The title, legend and date around an exported PNG (null: the graph alone). */
  exportFrame: () => ExportFrame | null;
}

/** The canvas's tools, top right: re-layout, fit, and PNG / SVG export. */
export function CanvasTools({
  compact,
  ready,
  exportName,
  root,
  onRelayout,
  fit,
  exportFrame,
}: CanvasToolsProps) {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const [exporting, setExporting] = useState<string | null>(null);

  const doExport = useCallback(
    async (format: 'png' | 'svg') => {
      const canvas = root.current;
      if (!canvas) return;
      setExporting(format);
      try {
        const { exportImage } = await import('./exportImage');
        await exportImage(canvas, flow.getNodes(), format, exportName, exportFrame());
      } finally {
        setExporting(null);
      }
    },
    [flow, exportName, root, exportFrame],
  );

  return (
    <Panel position="top-right" className="ag-canvas-tools">
      <button
        type="button"
        className="ag-tool"
        onClick={onRelayout}
        data-testid="relayout"
        title="Re-layout (L)"
        data-shortcut="relayout"
      >
        Re-layout
      </button>
      <button
        type="button"
        className="ag-tool"
        onClick={() => void flow.fitView({ ...fit, duration: 250 })}
        data-testid="fit-view"
        data-shortcut="fit"
        title="Fit the whole graph (F)"
      >
        Fit
      </button>
      {compact ? null : (
        <>
          <button
            type="button"
            className="ag-tool"
            onClick={() => void doExport('png')}
            disabled={exporting !== null || !ready}
            data-testid="export-png"
          >
            {exporting === 'png' ? 'Exporting…' : 'PNG'}
          </button>
          <button
            type="button"
            className="ag-tool"
            onClick={() => void doExport('svg')}
            disabled={exporting !== null || !ready}
            data-testid="export-svg"
          >
            {exporting === 'svg' ? 'Exporting…' : 'SVG'}
          </button>
        </>
      )}
    </Panel>
  );
}
