import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { Context } from '../context.ts';
import { today } from '@accgraph/schema';
import type { Store } from '../store/index.ts';

export interface ResponseCacheOptions {
  /** Most answers kept (least recently used are dropped first). */
  maxEntries?: number;
  /** Answers larger than this (characters of JSON) are not kept. */
  maxEntryChars?: number;
}

interface Entry {
  generation: number;
  result: FormattedExecutionResult;
}

/**
 * Keeps error-free answers to read-only operations and serves them again
 * while the store has not been written since (`Store.writeGeneration`).
 * The key is the operation text, its name, its variables and today's date
 * (answers without `asOf` mean "today"). Validation and the query limits
 * still run on every request; only execution is skipped. Stores without a
 * write generation (Neo4j: other writers may change the graph) get no cache.
 */
export function responseCachePlugin(
  store: Store,
  { maxEntries = 1_000, maxEntryChars = 256_000 }: ResponseCacheOptions = {},
): ApolloServerPlugin<Context> {
  const generationOf = store.writeGeneration?.bind(store);
  if (!generationOf) return {};
  const cache = new Map<string, Entry>();
  return {
    async requestDidStart({ request }) {
      const key = JSON.stringify([
        request.query,
        request.operationName,
        request.variables,
        today(),
      ]);
      const startGeneration = generationOf();
      let served = false;
      return {
        async responseForOperation({ operation }) {
          if (operation.operation !== 'query') return null;
          const hit = cache.get(key);
          if (!hit || hit.generation !== startGeneration) return null;
          cache.delete(key);
          cache.set(key, hit); // most recently used last
          served = true;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: hit.result },
          };
        },
        async willSendResponse({ response, operation }) {
          if (served || operation?.operation !== 'query' || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length || generationOf() !== startGeneration) return;
          if (JSON.stringify(result).length > maxEntryChars) return;
          cache.set(key, { generation: startGeneration, result });
          if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
        },
      };
    },
  };
}
