import {
  ACCOUNTABILITY_TYPES,
  BODY_FUNCTION_APPEARANCE,
  EDGE_APPEARANCE,
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

const EDGE_TYPES: readonly string[] = [
  ...ACCOUNTABILITY_TYPES,
  'MEMBER_OF',
  'CHAIRS',
  'SUBGROUP_OF',
  'ADVISES',
].filter((type) => type in EDGE_APPEARANCE);

/** What the colours and lines mean; drawn from the same tables as the canvas. */
export function Legend() {
  return (
    <details className="ag-legend" open>
      <summary>Legend</summary>
      <ul className="ag-legend__list" aria-label="Node colours">
        {NODE_ENTRIES.map((a) => (
          <li key={a.key}>
            <span
              className="ag-legend__swatch"
              style={{ background: a.fill, borderColor: a.border }}
              aria-hidden="true"
            />
            {a.legend}
          </li>
        ))}
      </ul>
      <ul className="ag-legend__list" aria-label="Relationship lines">
        {EDGE_TYPES.map((type) => {
          const look = edgeAppearance(type);
          return (
            <li key={type}>
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
              <span className={look.accountability ? 'ag-legend__strong' : undefined}>
                {look.verb}
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
