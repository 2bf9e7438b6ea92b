import { useQuery } from '@apollo/client/react';
import { ME_QUERY } from '../data/operations';
import type { ExplorerMeQuery } from '../gql/graphql';

export type Me = NonNullable<ExplorerMeQuery['me']>;
export type RoleName = 'viewer' | 'editor' | 'admin';

const RANK: Record<string, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };
const NEEDED: Record<RoleName, number> = { viewer: 1, editor: 2, admin: 3 };

/** The account's role for an area (its area role where set, else its deployment role), or null. */
export function roleIn(me: Me | null, areaId?: string | null): string | null {
  if (!me) return null;
  const own = areaId ? me.areaRoles.find((r) => r.areaId === areaId)?.role : undefined;
  return own ?? me.role ?? null;
}

/** True when `me` holds at least `needed` for the area (as the API's roles.ts decides). */
export function can(me: Me | null, needed: RoleName, areaId?: string | null): boolean {
  const held = roleIn(me, areaId);
  return held !== null && (RANK[held] ?? 0) >= NEEDED[needed];
}

export interface UseMe {
  /** The signed-in account, or null (anonymous, or still loading). */
  me: Me | null;
  loading: boolean;
  /** "Sign in with your organisation" (OpenID Connect) is configured on the server. */
  oidc: boolean;
  /** At least `needed` for the area (else the deployment): hide edit actions when false. */
  can(needed: RoleName, areaId?: string | null): boolean;
}

/**
 * Who is signed in, for any component: `const { me, can } = useMe();
 * if (!can('editor', areaId)) hide the edit action`. The API enforces roles
 * on every mutation whatever the page shows; this only keeps the page honest.
 */
export function useMe(): UseMe {
  const q = useQuery(ME_QUERY, { fetchPolicy: 'cache-first' });
  const me = q.data?.me ?? null;
  return {
    me,
    loading: q.loading,
    oidc: q.data?.oidcSignIn ?? false,
    can: (needed, areaId) => can(me, needed, areaId),
  };
}
