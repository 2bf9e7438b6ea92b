import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { LIMITS } from '@accgraph/schema';
import { registerAuth } from './auth/auth.http.ts';
import { LocalToken } from './auth/local-token.ts';
import { readAccessPlugin } from './auth/read-access.plugin.ts';
import { responseCachePlugin } from './cache.ts';
import type { ServerConfig } from './config.ts';
import type { Context } from './context.ts';
import {
  RETRY_AFTER_SECONDS,
  edgePlugin,
  edgeServerOptions,
  knownOperationTypes,
  maskError,
  registerEdge,
  stringifyInTurns,
} from './http/edge.ts';
import {
  QUERY_LIMITS,
  guardedStore,
  queryLimits,
  registerLoopReport,
  registerRequestLimits,
} from './http/limits.ts';
import { registerExplorer } from './http/static.ts';
import type { Logger } from './logger.ts';
import { buildGraphQLSchema } from './schema.ts';
import { Services } from './services.ts';
import { MULTIPART_OVERHEAD_BYTES, registerUploadRoute, UPLOADS_PATH } from './uploads/index.ts';
import type { Store } from './store/index.ts';

/** Largest accepted request body; larger bodies answer 413. */
/** The cache switches main.ts applies to the store before `createApp` (GRAPH_CACHES, RESPONSE_CACHE). */
export {
  graphCache,
  responseCacheOption,
  turnOffGraphCaches,
  turnOffResponseCache,
} from './cache.ts';

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** The V8 old-generation cap of each of the server's threads, MB (decision 0047). */
export const SERVER_HEAP_MB = 768;

/**
 * The `node` flags the server is started with (`npm start`, the Dockerfile's CMD; a test keeps
 * them equal, and `npm run bench:load` starts its server with them). V8 flags are per process
 * and apply to each thread's heap: the main thread's and the store worker's (decision 0047 says
 * what happens at the cap and why these figures).
 */
export const SERVER_NODE_FLAGS: readonly string[] = [`--max-old-space-size=${SERVER_HEAP_MB}`];

/**
 * The environment the server is started with beside those flags (`npm start`, the Dockerfile):
 * glibc keeps at most two malloc arenas instead of eight per core, which the store thread and
 * Grafeo's native threads otherwise fill and keep (60-90 MB of resident set; decision 0047).
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

export interface AppOptions {
  config: ServerConfig;
  store: Store;
  logger: Logger;
  /** The local admin token this server accepts from loopback (main.ts; decision 0030). */
  localToken?: string;
}

/** Builds the HTTP app: GraphQL at /graphql, probes, and the explorer at /. */
export async function createApp({
  config,
  store,
  logger,
  localToken,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger.child({ name: 'http' }) as FastifyBaseLogger,
    ...edgeServerOptions(BODY_LIMIT_BYTES),
  });
  await registerEdge(app, {
    production: config.production,
    bodyLimit: BODY_LIMIT_BYTES,
    pathLimits: { [UPLOADS_PATH]: LIMITS.uploadBytes + MULTIPART_OVERHEAD_BYTES },
  });
  await registerAuth(app, store, config.auth, localToken ? new LocalToken(localToken) : null);
  registerRequestLimits(app, '/graphql', {
    ...config.limits,
    queryTokens: LIMITS.queryTokens,
  });
  const guarded = guardedStore(store);
  if (config.eventLoopReport) registerLoopReport(app, store);

  const limits = queryLimits(QUERY_LIMITS, {
    ...config.limits,
    queueFreeCost: LIMITS.queueFreeCost,
  });
  const apollo = new ApolloServer<Context>({
    schema: buildGraphQLSchema(),
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // main.ts drains and closes on SIGINT/SIGTERM; Apollo's own handlers
    // (on when NODE_ENV is not "test") would re-raise the signal first and
    // end the process with 143 before the store is closed
    stopOnTerminationSignals: false,
    formatError: maskError,
    // Apollo's bytes, one alias at a time: a large many-alias answer does not hold the event
    // loop for one long JSON.stringify (issue 16 point 3)
    stringifyResult: stringifyInTurns,
    parseOptions: limits.parseOptions,
    validationRules: [knownOperationTypes, ...limits.validationRules],
    // no "Did you mean …?" (the rest is removed by maskError): docs/security.md
    validationOptions: { hideSuggestions: true },
    plugins: [
      fastifyApolloDrainPlugin(app),
      edgePlugin(),
      ApolloServerPluginCacheControlDisabled(),
      readAccessPlugin(config.auth.readAccess),
      responseCachePlugin(store),
      ...limits.plugins,
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    logger: logger.child({ name: 'graphql' }),
  });
  await apollo.start();

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    if (await store.ping()) return { status: 'ready', store: store.kind };
    return reply
      .code(503)
      .header('retry-after', String(RETRY_AFTER_SECONDS))
      .send({ status: 'unavailable', store: store.kind });
  });

  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request) => {
      const log = request.log as unknown as Logger;
      const { auth } = request;
      return {
        requestId: request.id,
        log,
        services: new Services(guarded, log),
        actor: auth.actor,
        auth,
      };
    },
  });
  await registerUploadRoute(app, { store: guarded, actorOf: (request) => request.auth.actor });
  await registerExplorer(app, config.explorerDir);
  return app;
}
