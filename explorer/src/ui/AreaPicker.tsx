import { useCallback, useId, type ChangeEvent } from 'react';
import { areaOptionLabel } from '../graph/areas';
import type { ApiAreaSummary } from '../graph/types';

interface AreaPickerProps {
  areas: readonly ApiAreaSummary[];
  value: string | null;
  onChange: (areaId: string) => void;
}

/** "Area: [Wiltshire (2014, 2019)]". */
export function AreaPicker({ areas, value, onChange }: AreaPickerProps) {
  const id = useId();
  const handleChange = useCallback(
    (event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value),
    [onChange],
  );
  return (
    <div className="ag-picker">
      <label htmlFor={id}>Area</label>
      <select id={id} value={value ?? ''} onChange={handleChange} disabled={areas.length === 0}>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>
            {areaOptionLabel(area)}
          </option>
        ))}
      </select>
    </div>
  );
}
