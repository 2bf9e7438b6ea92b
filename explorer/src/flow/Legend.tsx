import {
  BODY_FUNCTION_APPEARANCE,
  INTERPRETED_DASH,
  LABEL_APPEARANCE,
  edgeAppearance,
  type NodeAppearance,
} from '../graph/appearance';

const NODE_ENTRIES: readonly NodeAppearance[] = [
  ...Object.values(BODY_FUNCTION_APPEARANCE),
  LABEL_APPEARANCE.Post,
  LABEL_APPEARANCE.Organisation,
  LABEL_APPEARANCE.Person,
];

interface LegendProps {
  /** Relationship types present in the area (before filtering). */
  types: readonly string[];
  hidden: readonly string[];
  onToggle?: (type: string) => void;
  onShowAll?: () => void;
  onOnlyAccountability?: () => void;
  diff?: boolean;
}

function EdgeSample({ type }: { type: string }) {
  const look = edgeAppearance(type);
  return (
    <svg width="28" height="10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={look.stroke}
        strokeWidth={look.width}
        strokeDasharray={look.dash}
      />
    </svg>
  );
}

/** What the colours and lines mean, and the relationship-type filter (same tables as the canvas). */
export function Legend({
  types,
  hidden,
  onToggle,
  onShowAll,
  onOnlyAccountability,
  diff,
}: LegendProps) {
  return (
    <div className="ag-legend" data-testid="legend">
      <fieldset className="ag-filter" data-testid="type-filter">
        <legend>Relationships shown</legend>
        {types.map((type) => {
          const look = edgeAppearance(type);
          const id = `ag-filter-${type}`;
          return (
            <div key={type} className="ag-filter__row">
              <input
                id={id}
                type="checkbox"
                checked={!hidden.includes(type)}
                onChange={() => onToggle?.(type)}
                data-type={type}
              />
              <label htmlFor={id}>
                <EdgeSample type={type} />
                <span className={look.accountability ? 'ag-legend__strong' : undefined}>
                  {look.verb}
                </span>
              </label>
            </div>
          );
        })}
        <div className="ag-filter__buttons">
          <button
            type="button"
            className="ag-button ag-button--small ag-button--secondary"
            onClick={onShowAll}
          >
            All
          </button>
          <button
            type="button"
            className="ag-button ag-button--small ag-button--secondary"
            onClick={onOnlyAccountability}
            data-testid="filter-accountability"
          >
            Accountability only
          </button>
        </div>
      </fieldset>
      <details open>
        <summary>Nodes</summary>
        <ul className="ag-legend__list" aria-label="Node colours">
          {NODE_ENTRIES.map((a) => (
            <li key={a.key}>
              <span
                className={`ag-legend__swatch${a.key === 'Post' ? ' ag-legend__swatch--pill' : ''}`}
                style={{ background: a.fill, borderColor: a.border }}
                aria-hidden="true"
              />
              {a.legend}
            </li>
          ))}
        </ul>
      </details>
      <details open>
        <summary>Marks</summary>
        <ul className="ag-legend__list" aria-label="Marks on the canvas">
          <li>
            <span className="ag-badge ag-badge--high ag-badge--static" aria-hidden="true">
              ⚑ 1
            </span>
            finding (click to open)
          </li>
          <li>
            <span className="ag-legend__swatch ag-legend__swatch--on" aria-hidden="true" />
            on the highlighted chain
          </li>
          <li data-testid="legend-interpreted">
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="2"
                y1="5"
                x2="26"
                y2="5"
                stroke="#334155"
                strokeWidth={3.5}
                strokeDasharray={INTERPRETED_DASH}
                strokeLinecap="round"
              />
            </svg>
            interpretation (our reading, not the document&apos;s words)
          </li>
          {diff ? (
            <>
              <li>
                <span className="ag-tag ag-tag--added">Added</span> in the later document
              </li>
              <li>
                <span className="ag-tag ag-tag--removed">Removed</span> (dashed red)
              </li>
              <li>
                <span className="ag-tag ag-tag--changed">Changed</span> properties
              </li>
            </>
          ) : null}
        </ul>
      </details>
    </div>
  );
}
