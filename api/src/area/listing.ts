import type { Area, Document } from '../graph/node.types.ts';
import type { AreaProvenance } from './provenance.type.ts';

/**
 * Every area's listing, built once per write (graph cache `areas`, key
 * `listing`): every area with its documents and provenance already mapped
 * to their GraphQL objects, and what the explorer's picker asks for, the
 * documents' distinct years and titles (`documentYears`, `documentTitles`:
 * 32 KB instead of 63 KB on the national set; the shown area's documents
 * and provenance come with `area(id:)`). These field resolvers
 * answer an area of the listing from here, synchronously, instead of through
 * a loader and a mapping per area on every request (issue 12 point 6: the
 * picker was ~10 ms of CPU per request on the national set, 156 areas and
 * their documents). Keyed by the Area object itself: an area that did not
 * come from the listing (`area(id:)`) is not here and resolves as before.
 */
export interface Listed {
  documents: Document[];
  provenance: AreaProvenance;
  /** The picker's summary of `documents` (area/summary.ts). */
  documentYears: number[];
  documentTitles: string[];
}

export const listed = new WeakMap<Area, Listed>();
