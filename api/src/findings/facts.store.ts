import { firstDay } from '../graph/temporal.ts';
import { toNodeRecord, toRelationshipRecord, type NodeRecord } from '../graph/records.ts';
import { cypher, type Store } from '../store/index.ts';
import { buildFacts, type AreaFacts } from './facts.ts';

const AREAS = cypher(import.meta.url, './finding-areas.cypher');
const NODES = cypher(import.meta.url, './finding-nodes.cypher');
const RELATIONSHIPS = cypher(import.meta.url, './finding-relationships.cypher');

/** The relationship types the rules read (PART_OF, SIGNED, HOLDS_POST, SUPPORTS, ADVISES are not). */
export const FACT_TYPES = [
  'ACCOUNTABLE_TO',
  'BASED_ON',
  'CHAIRS',
  'CONSULTS',
  'DISCHARGED_THROUGH',
  'ESCALATES_TO',
  'GOVERNS',
  'HAS_OBLIGATION',
  'HOLDS_TO_ACCOUNT',
  'INFORMS',
  'MEMBER_OF',
  'OF_TYPE',
  'POST_OF',
  'REPORTS_TO',
  'SUBGROUP_OF',
  'SUCCEEDED_BY',
] as const;

/** Every area id in the store, ordered. */
export async function allAreaIds(store: Store): Promise<string[]> {
  return (await store.read(AREAS.with({}))).map((row) => String(row.id));
}

/** Fetches the areas' statements once (two queries) and builds each area's facts at `asOf`. */
export async function fetchFacts(
  store: Store,
  areaIds: readonly string[],
  asOf: string,
): Promise<AreaFacts[]> {
  if (areaIds.length === 0) return [];
  const at = firstDay(asOf);
  const [nodeRows, relRows] = await Promise.all([
    store.read(NODES.with({ areaIds: [...areaIds], asOf: at })),
    store.read(RELATIONSHIPS.with({ areaIds: [...areaIds], asOf: at, types: [...FACT_TYPES] })),
  ]);
  const nodes = nodeRows.map(toNodeRecord).filter((n): n is NodeRecord => n !== null);
  return buildFacts(areaIds, asOf, nodes, relRows.map(toRelationshipRecord));
}
