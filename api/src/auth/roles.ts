/**
 * Roles and the signed-in actor. Every mutation declares the least role it
 * needs with type-graphql's `@Authorized(...)`; `authChecker` (auth.checker.ts)
 * decides from the request's actor, per area where the mutation names one.
 * Sessions and accounts fill `Context.actor` (see docs/security.md).
 */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  (ROLES as readonly unknown[]).includes(value);

/** Who is acting: a signed-in account (null when anonymous). */
export interface Actor {
  accountId: string;
  displayName: string;
  /** The deployment-wide role; null when the account has only area roles. */
  role: Role | null;
  /** Roles per area id; where set they replace the deployment role for that area. */
  areaRoles: Readonly<Record<string, Role>>;
}

/**
 * The audit log of account changes (create, role, disable): not an area, a reserved log id no
 * area slug can take (area ids have no ':'); read with `changes(areaId: "deployment:accounts")`
 * by deployment admins only.
 */
export const ACCOUNTS_LOG = 'deployment:accounts';

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** The actor's role for an area (its area role where set, else its deployment role). */
export function roleFor(actor: Actor | null, areaId?: string | null): Role | null {
  if (actor === null) return null;
  if (areaId && actor.areaRoles[areaId] !== undefined) return actor.areaRoles[areaId];
  return actor.role;
}

/** True when the actor holds at least `needed` (for the area, where one is named). */
export function canAct(actor: Actor | null, needed: Role, areaId?: string | null): boolean {
  const held = roleFor(actor, areaId);
  return held !== null && RANK[held] >= RANK[needed];
}
