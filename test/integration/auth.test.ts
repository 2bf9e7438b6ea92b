import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieHeader, postGraphQL, signIn } from './helpers/auth.ts';
import { startTestApp, type TestApp } from './support/app.ts';

const ME = '{ me { id email role areaRoles { areaId role } } }';
const SIGN_IN =
  'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id email } }';

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ embedded: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('signs in: HttpOnly SameSite=Lax session cookie, a CSRF cookie the page can read, me answers', async () => {
    const editor = await signIn(t, 'editor');
    const again = await postGraphQL(t.app, SIGN_IN, {
      email: editor.email.toUpperCase(),
      password: editor.password,
    });
    expect(again.status).toBe(200);
    const session = again.response.cookies.find((c) => c.name === 'accgraph_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session.secure).toBeFalsy(); // not production
    const csrf = again.response.cookies.find((c) => c.name === 'accgraph_csrf')!;
    expect(csrf.httpOnly).toBeFalsy();
    const { body } = await editor.graphql(ME);
    expect(body.data?.me).toMatchObject({ id: editor.accountId, role: 'EDITOR', areaRoles: [] });
  });

  it('signing in and out writes sessions only: the graph caches and the ask index stay warm', async () => {
    const viewer = await signIn(t, 'viewer');
    const generation = t.store.writeGeneration?.();
    expect(generation).toBeTypeOf('number');
    const again = await postGraphQL(t.app, SIGN_IN, {
      email: viewer.email,
      password: viewer.password,
    });
    expect(again.status).toBe(200);
    const out = await viewer.graphql('mutation { signOut }');
    expect(out.body.data?.signOut).toBe(true);
    expect(t.store.writeGeneration?.()).toBe(generation);
  });

  it('answers me: null when anonymous', async () => {
    const { status, body } = await t.graphql(ME);
    expect(status).toBe(200);
    expect(body.data?.me).toBeNull();
  });

  it('refuses a wrong password, an unknown address and a disabled account with the same 401', async () => {
    const viewer = await signIn(t, 'viewer');
    const wrong = await postGraphQL(t.app, SIGN_IN, {
      email: viewer.email,
      password: 'not the password at all',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.response.cookies.find((c) => c.name === 'accgraph_session')).toBeUndefined();
    const unknown = await postGraphQL(t.app, SIGN_IN, {
      email: 'nobody@test.example',
      password: viewer.password,
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors?.[0]?.message).toBe(wrong.body.errors?.[0]?.message);
  });

  it('refuses a session cookie replayed after sign-out (401 on a mutation, anonymous on reads)', async () => {
    const admin = await signIn(t, 'admin');
    const out = await admin.graphql('mutation { signOut }');
    expect(out.body.data?.signOut).toBe(true);
    const me = await admin.graphql(ME);
    expect(me.body.data?.me).toBeNull();
    const replay = await admin.graphql(
      'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
      { input: { email: 'replayed@test.example', password: 'a long enough password' } },
    );
    expect(replay.status).toBe(401);
    expect(replay.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // the stale cookie is cleared on the answer
    expect(replay.response.cookies.find((c) => c.name === 'accgraph_session')?.value).toBe('');
    const accounts = await (await signIn(t, 'admin')).graphql('{ accounts { email } }');
    expect(JSON.stringify(accounts.body.data)).not.toContain('replayed@');
  });

  it('refuses a request with a session but without the CSRF header, before anything runs (403)', async () => {
    const admin = await signIn(t, 'admin');
    const create = 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }';
    const variables = { input: { email: 'csrf@test.example', password: 'a long enough password' } };
    const missing = await postGraphQL(t.app, create, variables, { cookie: admin.cookie });
    expect(missing.status).toBe(403);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(missing.body.errors?.[0]?.message).toMatch(/x-csrf-token/);
    const wrong = await postGraphQL(t.app, create, variables, {
      cookie: admin.cookie,
      'x-csrf-token': 'x'.repeat(43),
    });
    expect(wrong.status).toBe(403);
    const list = await admin.graphql('{ accounts { email } }');
    expect(JSON.stringify(list.body.data)).not.toContain('csrf@');
    const ok = await admin.graphql(create, variables);
    expect(ok.status).toBe(200);
  });

  it('keeps no password: the store holds an argon2id hash', async () => {
    const viewer = await signIn(t, 'viewer');
    const rows = await t.store.read({
      text: 'MATCH (a:Account {id: $id}) RETURN a.passwordHash AS hash',
      params: { id: viewer.accountId },
    });
    expect(String(rows[0]?.hash)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(String(rows[0]?.hash)).not.toContain(viewer.password);
  });

  it('uses the cookie helper', async () => {
    const viewer = await signIn(t, 'viewer');
    expect(viewer.cookie).toMatch(/accgraph_session=[A-Za-z0-9_-]{43}; accgraph_csrf=/);
    expect(cookieHeader).toBeTypeOf('function');
  });
});
