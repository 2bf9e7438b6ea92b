/**
 * Finding badges keep their screen size, so zoomed out they may meet: an edge
 * badge is moved down out from under another edge's wording, then badges that
 * overlap are merged (../graph/badgeClusters.ts). `placeBadges` is pure;
 * `readBadges` reads the boxes from the DOM; ./useDeclutter.ts is the hook.
 */
import { clusterBadges, clusterKey, type BadgeBox, type BadgeSlot } from '../graph/badgeClusters';
import type { Decorations } from '../graph/decorations';

/** Screen px kept between two finding badges; closer ones are merged (zoomed out). */
export const BADGE_GAP = 4;
export const NO_SLOTS: ReadonlyMap<string, BadgeSlot> = new Map();
export const NO_SHIFTS: ReadonlyMap<string, number> = new Map();

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A badge as drawn: its key (`node:<id>` or `edge:<id>`), box, and the shift it has now. */
export interface DrawnBadge {
  key: string;
  box: Box;
  shift: number;
}

export interface Placement {
  slots: ReadonlyMap<string, BadgeSlot>;
  /** Screen px to move an edge badge down, by badge key. */
  shifts: ReadonlyMap<string, number>;
  /** Equal keys: nothing to redraw. */
  key: string;
}

/** Where each badge goes: edge badges clear of edge wording, then overlapping ones merged. */
export function placeBadges(
  badges: readonly DrawnBadge[],
  labels: readonly Box[],
  decorations: Decorations,
  gap = BADGE_GAP,
): Placement {
  const boxes: BadgeBox[] = [];
  const shifts = new Map<string, number>();
  for (const { key, box, shift } of badges) {
    const isNode = key.startsWith('node:');
    const flag = (isNode ? decorations.nodes : decorations.edges).get(key.slice(5))?.flag;
    const width = box.right - box.left;
    const height = box.bottom - box.top;
    if (!flag || width === 0) continue;
    // Where it would be unmoved.
    let top = box.top - shift;
    if (!isNode) {
      const under = labels.find(
        (l) => l.left < box.right && box.left < l.right && l.top < top + height && top < l.bottom,
      );
      if (under) {
        const by = Math.ceil(under.bottom + 3 - top);
        shifts.set(key, by);
        top += by;
      }
    }
    boxes.push({ key, left: box.left, top, width, height, flag });
  }
  const slots = boxes.length > 1 ? clusterBadges(boxes, gap) : NO_SLOTS;
  return {
    slots,
    shifts: shifts.size ? shifts : NO_SHIFTS,
    key: `${clusterKey(slots)}#${[...shifts].join(';')}`,
  };
}

/** The badges and edge wording drawn inside `root`, in screen px. */
export function readBadges(root: ParentNode): { badges: DrawnBadge[]; labels: Box[] } {
  const labels = [...root.querySelectorAll<HTMLElement>('.ag-edge-label')].map((l) =>
    l.getBoundingClientRect(),
  );
  const badges: DrawnBadge[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('[data-badge-key]')) {
    const box = el.querySelector('button')?.getBoundingClientRect();
    if (!box) continue;
    badges.push({ key: el.dataset.badgeKey ?? '', box, shift: Number(el.dataset.shift ?? 0) });
  }
  return { badges, labels };
}
