import type { Store } from '@accgraph/api/store';
import { catalogueQuery, defineCases } from '../contract.ts';

/*
 * Accounts and sessions (api/src/auth, decision 0023). They sit outside the
 * Entity set that clear-graph.cypher empties, so every case starts by
 * removing them and then writes what it needs with the catalogue's own
 * create queries.
 */

const q = (name: string) => catalogueQuery(`api/src/auth/${name}`);

async function clearAccounts(store: Store): Promise<void> {
  await store.write({
    name: 'test/clear-accounts',
    text: 'MATCH (n) WHERE n:Account OR n:Session DETACH DELETE n',
  });
}

const ANA = {
  id: 'account/ana',
  email: 'ana@example.org',
  displayName: 'Ana',
  passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
  role: 'admin',
  areaRoles: '{}',
  now: 1_000,
};
const BEN = {
  id: 'account/ben',
  email: 'ben@example.org',
  displayName: 'Ben',
  passwordHash: '',
  role: null,
  areaRoles: '{"wiltshire":"editor"}',
  now: 1_000,
};

async function accounts(store: Store, ...rows: (typeof ANA | typeof BEN)[]): Promise<void> {
  await clearAccounts(store);
  for (const row of rows) await store.write(q('create-account').with(row));
}

async function withSessions(store: Store): Promise<void> {
  await accounts(store, ANA, BEN);
  await store.write(
    q('create-session').with({
      id: 's-live',
      accountId: ANA.id,
      csrfToken: 'c1',
      now: 1_000,
      expiresAt: 5_000,
    }),
  );
  await store.write(
    q('create-session').with({
      id: 's-old',
      accountId: ANA.id,
      csrfToken: 'c2',
      now: 1_000,
      expiresAt: 2_000,
    }),
  );
  await store.write(
    q('create-session').with({
      id: 's-ben',
      accountId: BEN.id,
      csrfToken: 'c3',
      now: 1_000,
      expiresAt: 5_000,
    }),
  );
}

const sessionIds = async (store: Store): Promise<string[]> =>
  (
    await store.read({
      name: 'test/session-ids',
      text: 'MATCH (s:Session) RETURN s.id AS id ORDER BY id',
    })
  ).map((r) => String(r.id));

const ANA_ROW = {
  id: ANA.id,
  email: ANA.email,
  displayName: 'Ana',
  role: 'admin',
  areaRoles: '{}',
  disabled: false,
};
const BEN_ROW = {
  id: BEN.id,
  email: BEN.email,
  displayName: 'Ben',
  role: null,
  areaRoles: '{"wiltshire":"editor"}',
  disabled: false,
};

