import { createContext, useContext } from 'react';
import type { BadgeSlot } from '../graph/badgeClusters';

/** What a node or edge badge can ask of the explorer. Stable for a canvas's life. */
export interface CanvasActions {
  /** A finding badge was clicked: open these findings. */
  openFindings: (findingIds: readonly string[]) => void;
}

const noop: CanvasActions = { openFindings: () => undefined };

export const CanvasActionsContext = createContext<CanvasActions>(noop);

export function useCanvasActions(): CanvasActions {
  return useContext(CanvasActionsContext);
}

/** Finding badges merged because they would overlap on screen (see `clusterBadges`). */
export const BadgeSlotsContext = createContext<ReadonlyMap<string, BadgeSlot>>(new Map());

export function useBadgeSlot(key: string): BadgeSlot | undefined {
  return useContext(BadgeSlotsContext).get(key);
}

/** Edge badges moved down (screen px) from under another edge's wording. */
export const BadgeShiftsContext = createContext<ReadonlyMap<string, number>>(new Map());

export function useBadgeShift(key: string): number {
  return useContext(BadgeShiftsContext).get(key) ?? 0;
}
