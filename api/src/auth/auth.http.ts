import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isStoreUnavailable, RETRY_AFTER_SECONDS, TooManyRequestsError } from '../errors.ts';
import type { Store } from '../store/index.ts';
import type { AuthConfig } from './auth.config.ts';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, type RequestAuth } from './request-auth.ts';
import { isLoopback, type LocalToken } from './local-token.ts';
import { registerOidc } from './oidc.routes.ts';
import { LOCAL_TOKEN_HEADER } from '../store/index.ts';
import { sameSecret, Sessions, type LiveSession } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's session and actor (set in onRequest by registerAuth). */
    auth: RequestAuth;
  }
}

/** Routes open without a session when READ_ACCESS=signed-in (GraphQL checks per operation). */
/** Routes that never need to know who asks: the probes and the explorer's static files. */
const SESSIONLESS_ROUTES = new Set(['/healthz', '/readyz', '/', '/*']);

const OPEN_ROUTES = new Set([
  '/healthz',
  '/readyz',
  '/graphql',
  '/',
  '/*',
  '/auth/oidc/login',
  '/auth/oidc/callback',
]);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A refusal outside GraphQL execution, shaped as a GraphQL answer on /graphql, as a JSON error elsewhere. */
export function refuse(
  request: FastifyRequest,
  reply: FastifyReply,
  status: 401 | 403,
  message: string,
): FastifyReply {
  const code = status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  const body =
    request.routeOptions.url === '/graphql'
      ? { errors: [{ message, extensions: { code, requestId: request.id } }] }
      : {
          error: status === 401 ? 'Unauthorized' : 'Forbidden',
          code,
          message,
          requestId: request.id,
        };
  return reply.code(status).header('cache-control', 'no-store').send(body);
}

const ACCOUNT_KEY = Symbol('sign-in account');
type Keyed = FastifyRequest & { [ACCOUNT_KEY]?: string };

/**
 * Cookies, sessions, CSRF and the sign-in rate limits, for every route:
 * - the session cookie (HttpOnly, SameSite=Lax, Secure in production) holds
 *   a random token whose SHA-256 names a :Session record; a cookie whose
 *   record is gone (signed out, expired, account disabled) is anonymous and
 *   is cleared;
 * - CSRF (synchronizer token, delivered double-submit style): a request with
 *   a live session and a method other than GET/HEAD/OPTIONS must carry
 *   x-csrf-token equal to its session's token (readable by the page in the
 *   accgraph_csrf cookie), else 403 FORBIDDEN before any handler runs;
 *   Apollo's csrfPrevention (JSON or a preflight header) covers anonymous
 *   requests such as signIn (login CSRF);
 * - READ_ACCESS=signed-in: every route but the probes, the explorer's files
 *   and the OIDC pair answers 401 without a session (GraphQL: per operation,
 *   in the read-access plugin, so `me` and `signIn` stay open);
 * - sign-in attempts are counted per address and per e-mail address
 *   (@fastify/rate-limit's createRateLimit, in memory).
 */
