import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, signIn } from './helpers/auth.ts';
import { startTestApp, type TestApp } from './support/app.ts';

const ME = '{ me { id email } }';
const SIGN_IN =
  'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }';

describe('READ_ACCESS=signed-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      embedded: true,
      env: { READ_ACCESS: 'signed-in', EVENT_LOOP_REPORT: 'on' },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a read without a session 401, and the same read with one', async () => {
    const anonymous = await t.graphql('{ areas { id } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data ?? null).toBeNull();
    const viewer = await signIn(t, 'viewer');
    const read = await viewer.graphql('{ areas { id } }');
    expect(read.status).toBe(200);
    expect(read.body.data?.areas).toEqual([]);
  });

  it('keeps me, signIn, the probes and the explorer shell open; refuses other routes (deny by default)', async () => {
    const me = await t.graphql(ME);
    expect(me.status).toBe(200);
    expect(me.body.data?.me).toBeNull();
    const wrong = await postGraphQL(t.app, SIGN_IN, { email: 'x@test.example', password: 'y' });
    expect(wrong.status).toBe(401); // wrong password, not "sign in first"
    expect(wrong.body.errors?.[0]?.message).toMatch(/Wrong e-mail/);
    for (const url of ['/healthz', '/readyz']) {
      expect((await t.app.inject({ url })).statusCode, url).toBe(200);
    }
    expect((await t.app.inject({ url: '/' })).statusCode).not.toBe(401);
    const route = await t.app.inject({ url: '/debug/event-loop' });
    expect(route.statusCode).toBe(401);
    expect(route.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const viewer = await signIn(t, 'viewer');
    const allowed = await t.app.inject({ url: '/debug/event-loop', headers: viewer.headers });
    expect(allowed.statusCode).toBe(200);
  });

  it('never serves a cached answer to a request without a session', async () => {
    const viewer = await signIn(t, 'viewer');
    const query = '{ areas { id name } }';
    await viewer.graphql(query);
    const second = await viewer.graphql(query);
    expect(second.response.headers['x-response-cache']).toBe('hit');
    const anonymous = await t.graphql(query);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('x-response-cache')).toBeNull();
  });
});

describe('READ_ACCESS=open (the default off production)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      embedded: true,
      env: { LOGIN_MAX_PER_ACCOUNT: '3', LOGIN_MAX_PER_IP: '8' },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('reads without a session', async () => {
    const { status, body } = await t.graphql('{ areas { id } }');
    expect(status).toBe(200);
    expect(body.data?.areas).toEqual([]);
  });

  it('keeps answers per account in the response cache: me is never someone else', async () => {
    const ana = await signIn(t, 'viewer');
    const ben = await signIn(t, 'viewer');
    expect((await ana.graphql(ME)).body.data?.me).toMatchObject({ id: ana.accountId });
    expect((await ana.graphql(ME)).response.headers['x-response-cache']).toBe('hit');
    expect((await ben.graphql(ME)).body.data?.me).toMatchObject({ id: ben.accountId });
    expect((await t.graphql(ME)).body.data?.me).toBeNull();
  });

  it('limits sign-in attempts per account (429 + Retry-After), then per address', async () => {
    const viewer = await signIn(t, 'viewer'); // 1 attempt from this address
    const attempt = (email: string, password = 'wrong password here') =>
      postGraphQL(t.app, SIGN_IN, { email, password });
    expect((await attempt(viewer.email)).status).toBe(401); // 2nd for this account
    expect((await attempt(viewer.email)).status).toBe(401); // 3rd
    const limited = await attempt(viewer.email, viewer.password); // 4th: over 3, even with the right password
    expect(limited.status).toBe(429);
    expect(limited.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.body.errors?.[0]?.message).toMatch(/for this account/);
    expect(Number(limited.response.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.response.cookies.find((c) => c.name === 'accgraph_session')).toBeUndefined();
    // other accounts from the same address still get through, up to the address limit
    let status = 0;
    for (let i = 0; i < 8 && status !== 429; i += 1) {
      status = (await attempt(`other-${i}@test.example`)).status;
    }
    expect(status).toBe(429);
  });
});

