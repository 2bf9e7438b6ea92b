/**
 * Finding badges keep their screen size, so zoomed out they may meet: an edge
 * badge is moved up or down out from under another edge's wording or a node, then badges that
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

/** Screen px an edge badge may move up or down to clear what it would cover. */
export const MAX_SHIFT = 160;

/**
 * Where each badge goes: edge badges clear of edge wording and of nodes (the
 * nearest free spot straight up or down, down on a tie), then overlapping
 * ones merged. `obstacles` are the edge wording and the nodes, in screen px.
 */
export function placeBadges(
  badges: readonly DrawnBadge[],
  obstacles: readonly Box[],
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
      const by = clearShift(box.left, box.right, top, height, obstacles);
      if (by) {
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

/**
 * The smallest vertical move (px, down positive) that takes a badge between
 * `left` and `right`, `top` and `top + height` clear of every obstacle, within
 * MAX_SHIFT; 0 when it covers nothing or nothing near is clear.
 */
export function clearShift(
  left: number,
  right: number,
  top: number,
  height: number,
  obstacles: readonly Box[],
): number {
  const column = obstacles.filter((o) => o.left < right && left < o.right);
  const covers = (t: number) => column.some((o) => o.top < t + height && t < o.bottom);
  if (!covers(top)) return 0;
  const candidates: number[] = [];
  for (const o of column) {
    candidates.push(Math.ceil(o.bottom + 3 - top), Math.floor(o.top - 3 - height - top));
  }
  candidates.sort((a, b) => Math.abs(a) - Math.abs(b) || b - a);
  return candidates.find((c) => Math.abs(c) <= MAX_SHIFT && !covers(top + c)) ?? 0;
}

/** The badges, and what edge badges keep clear of (edge wording, nodes) drawn inside `root`, in screen px. */
export function readBadges(root: ParentNode): { badges: DrawnBadge[]; obstacles: Box[] } {
  const obstacles = [
    ...root.querySelectorAll<HTMLElement>('.ag-edge-label, .react-flow__node'),
  ].map((l) => l.getBoundingClientRect());
  const badges: DrawnBadge[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('[data-badge-key]')) {
    const box = el.querySelector('button')?.getBoundingClientRect();
    if (!box) continue;
    badges.push({ key: el.dataset.badgeKey ?? '', box, shift: Number(el.dataset.shift ?? 0) });
  }
  return { badges, obstacles };
}
