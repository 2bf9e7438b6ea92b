import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { LIMITS } from '@accgraph/schema';
import { registerAuth } from './auth/auth.http.ts';
import { readAccessPlugin } from './auth/read-access.plugin.ts';
import type { ServerConfig } from './config.ts';
import type { Context } from './context.ts';
import { QUERY_LIMITS, queryLimits } from './http/armor.ts';
import { registerBodyLimit } from './http/body-limit.ts';
import { clientErrorHandler } from './http/client-errors.ts';
import { registerErrorBodyIds } from './http/error-body.hook.ts';
import { knownOperationTypes } from './http/operation-types.rule.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { RETRY_AFTER_SECONDS, maskError } from './http/errors.ts';
import { registerErrorHandler } from './http/fastify-errors.ts';
import { noStorePlugin } from './http/no-store.plugin.ts';
import { responseCachePlugin } from './http/response-cache.plugin.ts';
import { requestErrorsPlugin } from './http/request-id.plugin.ts';
import { registerExplorer } from './http/static.ts';
import { guardedStore } from './http/limits/guarded-store.ts';
import { registerLoopReport } from './http/limits/loop-report.ts';
import { registerRequestLimits } from './http/limits/request-limits.ts';
import type { Logger } from './logger.ts';
import { buildGraphQLSchema } from './schema.ts';
import { Services } from './services.ts';
import { MULTIPART_OVERHEAD_BYTES, registerUploadRoute, UPLOADS_PATH } from './uploads/index.ts';
import type { Store } from './store/index.ts';

/** Largest accepted request body; larger bodies answer 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  config: ServerConfig;
  store: Store;
  logger: Logger;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the HTTP app: GraphQL at /graphql, probes, and the explorer at /. */
export async function createApp({ config, store, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger.child({ name: 'http' }) as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    forceCloseConnections: 'idle',
    clientErrorHandler,
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandler(app);
  // first: its headers go on every answer, including the body limit's 413
  await registerSecurityHeaders(app, { production: config.production });
  registerBodyLimit(app, BODY_LIMIT_BYTES, {
    [UPLOADS_PATH]: LIMITS.uploadBytes + MULTIPART_OVERHEAD_BYTES,
  });
  registerErrorBodyIds(app);
  await registerAuth(app, store, config.auth);
  registerRequestLimits(app, '/graphql', {
    ...config.limits,
    queryTokens: LIMITS.queryTokens,
  });
  const guarded = guardedStore(store);
  if (config.eventLoopReport) registerLoopReport(app);

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
    parseOptions: limits.parseOptions,
    validationRules: [knownOperationTypes, ...limits.validationRules],
    // no "Did you mean …?" (the rest is removed by maskError): docs/security.md
    validationOptions: { hideSuggestions: true },
    plugins: [
      fastifyApolloDrainPlugin(app),
      requestErrorsPlugin(),
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
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
