import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  openStore,
  type Statement,
  type Store,
  type Tx,
  type TxOptions,
} from '@accgraph/api/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edit, FIXTURE_AREA, fixtureDirs, writeArea } from './__fixtures__/fixture-dirs.ts';
import { seedAreas } from './seed-store.ts';

let dir: string;
let real: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accgraph-seed-store-'));
  real = await openStore({ kind: 'embedded', path: join(dir, 'graph.grafeo') });
  await real.ensureSchema();
});

afterAll(async () => {
  await real.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The real embedded store, counting write transactions and recording the statements they run. */
function countingStore() {
  const written: string[] = [];
  let transactions = 0;
  const store: Store = Object.create(real) as Store;
  store.writeTransaction = <T>(work: (tx: Tx) => Promise<T>, options?: TxOptions) => {
    transactions++;
    return real.writeTransaction(
      (tx) =>
        work({
          run: (s: Statement) => {
            written.push(s.name ?? s.text);
            return tx.run(s);
          },
        }),
      options,
    );
  };
  return { store, written, transactions: () => transactions };
}

describe('seedAreas', () => {
  it('writes a changed area in one transaction, then reports it unchanged', async () => {
    const paths = fixtureDirs();
    const fake = countingStore();
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
    const fake = countingStore();
    const result = await seedAreas(fake.store, paths);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toHaveLength(2);
    expect(fake.written).toEqual([]);
    expect(fake.transactions()).toBe(0);
  });
});
