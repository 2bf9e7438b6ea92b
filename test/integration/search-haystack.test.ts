import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCache, turnOffGraphCaches } from '@accgraph/api/server';
import { warmCorpus } from '../../api/src/fulltext/corpus.ts';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

/**
 * With graph caches on, search filters every candidate kept in memory (graph
 * cache `search`) instead of running the candidate queries; the answers must
 * be those of the queries (GRAPH_CACHES=off runs them), for every argument.
 */
const SEARCH = `query S($text: String!, $areaId: ID, $kinds: [SearchKind!], $asOf: IsoDate, $allTime: Boolean! = false, $first: Int) {
  search(text: $text, areaId: $areaId, kinds: $kinds, asOf: $asOf, allTime: $allTime, first: $first) {
    totalCount
    edges { cursor node { score matchedOn snippet matchStart matchEnd node { id } } }
  }
}`;

const TEXTS = [
  'board',
  'safeguarding',
  'lscb',
  'children',
  'annual report',
  'exploitation',
  'challenge',
  'child death',
  'escalation',
  "children's",
  'dcs',
  'health',
  'chair',
  'walsall',
  'duty',
  'ho',
  'zoe',
  "zoe's board",
  'cafe',
  'review zoe',
];
const AREAS = [null, 'wiltshire', 'walsall', 'oxfordshire', 'no-such-area'];

describe('search over the kept candidates answers as the candidate queries do', () => {
  let cached: TestApp;
  let uncached: TestApp;
  beforeAll(async () => {
    cached = await startSeededApp({ embedded: true });
    uncached = await startSeededApp({ embedded: true, beforeApp: (s) => turnOffGraphCaches(s) });
    // the kept candidates share strings with the ask corpus (as built at startup, here
    // before the writes below: a corpus older than the graph must share only equal strings)
    await warmCorpus(cached.store);
    // names and a duty text the folds must match (accents, curly apostrophes, a backtick)
    for (const app of [cached, uncached]) {
      await app.store.write({
        text: "MATCH (b:Body {id: 'walsall/wscb'}) SET b.aliases = ['Zoë’s Board', 'Café `Forum`']",
      });
      await app.store.write({
        text: "MATCH (o:Obligation) WITH o ORDER BY o.id LIMIT 1 SET o.text = 'Réview Zoë’s plan'",
      });
    }
  });
  afterAll(async () => {
    await cached?.close();
    await uncached?.close();
  });

  it('for every text, area, kind and date', async () => {
    const cases: Record<string, unknown>[] = [];
    for (const text of TEXTS) {
      for (const areaId of AREAS) cases.push({ text, areaId, first: 200 });
      cases.push({ text, kinds: ['OBLIGATION'], first: 200 });
      cases.push({ text, kinds: ['POST', 'DUTY_TYPE'], areaId: 'wiltshire', first: 200 });
      cases.push({ text, allTime: true, first: 200 });
      cases.push({ text, asOf: '2015-01-01', first: 200 });
    }
    let hits = 0;
    for (const variables of cases) {
      const a = dataOf<{ search: { totalCount: number } }>(await cached.graphql(SEARCH, variables));
      const b = dataOf(await uncached.graphql(SEARCH, variables));
      expect(a, JSON.stringify(variables)).toEqual(b);
      hits += a.search.totalCount;
    }
    expect(hits).toBeGreaterThan(100);
  });

  it("counts the trigram lists in the search cache's size", async () => {
    await cached.graphql(SEARCH, { text: 'board' });
    type Straw = { raw: string; row: Record<string, unknown> };
    type Lists = { bytes: number } | null;
    const kept = graphCache<{
      names: Straw[];
      obligations: Straw[];
      nameGrams: Lists;
      obligationGrams: Lists;
    }>(cached.store, 'search');
    const haystack = await kept.fetch('haystack', () => Promise.reject(new Error('not kept')));
    const grams = (haystack.nameGrams?.bytes ?? 0) + (haystack.obligationGrams?.bytes ?? 0);
    expect(grams).toBeGreaterThan(10_000);
    // the lists are private typed arrays, which the caches' estimate does not walk: it must
    // count them on top of the rest, of which the candidates' strings alone are a lower bound
    const chars = (v: unknown): number =>
      typeof v === 'string' ? v.length : Array.isArray(v) ? v.reduce((a, x) => a + chars(x), 0) : 0;
    let strings = 0;
    for (const s of [...haystack.names, ...haystack.obligations]) {
      strings += s.raw.length + chars(Object.values(s.row));
    }
    expect(kept.bytes).toBeGreaterThanOrEqual(strings + grams);
  });

  it('sees a write at once', async () => {
    const variables = { text: 'zebra crossing board', first: 10 };
    const before = dataOf<{ search: { totalCount: number } }>(
      await cached.graphql(SEARCH, variables),
    );
    expect(before.search.totalCount).toBe(0);
    for (const app of [cached, uncached]) {
      await app.store.write({
        text: "MATCH (b:Body {id: 'wiltshire/wscb'}) SET b.name = 'Zebra Crossing Board'",
      });
    }
    const after = dataOf(await cached.graphql(SEARCH, variables));
    expect(after).toEqual(dataOf(await uncached.graphql(SEARCH, variables)));
    expect((after as { search: { totalCount: number } }).search.totalCount).toBe(1);
  });
});
