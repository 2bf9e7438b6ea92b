import { describe, expect, it } from 'vitest';
import {
  keptPerKey,
  bytesOf,
  fromFile,
  GraphCache,
  graphCache,
  graphCachesBytes,
  graphCachesOn,
  graphCachesOption,
  GRAPH_CACHES_BUDGET_MB,
  jsonLongerThan,
  markWrapper,
  setGraphCacheBudget,
  turnOffGraphCaches,
} from './cache.ts';
import type { Store } from './store/index.ts';

/** A store that only reports a write generation (the cache asks nothing else). */
const storeAt = (generation: { n: number } | null) =>
  generation ? { writeGeneration: () => generation.n } : {};

function loader() {
  const asked: string[][] = [];
  const load = async (missing: string[]) => {
    asked.push(missing);
    return missing.map((k) => ({ key: k, list: [k] }));
  };
  return { asked, load };
}

describe('GraphCache.many (the request loaders, compare rows, findings)', () => {
  it('reads each key once per write generation, in the order asked', async () => {
    const generation = { n: 0 };
    const cache = new GraphCache<{ key: string }>(storeAt(generation), 100);
    const { asked, load } = loader();
    expect((await cache.many(['a', 'b'], load)).map((v) => v.key)).toEqual(['a', 'b']);
    expect((await cache.many(['b', 'c', 'a'], load)).map((v) => v.key)).toEqual(['b', 'c', 'a']);
    expect(asked).toEqual([['a', 'b'], ['c']]);
    generation.n = 2;
    await cache.many(['a'], load);
    expect(asked.at(-1)).toEqual(['a']);
  });

  it('freezes what it keeps, so a caller cannot change later answers', async () => {
    const cache = new GraphCache<{ key: string; list: string[] }>(storeAt({ n: 0 }), 100);
    const [value] = await cache.many(['a'], loader().load);
    expect(Object.isFrozen(value)).toBe(true);
    expect(() => value!.list.push('b')).toThrow(TypeError);
  });

  it('keeps nothing read while a write started, and nothing on a store without a generation', async () => {
    const generation = { n: 0 };
    const racing = new GraphCache<{ key: string }>(storeAt(generation), 100);
    const { asked, load } = loader();
    await racing.many(['a'], async (missing) => {
      generation.n = 1;
      return load(missing);
    });
    await racing.many(['a'], load);
    expect(asked).toEqual([['a'], ['a']]);

    const neo4j = new GraphCache<{ key: string }>(storeAt(null), 100);
    const other = loader();
    await neo4j.many(['a'], other.load);
    await neo4j.many(['a'], other.load);
    expect(other.asked).toEqual([['a'], ['a']]);
  });

  it('drops the least recently used entry beyond its bound', async () => {
    const cache = new GraphCache<{ key: string }>(storeAt({ n: 0 }), 2);
    const { asked, load } = loader();
    await cache.many(['a', 'b'], load);
    await cache.many(['a'], load); // a is now the most recently used
    await cache.many(['c'], load); // evicts b
    await cache.many(['a'], load);
    await cache.many(['b'], load);
    expect(asked).toEqual([['a', 'b'], ['c'], ['b']]);
  });

  it('answers every key even when more are asked than it holds', async () => {
    const cache = new GraphCache<{ key: string }>(storeAt({ n: 0 }), 2);
    const { load } = loader();
    const keys = ['a', 'b', 'c', 'd'];
    expect((await cache.many(keys, load)).map((v) => v.key)).toEqual(keys);
  });
});

