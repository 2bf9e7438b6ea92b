import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GrafeoStore } from '../store/index.ts';
import { withoutCaches } from './uncached.ts';

describe('withoutCaches (GRAPH_CACHES=off)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-uncached-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('hides the write generation every cache keys on, and passes reads and writes to the store', async () => {
    const store = GrafeoStore.open({ kind: 'embedded', path: path.join(dir, 'graph.grafeo') });
    const uncached = withoutCaches(store);
    expect(store.writeGeneration).toBeTypeOf('function');
    expect(uncached.writeGeneration).toBeUndefined();
    expect(uncached.kind).toBe('embedded');
    await uncached.write({ text: "CREATE (:Entity {id: 'x'})" });
    expect(await uncached.read({ text: 'MATCH (n:Entity) RETURN n.id AS id' })).toEqual([
      { id: 'x' },
    ]);
    await uncached.close();
    expect(await store.ping()).toBe(false);
  });
});
