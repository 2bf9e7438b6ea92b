import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '@accgraph/api/store';

/** A fresh embedded store in its own temp directory; `dispose` closes and deletes it. */
export async function freshEmbeddedStore(): Promise<{ store: Store; dispose(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-store-'));
  const store = await openStore({ kind: 'embedded', path: path.join(dir, 'graph.grafeo') });
  await store.ensureSchema();
  return {
    store,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
