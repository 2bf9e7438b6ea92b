import { loadTaxonomy, TAXONOMY_DIR } from '@accgraph/schema';
import type { NodeRecord } from '../graph/records.ts';

let cached: NodeRecord[] | null = null;

/**
 * Every duty type of schema/taxonomy/duty-types.yaml as a DutyType record,
 * read once per process. The store holds only the codes some area cites, so
 * this is where "every code" comes from. Empty when the file is missing.
 */
export function taxonomyDutyTypes(): NodeRecord[] {
  if (cached === null) {
    const { dutyTypes } = loadTaxonomy(TAXONOMY_DIR);
    cached = [...dutyTypes.values()].map((entry) => ({
      id: entry.id,
      label: 'DutyType' as const,
      props: { ...entry.properties },
      evidence: [],
    }));
  }
  return cached;
}
