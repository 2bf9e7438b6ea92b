import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountService } from '@accgraph/api/auth';
import { cookieHeader, postGraphQL } from './helpers/auth.ts';
import { startTestApp, type TestApp } from './support/app.ts';

/*
 * OpenID Connect sign-in against a provider on this machine (no network):
 * discovery, JWKS and token endpoints served by a small HTTP server here,
 * ID tokens signed with a key made for the run. The browser's trip to the
 * provider is played by the test: it reads the redirect and calls the
 * callback with a code, as the provider would send the browser back.
 */

const CLIENT_ID = 'accgraph-test';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

interface Grant {
  nonce: string;
  email: string;
  verified: boolean;
}

function idToken(issuer: string, grant: Grant): string {
  const now = Math.floor(Date.now() / 1000);
  const head = b64({ alg: 'RS256', typ: 'JWT', kid: 'k1' });
  const body = b64({
    iss: issuer,
    sub: `sub-${grant.email}`,
    aud: CLIENT_ID,
    iat: now,
    exp: now + 300,
    nonce: grant.nonce,
    email: grant.email,
    email_verified: grant.verified,
  });
  const signature = sign('RSA-SHA256', Buffer.from(`${head}.${body}`), privateKey).toString(
    'base64url',
  );
  return `${head}.${body}.${signature}`;
}

