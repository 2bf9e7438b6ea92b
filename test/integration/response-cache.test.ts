import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { graphCache, responseCacheOption, turnOffResponseCache } from '@accgraph/api/server';
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

describe('the kept area summaries (RESPONSE_CACHE=off, graph caches on)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startSeededApp({ embedded: true, beforeApp: (store) => turnOffResponseCache(store) });
  });
  afterAll(async () => {
    await t.close();
  });

  it("the area picker shows an area's new provenance and documents after a write", async () => {
    const query = '{ areas { id provenance { kind by } documents { id } } }';
    type Areas = {
      areas: {
        id: string;
        provenance: { kind: string; by: string | null };
        documents: { id: string }[];
      }[];
    };
    const walsall = (a: Areas) => a.areas.find((x) => x.id === 'walsall')!;
    const before = dataOf<Areas>(await t.graphql(query));
    expect(dataOf<Areas>(await t.graphql(query))).toEqual(before);
    expect(walsall(before).provenance.kind).toBe('bundled');
    expect(walsall(before).documents.map((d) => d.id)).not.toContain('wiltshire/2014');
    await t.store.write({
      text: "MATCH (a:Area {id: 'walsall'}) SET a.areaProvenance = 'edited', a.areaProvenanceBy = 'tester'",
    });
    await t.store.write({
      text: "MATCH (d:Document {id: 'wiltshire/2014'}) SET d.areaId = 'walsall'",
    });
    const after = dataOf<Areas>(await t.graphql(query));
    expect(walsall(after).provenance).toEqual({ kind: 'edited', by: 'tester' });
    expect(walsall(after).documents.map((d) => d.id)).toContain('wiltshire/2014');
  });

  it('the area canvas shows a relationship removed by a write at once', async () => {
    const query = '{ area(id: "wiltshire") { graph(allTime: true) { edges { id } } } }';
    type Graph = { area: { graph: { edges: { id: string }[] } } };
    const before = dataOf<Graph>(await t.graphql(query)).area.graph.edges.map((e) => e.id);
    expect(before.length).toBeGreaterThan(1);
    const gone = before[0]!;
    await t.store.write({ text: `MATCH ()-[r {id: '${gone}'}]->() DELETE r` });
    const after = dataOf<Graph>(await t.graphql(query)).area.graph.edges.map((e) => e.id);
    expect(after).toEqual(before.slice(1));
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
