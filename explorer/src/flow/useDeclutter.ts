import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { BadgeSlot } from '../graph/badgeClusters';
import type { Decorations } from '../graph/decorations';
import { markObscuredBadges } from './badgeChrome';
import { NO_SHIFTS, NO_SLOTS, placeBadges, readBadges } from './declutter';

export interface Declutter {
  slots: ReadonlyMap<string, BadgeSlot>;
  shifts: ReadonlyMap<string, number>;
  /** Measure the badges now. */
  declutter: () => void;
  /** Measure them after the next two frames (once React Flow has drawn); calls merge. */
  schedule: () => void;
}

/**
 * The finding badges inside `root`, measured on screen and placed by
 * `placeBadges` (./declutter.ts). A thin hook: it reads the latest
 * decorations, keeps the placement, and redraws only when it changed.
 */
export function useDeclutter(
  root: RefObject<HTMLElement | null>,
  decorations: Decorations,
): Declutter {
  const [slots, setSlots] = useState<ReadonlyMap<string, BadgeSlot>>(NO_SLOTS);
  const [shifts, setShifts] = useState<ReadonlyMap<string, number>>(NO_SHIFTS);
  const placedKey = useRef('');
  const pending = useRef(0);
  const latest = useRef(decorations);
  latest.current = decorations;

  const declutter = useCallback(() => {
    if (!root.current) return;
    const { badges, obstacles } = readBadges(root.current);
    const placed = placeBadges(badges, obstacles, latest.current);
    // Once drawn where they now sit: hide those under the controls or cut by the pane's edge.
    const drawn = root.current;
    requestAnimationFrame(() => markObscuredBadges(drawn));
    if (placed.key === placedKey.current) return;
    placedKey.current = placed.key;
    setSlots(placed.slots);
    setShifts(placed.shifts);
  }, [root]);

  const schedule = useCallback(() => {
    if (pending.current) return;
    pending.current = requestAnimationFrame(() => {
      pending.current = requestAnimationFrame(() => {
        pending.current = 0;
        declutter();
      });
    });
  }, [declutter]);
  useEffect(() => () => cancelAnimationFrame(pending.current), []);

  return { slots, shifts, declutter, schedule };
}
