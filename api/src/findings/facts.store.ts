import { firstDay } from '../graph/temporal.ts';
import { toNodeRecord, type NodeRecord, type RelationshipRecord } from '../graph/records.ts';
import { cypher, type Store } from '../store/index.ts';
import { buildFacts, type AreaFacts } from './facts.ts';
import { nodeOfColumns, relationshipOfColumns } from './facts.rows.ts';

const AREAS = cypher(import.meta.url, './finding-areas.cypher');
const AGENTS = cypher(import.meta.url, './finding-agents.cypher');
const DOCUMENTS = cypher(import.meta.url, './finding-documents.cypher');
const OBLIGATIONS = cypher(import.meta.url, './finding-obligations.cypher');
const HOLDERS = cypher(import.meta.url, './finding-holders.cypher');
const DUTY_TYPES = cypher(import.meta.url, './finding-duty-types.cypher');
const STATEMENTS = cypher(import.meta.url, './finding-statements.cypher');

/**
 * The relationship types the rules read (PART_OF, SIGNED, HOLDS_POST, SUPPORTS,
 * ADVISES are not): HAS_OBLIGATION (finding-holders), OF_TYPE
 * (finding-duty-types) and the rest (finding-statements, one type list).
 */
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

/** An area and its seed hash (null when loaded without one: never cached). */
export interface AreaHash {
  id: string;
  seedHash: string | null;
}

/** Every area in the store with its seed hash, ordered by id. */
export async function listAreaHashes(store: Store): Promise<AreaHash[]> {
  return (await store.read(AREAS.with({}))).map((row) => ({
    id: String(row.id),
    seedHash: typeof row.seedHash === 'string' ? row.seedHash : null,
  }));
}

/** Every area id in the store, ordered. */
export async function allAreaIds(store: Store): Promise<string[]> {
  return (await listAreaHashes(store)).map((a) => a.id);
}

/**
 * Fetches the areas' statements in force at `asOf` (six queries, by label or
 * relationship type, named columns only) and builds each area's facts.
 */
export async function fetchFacts(
  store: Store,
  areaIds: readonly string[],
  asOf: string,
): Promise<AreaFacts[]> {
  if (areaIds.length === 0) return [];
  const params = {
    areas: Object.fromEntries(areaIds.map((id) => [id, true])),
    asOf: firstDay(asOf),
  };
  const [agents, documents, obligations, holders, dutyTypes, statements] = await Promise.all(
    [AGENTS, DOCUMENTS, OBLIGATIONS, HOLDERS, DUTY_TYPES, STATEMENTS].map((q) =>
      store.read(q.with(params)),
    ),
  );
  const nodes: NodeRecord[] = [];
  for (const row of agents ?? []) push(nodes, nodeOfColumns(row));
  for (const row of documents ?? []) push(nodes, toNodeRecord(row));
  for (const row of obligations ?? []) push(nodes, nodeOfColumns(row, 'Obligation'));
  const relationships: RelationshipRecord[] = [];
  for (const row of holders ?? []) relationships.push(relationshipOfColumns(row, 'HAS_OBLIGATION'));
  for (const row of dutyTypes ?? []) relationships.push(relationshipOfColumns(row, 'OF_TYPE'));
  for (const row of statements ?? []) relationships.push(relationshipOfColumns(row));
  return buildFacts(areaIds, asOf, nodes, relationships);
}

function push(nodes: NodeRecord[], node: NodeRecord | null): void {
  if (node) nodes.push(node);
}
