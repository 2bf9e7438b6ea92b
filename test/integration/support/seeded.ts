import { seedAreas } from '@accgraph/graph-seed';
import type { Store } from '@accgraph/api/store';
import { startTestApp, type TestApp } from './app.ts';
import { freshEmbeddedStore, freshStore } from './stores.ts';

/**
 * The real HTTP app over a fresh store (embedded, or Neo4j with NEO4J_URI) (always embedded with `embedded`) holding the five bundled
 * seed documents (all four areas), loaded exactly as `npm start` loads them.
 */
export async function startSeededApp(
  options: { embedded?: boolean; beforeApp?: (store: Store) => void } = {},
): Promise<TestApp> {
  const { store, dispose } = options.embedded ? await freshEmbeddedStore() : await freshStore();
  options.beforeApp?.(store);
  const result = await seedAreas(store);
  if (!result.ok) {
    await dispose();
    throw new Error(`bundled areas do not validate: ${result.problems.length} problem(s)`);
  }
  const app = await startTestApp({ store });
  return {
    ...app,
    async close() {
      await app.app.close();
      await dispose();
    },
  };
}

/** Throws with the GraphQL errors when a response has any; returns its data. */
export function dataOf<T = Record<string, unknown>>(response: {
  status: number;
  body: { data?: unknown; errors?: unknown[] };
}): T {
  if (response.body.errors?.length) {
    throw new Error(`GraphQL errors (${response.status}): ${JSON.stringify(response.body.errors)}`);
  }
  return response.body.data as T;
}
