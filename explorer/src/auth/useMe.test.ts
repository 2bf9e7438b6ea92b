import { describe, expect, it } from 'vitest';
import { can, roleIn, type Me } from './useMe';

const me = (role: string | null, areaRoles: { areaId: string; role: string }[] = []): Me =>
  ({ __typename: 'Account', id: 'a', email: 'a@x', displayName: 'A', role, areaRoles }) as Me;

describe('roles in the explorer (as the API decides)', () => {
  it('prefers the area role over the deployment role', () => {
    const m = me('VIEWER', [{ areaId: 'wiltshire', role: 'EDITOR' }]);
    expect(roleIn(m, 'wiltshire')).toBe('EDITOR');
    expect(roleIn(m, 'walsall')).toBe('VIEWER');
    expect(can(m, 'editor', 'wiltshire')).toBe(true);
    expect(can(m, 'editor', 'walsall')).toBe(false);
    expect(can(m, 'editor')).toBe(false);
  });

  it('gives nothing to anonymous and area-only accounts elsewhere', () => {
    expect(can(null, 'viewer')).toBe(false);
    const areaOnly = me(null, [{ areaId: 'walsall', role: 'ADMIN' }]);
    expect(can(areaOnly, 'viewer', 'wiltshire')).toBe(false);
    expect(can(areaOnly, 'admin', 'walsall')).toBe(true);
  });
});
