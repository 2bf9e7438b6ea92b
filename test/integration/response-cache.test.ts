import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
    t = await startSeededApp({ embedded: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a repeated query without reading the store again, with the same answer', async () => {
    const first = dataOf(await t.graphql(CHAIN));
    const reads = vi.spyOn(t.store, 'read');
    const again = dataOf(await t.graphql(CHAIN));
    expect(again).toEqual(first);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
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

  it('never keeps an answer with errors', async () => {
    const bad = '{ accountability(id: "wiltshire/nowhere") { chains { end { id } } } }';
    const first = await t.graphql(bad);
    const second = await t.graphql(bad);
    expect(first.body.errors?.[0]?.extensions?.requestId).toBeDefined();
    expect(second.body.errors?.[0]?.extensions?.requestId).not.toBe(
      first.body.errors?.[0]?.extensions?.requestId,
    );
  });
});
