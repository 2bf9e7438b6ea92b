/** Area picker logic: option labels and which area to show. */
import type { ApiAreaSummary } from './types';

/** Distinct document years, ascending; documents without a year are skipped. */
export function documentYears(area: ApiAreaSummary): number[] {
  const years = new Set<number>();
  for (const d of area.documents) if (typeof d.year === 'number') years.add(d.year);
  return [...years].sort((a, b) => a - b);
}

/** "Wiltshire (2014, 2019)", or just "Wiltshire" when no document has a year. */
export function areaOptionLabel(area: ApiAreaSummary): string {
  const years = documentYears(area);
  return years.length ? `${area.name} (${years.join(', ')})` : area.name;
}

export interface AreaChoice {
  /** The area to show, or null when there are none. */
  areaId: string | null;
  /** The requested id when it names no loaded area (the first area is shown instead). */
  unknownRequest: string | null;
}

/** The requested area if it exists, else the first one. */
export function chooseArea(
  areas: readonly ApiAreaSummary[],
  requested: string | null | undefined,
): AreaChoice {
  const first = areas[0]?.id ?? null;
  if (!requested) return { areaId: first, unknownRequest: null };
  if (areas.some((a) => a.id === requested)) return { areaId: requested, unknownRequest: null };
  return { areaId: first, unknownRequest: requested };
}
