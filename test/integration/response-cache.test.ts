import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { graphCache, responseCacheOption, turnOffResponseCache } from '../../api/src/cache.ts';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

const CHAIN = `{
  accountability(id: "wiltshire/childrens-trust", direction: HOLDERS, asOf: "2015-01-01") {
    chains { end { id } hops { kind relationship { id evidence { quote } } } }
  }
}`;

/** Set on an answer the response cache served (api/src/cache.ts responseCachePlugin). */
const HIT = 'x-response-cache';

describe('response cache (embedded store)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startSeededApp({ embedded: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a repeated query from the cache, without reading the store, with the same answer', async () => {
    const first = await t.graphql(CHAIN);
    expect(first.headers.get(HIT)).toBeNull();
    const reads = vi.spyOn(t.store, 'read');
    const again = await t.graphql(CHAIN);
    expect(again.headers.get(HIT)).toBe('hit');
    expect(dataOf(again)).toEqual(dataOf(first));
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
  });

  it('forgets every answer once the store is written', async () => {
    const query = '{ area(id: "walsall") { name } }';
    expect(dataOf<{ area: { name: string } }>(await t.graphql(query)).area.name).toBe('Walsall');
    expect((await t.graphql(query)).headers.get(HIT)).toBe('hit');
    await t.store.write({
      text: "MATCH (a:Area {id: 'walsall'}) SET a.name = 'Walsall (renamed)'",
    });
    const after = await t.graphql(query);
    expect(after.headers.get(HIT)).toBeNull();
    expect(dataOf<{ area: { name: string } }>(after).area.name).toBe('Walsall (renamed)');
  });

  it('never keeps an answer with errors: the same bad query runs again', async () => {
    const bad = '{ accountability(id: "wiltshire/nowhere") { chains { end { id } } } }';
    const first = await t.graphql(bad);
    const second = await t.graphql(bad);
    for (const answer of [first, second]) {
      expect(answer.headers.get(HIT)).toBeNull();
      expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    }
    expect(second.body.errors?.[0]?.extensions?.requestId).not.toBe(
      first.body.errors?.[0]?.extensions?.requestId,
    );
  });
});

describe('RESPONSE_CACHE=off (embedded store: graph caches on, no whole answers kept)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // what main.ts does with RESPONSE_CACHE=off, on the store it opened, before the app starts
    t = await startSeededApp({ embedded: true, beforeApp: (store) => turnOffResponseCache(store) });
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves every repeated query by running it, never from the response cache, with the same answer', async () => {
    const first = await t.graphql(CHAIN);
    const answers = [first];
    for (let i = 0; i < 3; i++) answers.push(await t.graphql(CHAIN));
    for (const answer of answers) {
      expect(answer.headers.get(HIT)).toBeNull();
      expect(dataOf(answer)).toEqual(dataOf(first));
    }
    expect(graphCache(t.store, 'responses').size).toBe(0);
    // the graph caches still keep what the chain read
    expect(graphCache(t.store, 'chains').size).toBeGreaterThan(0);
  });

  it('answers with what a write changed, at once', async () => {
    const query = '{ area(id: "walsall") { name } }';
    expect(dataOf<{ area: { name: string } }>(await t.graphql(query)).area.name).toBe('Walsall');
    expect(dataOf<{ area: { name: string } }>(await t.graphql(query)).area.name).toBe('Walsall');
    await t.store.write({
      text: "MATCH (a:Area {id: 'walsall'}) SET a.name = 'Walsall (renamed)'",
    });
    const after = await t.graphql(query);
    expect(after.headers.get(HIT)).toBeNull();
    expect(dataOf<{ area: { name: string } }>(after).area.name).toBe('Walsall (renamed)');
  });
});

describe('the RESPONSE_CACHE option', () => {
  it('reads on (default) or off; anything else says what is expected', () => {
    expect(responseCacheOption(undefined)).toBe(true);
    expect(responseCacheOption('')).toBe(true);
    expect(responseCacheOption('on')).toBe(true);
    expect(responseCacheOption('off')).toBe(false);
    expect(() => responseCacheOption('0')).toThrow(
      'RESPONSE_CACHE must be "on" or "off", got "0".',
    );
  });
});
