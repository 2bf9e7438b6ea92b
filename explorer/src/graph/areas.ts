/** Area picker logic: option labels and which area to show. */
import type { ApiAreaSummary } from './types';

/**
 * "Wiltshire (2014, 2019)", or just "Wiltshire" when no document has a year
 * (`documentYears`: the API's distinct years, ascending).
 */
export function areaOptionLabel(area: Pick<ApiAreaSummary, 'name' | 'documentYears'>): string {
  const years = area.documentYears;
  return years.length ? `${area.name} (${years.join(', ')})` : area.name;
}

/** The option's tooltip: the documents' titles, oldest first. */
export function areaOptionTitle(area: Pick<ApiAreaSummary, 'documentTitles'>): string {
  return area.documentTitles.join(' · ');
}

export interface AreaChoice {
  /** The area to show, or null when there are none. */
  areaId: string | null;
  /** The requested id when it names no loaded area (the first area is shown instead). */
  unknownRequest: string | null;
}

/** The requested area if it exists, else the first one. */
export function chooseArea(
  areas: readonly Pick<ApiAreaSummary, 'id'>[],
  requested: string | null | undefined,
): AreaChoice {
  const first = areas[0]?.id ?? null;
  if (!requested) return { areaId: first, unknownRequest: null };
  if (areas.some((a) => a.id === requested)) return { areaId: requested, unknownRequest: null };
  return { areaId: first, unknownRequest: requested };
}
