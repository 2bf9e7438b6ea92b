import type { ViewName } from '../graph/urlState';

const LABELS: Record<ViewName, string> = {
  canvas: 'Canvas',
  table: 'Table',
  findings: 'Findings',
  compare: 'Compare',
};

interface ViewTabsProps {
  view: ViewName;
  onChange: (view: ViewName) => void;
  findingCount?: number;
}

/** The four views; the current one is `aria-current`. */
export function ViewTabs({ view, onChange, findingCount }: ViewTabsProps) {
  return (
    <nav className="ag-tabs" aria-label="Views">
      {(Object.keys(LABELS) as ViewName[]).map((v, i) => (
        <button
          key={v}
          type="button"
          className="ag-tab"
          aria-current={view === v ? 'page' : undefined}
          onClick={() => onChange(v)}
          data-testid={`view-${v}`}
          title={`${LABELS[v]} (${i + 1})`}
        >
          {LABELS[v]}
          {v === 'findings' && findingCount !== undefined ? (
            <span className="ag-count" aria-label={`${findingCount} findings`}>
              {findingCount}
            </span>
          ) : null}
        </button>
      ))}
    </nav>
  );
}
