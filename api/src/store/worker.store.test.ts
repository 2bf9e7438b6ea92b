import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from './errors.ts';
import { WorkerStore } from './worker.store.ts';

let dir: string;
let store: WorkerStore;

const open = (path = join(dir, 'graph.grafeo')) => WorkerStore.open({ kind: 'embedded', path });

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(StoreError);
    return (e as StoreError).code;
  }
}

// Starting a worker loads tsx and Grafeo again: seconds on a loaded machine.
const STARTUP_MS = 60_000;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accgraph-worker-'));
  store = await open();
  await store.ensureSchema();
}, STARTUP_MS);

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}, STARTUP_MS);

const ids = async () =>
  (await store.read({ text: 'MATCH (n:Entity) RETURN n.id AS id ORDER BY id' })).map((r) => r.id);

describe('WorkerStore (the embedded database on a worker thread)', { timeout: STARTUP_MS }, () => {
  it('writes, reads with parameters, and keeps data after close and reopen', async () => {
    await store.write({ text: 'CREATE (:Entity {id: $id})', params: { id: 'a/b' } });
    expect(await ids()).toEqual(['a/b']);
    await store.close();
    store = await open();
    expect(await ids()).toEqual(['a/b']);
  });

  it('commits a transaction whole and moves the write generation', async () => {
    const before = store.writeGeneration();
    const value = await store.writeTransaction(async (tx) => {
      await tx.run({ text: 'CREATE (:Entity {id: "one"})' });
      await tx.run({ text: 'CREATE (:Entity {id: "two"})' });
      return 'done';
    });
    expect(value).toBe('done');
    expect(await ids()).toEqual(['one', 'two']);
    expect(store.writeGeneration()).toBeGreaterThan(before);
  });

  it('rolls the whole transaction back when its work throws on the main thread', async () => {
    const failure = new Error('work failed');
    await expect(
      store.writeTransaction(async (tx) => {
        await tx.run({ text: 'CREATE (:Entity {id: "first"})' });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await ids()).toEqual([]);
  });

  it('rolls back and rethrows the StoreError of a failing statement', async () => {
    const work = store.writeTransaction(async (tx) => {
      await tx.run({ text: 'CREATE (:Entity {id: "first"})' });
      await tx.run({ text: 'THIS IS NOT CYPHER', name: 'test/broken' });
    });
    expect(await codeOf(work)).toBe('STORE_SYNTAX');
    expect(await ids()).toEqual([]);
  });

  it('answers ping, and STORE_CLOSED after close (twice is safe)', async () => {
    expect(await store.ping()).toBe(true);
    await store.close();
    await store.close();
    expect(await store.ping()).toBe(false);
    expect(await codeOf(store.read({ text: 'RETURN 1 AS x' }))).toBe('STORE_CLOSED');
    store = await open();
  });

  it('refuses a directory as the database file with STORE_CORRUPT', async () => {
    const path = join(dir, 'a-directory');
    mkdirSync(path);
    expect(await codeOf(open(path))).toBe('STORE_CORRUPT');
  });
});
