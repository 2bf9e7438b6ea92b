import { memo } from 'react';

export interface ProvenanceProps {
  provenance: { kind: string; at?: string | null; by?: string | null } | null | undefined;
}

const LABELS: Record<string, string> = {
  bundled: 'Bundled',
  imported: 'Imported',
  edited: 'Edited',
};

/**
 * How the shown area's content reached the graph (decision 0022): bundled
 * area files, an import, or edits. A bundled reload never overwrites an
 * imported or edited area.
 */
export const ProvenanceBadge = memo(function ProvenanceBadge({ provenance }: ProvenanceProps) {
  if (!provenance) return null;
  const label = LABELS[provenance.kind] ?? provenance.kind;
  const when = provenance.at ? ` on ${provenance.at.slice(0, 10)}` : '';
  const who = provenance.by ? ` by ${provenance.by}` : '';
  const detail =
    provenance.kind === 'bundled'
      ? 'Loaded from the bundled area files'
      : `${label}${when}${who}; a reload of the bundled files leaves it as it is`;
  return (
    <span
      className={`ag-provenance ag-provenance-${provenance.kind}`}
      data-testid="area-provenance"
      title={detail}
    >
      {label}
      {provenance.kind === 'bundled' ? null : <span className="ag-muted">{when.trim()}</span>}
    </span>
  );
});
