import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from './errors.ts';
import { toStoreError } from './grafeo.errors.ts';
import { GrafeoStore } from './grafeo.store.ts';

let dir: string;
let store: GrafeoStore;

const open = (path = join(dir, 'graph.grafeo')): GrafeoStore =>
  GrafeoStore.open({ kind: 'embedded', path });

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(StoreError);
    return (e as StoreError).code;
  }
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accgraph-store-'));
  store = open();
  await store.ensureSchema();
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GrafeoStore', () => {
  it('writes and reads with parameters', async () => {
    await store.write({
      text: 'CREATE (:Entity:Body {id: $id, name: $name})',
      params: { id: 'a/b', name: 'B' },
    });
    const rows = await store.read({
      text: 'MATCH (n:Body {id: $id}) RETURN n.id AS id, n.name AS name',
      params: { id: 'a/b' },
    });
    expect(rows).toEqual([{ id: 'a/b', name: 'B' }]);
  });

  it('keeps data after close and reopen', async () => {
    await store.write({ text: 'CREATE (:Entity {id: "kept"})' });
    await store.close();
    store = open();
    expect(await store.read({ text: 'MATCH (n:Entity) RETURN n.id AS id' })).toEqual([
      { id: 'kept' },
    ]);
  });

  it('rolls back the whole transaction when its 2nd statement fails', async () => {
    const work = store.writeTransaction(async (tx) => {
      await tx.run({ text: 'CREATE (:Entity {id: "first"})' });
      await tx.run({ text: 'CREATE (:Entity {id: "second"', name: 'test/broken' });
    });
    await expect(work).rejects.toMatchObject({ code: 'STORE_SYNTAX', statement: 'test/broken' });
    expect(await store.read({ text: 'MATCH (n:Entity) RETURN count(n) AS n' })).toEqual([{ n: 0 }]);
  });

  it('fails the transaction even when work swallows a statement error', async () => {
    const work = store.writeTransaction(async (tx) => {
      await tx.run({ text: 'CREATE (:Entity {id: "x"})' });
      await tx.run({ text: 'CREATE (:Entity {id: "x"})' }).catch(() => undefined);
      return 'done';
    });
    expect(await codeOf(work)).toBe('STORE_CONSTRAINT');
    expect(await store.read({ text: 'MATCH (n:Entity) RETURN count(n) AS n' })).toEqual([{ n: 0 }]);
  });

  it('maps a uniqueness violation to STORE_CONSTRAINT', async () => {
    await store.write({ text: 'CREATE (:Entity {id: "dup"})' });
    expect(await codeOf(store.write({ text: 'CREATE (:Entity {id: "dup"})' }))).toBe(
      'STORE_CONSTRAINT',
    );
  });

  it('maps invalid Cypher to STORE_SYNTAX', async () => {
    expect(await codeOf(store.read({ text: 'MATCH (n RETURN n' }))).toBe('STORE_SYNTAX');
  });

  it('refuses a statement that writes in a read transaction', async () => {
    expect(await codeOf(store.read({ text: 'CREATE (:Entity {id: "r"})' }))).toBe('STORE_ERROR');
    expect(await store.read({ text: 'MATCH (n:Entity) RETURN count(n) AS n' })).toEqual([{ n: 0 }]);
  });

  it('serialises 20 concurrent writes to one node', async () => {
    await store.write({ text: 'CREATE (:Entity {id: "counter", n: 0})' });
    const inc = { text: 'MATCH (c:Entity {id: "counter"}) SET c.n = c.n + 1 RETURN c.n AS n' };
    await Promise.all(Array.from({ length: 20 }, () => store.write(inc)));
    const reads = Array.from({ length: 5 }, () =>
      store.read({ text: 'MATCH (c:Entity {id: "counter"}) RETURN c.n AS n' }),
    );
    expect(await Promise.all(reads)).toEqual(Array.from({ length: 5 }, () => [{ n: 20 }]));
  });

  it('normalises values: dates as ISO strings, integers as numbers, nested lists and maps', async () => {
    await store.write({
      text: 'CREATE (:Entity {id: "v", d: date("2014-10-02"), i: 42, l: [1, 2]})',
    });
    const [row] = await store.read({
      text: 'MATCH (n:Entity {id: "v"}) RETURN n.d AS d, n.i AS i, {xs: n.l, big: 9007199254740991} AS m',
    });
    expect(row).toEqual({ d: '2014-10-02', i: 42, m: { xs: [1, 2], big: 9007199254740991 } });
    expect(typeof row?.i).toBe('number');
  });

  it('closes twice without error and refuses use after close', async () => {
    await store.close();
    await store.close();
    expect(await codeOf(store.read({ text: 'RETURN 1 AS x' }))).toBe('STORE_CLOSED');
    expect(await codeOf(store.write({ text: 'RETURN 1 AS x' }))).toBe('STORE_CLOSED');
    expect(await store.ping()).toBe(false);
  });

  it('changes its write generation on every write transaction, failed or not; reads leave it', async () => {
    const before = store.writeGeneration();
    await store.read({ text: 'RETURN 1 AS one' });
    expect(store.writeGeneration()).toBe(before);
    await store.write({ text: "CREATE (:Entity {id: 'gen-a'})" });
    const afterWrite = store.writeGeneration();
    expect(afterWrite).not.toBe(before);
    await codeOf(store.write({ text: 'THIS IS NOT CYPHER' }));
    expect(store.writeGeneration()).not.toBe(afterWrite);
  });

  it('answers ping when open', async () => {
    expect(await store.ping()).toBe(true);
  });
});

describe('opening the database file', () => {
  it('creates a missing file and its directory', async () => {
    const path = join(dir, 'nested', 'deeper', 'g.grafeo');
    const created = open(path);
    expect(await created.ping()).toBe(true);
    expect(created.description).toContain(path);
    await created.close();
  });

  it('refuses a corrupt file with STORE_CORRUPT naming it, and leaves it untouched', () => {
    const path = join(dir, 'corrupt.grafeo');
    const garbage = 'this is not a graph database\n'.repeat(10);
    writeFileSync(path, garbage);
    let error: unknown;
    try {
      open(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'STORE_CORRUPT' });
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toMatch(/move it aside|backup/i);
    expect(readFileSync(path, 'utf8')).toBe(garbage);
  });

  it('refuses a file another handle holds with STORE_UNAVAILABLE', () => {
    expect(() => open()).toThrow(expect.objectContaining({ code: 'STORE_UNAVAILABLE' }));
  });

  it('retries a write transaction that hits a write-write conflict (40000), then commits it', async () => {
    let attempts = 0;
    await store.writeTransaction(async (tx) => {
      attempts++;
      await tx.run({
        text: 'MERGE (c:Entity {id: "retried"}) SET c.n = $n',
        params: { n: attempts },
      });
      // What a statement of this transaction raises when another writer won (mapped, as GrafeoTx maps it).
      if (attempts === 1)
        throw toStoreError({ gqlStatus: '40000', message: 'conflict' }, { path: dir });
    });
    expect(attempts).toBe(2);
    expect(await store.read({ text: 'MATCH (c:Entity {id: "retried"}) RETURN c.n AS n' })).toEqual([
      { n: 2 },
    ]);
  });
});