describe('GraphCache.fetch (area bundles, chain answers)', () => {
  it('computes once per key and generation, shares a load in flight, and forgets a failure', async () => {
    const generation = { n: 0 };
    const cache = new GraphCache<number>(storeAt(generation), 10);
    let runs = 0;
    const compute = async () => ++runs;
    const [a, b] = await Promise.all([cache.fetch('k', compute), cache.fetch('k', compute)]);
    expect([a, b]).toEqual([1, 1]);
    await expect(cache.fetch('bad', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await cache.fetch('bad', compute)).toBe(2);
    generation.n = 1;
    expect(await cache.fetch('k', compute)).toBe(3);
  });

  it('keeps a null answer ("no such area") apart from a miss', async () => {
    const cache = new GraphCache<string | null>(storeAt({ n: 0 }), 10);
    let runs = 0;
    const none = async () => {
      runs += 1;
      return null;
    };
    expect(await cache.fetch('nowhere', none)).toBeNull();
    expect(await cache.fetch('nowhere', none)).toBeNull();
    expect(runs).toBe(1);
  });
});

describe('GraphCache.get/set (the response cache)', () => {
  it('keeps a value only if no write moved the generation since its inputs were read', async () => {
    const generation = { n: 4 };
    const cache = new GraphCache<{ answer: number }>(storeAt(generation), 10);
    const since = cache.current();
    cache.set('q', { answer: 1 }, since);
    expect(await cache.get('q')).toEqual({ answer: 1 });
    const before = cache.current();
    generation.n = 5;
    cache.set('late', { answer: 2 }, before);
    expect(await cache.get('late')).toBeUndefined();
    expect(await cache.get('q')).toBeUndefined();
  });
});

describe('graphCache / fromFile', () => {
  it('one cache per store and name', () => {
    const store = storeAt({ n: 0 });
    expect(graphCache(store, 'node')).toBe(graphCache(store, 'node'));
    expect(graphCache(store, 'node')).not.toBe(graphCache(store, 'incoming'));
    expect(graphCache(storeAt({ n: 0 }), 'node')).not.toBe(graphCache(store, 'node'));
  });

  it('reads a file once and keeps it; a failed async read is tried again', async () => {
    let reads = 0;
    const read = () => `text ${++reads}`;
    expect(fromFile('sources', 'cache-test-a', read)).toBe('text 1');
    expect(fromFile('sources', 'cache-test-a', read)).toBe('text 1');
    await expect(
      fromFile('sources', 'cache-test-b', () => Promise.reject(new Error('gone'))),
    ).rejects.toThrow('gone');
    expect(await fromFile('sources', 'cache-test-b', async () => 'back')).toBe('back');
  });
});

describe('GRAPH_CACHES=off', () => {
  it('keeps nothing for a store that has a write generation: every lookup loads', async () => {
    const store = storeAt({ n: 0 });
    const { asked, load } = loader();
    await graphCache<{ key: string }>(store, 'node').many(['a'], load);
    await graphCache<{ key: string }>(store, 'node').many(['a'], load);
    expect(asked).toEqual([['a']]);
    expect(graphCachesOn(store)).toBe(true);

    turnOffGraphCaches(store);
    expect(graphCachesOn(store)).toBe(false);
    await graphCache<{ key: string }>(store, 'node').many(['a'], load);
    await graphCache<{ key: string }>(store, 'node').many(['a'], load);
    expect(asked).toEqual([['a'], ['a'], ['a']]);
    let loads = 0;
    const chains = graphCache<number>(store, 'chains');
    await chains.fetch('k', async () => ++loads);
    await chains.fetch('k', async () => ++loads);
    expect(loads).toBe(2);
    const responses = graphCache<number>(store, 'responses');
    responses.set('q', 1, responses.current());
    expect(await responses.get('q')).toBeUndefined();
  });

  it('a store without a write generation has no graph caches either way', () => {
    expect(graphCachesOn(storeAt(null))).toBe(false);
  });

  it('reads the option: on (default) or off, anything else says what is expected', () => {
    expect(graphCachesOption(undefined)).toBe(true);
    expect(graphCachesOption('')).toBe(true);
    expect(graphCachesOption('on')).toBe(true);
    expect(graphCachesOption('off')).toBe(false);
    expect(() => graphCachesOption('false')).toThrow(
      'GRAPH_CACHES must be "on" or "off", got "false".',
    );
  });
});

describe('a wrapped store (the HTTP layer hands requests a guarded wrapper of the store)', () => {
  it('shares the caches and the GRAPH_CACHES=off switch of the store underneath', async () => {
    const inner = storeAt({ n: 0 });
    const wrapper = { writeGeneration: () => inner.writeGeneration!() };
    markWrapper(wrapper as unknown as Store, inner as unknown as Store);
    // a warm-up run on the store main.ts opened is what requests (on the wrapper) read
    let loads = 0;
    await graphCache<number>(inner, 'chains').fetch('k', async () => ++loads);
    await graphCache<number>(wrapper, 'chains').fetch('k', async () => ++loads);
    expect(loads).toBe(1);
    // GRAPH_CACHES=off, set on the opened store, holds for the requests too
    turnOffGraphCaches(inner);
    expect(graphCachesOn(wrapper)).toBe(false);
  });
});

describe('graph caches are bounded by bytes as well as entries (issue 16: RSS under load)', () => {
  const text = (n: number, c: string) => ({ text: c.repeat(n) });

  it('evicts the least recently used values once their estimated bytes pass the bound', async () => {
    const cache = new GraphCache<{ text: string }>(storeAt({ n: 0 }), 100, 10_000);
    await cache.fetch('a', async () => text(6_000, 'a'));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBeGreaterThanOrEqual(6_000);
    await cache.fetch('b', async () => text(6_000, 'b'));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
    let reads = 0;
    await cache.fetch('b', async () => {
      reads += 1;
      return text(6_000, 'b');
    });
    expect(reads).toBe(0);
    await cache.fetch('a', async () => {
      reads += 1;
      return text(6_000, 'a');
    });
    expect(reads).toBe(1);
  });

  it('does not keep a value larger than the whole bound, and answers it all the same', async () => {
    const cache = new GraphCache<{ text: string }>(storeAt({ n: 0 }), 100, 10_000);
    const value = await cache.fetch('big', async () => text(20_000, 'x'));
    expect(value.text.length).toBe(20_000);
    expect(cache.size).toBe(0);
  });

  it('sizes values set directly, and many() entries once they arrive', async () => {
    const cache = new GraphCache<{ text: string }>(storeAt({ n: 0 }), 100, 10_000);
    cache.set('s', text(4_000, 's'), cache.current());
    const got = await cache.many(['m', 'n'], async (missing) => missing.map((k) => text(4_000, k)));
    expect(got.map((v) => v.text[0])).toEqual(['m', 'n']);
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
  });

  it('walks a kept value once to freeze and size it (each of its properties read once)', async () => {
    const cache = new GraphCache<Record<string, unknown>>(storeAt({ n: 0 }), 100, 10_000);
    let reads = 0;
    const inner = { list: ['a', 'b'] };
    const value = Object.defineProperty({ plain: 'p' }, 'counted', {
      enumerable: true,
      get: () => {
        reads += 1;
        return inner;
      },
    });
    await cache.fetch('k', async () => value);
    expect(reads).toBe(1);
    expect(Object.isFrozen(value) && Object.isFrozen(inner) && Object.isFrozen(inner.list)).toBe(
      true,
    );
    expect(cache.bytes).toBe(bytesOf(value));
    reads = 0;
    cache.set('s', value, cache.current());
    expect(reads).toBe(1);
  });

  it('estimates bytes of nested records, each object once', () => {
    const shared = { id: 'x'.repeat(100) };
    expect(bytesOf([shared, shared])).toBeLessThan(bytesOf([shared, { id: 'x'.repeat(100) }]));
    expect(bytesOf({ a: 'y'.repeat(1_000) })).toBeGreaterThan(1_000);
  });
});

describe('one budget for all the graph caches of a store (issue 16 point 3: RSS with caches on)', () => {
  const text = (n: number, c: string) => ({ text: c.repeat(n) });
  const MB = 1024 * 1024;

  it('keeps the caches together under the budget: the one holding the most forgets its oldest', async () => {
    const store = storeAt({ n: 0 });
    setGraphCacheBudget(store, 1);
    const findings = graphCache<{ text: string }>(store, 'findings');
    const search = graphCache<{ text: string }>(store, 'search');
    await findings.fetch('f1', async () => text(0.3 * MB, 'a'));
    await findings.fetch('f2', async () => text(0.3 * MB, 'b'));
    expect(findings.size).toBe(2);
    // each cache is well under its own bound (32 and 96 MB); together they pass 1 MB
    const value = await search.fetch('s', async () => text(0.5 * MB, 'c'));
    expect(value.text.length).toBe(0.5 * MB);
    expect(graphCachesBytes(store)).toBeLessThanOrEqual(MB);
    expect(search.size).toBe(1);
    expect(findings.size).toBe(1);
    let reads = 0;
    await findings.fetch('f2', async () => {
      reads += 1;
      return text(0.3 * MB, 'b');
    });
    expect(reads).toBe(0); // the most recently used stayed
    // values set directly count too
    findings.set('f3', text(0.3 * MB, 'd'), findings.current());
    expect(graphCachesBytes(store)).toBeLessThanOrEqual(MB);
  });

  it('applies a lowered budget at once, and the server default is the documented figure', async () => {
    const store = storeAt({ n: 0 });
    const nodes = graphCache<{ text: string }>(store, 'node');
    await nodes.many(['a', 'b', 'c'], async (missing) => missing.map((k) => text(0.2 * MB, k)));
    expect(nodes.size).toBe(3);
    setGraphCacheBudget(store, 0.5);
    expect(nodes.size).toBe(2);
    expect(graphCachesBytes(store)).toBeLessThanOrEqual(0.5 * MB);
    expect(GRAPH_CACHES_BUDGET_MB).toBe(160);
  });
});

describe('jsonLongerThan (the response cache keeps answers up to a length)', () => {
  const samples: unknown[] = [
    { data: { a: [1, 2.5, null, true, 'x"y\\z\n'], b: { c: 'é', d: [] }, e: {} } },
    { data: null, errors: [{ message: 'm', path: ['a', 0] }] },
    { data: { skip: undefined, list: [undefined, 'u'] } },
  ];
  it('agrees with JSON.stringify at, just under and just over the length', () => {
    for (const sample of samples) {
      const length = JSON.stringify(sample).length;
      expect(jsonLongerThan(sample, length)).toBe(false);
      expect(jsonLongerThan(sample, length - 1)).toBe(true);
      expect(jsonLongerThan(sample, length + 1)).toBe(false);
    }
  });
});

describe('keptPerKey (the pages of a kept diff or comparison)', () => {
  it('makes a value once per owner and key, keeps at most `limit` per owner, the oldest out first', () => {
    const pages = keptPerKey<object, string>(2);
    const owner = {};
    let made = 0;
    const make = (key: string) => () => `${key}#${(made += 1)}`;
    expect(pages(owner, 'a', make('a'))).toBe('a#1');
    expect(pages(owner, 'a', make('a'))).toBe('a#1');
    expect(pages({}, 'a', make('a'))).toBe('a#2'); // another owner, its own pages
    pages(owner, 'b', make('b'));
    pages(owner, 'c', make('c')); // a third page: 'a' goes
    expect(pages(owner, 'b', make('b'))).toBe('b#3');
    expect(pages(owner, 'a', make('a'))).toBe('a#5');
  });

  it('forgets a promise that failed, so the next caller makes it again', async () => {
    const pages = keptPerKey<object, Promise<number>>(4);
    const owner = {};
    await expect(pages(owner, 'p', () => Promise.reject(new Error('stopped')))).rejects.toThrow(
      'stopped',
    );
    expect(await pages(owner, 'p', () => Promise.resolve(7))).toBe(7);
    expect(await pages(owner, 'p', () => Promise.resolve(8))).toBe(7);
  });
});
