import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { AccountService } from '@accgraph/api/auth';
import type { Store } from '@accgraph/api/store';
import type { GraphQLBody } from '../support/app.ts';

export type TestRole = 'viewer' | 'editor' | 'admin';

/** A signed-in test account: its cookie and CSRF header, and a GraphQL caller that sends both. */
export interface SignedIn {
  accountId: string;
  email: string;
  password: string;
  /** `Cookie` header value: the session and CSRF cookies. */
  cookie: string;
  /** The CSRF token (value of the x-csrf-token header). */
  csrf: string;
  /** Headers for app.inject / fetch: cookie, x-csrf-token, content-type. */
  headers: Record<string, string>;
  /** POSTs a GraphQL operation as this account (through app.inject). */
  graphql(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; body: GraphQLBody; response: LightMyRequestResponse }>;
}

/** Cookies of a response as a `Cookie` header (name=value; …), skipping cleared ones. */
export function cookieHeader(response: LightMyRequestResponse): string {
  return response.cookies
    .filter((c) => c.value !== '' && c.maxAge !== 0)
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
}

/** POSTs a GraphQL operation with extra headers through app.inject. */
export async function postGraphQL(
  app: FastifyInstance,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLBody; response: LightMyRequestResponse }> {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify({ query, variables }),
  });
  return { status: response.statusCode, body: response.json() as GraphQLBody, response };
}

const SIGN_IN =
  'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }';

/**
 * Creates an account (deployment `role`, and/or `areaRoles`; role null for
 * an area-only account) straight in the store, signs it in through the real
 * `signIn` mutation, and returns its cookie and CSRF header:
 *
 *     const editor = await signIn(t, 'editor');
 *     await editor.graphql('mutation { … }');               // cookie + x-csrf-token sent
 *     await t.app.inject({ method: 'POST', url, headers: editor.headers, payload });
 */
export async function signIn(
  t: { app: FastifyInstance; store: Store },
  role: TestRole | null,
  options: { areaRoles?: Record<string, TestRole>; email?: string } = {},
): Promise<SignedIn> {
  const email = options.email ?? `${role ?? 'area'}-${randomUUID().slice(0, 8)}@test.example`;
  const password = 'correct horse battery staple';
  const account = await new AccountService({ store: t.store }).create('operator', {
    email,
    password,
    role,
    areaRoles: options.areaRoles ?? {},
  });
  const { status, body, response } = await postGraphQL(t.app, SIGN_IN, { email, password });
  if (status !== 200 || body.errors) {
    throw new Error(`signIn(${email}) failed: ${status} ${JSON.stringify(body.errors)}`);
  }
  const cookie = cookieHeader(response);
  const csrf = response.cookies.find((c) => c.name === 'accgraph_csrf')?.value ?? '';
  const headers = { cookie, 'x-csrf-token': csrf };
  return {
    accountId: account.id,
    email,
    password,
    cookie,
    csrf,
    headers,
    graphql: (query, variables) => postGraphQL(t.app, query, variables, headers),
  };
}
