import type { Store } from '../store/index.ts';
import { catalogue } from './catalogue.ts';
import { evaluate } from './engine.ts';
import { today, byId } from '@accgraph/schema';
import { type AreaHash, fetchFacts, listAreaHashes } from './facts.store.ts';
import type { Finding } from './model.ts';

/** Every rule's findings (catalogue order, then id) for one area at one date. */
export interface AreaFindings {
  areaId: string;
  /** The document in force at the date. */
  documentId: string;
  findings: Finding[];
}

interface Entry {
  hash: string;
  at: number;
  /** null: the area has no document in force at the date. */
  value: AreaFindings | null;
}

/**
 * Evaluated findings per (area, asOf), per process. An entry is used only while
 * the area's `seedHash` (read on every request with the area list) is unchanged
 * and for at most `maxAgeMs`; areas stored without a seed hash (imported graphs)
 * are never cached. Entries are shared between requests: never mutate them.
 */
export class FindingsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxAgeMs = 10 * 60_000,
    private readonly maxEntries = 2_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value (null: no document in force), or undefined on a miss. */
  get(area: AreaHash, asOf: string): AreaFindings | null | undefined {
    const entry = this.entries.get(`${area.id}|${asOf}`);
    if (!entry || area.seedHash === null || entry.hash !== area.seedHash) return undefined;
    if (this.now() - entry.at > this.maxAgeMs) return undefined;
    return entry.value;
  }

  set(area: AreaHash, asOf: string, value: AreaFindings | null): void {
    if (area.seedHash === null) return;
    const key = `${area.id}|${asOf}`;
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { hash: area.seedHash, at: this.now(), value });
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The process-wide cache the findings service uses. */
export const findingsCache = new FindingsCache();

/**
 * Every rule's findings for each area with a document in force at `asOf`,
 * ordered by area id: cached areas from the cache, the others fetched in one
 * batch (fetchFacts) and evaluated.
 */
export async function findingsByArea(
  store: Store,
  areas: readonly AreaHash[],
  asOf: string,
  cache: FindingsCache = findingsCache,
): Promise<AreaFindings[]> {
  const found = new Map<string, AreaFindings | null>();
  const missing: AreaHash[] = [];
  for (const area of areas) {
    const hit = cache.get(area, asOf);
    if (hit === undefined) missing.push(area);
    else found.set(area.id, hit);
  }
  if (missing.length > 0) {
    const facts = await fetchFacts(
      store,
      missing.map((a) => a.id),
      asOf,
    );
    const byArea = new Map<string, AreaFindings>(
      facts.map((f) => [f.areaId, { areaId: f.areaId, documentId: f.document.id, findings: [] }]),
    );
    for (const finding of evaluate(catalogue(), facts))
      byArea.get(finding.areaId)?.findings.push(finding);
    for (const area of missing) {
      const value = byArea.get(area.id) ?? null;
      cache.set(area, asOf, value);
      found.set(area.id, value);
    }
  }
  return [...areas]
    .sort(byId)
    .map((a) => found.get(a.id))
    .filter((v): v is AreaFindings => Boolean(v));
}

/**
 * Evaluates every area's findings for `asOf` (default today) into the cache,
 * so the first national summary or findings panel after startup is served
 * from memory. Returns the number of findings.
 */
export async function warmFindings(
  store: Store,
  asOf: string = today(),
  cache: FindingsCache = findingsCache,
): Promise<number> {
  const byArea = await findingsByArea(store, await listAreaHashes(store), asOf, cache);
  return byArea.reduce((n, a) => n + a.findings.length, 0);
}
