import { graphCache } from '../cache.ts';
import { compareIds, today } from '@accgraph/schema';
import type { Store } from '../store/index.ts';
import { catalogue } from './catalogue.ts';
import { evaluate } from './engine.ts';
import { fetchFacts, listAreaIds } from './facts.store.ts';
import type { Finding } from './model.ts';
import { DOCUMENT_PERIOD, lawKey, type LawChoice } from './law.ts';

/** Every rule's findings (catalogue order, then id) for one area at one date. */
export interface AreaFindings {
  areaId: string;
  /** The document in force at the date. */
  documentId: string;
  findings: Finding[];
}

/**
 * Every rule's findings for each area with a document in force at `asOf`,
 * judged by the law `law` chooses (law.ts), ordered by area id. Per (area, date, law) from the graph cache `findings`
 * (api/src/cache.ts: kept until the next write; entries are shared between
 * requests and frozen), the others fetched in one batch (fetchFacts) and
 * evaluated.
 */
export async function findingsByArea(
  store: Store,
  areaIds: readonly string[],
  asOf: string,
  law: LawChoice = DOCUMENT_PERIOD,
): Promise<AreaFindings[]> {
  const sorted = [...new Set(areaIds)].sort(compareIds);
  const suffix = `|${asOf}|${lawKey(law)}`;
  const values = await graphCache<AreaFindings | null>(store, 'findings').many(
    sorted.map((id) => `${id}${suffix}`),
    async (keys) => {
      const missing = keys.map((k) => k.slice(0, k.length - suffix.length));
      const facts = await fetchFacts(store, missing, asOf, law);
      const byArea = new Map<string, AreaFindings>(
        facts.map((f) => [f.areaId, { areaId: f.areaId, documentId: f.document.id, findings: [] }]),
      );
      for (const finding of evaluate(catalogue(), facts))
        byArea.get(finding.areaId)?.findings.push(finding);
      return missing.map((id) => byArea.get(id) ?? null);
    },
  );
  return values.filter((v): v is AreaFindings => v !== null);
}

/**
 * Evaluates every area's findings for `asOf` (default today) into the cache,
 * so the first national summary or findings panel after startup is served
 * from memory. Returns the number of findings.
 */
export async function warmFindings(store: Store, asOf: string = today()): Promise<number> {
  const byArea = await findingsByArea(store, await listAreaIds(store), asOf);
  return byArea.reduce((n, a) => n + a.findings.length, 0);
}
