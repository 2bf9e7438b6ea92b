import type { Row, Statement, Store, Tx } from '@accgraph/api/store';
import { describe, expect, it } from 'vitest';
import { edit, FIXTURE_AREA, fixtureDirs, writeArea } from './__fixtures__/fixture-dirs.ts';
import { seedAreas } from './seed-store.ts';

/** A store that records statements and remembers seed hashes (enough for seedAreas). */
function fakeStore() {
  const hashes: Record<string, string> = {};
  const written: string[] = [];
  let transactions = 0;
  const tx: Tx = {
    run: async (s: Statement): Promise<Row[]> => {
      written.push(s.name ?? s.text);
      const params = s.params ?? {};
      if (typeof params.areaId === 'string' && typeof params.seedHash === 'string') {
        hashes[params.areaId] = params.seedHash;
      }
      return [{ count: Array.isArray(params.rows) ? params.rows.length : 0 }];
    },
  };
  const store: Store = {
    kind: 'embedded',
    description: 'fake',
    ensureSchema: async () => {},
    read: async () => Object.entries(hashes).map(([id, seedHash]) => ({ id, seedHash })),
    write: async () => [],
    readTransaction: async (work) => work(tx),
    writeTransaction: async (work) => {
      transactions++;
      return work(tx);
    },
    ping: async () => true,
    close: async () => {},
  };
  return { store, written, transactions: () => transactions };
}

describe('seedAreas', () => {
  it('writes a changed area in one transaction, then reports it unchanged', async () => {
    const paths = fixtureDirs();
    const fake = fakeStore();
    const first = await seedAreas(fake.store, paths);
    expect(first.ok && first.areas.map((a) => a.status)).toEqual(['written']);
    expect(fake.transactions()).toBe(1);
    const second = await seedAreas(fake.store, paths);
    expect(second.ok && second.areas.map((a) => a.status)).toEqual(['unchanged']);
    expect(fake.transactions()).toBe(1);
  });

  it('rejects bad input with every problem and touches nothing', async () => {
    const paths = fixtureDirs();
    let text = edit(FIXTURE_AREA, 'start: 369', 'start: 368');
    text = edit(text, 'kind: childrens-trust', 'kind: trust');
    writeArea(paths, text);
    const fake = fakeStore();
    const result = await seedAreas(fake.store, paths);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toHaveLength(2);
    expect(fake.written).toEqual([]);
    expect(fake.transactions()).toBe(0);
  });
});
