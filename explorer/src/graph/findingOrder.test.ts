import { describe, expect, it } from 'vitest';
import { bySeverity } from './findingOrder';

describe('bySeverity', () => {
  it('lists HIGH, MEDIUM, LOW, INFO; open before accepted; otherwise as given', () => {
    const f = (id: string, severity: string, status = 'OPEN') =>
      ({ id, severity, status }) as { id: string; severity: 'HIGH'; status: 'OPEN' };
    const sorted = bySeverity([
      f('a', 'LOW'),
      f('b', 'HIGH', 'ACCEPTED_RISK'),
      f('c', 'INFO'),
      f('d', 'MEDIUM'),
      f('e', 'HIGH'),
      f('g', 'LOW'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['e', 'b', 'd', 'a', 'g', 'c']);
  });
});
