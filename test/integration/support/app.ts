import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { serverConfigFromEnv, type ServerConfig } from '@accgraph/api/config';
import { createLogger } from '@accgraph/api/logger';
import { createApp } from '@accgraph/api/server';
import { openStore, type Store } from '@accgraph/api/store';

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  /** The app's loopback address, for tests about real HTTP on a socket. */
  url: string;
  /**
   * POSTs a GraphQL operation as JSON through `app.inject` (the whole Fastify
   * pipeline, no socket) and returns status, headers and body.
   */
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

/** POSTs a GraphQL operation to the app through `app.inject` (no socket). */
export async function injectGraphQL(
  app: FastifyInstance,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; headers: Headers; body: GraphQLBody }> {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ query, variables }),
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined)
      headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
  }
  return { status: response.statusCode, headers, body: response.json() as GraphQLBody };
}

/**
 * Starts the real HTTP app on a free loopback port over a fresh embedded store
 * (or over the given store), as `npm start` would, without seeding.
 */
export async function startTestApp(
  options: { store?: Store; env?: NodeJS.ProcessEnv } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-it-'));
  const store =
    options.store ?? (await openStore({ kind: 'embedded', path: path.join(dir, 'graph.grafeo') }));
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
    graphql: (query, variables) => injectGraphQL(app, query, variables),
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
