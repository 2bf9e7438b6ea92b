import { dutyCodeOf, firstDay, type NodeLabel, type RelationshipType } from '@accgraph/schema';
import { graphCache } from '../cache.ts';
import { cypher, type Row, type Store } from '../store/index.ts';
import { DOCUMENT_PERIOD, type LawChoice } from './law.ts';
import { buildFacts, type AreaFacts, type FactNode, type FactRelationship } from './facts.ts';

const LIST_AREAS = cypher(import.meta.url, '../area/list-areas.cypher');
const AGENTS = cypher(import.meta.url, './finding-agents.cypher');
const DOCUMENTS = cypher(import.meta.url, './finding-documents.cypher');
const OBLIGATIONS = cypher(import.meta.url, './finding-obligations.cypher');
const HOLDERS = cypher(import.meta.url, './finding-holders.cypher');
const DUTY_TYPES = cypher(import.meta.url, './finding-duty-types.cypher');
const STATEMENTS = cypher(import.meta.url, './finding-statements.cypher');

/** The id of every area in the store, ordered. */
export function listAreaIds(store: Store): Promise<readonly string[]> {
  // kept until the next write (graph cache `finding-areas`): every findings request asks
  return graphCache<readonly string[]>(store, 'finding-areas').fetch('all', async () =>
    (await store.read(LIST_AREAS.with())).map((row) => String(row.id)),
  );
}

const text = (v: unknown): string => String(v);
/** A stored list of quotes (strings as written by the loader), or none. */
const list = (v: unknown): readonly string[] => (Array.isArray(v) ? (v as string[]) : []);

/**
 * Fetches the areas' statements in force at `asOf` (six queries, by label or
 * relationship type, named columns only) and builds each area's facts. The
 * rows are the records' properties as they come (the rules read named
 * properties only), so nothing is copied.
 */
export async function fetchFacts(
  store: Store,
  areaIds: readonly string[],
  asOf: string,
  law: LawChoice = DOCUMENT_PERIOD,
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
  const nodes: FactNode[] = [];
  for (const row of agents ?? []) {
    const label = text(row.label) as NodeLabel;
    nodes.push({ id: text(row.id), label, props: row, quotes: list(row.quotes) });
  }
  for (const row of documents ?? []) {
    const props = (row.props ?? {}) as Row;
    nodes.push({
      id: text(row.id),
      label: 'Document',
      props,
      quotes: list(props.evidenceQuotes),
    });
  }
  for (const row of obligations ?? []) {
    nodes.push({ id: text(row.id), label: 'Obligation', props: row, quotes: list(row.quotes) });
  }
  const relationships: FactRelationship[] = [];
  for (const row of holders ?? []) {
    relationships.push({
      id: text(row.id),
      type: 'HAS_OBLIGATION',
      from: text(row.from),
      to: text(row.to),
      props: row,
      quotes: null,
    });
  }
  for (const row of statements ?? []) {
    relationships.push({
      id: text(row.id),
      type: text(row.type) as RelationshipType,
      from: text(row.from),
      to: text(row.to),
      props: row,
      quotes: list(row.quotes),
    });
  }
  const types = new Map<string, string[]>();
  for (const row of dutyTypes ?? []) {
    const code = dutyCodeOf(text(row.to));
    const list = types.get(text(row.from));
    if (list) list.push(code);
    else types.set(text(row.from), [code]);
  }
  return buildFacts(areaIds, asOf, { nodes, relationships, dutyTypes: types }, law);
}