export async function registerAuth(
  app: FastifyInstance,
  store: Store,
  config: AuthConfig,
  /** The running server's local admin token (decision 0030); none: the header is refused. */
  localToken: LocalToken | null = null,
): Promise<Sessions> {
  const sessions = new Sessions(store, config.sessionHours);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  const timeWindow = config.loginWindowMinutes * 60_000;
  const perIp = app.createRateLimit({
    max: config.loginMaxPerIp,
    timeWindow,
    keyGenerator: (request) => `ip:${request.ip}`,
  });
  const perAccount = app.createRateLimit({
    max: config.loginMaxPerAccount,
    timeWindow,
    keyGenerator: (request) => `account:${(request as Keyed)[ACCOUNT_KEY] ?? ''}`,
  });
  const cookieBase = {
    path: '/',
    sameSite: 'lax' as const,
    secure: config.secureCookies,
  };

  const setCookies = (
    reply: FastifyReply,
    cookieToken: string,
    csrf: string,
    expiresAt: number,
  ) => {
    const maxAge = Math.max(0, Math.floor((expiresAt - Date.now()) / 1000));
    reply.setCookie(SESSION_COOKIE, cookieToken, { ...cookieBase, httpOnly: true, maxAge });
    reply.setCookie(CSRF_COOKIE, csrf, { ...cookieBase, httpOnly: false, maxAge });
  };
  const clearCookies = (reply: FastifyReply) => {
    reply.clearCookie(SESSION_COOKIE, { ...cookieBase, httpOnly: true });
    reply.clearCookie(CSRF_COOKIE, { ...cookieBase, httpOnly: false });
  };

  app.decorateRequest('auth', null as unknown as RequestAuth);
  app.addHook('onRequest', async (request, reply) => {
    // The local admin token (the seed CLI on this machine, decision 0030): a request that
    // sends it acts as the local admin, or is refused outright (never downgraded to anonymous).
    const sentToken = request.headers[LOCAL_TOKEN_HEADER];
    if (sentToken !== undefined) {
      const ok =
        localToken !== null &&
        typeof sentToken === 'string' &&
        isLoopback(request.socket.remoteAddress) &&
        localToken.matches(sentToken);
      if (!ok) {
        request.log.warn({ remoteAddress: request.socket.remoteAddress }, 'local token refused');
        return refuse(
          request,
          reply,
          401,
          `The ${LOCAL_TOKEN_HEADER} header is wrong, stale (the server restarted) or not sent from this machine.`,
        );
      }
      request.auth = {
        actor: localToken.actor,
        email: null,
        oidc: config.oidc !== null,
        async limitSignIn() {},
        async startSession() {
          return false;
        },
        async endSession() {},
      };
      return;
    }
    const cookieToken = request.cookies[SESSION_COOKIE];
    let session: LiveSession | null = null;
    // the probes and the explorer's files (open to all, changing nothing) answer without
    // reading the store for a session: a page load sends the cookie with every file
    const route = request.routeOptions.url;
    if (cookieToken && route !== undefined && !SESSIONLESS_ROUTES.has(route)) {
      try {
        session = await sessions.resolve(cookieToken);
      } catch (error) {
        if (!isStoreUnavailable(error)) throw error;
        return reply.code(503).header('retry-after', String(RETRY_AFTER_SECONDS)).send({
          error: 'Service Unavailable',
          code: 'SERVICE_UNAVAILABLE',
          message:
            'The graph store is unavailable, so the session cannot be checked. Retry shortly.',
          requestId: request.id,
        });
      }
      if (!session) clearCookies(reply);
    }
    request.auth = {
      actor: session?.actor ?? null,
      email: session?.email ?? null,
      oidc: config.oidc !== null,
      async limitSignIn(email) {
        (request as Keyed)[ACCOUNT_KEY] = email.trim().toLowerCase();
        for (const limiter of [perIp, perAccount]) {
          const result = await limiter(request);
          if (!result.isAllowed && result.isExceeded) {
            reply.header('retry-after', String(result.ttlInSeconds));
            throw new TooManyRequestsError(
              `Too many sign-in attempts ${limiter === perIp ? 'from this address' : 'for this account'}; retry in ${result.ttlInSeconds} s.`,
              result.ttlInSeconds,
            );
          }
        }
      },
      async startSession(accountId) {
        if (session) await sessions.end(session.id);
        const started = await sessions.start(accountId);
        if (!started) return false;
        setCookies(reply, started.token, started.csrfToken, started.expiresAt);
        return true;
      },
      async endSession() {
        if (session) await sessions.end(session.id);
        session = null;
        clearCookies(reply);
      },
    };
    if (session && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) {
        return refuse(
          request,
          reply,
          403,
          `Missing or wrong ${CSRF_HEADER} header: a request made with a session must repeat the ${CSRF_COOKIE} cookie's value in it.`,
        );
      }
    }
    // an unmatched URL goes on to the not-found handler (404, or the explorer's index.html)
    if (config.readAccess === 'signed-in' && !session && route && !OPEN_ROUTES.has(route)) {
      return refuse(
        request,
        reply,
        401,
        'Sign in first: reading this server needs a signed-in account (READ_ACCESS=signed-in).',
      );
    }
  });
  registerOidc(app, store, config.oidc);
  return sessions;
}