describe('OpenID Connect sign-in', () => {
  let provider: Server;
  let issuer: string;
  const grants = new Map<string, Grant>();
  let t: TestApp;

  beforeAll(async () => {
    provider = createServer((req, res) => {
      const url = new URL(req.url ?? '/', issuer);
      res.setHeader('content-type', 'application/json');
      if (url.pathname === '/.well-known/openid-configuration') {
        res.end(
          JSON.stringify({
            issuer,
            authorization_endpoint: `${issuer}/authorize`,
            token_endpoint: `${issuer}/token`,
            jwks_uri: `${issuer}/jwks`,
            response_types_supported: ['code'],
            id_token_signing_alg_values_supported: ['RS256'],
          }),
        );
      } else if (url.pathname === '/jwks') {
        res.end(
          JSON.stringify({
            keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }],
          }),
        );
      } else if (url.pathname === '/token' && req.method === 'POST') {
        let body = '';
        req.on('data', (chunk) => (body += String(chunk)));
        req.on('end', () => {
          const grant = grants.get(new URLSearchParams(body).get('code') ?? '');
          if (!grant) {
            res.statusCode = 400;
            res.end(JSON.stringify({ error: 'invalid_grant' }));
            return;
          }
          res.end(
            JSON.stringify({
              access_token: 'at',
              token_type: 'Bearer',
              expires_in: 300,
              id_token: idToken(issuer, grant),
            }),
          );
        });
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    const address = provider.address();
    issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    t = await startTestApp({
      embedded: true,
      env: {
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_CLIENT_SECRET: 'secret',
        OIDC_REDIRECT_URI: 'http://localhost:4000/auth/oidc/callback',
      },
    });
    await new AccountService({ store: t.store }).create('operator', {
      email: 'member@org.example',
      role: 'editor',
    });
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => provider?.close(resolve));
  });

  /** GET /auth/oidc/login: the redirect and the cookie binding the sign-in to this browser. */
  async function start() {
    const login = await t.app.inject({ url: '/auth/oidc/login' });
    expect(login.statusCode).toBe(302);
    const location = new URL(String(login.headers.location));
    return { location, cookie: cookieHeader(login), state: location.searchParams.get('state')! };
  }

  it('redirects to the provider with client, callback, scopes, PKCE (S256), state and nonce', async () => {
    const { location, cookie, state } = await start();
    expect(`${location.origin}${location.pathname}`).toBe(`${issuer}/authorize`);
    const p = location.searchParams;
    expect(p.get('client_id')).toBe(CLIENT_ID);
    expect(p.get('redirect_uri')).toBe('http://localhost:4000/auth/oidc/callback');
    expect(p.get('response_type')).toBe('code');
    expect(p.get('scope')).toBe('openid email profile');
    expect(p.get('code_challenge_method')).toBe('S256');
    expect(p.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(p.get('nonce')).toMatch(/.{20,}/);
    expect(cookie).toBe(`accgraph_oidc=${state}`);
  });

  it('signs in the account with the verified e-mail, and me answers', async () => {
    const { location, cookie, state } = await start();
    grants.set('code-1', {
      nonce: location.searchParams.get('nonce')!,
      email: 'Member@Org.example',
      verified: true,
    });
    const back = await t.app.inject({
      url: `/auth/oidc/callback?code=code-1&state=${state}`,
      headers: { cookie },
    });
    expect(back.body).toBe('');
    expect(back.statusCode).toBe(302);
    expect(back.headers.location).toBe('/');
    const session = cookieHeader(back);
    expect(session).toMatch(/accgraph_session=/);
    const csrf = back.cookies.find((c) => c.name === 'accgraph_csrf')?.value ?? '';
    const me = await postGraphQL(
      t.app,
      '{ me { email role } }',
      {},
      { cookie: session, 'x-csrf-token': csrf },
    );
    expect(me.body.data?.me).toEqual({ email: 'member@org.example', role: 'EDITOR' });
  });

  it('refuses a callback from another browser (no state cookie), a replayed state, an unknown account, an unverified e-mail', async () => {
    const first = await start();
    grants.set('code-2', {
      nonce: first.location.searchParams.get('nonce')!,
      email: 'member@org.example',
      verified: true,
    });
    const stranger = await t.app.inject({
      url: `/auth/oidc/callback?code=code-2&state=${first.state}`,
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.body).toMatch(/not started here or has expired/);
    const own = await t.app.inject({
      url: `/auth/oidc/callback?code=code-2&state=${first.state}`,
      headers: { cookie: first.cookie },
    });
    expect(own.statusCode).toBe(302); // the browser that started it
    const replay = await t.app.inject({
      url: `/auth/oidc/callback?code=code-2&state=${first.state}`,
      headers: { cookie: first.cookie },
    });
    expect(replay.statusCode).toBe(400); // the state was used up

    const unknown = await start();
    grants.set('code-3', {
      nonce: unknown.location.searchParams.get('nonce')!,
      email: 'stranger@org.example',
      verified: true,
    });
    const noAccount = await t.app.inject({
      url: `/auth/oidc/callback?code=code-3&state=${unknown.state}`,
      headers: { cookie: unknown.cookie },
    });
    expect(noAccount.statusCode).toBe(403);
    expect(noAccount.body).toMatch(/No enabled account for stranger@org.example/);
    expect(cookieHeader(noAccount)).not.toMatch(/accgraph_session/);

    const unverified = await start();
    grants.set('code-4', {
      nonce: unverified.location.searchParams.get('nonce')!,
      email: 'member@org.example',
      verified: false,
    });
    const notVerified = await t.app.inject({
      url: `/auth/oidc/callback?code=code-4&state=${unverified.state}`,
      headers: { cookie: unverified.cookie },
    });
    expect(notVerified.statusCode).toBe(403);
  });

  it('refuses an ID token whose nonce is not the one sent', async () => {
    const { cookie, state } = await start();
    grants.set('code-5', { nonce: 'another nonce', email: 'member@org.example', verified: true });
    const back = await t.app.inject({
      url: `/auth/oidc/callback?code=code-5&state=${state}`,
      headers: { cookie },
    });
    expect(back.statusCode).toBe(401);
    expect(cookieHeader(back)).not.toMatch(/accgraph_session/);
  });

  it('says when OpenID Connect is configured', async () => {
    const { body } = await t.graphql('{ oidcSignIn }');
    expect(body.data?.oidcSignIn).toBe(true);
  });
});

describe('OpenID Connect not configured', () => {
  it('answers 404 with what to set, and oidcSignIn false', async () => {
    const t = await startTestApp({ embedded: true });
    try {
      const login = await t.app.inject({ url: '/auth/oidc/login' });
      expect(login.statusCode).toBe(404);
      expect(login.body).toMatch(/not configured.*OIDC_ISSUER/);
      expect((await t.graphql('{ oidcSignIn }')).body.data?.oidcSignIn).toBe(false);
    } finally {
      await t.close();
    }
  });
});
