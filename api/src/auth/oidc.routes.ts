import type { FastifyInstance, FastifyReply } from 'fastify';
import { LRUCache } from 'lru-cache';
import * as client from 'openid-client';
import type { Store } from '../store/index.ts';
import { AccountService } from './account.service.ts';
import type { OidcConfig } from './auth.config.ts';
import type { RequestAuth } from './request-auth.ts';

/** The cookie binding a sign-in in progress to the browser that started it (its state). */
export const OIDC_COOKIE = 'accgraph_oidc';
/** How long a started sign-in may take at the provider. */
const TRANSACTION_MS = 10 * 60_000;

interface Transaction {
  codeVerifier: string;
  nonce: string;
}

function isLocal(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '127.0.0.1';
}

/** The provider's configuration, by discovery, once (retried after a failure). */
function discoverer(config: OidcConfig): () => Promise<client.Configuration> {
  let found: Promise<client.Configuration> | undefined;
  return () => {
    found ??= client
      .discovery(config.issuer, config.clientId, config.clientSecret, undefined, {
        timeout: 10,
        // http only for a provider on this machine (auth.config.ts refuses it elsewhere in production)
        ...(config.issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        found = undefined;
        throw error;
      });
    return found;
  };
}

function fail(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/plain; charset=utf-8')
    .send(`${message}\n`);
}

/**
 * OpenID Connect sign-in (authorization code flow with PKCE, state and
 * nonce; openid-client 6): GET /auth/oidc/login redirects to the provider;
 * GET /auth/oidc/callback exchanges the code, checks the ID token, and signs
 * in the ENABLED LOCAL ACCOUNT whose e-mail equals the token's verified
 * `email` claim (an admin creates accounts and gives roles; the provider
 * only proves who someone is). Transactions are kept in memory for 10
 * minutes, keyed by state; the state is also in a cookie, so a callback
 * carried to another browser is refused.
 */
export function registerOidc(app: FastifyInstance, store: Store, config: OidcConfig | null): void {
  if (!config) {
    const off = async (_request: unknown, reply: FastifyReply) =>
      fail(
        reply,
        404,
        'OpenID Connect sign-in is not configured on this server (see OIDC_ISSUER).',
      );
    app.get('/auth/oidc/login', off);
    app.get('/auth/oidc/callback', off);
    return;
  }
  const configuration = discoverer(config);
  const pending = new LRUCache<string, Transaction>({ max: 10_000, ttl: TRANSACTION_MS });
  const cookie = {
    path: '/auth/oidc/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: !isLocal(config.redirectUri) && config.redirectUri.protocol === 'https:',
    maxAge: TRANSACTION_MS / 1000,
  };

  app.get('/auth/oidc/login', async (request, reply) => {
    let provider: client.Configuration;
    try {
      provider = await configuration();
    } catch (error) {
      request.log.warn({ err: error }, 'OpenID Connect discovery failed');
      return fail(
        reply.header('retry-after', '30'),
        503,
        'The sign-in provider cannot be reached now; retry shortly.',
      );
    }
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    pending.set(state, { codeVerifier, nonce });
    const url = client.buildAuthorizationUrl(provider, {
      redirect_uri: config.redirectUri.href,
      scope: config.scopes,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    reply.setCookie(OIDC_COOKIE, state, cookie);
    return reply.header('cache-control', 'no-store').redirect(url.href, 302);
  });

  app.get('/auth/oidc/callback', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const state = typeof query.state === 'string' ? query.state : '';
    const transaction = state ? pending.get(state) : undefined;
    reply.clearCookie(OIDC_COOKIE, cookie);
    if (!transaction || request.cookies[OIDC_COOKIE] !== state) {
      return fail(
        reply,
        400,
        'This sign-in was not started here or has expired; start again from the sign-in dialog.',
      );
    }
    pending.delete(state);
    if (typeof query.error === 'string') {
      return fail(reply, 401, `The sign-in provider refused: ${query.error.slice(0, 200)}`);
    }
    let email: unknown;
    let verified: unknown;
    try {
      const tokens = await client.authorizationCodeGrant(
        await configuration(),
        new URL(request.url, config.redirectUri),
        {
          pkceCodeVerifier: transaction.codeVerifier,
          expectedState: state,
          expectedNonce: transaction.nonce,
          idTokenExpected: true,
        },
      );
      const claims = tokens.claims();
      email = claims?.email;
      verified = claims?.email_verified;
    } catch (error) {
      request.log.warn({ err: error }, 'OpenID Connect code exchange failed');
      return fail(reply, 401, 'The sign-in could not be completed with the provider; start again.');
    }
    if (typeof email !== 'string' || verified === false) {
      return fail(
        reply,
        403,
        'The provider gave no verified e-mail address; ask it to share one (scope "email").',
      );
    }
    const account = await new AccountService({ store }).byEmail(email);
    const auth: RequestAuth = request.auth;
    if (!account || !(await auth.startSession(account.id))) {
      return fail(
        reply,
        403,
        `No enabled account for ${email} on this server; ask an admin to create one.`,
      );
    }
    return reply.header('cache-control', 'no-store').redirect('/', 302);
  });
}
