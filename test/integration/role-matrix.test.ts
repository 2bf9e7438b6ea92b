import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '@accgraph/api/schema';
import type { Store } from '@accgraph/api/store';
import { postGraphQL, signIn, type SignedIn } from './helpers/auth.ts';
import { startSeededApp } from './support/seeded.ts';
import type { TestApp } from './support/app.ts';

/*
 * The role matrix (issue 14 point 5, decision 0023): every Mutation field of
 * the BUILT schema (so mutations added later are picked up with no edit
 * here), run anonymous, as viewer, editor and admin, and as an editor of
 * another area only. Each answer must be UNAUTHENTICATED (401), FORBIDDEN
 * (403) or get past the role check (any other answer: arguments made up
 * here may well be refused as BAD_USER_INPUT or NOT_FOUND), as the role the
 * mutation declares demands; and a refused call leaves the store exactly as
 * it was.
 */

/** The only mutations anyone may call (`@Authorized(ANYONE)`); any other must need a role. */
const OPEN_TO_ANYONE = ['signIn', 'signOut'];
const AREA = 'wiltshire';
const OTHER_AREA = 'walsall';
const RANK = { viewer: 1, editor: 2, admin: 3 } as const;
type Needed = keyof typeof RANK;

const schema = buildGraphQLSchema();
const mutationFields = Object.values(schema.getMutationType()?.getFields() ?? {});

/** The role each mutation declares (from type-graphql's metadata, as the checker reads it). */
function declared(name: string): Needed | 'anyone' {
  const meta = getMetadataStorage().mutations.find((m) => m.schemaName === name);
  const roles = (meta?.roles ?? []) as string[];
  if (roles.includes('anyone')) return 'anyone';
  return (roles.find((r) => r in RANK) as Needed | undefined) ?? 'viewer';
}

/** A value of the input type: an area id for areaId, a placeholder otherwise. */
function sample(type: GraphQLInputType, name: string, depth = 0): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, depth);
  if (isListType(type)) return [sample(type.ofType, name, depth)];
  const named = getNamedType(type);
  if (isEnumType(named))
    return named.getValues()[0]!.value === undefined ? null : named.getValues()[0]!.name;
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    if (depth > 4) return out;
    for (const field of Object.values(named.getFields())) {
      if (isNonNullType(field.type) || field.name === 'areaId')
        out[field.name] = sample(field.type, field.name, depth + 1);
    }
    return out;
  }
  if (isScalarType(named)) {
    if (name === 'areaId') return AREA;
    switch (named.name) {
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'Date':
      case 'IsoDate':
        return '2020-01-01';
      default:
        return `${AREA}/matrix-${name}`;
    }
  }
  return null;
}

/** The operation that calls one mutation with made-up arguments (given as variables). */
function operationFor(field: (typeof mutationFields)[number]): {
  query: string;
  variables: Record<string, unknown>;
} {
  const args = field.args as readonly GraphQLArgument[];
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const variables: Record<string, unknown> = {};
  for (const a of args) {
    if (isNonNullType(a.type) || a.name === 'areaId') variables[a.name] = sample(a.type, a.name);
  }
  const returns = getNamedType(field.type);
  const selection =
    isObjectType(returns) || (!isScalarType(returns) && !isEnumType(returns))
      ? ' { __typename }'
      : '';
  return {
    query: `mutation${defs ? ` (${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`,
    variables,
  };
}

/** Everything in the store, in a comparable form (nodes with labels and properties, relationships). */
async function snapshot(store: Store): Promise<string> {
  const nodes = await store.read({
    name: 'test/matrix-nodes',
    text: 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  });
  const rels = await store.read({
    name: 'test/matrix-rels',
    text: 'MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, a.id AS a, b.id AS b',
  });
  const norm = (rows: Record<string, unknown>[]) =>
    rows
      .map((r) =>
        JSON.stringify(r, (_k, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort())
            : Array.isArray(v) && v.every((x) => typeof x === 'string')
              ? [...(v as string[])].sort()
              : v,
        ),
      )
      .sort();
  return JSON.stringify([norm(nodes), norm(rels)]);
}

type Caller = { name: string; rank: number; area?: string; session: SignedIn | null };

describe('role matrix: every mutation under every role', () => {
  let t: TestApp;
  let callers: Caller[];
  beforeAll(async () => {
    t = await startSeededApp({ embedded: true });
    callers = [
      { name: 'anonymous', rank: 0, session: null },
      { name: 'viewer', rank: 1, session: await signIn(t, 'viewer') },
      {
        name: `editor of ${OTHER_AREA} only`,
        rank: 0,
        area: OTHER_AREA,
        session: await signIn(t, null, { areaRoles: { [OTHER_AREA]: 'editor' } }),
      },
      { name: 'editor', rank: 2, session: await signIn(t, 'editor') },
      { name: 'admin', rank: 3, session: await signIn(t, 'admin') },
    ];
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('finds the mutations in the built schema', () => {
    const names = mutationFields.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining(['signIn', 'signOut', 'createAccount', 'setRole', 'disableAccount']),
    );
  });

  it('opens no mutation to anonymous callers but sign-in itself', () => {
    const open = mutationFields.map((f) => f.name).filter((name) => declared(name) === 'anyone');
    expect(open.sort()).toEqual([...OPEN_TO_ANYONE].sort());
  });

  it.each(mutationFields.map((f) => [f.name, f] as const))(
    '%s answers as its role demands, and a refusal changes nothing',
    async (name, field) => {
      const needed = declared(name);
      const { query, variables } = operationFor(field);
      for (const caller of callers) {
        // callers with a session must keep it for the next mutation: signOut runs anonymous only
        if (needed === 'anyone' && caller.session) continue;
        const before = await snapshot(t.store);
        const { status, body } = caller.session
          ? await caller.session.graphql(query, variables)
          : await postGraphQL(t.app, query, variables);
        const code = body.errors?.[0]?.extensions?.code;
        const where = `${name} as ${caller.name}: ${status} ${JSON.stringify(body.errors ?? body.data)}`;
        if (needed === 'anyone') {
          // no role check (signIn with made-up credentials rightly answers 401 "wrong password")
          expect(code, where).not.toBe('FORBIDDEN');
          expect(body.errors?.[0]?.message ?? '', where).not.toMatch(/^Sign in first/);
          continue;
        }
        const allowed = caller.rank >= RANK[needed];
        if (allowed) {
          expect([code, status], where).not.toEqual(['UNAUTHENTICATED', 401]);
          expect(code, where).not.toBe('UNAUTHENTICATED');
          expect(code, where).not.toBe('FORBIDDEN');
          continue;
        }
        expect(code, where).toBe(caller.session ? 'FORBIDDEN' : 'UNAUTHENTICATED');
        expect(status, where).toBe(caller.session ? 403 : 401);
        expect(body.data?.[name] ?? null, where).toBeNull();
        expect(await snapshot(t.store), `${where}: the store changed`).toBe(before);
      }
    },
    120_000,
  );
});
