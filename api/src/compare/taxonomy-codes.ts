import { loadTaxonomy } from '@accgraph/graph-seed/model/taxonomy.ts';
import { DEFAULT_PATHS } from '@accgraph/graph-seed/paths.ts';
import { fromFile } from '../cache.ts';
import type { NodeRecord } from '../graph/records.ts';

/**
 * Every duty type of schema/taxonomy/duty-types.yaml as a DutyType record,
 * read once per process. The store holds only the codes some area cites, so
 * this is where "every code" comes from. Empty when the file is missing.
 */
export function taxonomyDutyTypes(): NodeRecord[] {
  return fromFile('taxonomy', DEFAULT_PATHS.taxonomyDir, () => {
    const { dutyTypes } = loadTaxonomy(DEFAULT_PATHS.taxonomyDir);
    return [...dutyTypes.values()].map((entry) => ({
      id: entry.id,
      label: 'DutyType' as const,
      props: { ...entry.properties },
      evidence: [],
    }));
  });
}
