import type { GraphScope } from '../graph/urlState';

interface ScopeBarProps {
  overview: boolean;
  /** Nodes drawn now. */
  shown: number;
  /** Nodes in the area. */
  total: number;
  onChange: (scope: GraphScope) => void;
}

/**
 * Above the canvas of a large area: says that it shows an overview (posts and
 * people folded into their bodies) and switches to the full graph in one click,
 * and back.
 */
export function ScopeBar({ overview, shown, total, onChange }: ScopeBarProps) {
  return (
    <div
      className="ag-scopebar"
      data-testid="scope-bar"
      data-scope={overview ? 'overview' : 'full'}
    >
      {/* A phone shows the short line (CSS): the canvas keeps the screen. */}
      <span className="ag-scopebar__long">
        {overview
          ? `Overview: ${shown} of ${total} nodes. Posts and people are folded into their bodies (“+N”).`
          : `Full graph: all ${total} nodes.`}
      </span>
      <span className="ag-scopebar__short">
        {overview ? `Overview: ${shown} of ${total} nodes` : `All ${total} nodes`}
      </span>
      <button
        type="button"
        className="ag-button"
        onClick={() => onChange(overview ? 'full' : 'overview')}
        data-testid="scope-toggle"
      >
        {overview ? `Show all ${total} nodes` : 'Back to the overview'}
      </button>
    </div>
  );
}
