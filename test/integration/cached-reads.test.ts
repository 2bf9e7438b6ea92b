import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCountingApp, type CountingApp } from './support/counting-store.ts';
import { dataOf } from './support/seeded.ts';

/**
 * A document's text is read from the store once per write generation (graph
 * cache `document-texts`, api/src/cache.ts), not on every request. Embedded
 * store with its caches, real HTTP server; aliases make each request a new
 * response-cache key, so the text resolver runs every time.
 */
describe('Document.text: one store read per write generation', () => {
  let t: CountingApp;
  beforeAll(async () => {
    t = await startCountingApp({ caches: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  const textRead = (reads: string[]) => reads.filter((r) => r.includes('read-document-text'));
  const text = async (alias: string) => {
    t.counting.reset();
    const data = dataOf<Record<string, { text: string }>>(
      await t.graphql(`{ ${alias}: node(id: "wiltshire/2014") { ... on Document { text } } }`),
    );
    return { text: data[alias]!.text, reads: [...t.counting.reads] };
  };

  it('reads the text once, serves it again from the cache, and reads again after a write', async () => {
    t.counting.forgetCaches();
    const first = await text('first');
    expect(first.text.length).toBeGreaterThan(1000);
    expect(textRead(first.reads)).toHaveLength(1);
    const second = await text('second');
    expect(second.text).toBe(first.text);
    expect(textRead(second.reads)).toEqual([]);
    t.counting.forgetCaches();
    expect(textRead((await text('third')).reads)).toHaveLength(1);
  });
});
