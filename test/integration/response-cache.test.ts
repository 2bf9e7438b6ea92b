import 'reflect-metadata';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AccountabilityService } from '../../api/src/accountability/accountability.service.ts';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

const CHAIN = `{
  accountability(id: "wiltshire/childrens-trust", direction: HOLDERS, asOf: "2015-01-01") {
    chains { end { id } hops { kind relationship { id evidence { quote } } } }
  }
}`;

describe('response cache (embedded store)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startSeededApp();
  });
  afterAll(async () => {
    await t.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('answers a repeated query without reading the store again, with the same answer', async () => {
    const first = dataOf(await t.graphql(CHAIN));
    const reads = vi.spyOn(t.store, 'read');
    const again = dataOf(await t.graphql(CHAIN));
    expect(again).toEqual(first);
    expect(reads).not.toHaveBeenCalled();
  });

  it('forgets every answer once the store is written', async () => {
    const query = '{ area(id: "walsall") { name } }';
    expect(dataOf<{ area: { name: string } }>(await t.graphql(query)).area.name).toBe('Walsall');
    await t.store.write({
      text: "MATCH (a:Area {id: 'walsall'}) SET a.name = 'Walsall (renamed)'",
    });
    expect(dataOf<{ area: { name: string } }>(await t.graphql(query)).area.name).toBe(
      'Walsall (renamed)',
    );
  });

  it('never keeps an answer with errors: the same bad query runs again', async () => {
    const bad = '{ accountability(id: "wiltshire/nowhere") { chains { end { id } } } }';
    const runs = vi.spyOn(AccountabilityService.prototype, 'chains');
    const first = await t.graphql(bad);
    const second = await t.graphql(bad);
    expect(runs).toHaveBeenCalledTimes(2);
    for (const answer of [first, second]) {
      expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    }
    expect(second.body.errors?.[0]?.extensions?.requestId).not.toBe(
      first.body.errors?.[0]?.extensions?.requestId,
    );
  });

  it('serves a kept answer without running its resolvers', async () => {
    const query =
      '{ accountability(id: "wiltshire/wscb", asOf: "2015-01-01") { chains { end { id } } } }';
    const runs = vi.spyOn(AccountabilityService.prototype, 'chains');
    const first = dataOf(await t.graphql(query));
    expect(dataOf(await t.graphql(query))).toEqual(first);
    expect(runs).toHaveBeenCalledTimes(1);
  });
});
