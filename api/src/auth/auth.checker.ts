import type { AuthCheckerFn } from 'type-graphql';
import type { Context } from '../context.ts';
import { canAct, isRole, type Role } from './roles.ts';

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

/** type-graphql's auth checker: `@Authorized('editor')` needs at least editor for the area. */
export const authChecker: AuthCheckerFn<Context, Role> = ({ context, args }, roles) => {
  const needed: Role = roles.find(isRole) ?? 'viewer';
  return canAct(context.actor, needed, areaIdOf(args));
};
