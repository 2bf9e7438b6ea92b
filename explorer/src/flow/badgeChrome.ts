/**
 * Finding badges keep their screen size whatever the zoom, so once the view
 * is centred on a chain, a path or a finding, a badge of some other node may
 * end up under the canvas's own controls (the tools, the zoom buttons, the
 * minimap) or half outside the canvas. Such a badge cannot be clicked as a
 * whole (WCAG 2.5.8, axe's target-size): it is hidden until the view moves
 * it clear again. The finding stays in the Findings list.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** True when the badge is not wholly inside the pane or meets one of the controls. */
export function obscured(badge: Rect, pane: Rect, chrome: readonly Rect[]): boolean {
  const inside =
    badge.left >= pane.left &&
    badge.top >= pane.top &&
    badge.right <= pane.right &&
    badge.bottom <= pane.bottom;
  if (!inside) return true;
  return chrome.some(
    (c) =>
      badge.left < c.right && c.left < badge.right && badge.top < c.bottom && c.top < badge.bottom,
  );
}

const CHROME = [
  '.ag-canvas-tools',
  '.react-flow__controls',
  '.react-flow__minimap',
  '.react-flow__attribution',
].join(',');

/** Marks (`data-obscured`) the badges in `root` that the controls or the pane's edge cut. */
export function markObscuredBadges(root: HTMLElement): void {
  const pane = root.getBoundingClientRect();
  const chrome = [...root.querySelectorAll<HTMLElement>(CHROME)].map((el) =>
    el.getBoundingClientRect(),
  );
  for (const holder of root.querySelectorAll<HTMLElement>('[data-badge-key]')) {
    const button = holder.querySelector('button');
    if (!button) continue;
    const hidden = obscured(button.getBoundingClientRect(), pane, chrome);
    if (hidden) holder.dataset.obscured = 'true';
    else delete holder.dataset.obscured;
  }
}
