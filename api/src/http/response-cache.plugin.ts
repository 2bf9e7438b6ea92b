import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { graphCache, graphCachesOn } from '../cache.ts';
import type { Context } from '../context.ts';
import { today } from '@accgraph/schema';
import type { Store } from '../store/index.ts';

/** Set to `hit` on an answer served from the cache (absent otherwise). */
export const CACHE_HEADER = 'x-response-cache';

export interface ResponseCacheOptions {
  /** Answers larger than this (characters of JSON) are not kept. */
  maxEntryChars?: number;
}

/**
 * Keeps error-free answers to read-only operations (graph cache `responses`,
 * api/src/cache.ts) and serves them again while the store has not been
 * written since (its write generation). The key is the operation text, its
 * name, its variables and today's date (answers without `asOf` mean
 * "today"). Validation and the query limits still run on every request; only
 * execution is skipped, and the answer carries `x-response-cache: hit`.
 * Stores without a write generation (Neo4j: other writers may change the
 * graph) get no cache.
 */
export function responseCachePlugin(
  store: Store,
  { maxEntryChars = 256_000 }: ResponseCacheOptions = {},
): ApolloServerPlugin<Context> {
  if (!graphCachesOn(store)) return {};
  const cache = graphCache<FormattedExecutionResult>(store, 'responses');
  return {
    async requestDidStart({ request, contextValue }) {
      // who asks is part of the key: an answer may depend on the account (`me`), and READ_ACCESS
      // is checked before this plugin serves anything (auth/read-access.plugin.ts)
      const key = JSON.stringify([
        contextValue.actor?.accountId ?? null,
        request.query,
        request.operationName,
        request.variables,
        today(),
      ]);
      const since = cache.current();
      let served = false;
      return {
        async responseForOperation({ operation }) {
          // no operation: operationName names none of the document (execution answers 400)
          if (operation?.operation !== 'query') return null;
          const hit = await cache.get(key);
          if (!hit || cache.current() !== since) return null;
          served = true;
          return {
            http: { status: undefined, headers: new HeaderMap([[CACHE_HEADER, 'hit']]) },
            body: { kind: 'single', singleResult: hit },
          };
        },
        async willSendResponse({ response, operation }) {
          if (served || operation?.operation !== 'query' || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length) return;
          if (JSON.stringify(result).length > maxEntryChars) return;
          cache.set(key, result, since);
        },
      };
    },
  };
}
