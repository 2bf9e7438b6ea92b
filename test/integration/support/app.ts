import type { FastifyInstance } from 'fastify';
import { serverConfigFromEnv, type ServerConfig } from '../../../api/src/config.ts';
import { createLogger } from '../../../api/src/logger.ts';
import { createApp } from '../../../api/src/server.ts';
import type { Store } from '../../../api/src/store/index.ts';
import { freshEmbeddedStore, freshStore } from './stores.ts';

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  url: string;
  /** POSTs a GraphQL operation as JSON and returns status, headers and body. */
  graphql(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; headers: Headers; body: GraphQLBody }>;
  close(): Promise<void>;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Starts the real HTTP app on a free loopback port over a fresh store
 * (embedded, or Neo4j with NEO4J_URI; always embedded with `embedded`; or
 * over the given store), as `npm start` would, without seeding.
 */
export async function startTestApp(
  options: { store?: Store; env?: NodeJS.ProcessEnv; embedded?: boolean } = {},
): Promise<TestApp> {
  const fresh = options.store
    ? undefined
    : options.embedded
      ? await freshEmbeddedStore()
      : await freshStore();
  const store = options.store ?? fresh!.store;
  await store.ensureSchema().catch(() => undefined);
  const config: ServerConfig = {
    ...serverConfigFromEnv({ LOG_LEVEL: 'silent', ...options.env }),
    port: 0,
    seedOnStart: false,
  };
  const app = await createApp({ config, store, logger: createLogger('silent') });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    store,
    url,
    async graphql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as GraphQLBody,
      };
    },
    async close() {
      await app.close();
      if (fresh) await fresh.dispose();
      else await store.close();
    },
  };
}
