import { describe, expect, it } from 'vitest';
import { authConfigFromEnv } from './auth.config.ts';

const OIDC = {
  OIDC_ISSUER: 'https://login.example.org/tenant',
  OIDC_CLIENT_ID: 'accgraph',
  OIDC_CLIENT_SECRET: 's3cret',
  OIDC_REDIRECT_URI: 'https://graph.example.org/auth/oidc/callback',
};

describe('auth settings from the environment', () => {
  it('reads open on a laptop and signed-in in production, unless READ_ACCESS says', () => {
    expect(authConfigFromEnv({}).readAccess).toBe('open');
    expect(authConfigFromEnv({ NODE_ENV: 'production' }).readAccess).toBe('signed-in');
    expect(authConfigFromEnv({ NODE_ENV: 'production', READ_ACCESS: 'open' }).readAccess).toBe(
      'open',
    );
    expect(authConfigFromEnv({ READ_ACCESS: 'signed-in' }).readAccess).toBe('signed-in');
    expect(() => authConfigFromEnv({ READ_ACCESS: 'closed' })).toThrow(
      'READ_ACCESS must be "open" or "signed-in", got "closed"',
    );
  });

  it('marks cookies Secure in production only', () => {
    expect(authConfigFromEnv({}).secureCookies).toBe(false);
    expect(authConfigFromEnv({ NODE_ENV: 'production' }).secureCookies).toBe(true);
  });

  it('checks the session and sign-in limit figures', () => {
    expect(authConfigFromEnv({})).toMatchObject({
      sessionHours: 12,
      loginMaxPerIp: 20,
      loginMaxPerAccount: 5,
      loginWindowMinutes: 15,
      oidc: null,
    });
    expect(() => authConfigFromEnv({ SESSION_HOURS: '0' })).toThrow(
      /SESSION_HOURS must be a whole number from 1 to 720/,
    );
    expect(() => authConfigFromEnv({ LOGIN_MAX_PER_ACCOUNT: 'five' })).toThrow(
      /LOGIN_MAX_PER_ACCOUNT/,
    );
  });

  it('turns OpenID Connect on with all four OIDC_* variables', () => {
    const { oidc } = authConfigFromEnv({ NODE_ENV: 'production', ...OIDC });
    expect(oidc?.issuer.href).toBe('https://login.example.org/tenant');
    expect(oidc?.scopes).toBe('openid email profile');
  });

  it('names what is missing or wrong in the OIDC settings', () => {
    expect(() => authConfigFromEnv({ OIDC_ISSUER: OIDC.OIDC_ISSUER })).toThrow(
      'missing: OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI',
    );
    expect(() =>
      authConfigFromEnv({
        NODE_ENV: 'production',
        ...OIDC,
        OIDC_ISSUER: 'http://login.example.org',
      }),
    ).toThrow(/OIDC_ISSUER must use https/);
    expect(() =>
      authConfigFromEnv({ ...OIDC, OIDC_REDIRECT_URI: 'https://graph.example.org/back' }),
    ).toThrow(/must end with \/auth\/oidc\/callback/);
    expect(() => authConfigFromEnv({ ...OIDC, OIDC_SCOPES: 'openid profile' })).toThrow(/"email"/);
    expect(() => authConfigFromEnv({ ...OIDC, OIDC_ISSUER: 'not a url' })).toThrow(
      'OIDC_ISSUER must be an absolute URL, got "not a url"',
    );
    // http is fine for a provider on the same machine (a developer's Keycloak)
    expect(
      authConfigFromEnv({
        NODE_ENV: 'production',
        ...OIDC,
        OIDC_ISSUER: 'http://localhost:8080/realms/x',
      }).oidc,
    ).not.toBeNull();
  });
});
