import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.ts';

/**
 * Security headers on every response (issue 16, point 4): the explorer, the
 * API, the probes, errors and 404s alike. The explorer passing its CSP is
 * checked in Chromium by the e2e journeys (test/e2e/support/session.ts).
 */
const HEADERS: Record<string, RegExp> = {
  'x-content-type-options': /^nosniff$/,
  'x-frame-options': /^SAMEORIGIN$/,
  'referrer-policy': /^no-referrer$/,
  'strict-transport-security': /max-age=\d+/,
  'cross-origin-opener-policy': /^same-origin$/,
};

describe.each([
  ['production', 'production'],
  ['development', 'development'],
])('security headers (%s)', (_name, nodeEnv) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ embedded: true, env: { NODE_ENV: nodeEnv, READ_ACCESS: 'open' } });
  });
  afterAll(async () => {
    await t.close();
  });

  const requests: [string, RequestInit & { path: string }][] = [
    ['explorer', { path: '/', headers: { accept: 'text/html' } }],
    ['a shared explorer URL', { path: '/?area=wiltshire', headers: { accept: 'text/html' } }],
    ['an explorer asset that does not exist', { path: '/assets/nope.js' }],
    ['healthz', { path: '/healthz' }],
    ['readyz', { path: '/readyz' }],
    [
      'GraphQL',
      {
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ areas { id } }' }),
      },
    ],
    [
      'a GraphQL error',
      {
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ nope }' }),
      },
    ],
    [
      'a body that is not JSON',
      {
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      },
    ],
    [
      'a body too large',
      {
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(2 * 1024 * 1024),
      },
    ],
  ];

  it.each(requests)('%s', async (_what, { path, ...init }) => {
    const response = await fetch(`${t.url}${path}`, init);
    await response.arrayBuffer();
    for (const [name, value] of Object.entries(HEADERS)) {
      expect(response.headers.get(name), `${name} on ${path}`).toMatch(value);
    }
    expect(response.headers.get('x-powered-by')).toBeNull();
    const csp = (response.headers.get('content-security-policy') ?? '').split(/;\s*/);
    for (const directive of ["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"]) {
      expect(csp, `content-security-policy on ${path}`).toContain(directive);
    }
  });
});

describe('the development landing page (Apollo Sandbox)', () => {
  it('gets a policy that lets it load from Apollo’s CDN, in development only', async () => {
    for (const nodeEnv of ['development', 'production']) {
      const t = await startTestApp({
        embedded: true,
        env: { NODE_ENV: nodeEnv, READ_ACCESS: 'open' },
      });
      try {
        const response = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
        const page = await response.text();
        const csp = response.headers.get('content-security-policy') ?? '';
        if (nodeEnv === 'development') {
          expect(page).toMatch(/embeddable-sandbox\.cdn\.apollographql\.com/);
          expect(csp).toMatch(
            /script-src[^;]*https:\/\/embeddable-sandbox\.cdn\.apollographql\.com/,
          );
        } else {
          expect(page).not.toMatch(/apollographql/);
          expect(csp).not.toMatch(/apollographql|unsafe-inline'[^;]*;.*script/);
        }
      } finally {
        await t.close();
      }
    }
  });
});
