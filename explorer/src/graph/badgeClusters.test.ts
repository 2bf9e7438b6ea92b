import { describe, expect, it } from 'vitest';
import { clusterBadges, clusterKey, type BadgeBox } from './badgeClusters';

const box = (
  key: string,
  left: number,
  top: number,
  ids: string[],
  severity = 'LOW',
): BadgeBox => ({
  key,
  left,
  top,
  width: 40,
  height: 26,
  flag: {
    count: ids.length,
    severity: severity as BadgeBox['flag']['severity'],
    allAccepted: false,
    findingIds: ids,
  },
});

describe('clusterBadges', () => {
  it('leaves badges that are apart alone', () => {
    expect(clusterBadges([box('node:a', 0, 0, ['f1']), box('edge:e', 100, 0, ['f2'])]).size).toBe(
      0,
    );
  });

  it('merges overlapping badges into the node badge, with every finding once', () => {
    const slots = clusterBadges([
      box('edge:e', 10, 5, ['f1', 'f2'], 'HIGH'),
      box('node:a', 0, 0, ['f1']),
      box('edge:g', 300, 0, ['f3']),
    ]);
    expect(slots.get('edge:e')).toEqual({ hidden: true });
    expect(slots.get('node:a')).toEqual({
      hidden: false,
      subjects: 2,
      flag: { count: 2, severity: 'HIGH', allAccepted: false, findingIds: ['f1', 'f2'] },
    });
    expect(slots.has('edge:g')).toBe(false);
    expect(clusterKey(slots)).toBe('edge:e-|node:a+f1,f2');
  });
});
