import { useCallback, useId, type ChangeEvent } from 'react';
import { areaOptionLabel, areaOptionTitle } from '../graph/areas';
import type { ApiAreaSummary } from '../graph/types';

interface AreaPickerProps {
  areas: readonly ApiAreaSummary[];
  value: string | null;
  onChange: (areaId: string) => void;
  /** Visible label (the accessible name is the same). */
  label?: string;
  testId?: string;
}

/** "Area: [Wiltshire (2014, 2019)]": each area with its documents' years. */
export function AreaPicker({
  areas,
  value,
  onChange,
  label = 'Area',
  testId = 'area-picker',
}: AreaPickerProps) {
  const id = useId();
  const handleChange = useCallback(
    (event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value),
    [onChange],
  );
  return (
    <div className="ag-picker">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={handleChange}
        disabled={areas.length === 0}
        data-testid={testId}
      >
        {areas.map((area) => (
          <option key={area.id} value={area.id} title={areaOptionTitle(area)}>
            {areaOptionLabel(area)}
          </option>
        ))}
      </select>
    </div>
  );
}
