import { isRole, type Actor, type Role } from './roles.ts';

/** An account as the service returns it (never with its password hash). */
export interface AccountRecord {
  id: string;
  email: string;
  displayName: string;
  role: Role | null;
  areaRoles: Record<string, Role>;
  disabled: boolean;
}

/** areaRoles as stored: a JSON object text (Neo4j properties hold no maps). */
export function parseAreaRoles(text: unknown): Record<string, Role> {
  if (typeof text !== 'string' || text === '') return {};
  const parsed = JSON.parse(text) as Record<string, unknown>;
  const out: Record<string, Role> = {};
  for (const [areaId, role] of Object.entries(parsed)) if (isRole(role)) out[areaId] = role;
  return out;
}

/** areaRoles for the store, keys sorted (so equal roles store equal text). */
export function serialiseAreaRoles(roles: Readonly<Record<string, Role>>): string {
  const sorted: Record<string, Role> = {};
  for (const key of Object.keys(roles).sort()) sorted[key] = roles[key]!;
  return JSON.stringify(sorted);
}

export function toAccountRecord(row: Record<string, unknown>): AccountRecord {
  return {
    id: String(row.id),
    email: String(row.email),
    displayName: String(row.displayName),
    role: isRole(row.role) ? row.role : null,
    areaRoles: parseAreaRoles(row.areaRoles),
    disabled: row.disabled === true,
  };
}

export function toActor(account: AccountRecord): Actor {
  return {
    accountId: account.id,
    displayName: account.displayName,
    role: account.role,
    areaRoles: account.areaRoles,
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The e-mail address as stored and looked up: trimmed, lower case; null when it is not one. */
export function normaliseEmail(email: string): string | null {
  const e = email.trim().toLowerCase();
  return EMAIL.test(e) ? e : null;
}
