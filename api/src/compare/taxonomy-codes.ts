import { loadTaxonomy, TAXONOMY_DIR } from '@accgraph/schema';
import { fromFile } from '../cache.ts';
import type { NodeRecord } from '../graph/records.ts';

/**
 * Every duty type of schema/taxonomy/duty-types.yaml as a DutyType record,
 * read once per process. The store holds only the codes some area cites, so
 * this is where "every code" comes from. Empty when the file is missing.
 */
export function taxonomyDutyTypes(): NodeRecord[] {
  return fromFile('taxonomy', TAXONOMY_DIR, () => {
    const { dutyTypes } = loadTaxonomy(TAXONOMY_DIR);
    return [...dutyTypes.values()].map((entry) => ({
      id: entry.id,
      label: 'DutyType' as const,
      props: { ...entry.properties },
      evidence: [],
    }));
  });
}