describe('account administration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ embedded: true });
  });
  afterAll(async () => {
    await t.close();
  });

  const SET_ROLE =
    'mutation ($accountId: ID!, $role: Role, $areaId: ID) { setRole(accountId: $accountId, role: $role, areaId: $areaId) { role areaRoles { areaId role } } }';

  it('creates an account that can then sign in with its role', async () => {
    const admin = await signIn(t, 'admin');
    const created = await admin.graphql(
      'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { email role disabled } }',
      {
        input: {
          email: ' New.Editor@Test.Example ',
          password: 'a long enough password',
          role: 'EDITOR',
        },
      },
    );
    expect(created.body.data?.createAccount).toEqual({
      email: 'new.editor@test.example',
      role: 'EDITOR',
      disabled: false,
    });
    const short = await admin.graphql(
      'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
      { input: { email: 'short@test.example', password: 'short' } },
    );
    expect(short.status).toBe(400);
    expect(short.body.errors?.[0]?.message).toMatch(/^password: .*12 characters/);
    const twice = await admin.graphql(
      'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
      { input: { email: 'new.editor@test.example', password: 'a long enough password' } },
    );
    expect(twice.body.errors?.[0]?.message).toMatch(/exists already/);
    const signedIn = await postGraphQL(t.app, SIGN_IN, {
      email: 'new.editor@test.example',
      password: 'a long enough password',
    });
    expect(signedIn.status).toBe(200);
  });

  it('sets area roles (an area admin may, for its area only) and keeps the last deployment admin', async () => {
    const admin = await signIn(t, 'admin');
    const someone = await signIn(t, 'viewer');
    const areaAdmin = await signIn(t, null, { areaRoles: { wiltshire: 'admin' } });
    const set = await areaAdmin.graphql(SET_ROLE, {
      accountId: someone.accountId,
      role: 'EDITOR',
      areaId: 'wiltshire',
    });
    expect(set.body.data?.setRole).toEqual({
      role: 'VIEWER',
      areaRoles: [{ areaId: 'wiltshire', role: 'EDITOR' }],
    });
    const elsewhere = await areaAdmin.graphql(SET_ROLE, {
      accountId: someone.accountId,
      role: 'EDITOR',
      areaId: 'walsall',
    });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.errors?.[0]?.message).toMatch(
      /admin for area "walsall"; your role there is none/,
    );
    const deployment = await areaAdmin.graphql(SET_ROLE, {
      accountId: someone.accountId,
      role: 'ADMIN',
    });
    expect(deployment.status).toBe(403);
    // admins: `admin` and the ones other tests made; demote all but one, then the last refuses
    const list = await admin.graphql('{ accounts { id role disabled } }');
    const admins = (
      list.body.data?.accounts as { id: string; role: string; disabled: boolean }[]
    ).filter((a) => a.role === 'ADMIN' && !a.disabled && a.id !== admin.accountId);
    for (const a of admins) await admin.graphql(SET_ROLE, { accountId: a.id, role: 'VIEWER' });
    const last = await admin.graphql(SET_ROLE, { accountId: admin.accountId, role: 'EDITOR' });
    expect(last.status).toBe(400);
    expect(last.body.errors?.[0]?.message).toMatch(/last deployment admin/);
  });

  it('disables an account: its live session is refused at once and it cannot sign in', async () => {
    const admin = await signIn(t, 'admin');
    const editor = await signIn(t, 'editor');
    expect((await editor.graphql(ME)).body.data?.me).toMatchObject({ id: editor.accountId });
    const disabled = await admin.graphql(
      'mutation ($id: ID!) { disableAccount(accountId: $id) { disabled } }',
      { id: editor.accountId },
    );
    expect(disabled.body.data?.disableAccount).toEqual({ disabled: true });
    expect((await editor.graphql(ME)).body.data?.me).toBeNull();
    const again = await postGraphQL(t.app, SIGN_IN, {
      email: editor.email,
      password: editor.password,
    });
    expect(again.status).toBe(401);
  });
});

describe('sessions while the store is down', () => {
  it('answers 503 + Retry-After to a request with a session cookie; the probes still answer', async () => {
    const t = await startTestApp({ embedded: true });
    try {
      const viewer = await signIn(t, 'viewer');
      await t.store.close();
      const { status, response } = await viewer.graphql(ME);
      expect(status).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      const health = await t.app.inject({ url: '/healthz', headers: viewer.headers });
      expect(health.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
