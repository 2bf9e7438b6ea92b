import { COLOUR_RULES, SIZE_RULES, type StyleLegend } from '../graph/styleRules';

interface StyleRulesPanelProps {
  colour: string | null;
  size: string | null;
  legend: StyleLegend | null;
  onChange: (rules: { colour?: string | null; size?: string | null }) => void;
}

/**
 * Styling rules (as in Neo4j Bloom): colour nodes by a measure or a
 * property, size them by a measure. Kept in the URL, so a styled view is a
 * link; the key under the choices says what each colour means.
 */
export function StyleRulesPanel({ colour, size, legend, onChange }: StyleRulesPanelProps) {
  return (
    <div className="ag-legend ag-style-rules" data-testid="style-rules">
      <details open={Boolean(colour || size)}>
        <summary>Styling rules</summary>
        <label className="ag-style-rules__field">
          Colour nodes by
          <select
            value={colour ?? ''}
            onChange={(e) => onChange({ colour: e.currentTarget.value || null })}
            data-testid="style-colour"
          >
            <option value="">type and function (default)</option>
            {COLOUR_RULES.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <label className="ag-style-rules__field">
          Size nodes by
          <select
            value={size ?? ''}
            onChange={(e) => onChange({ size: e.currentTarget.value || null })}
            data-testid="style-size"
          >
            <option value="">all alike (default)</option>
            {SIZE_RULES.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        {legend ? (
          <ul
            className="ag-legend__list"
            aria-label={`Key: ${legend.label}`}
            data-testid="style-key"
          >
            {legend.kind === 'measure'
              ? legend.steps.map((s, i) => (
                  <li key={i}>
                    <span
                      className="ag-legend__swatch"
                      style={{ background: s.fill, borderColor: '#334155' }}
                      aria-hidden="true"
                    />
                    {legend.format(s.from)}–{legend.format(s.to)}
                  </li>
                ))
              : legend.values.map((v) => (
                  <li key={v.value}>
                    <span
                      className="ag-legend__swatch"
                      style={{ background: v.fill, borderColor: v.border }}
                      aria-hidden="true"
                    />
                    {v.value}
                  </li>
                ))}
          </ul>
        ) : null}
        {colour || size ? (
          <button
            type="button"
            className="ag-button ag-button--small ag-button--secondary"
            onClick={() => onChange({ colour: null, size: null })}
          >
            Back to the default look
          </button>
        ) : null}
      </details>
    </div>
  );
}
