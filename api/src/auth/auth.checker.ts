import type { AuthCheckerFn } from 'type-graphql';
import type { Context } from '../context.ts';
import { ForbiddenError, UnauthenticatedError } from '../errors.ts';
import { canAct, isRole, roleFor, type Role } from './roles.ts';

/**
 * The marker of the few mutations anyone may call, signed in or not
 * (`@Authorized(ANYONE)`: signIn, signOut). Every other mutation names the
 * least role it needs; a mutation with no `@Authorized` at all stops the
 * schema build (authorized.check.ts).
 */
export const ANYONE = 'anyone';
export type Access = Role | typeof ANYONE;

/**
 * The area a mutation acts on: its `areaId` argument, or `input.areaId`.
 * Convention: every mutation that changes an area names it one of these ways.
 */
export function areaIdOf(args: Record<string, unknown>): string | null {
  if (typeof args.areaId === 'string') return args.areaId;
  const input = args.input as Record<string, unknown> | undefined;
  if (input && typeof input.areaId === 'string') return input.areaId;
  return null;
}

/**
 * type-graphql's auth checker: `@Authorized('editor')` needs at least editor
 * for the area the arguments name (else for the deployment). Refuses with
 * UNAUTHENTICATED (401) without a session and FORBIDDEN (403) with too low a
 * role, the message naming the role needed, where, and the role held.
 */
export const authChecker: AuthCheckerFn<Context, Access> = ({ context, args }, roles) => {
  if (roles.includes(ANYONE)) return true;
  const needed: Role = roles.find(isRole) ?? 'viewer';
  const areaId = areaIdOf(args);
  if (canAct(context.actor, needed, areaId)) return true;
  if (context.actor === null) {
    throw new UnauthenticatedError(`Sign in first: this needs the role ${needed}.`);
  }
  const held = roleFor(context.actor, areaId);
  const where = areaId ? `for area "${areaId}"` : 'for the deployment';
  throw new ForbiddenError(
    `This needs the role ${needed} ${where}; your role there is ${held ?? 'none'}.`,
  );
};
