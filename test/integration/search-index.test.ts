import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turnOffGraphCaches } from '@accgraph/api/server';
import { foldNeedle } from '../../api/src/search/fold.ts';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

/**
 * Search across every area finds its candidates through trigram lists over
 * the kept candidates (api/src/search/grams.ts) and builds snippets only for
 * the page. Its answers must be those of the candidate queries
 * (GRAPH_CACHES=off runs them) for many texts taken from the graph itself:
 * 2-character pieces (at the start and the very end of names), pieces inside
 * words and across words and fields, whole names, accented and curly-quoted
 * spellings, backticks, and words found in every area.
 */
const SEARCH = `query S($text: String!, $areaId: ID, $kinds: [SearchKind!], $asOf: IsoDate, $allTime: Boolean! = false, $first: Int, $after: String) {
  search(text: $text, areaId: $areaId, kinds: $kinds, asOf: $asOf, allTime: $allTime, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { score matchedOn snippet matchStart matchEnd node { id } } }
  }
}`;

type Answer = { search: { totalCount: number; pageInfo: { endCursor: string | null } } };

/** Texts cut from `sources` (names and obligation texts of the graph). */
function textsFrom(sources: string[]): string[] {
  const texts = new Set<string>([
    'board',
    'safeguarding',
    'partnership',
    'children',
    'ho',
    'zq',
    '``',
    "'s",
    's`',
    'cafe',
    'café',
    'zoe',
    'ZOË’S',
    'forum`',
    '| board',
    'rd |',
    'e |',
  ]);
  sources.forEach((s, i) => {
    const lower = s.toLowerCase();
    const words = lower.split(/\s+/).filter(Boolean);
    const pick = [
      lower.slice(0, 2),
      lower.slice(-2),
      lower.slice(Math.floor(lower.length / 2), Math.floor(lower.length / 2) + 3),
      words[0] ?? '',
      words.slice(-2).join(' '),
      i % 3 === 0 ? s : '',
      i % 4 === 1 ? s.replace(/e/g, 'é').replace(/a/g, 'À') : '',
      i % 5 === 2 ? `${lower.slice(-3)} | ` : '',
      i % 6 === 3 ? lower.replace(/'/g, '’') : '',
    ];
    for (const p of pick) texts.add(p);
  });
  // only texts search accepts (2-200 characters once folded and trimmed, as the schema says)
  return [...texts].filter((t) => {
    const length = foldNeedle(t).length;
    return length >= 2 && length <= 200;
  });
}

describe('search across every area (trigram lists) answers as the candidate queries do', () => {
  let cached: TestApp;
  let uncached: TestApp;
  let texts: string[] = [];
  beforeAll(async () => {
    cached = await startSeededApp({ embedded: true });
    uncached = await startSeededApp({ embedded: true, beforeApp: (s) => turnOffGraphCaches(s) });
    for (const app of [cached, uncached]) {
      // accents, curly apostrophes and backticks in names, aliases and a text's last characters
      await app.store.write({
        text: "MATCH (b:Body {id: 'walsall/wscb'}) SET b.aliases = ['Zoë’s Board', 'Café `Forum`']",
      });
      await app.store.write({
        text: "MATCH (o:Obligation) WITH o ORDER BY o.id LIMIT 1 SET o.text = 'Réview Zoë’s plan at the Comité'",
      });
    }
    const rows = await uncached.store.read({
      text: `MATCH (n:Entity)
             WHERE n:Body OR n:Post OR n:Organisation OR n:Person OR n:Document OR n:DutyType OR n:Obligation
             RETURN coalesce(n.name, n.title, n.label, n.text) AS s ORDER BY n.id`,
      name: 'test/search-index-sources',
    });
    const sources = rows.map((r) => r.s).filter((s): s is string => typeof s === 'string');
    // every 7th (names and texts of all four areas), and the changed ones
    texts = textsFrom([
      ...sources.filter((_, i) => i % 7 === 0),
      'Zoë’s Board',
      'Café `Forum`',
      'Réview Zoë’s plan at the Comité',
    ]);
  });
  afterAll(async () => {
    await cached?.close();
    await uncached?.close();
  });

  it('for many texts, whole lists and pages after a cursor', async () => {
    expect(texts.length).toBeGreaterThan(100);
    const variants: Record<string, unknown>[] = [
      {},
      { kinds: ['OBLIGATION'] },
      { kinds: ['BODY', 'DUTY_TYPE', 'DOCUMENT'] },
      { allTime: true },
      { asOf: '2015-01-01' },
      { areaId: 'walsall' },
    ];
    let hits = 0;
    let compared = 0;
    for (const [i, text] of texts.entries()) {
      for (const variables of [
        { text, first: 200 },
        { text, first: 3, ...variants[i % variants.length] },
      ]) {
        const a = dataOf<Answer>(await cached.graphql(SEARCH, variables));
        const b = dataOf<Answer>(await uncached.graphql(SEARCH, variables));
        expect(a, JSON.stringify(variables)).toEqual(b);
        hits += a.search.totalCount;
        compared += 1;
        const after = a.search.pageInfo.endCursor;
        if (variables.first === 3 && after && a.search.totalCount > 3) {
          const next = { ...variables, after };
          expect(dataOf(await cached.graphql(SEARCH, next)), JSON.stringify(next)).toEqual(
            dataOf(await uncached.graphql(SEARCH, next)),
          );
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
    expect(hits).toBeGreaterThan(1000);
  }, 300_000);
});
