/**
 * Accounts and sessions settings, from the environment (docs/security.md
 * "Accounts and roles", decision 0023). Pure: tests build it from a plain map.
 */

/** READ_ACCESS: whether reading the graph needs a session. */
export type ReadAccess = 'open' | 'signed-in';

/** OpenID Connect sign-in (all four OIDC_* variables set, or none). */
export interface OidcConfig {
  /** OIDC_ISSUER: the issuer URL (discovery at <issuer>/.well-known/openid-configuration). */
  issuer: URL;
  /** OIDC_CLIENT_ID */
  clientId: string;
  /** OIDC_CLIENT_SECRET */
  clientSecret: string;
  /** OIDC_REDIRECT_URI: this server's /auth/oidc/callback as the provider knows it. */
  redirectUri: URL;
  /** OIDC_SCOPES (default "openid email profile"). */
  scopes: string;
}

export interface AuthConfig {
  readAccess: ReadAccess;
  /** SESSION_HOURS: a session ends this long after sign-in (absolute; default 12). */
  sessionHours: number;
  /** Cookies carry `Secure` (production: only sent over HTTPS). */
  secureCookies: boolean;
  /** LOGIN_MAX_PER_IP: sign-in attempts per address per window (default 20). */
  loginMaxPerIp: number;
  /** LOGIN_MAX_PER_ACCOUNT: sign-in attempts per e-mail address per window (default 5). */
  loginMaxPerAccount: number;
  /** LOGIN_WINDOW_MINUTES: the rate-limit window (default 15). */
  loginWindowMinutes: number;
  oidc: OidcConfig | null;
}

export class AuthConfigError extends Error {
  override readonly name = 'AuthConfigError';
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new AuthConfigError(`${name} must be a whole number from 1 to ${max}, got "${value}"`);
  }
  return n;
}

function url(name: string, value: string, production: boolean): URL {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new AuthConfigError(`${name} must be an absolute URL, got "${value}"`);
  }
  const local = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1';
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && (local || !production))) {
    throw new AuthConfigError(
      `${name} must use https (http is accepted for localhost, or outside production), got "${value}"`,
    );
  }
  return parsed;
}

const OIDC_VARS = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'];

/** The OIDC settings: null when none of OIDC_* is set; an error naming what is missing or wrong. */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv, production: boolean): OidcConfig | null {
  const set = OIDC_VARS.filter((name) => (env[name] ?? '') !== '');
  if (set.length === 0) return null;
  const missing = OIDC_VARS.filter((name) => !set.includes(name));
  if (missing.length > 0) {
    throw new AuthConfigError(
      `OpenID Connect sign-in needs ${OIDC_VARS.join(', ')}; missing: ${missing.join(', ')}`,
    );
  }
  const redirectUri = url('OIDC_REDIRECT_URI', env.OIDC_REDIRECT_URI!, production);
  if (!redirectUri.pathname.endsWith('/auth/oidc/callback')) {
    throw new AuthConfigError(
      `OIDC_REDIRECT_URI must end with /auth/oidc/callback (this server's callback route), got "${env.OIDC_REDIRECT_URI}"`,
    );
  }
  const scopes = (env.OIDC_SCOPES ?? '').trim() || 'openid email profile';
  if (!scopes.split(/\s+/).includes('openid') || !scopes.split(/\s+/).includes('email')) {
    throw new AuthConfigError(
      `OIDC_SCOPES must include "openid" and "email" (accounts are matched by e-mail), got "${scopes}"`,
    );
  }
  return {
    issuer: url('OIDC_ISSUER', env.OIDC_ISSUER!, production),
    clientId: env.OIDC_CLIENT_ID!,
    clientSecret: env.OIDC_CLIENT_SECRET!,
    redirectUri,
    scopes,
  };
}

/** READ_ACCESS: `open` or `signed-in`; default open on a laptop, signed-in when NODE_ENV=production. */
export function readAccessFromEnv(env: NodeJS.ProcessEnv, production: boolean): ReadAccess {
  const value = env.READ_ACCESS;
  if (value === undefined || value === '') return production ? 'signed-in' : 'open';
  if (value === 'open' || value === 'signed-in') return value;
  throw new AuthConfigError(`READ_ACCESS must be "open" or "signed-in", got "${value}"`);
}

export function authConfigFromEnv(env: NodeJS.ProcessEnv): AuthConfig {
  const production = env.NODE_ENV === 'production';
  return {
    readAccess: readAccessFromEnv(env, production),
    sessionHours: whole(env, 'SESSION_HOURS', 12, 24 * 30),
    secureCookies: production,
    loginMaxPerIp: whole(env, 'LOGIN_MAX_PER_IP', 20, 10_000),
    loginMaxPerAccount: whole(env, 'LOGIN_MAX_PER_ACCOUNT', 5, 10_000),
    loginWindowMinutes: whole(env, 'LOGIN_WINDOW_MINUTES', 15, 24 * 60),
    oidc: oidcConfigFromEnv(env, production),
  };
}
