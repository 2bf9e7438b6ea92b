import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The Content Security Policy of every response. The explorer is a Vite
 * build: its scripts and styles are files under /assets (no inline script),
 * it talks to /graphql on the same origin, and its PNG/SVG export
 * (html-to-image) renders through `data:` and `blob:` images and inlines
 * styles into the copy it renders. The e2e journeys run under this policy
 * and fail on any violation (test/e2e/support/explorer.ts).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  // React Flow injects a <style> element, and html-to-image inlines styles
  styleSrc: ["'self'", "'unsafe-inline'"],
  // Served over plain HTTP behind a TLS proxy, or on loopback: upgrading
  // requests to https would break the loopback case.
  upgradeInsecureRequests: null,
} as const;

/**
 * Apollo's development landing page (`GET /graphql` in a browser, never in
 * production) loads Apollo Sandbox from Apollo's CDN with inline scripts and
 * an iframe; it gets this looser policy, on that page only.
 */
const LANDING_PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' https://embeddable-sandbox.cdn.apollographql.com https://embeddable-explorer.cdn.apollographql.com",
  "style-src 'self' 'unsafe-inline' https:",
  "img-src 'self' data: https:",
  "font-src 'self' data: https:",
  'frame-src https://sandbox.embed.apollographql.com https://explorer.embed.apollographql.com',
  "connect-src 'self' https:",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Security headers on every response (@fastify/helmet 13, on helmet 8):
 * the CSP above, `X-Content-Type-Options: nosniff`, `X-Frame-Options`,
 * `Referrer-Policy: no-referrer`, `Strict-Transport-Security` (honoured
 * only over HTTPS), cross-origin policies, no `X-Powered-By`.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  { production }: { production: boolean },
): Promise<void> {
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  });
  if (production) return;
  app.addHook('onSend', async (request, reply, payload) => {
    const type = reply.getHeader('content-type');
    if (
      request.url.startsWith('/graphql') &&
      typeof type === 'string' &&
      type.startsWith('text/html')
    ) {
      reply.header('content-security-policy', LANDING_PAGE_POLICY);
    }
    return payload;
  });
}