export default defineCases([
  {
    query: 'api/src/auth/create-account',
    name: 'creates an enabled account (not an Entity)',
    fixture: 'two-areas',
    params: ANA,
    setup: clearAccounts,
    expected: [{ id: ANA.id }],
    after: async (store) => {
      const rows = await store.read(q('account-by-id').with({ id: ANA.id }));
      if (rows[0]?.disabled !== false || rows[0]?.passwordHash !== ANA.passwordHash)
        throw new Error(`stored account: ${JSON.stringify(rows)}`);
      const entity = await store.read({
        name: 'test/account-entity',
        text: 'MATCH (n:Entity {id: $id}) RETURN n.id AS id',
        params: { id: ANA.id },
      });
      if (entity.length !== 0) throw new Error('an account must not be an Entity');
    },
  },
  {
    query: 'api/src/auth/account-by-email',
    name: 'one account by e-mail, with its hash',
    fixture: 'two-areas',
    params: { email: 'ana@example.org' },
    setup: (store) => accounts(store, ANA, BEN),
    expected: [{ ...ANA_ROW, passwordHash: ANA.passwordHash }],
  },
  {
    query: 'api/src/auth/account-by-email',
    name: 'no row for an unknown e-mail',
    fixture: 'two-areas',
    params: { email: 'nobody@example.org' },
    setup: (store) => accounts(store, ANA),
    expected: [],
  },
  {
    query: 'api/src/auth/account-by-id',
    name: 'one account by id; a null role reads back as null',
    fixture: 'two-areas',
    params: { id: BEN.id },
    setup: (store) => accounts(store, ANA, BEN),
    expected: [{ ...BEN_ROW, passwordHash: '' }],
  },
  {
    query: 'api/src/auth/account-by-id',
    name: 'no account for a graph node id',
    fixture: 'two-areas',
    params: { id: 'wiltshire' },
    setup: (store) => accounts(store, ANA),
    expected: [],
  },
  {
    query: 'api/src/auth/list-accounts',
    name: 'every account by e-mail, without hashes',
    fixture: 'two-areas',
    setup: (store) => accounts(store, BEN, ANA),
    expected: [ANA_ROW, BEN_ROW],
  },
  {
    query: 'api/src/auth/set-account-roles',
    name: "replaces an account's roles",
    fixture: 'two-areas',
    params: { id: BEN.id, role: 'viewer', areaRoles: '{"walsall":"admin"}' },
    setup: (store) => accounts(store, ANA, BEN),
    expected: [{ id: BEN.id }],
    after: async (store) => {
      const [row] = await store.read(q('account-by-id').with({ id: BEN.id }));
      if (row?.role !== 'viewer' || row?.areaRoles !== '{"walsall":"admin"}')
        throw new Error(`roles not replaced: ${JSON.stringify(row)}`);
    },
  },
  {
    query: 'api/src/auth/set-account-roles',
    name: 'no row for an unknown account',
    fixture: 'two-areas',
    params: { id: 'account/nobody', role: 'admin', areaRoles: '{}' },
    setup: (store) => accounts(store, ANA),
    expected: [],
  },
  {
    query: 'api/src/auth/disable-account',
    name: 'disables an account',
    fixture: 'two-areas',
    params: { id: ANA.id },
    setup: (store) => accounts(store, ANA, BEN),
    expected: [{ id: ANA.id }],
    after: async (store) => {
      const [row] = await store.read(q('count-admins').with({}));
      if (row?.admins !== 0)
        throw new Error(`a disabled admin still counts: ${JSON.stringify(row)}`);
    },
  },
  {
    query: 'api/src/auth/count-admins',
    name: 'counts enabled deployment admins only',
    fixture: 'two-areas',
    setup: async (store) => {
      await accounts(store, ANA, BEN, { ...ANA, id: 'account/cy', email: 'cy@example.org' });
      await store.write(q('disable-account').with({ id: 'account/cy' }));
    },
    expected: [{ admins: 1 }],
  },
  {
    query: 'api/src/auth/create-session',
    name: 'a session of an enabled account',
    fixture: 'two-areas',
    params: { id: 's1', accountId: ANA.id, csrfToken: 'c', now: 1_000, expiresAt: 9_000 },
    setup: (store) => accounts(store, ANA),
    expected: [{ id: 's1' }],
  },
  {
    query: 'api/src/auth/create-session',
    name: 'no session for a disabled or unknown account',
    fixture: 'two-areas',
    params: { id: 's1', accountId: ANA.id, csrfToken: 'c', now: 1_000, expiresAt: 9_000 },
    setup: async (store) => {
      await accounts(store, ANA);
      await store.write(q('disable-account').with({ id: ANA.id }));
    },
    expected: [],
    after: async (store) => {
      if ((await sessionIds(store)).length !== 0) throw new Error('a session was stored');
    },
  },
  {
    query: 'api/src/auth/session-actor',
    name: 'the account behind a live session',
    fixture: 'two-areas',
    params: { id: 's-ben', now: 3_000 },
    setup: withSessions,
    expected: [
      {
        csrfToken: 'c3',
        expiresAt: 5_000,
        id: BEN.id,
        email: BEN.email,
        displayName: 'Ben',
        role: null,
        areaRoles: '{"wiltshire":"editor"}',
      },
    ],
  },
  {
    query: 'api/src/auth/session-actor',
    name: 'nothing for an expired session',
    fixture: 'two-areas',
    params: { id: 's-old', now: 3_000 },
    setup: withSessions,
    expected: [],
  },
  {
    query: 'api/src/auth/session-actor',
    name: 'nothing once the account is disabled',
    fixture: 'two-areas',
    params: { id: 's-live', now: 3_000 },
    setup: async (store) => {
      await withSessions(store);
      await store.write(q('disable-account').with({ id: ANA.id }));
    },
    expected: [],
  },
  {
    query: 'api/src/auth/delete-session',
    name: 'ends one session',
    fixture: 'two-areas',
    params: { id: 's-live' },
    setup: withSessions,
    expected: [{ id: 's-live' }],
    after: async (store) => {
      const left = await sessionIds(store);
      if (left.join() !== 's-ben,s-old') throw new Error(`left: ${left.join()}`);
    },
  },
  {
    query: 'api/src/auth/delete-account-sessions',
    name: "ends every session of one account, no other's",
    fixture: 'two-areas',
    params: { accountId: ANA.id },
    setup: withSessions,
    expected: [{ id: 's-live' }, { id: 's-old' }],
    after: async (store) => {
      const left = await sessionIds(store);
      if (left.join() !== 's-ben') throw new Error(`left: ${left.join()}`);
    },
  },
  {
    query: 'api/src/auth/delete-expired-sessions',
    name: 'removes expired sessions only',
    fixture: 'two-areas',
    params: { now: 3_000 },
    setup: withSessions,
    expected: [{ id: 's-old' }],
  },
]);
