/**
 * Semantic zoom, pure: how much bigger names are drawn in the flow at a zoom
 * so that they stay readable on screen, and whether the small print (a
 * node's detail line) is left out. The canvas writes both on its element
 * (`--ag-text-scale`, `data-zoom`), styles.css does the rest.
 */

/** A node's name is 13 px in the flow; on screen it never goes below this. */
export const NAME_PX = 13;
export const MIN_SCREEN_PX = 11;
/** Below this zoom a 13 px name would be under 11 px on screen. */
export const READABLE_ZOOM = MIN_SCREEN_PX / NAME_PX;
/** The detail line is 12 px: below this zoom it is left out. */
export const DETAIL_ZOOM = MIN_SCREEN_PX / 12;
/**
 * The first view zooms out no further than this (a large area opens at its
 * top, the rest a pan away); names are scaled up from READABLE_ZOOM down.
 */
export const FIRST_VIEW_MIN_ZOOM = 0.7;
/**
 * To keep a graph's whole width in view (a phone, a 1024 px screen), the
 * first view may zoom out to here, and the layout puts as many bodies in a
 * row as fit at this zoom; names are drawn 1.5× there (19.5 px in the flow,
 * at least 11.7 px on screen).
 */
export const FIRST_VIEW_WHOLE_WIDTH_ZOOM = 0.6;

/** Scales in steps, so that zooming re-lays out the names a few times, not every frame. */
const STEPS = [1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5, 6, 8, 10, 14, 20];

/** The factor names are drawn at: the smallest step that keeps them ≥ 11 px on screen. */
export function textScale(zoom: number): number {
  if (!(zoom > 0)) return 1;
  const needed = READABLE_ZOOM / zoom;
  return STEPS.find((s) => s >= needed - 1e-9) ?? STEPS[STEPS.length - 1]!;
}

export type ZoomBand = 'near' | 'far';

export function zoomBand(zoom: number): ZoomBand {
  return zoom >= DETAIL_ZOOM - 1e-9 ? 'near' : 'far';
}

/** The review graph's names fold to this (one line, or none) when they no longer fit. */
export interface BoxedNameZoom {
  /** Factor the name is drawn at (`--ag-review-text-scale`). */
  scale: number;
  /** Lines of the name shown (the rest ellipsised). */
  lines: number;
  /** near: as designed; far: names scaled up, the detail line left out; folded: no name drawn. */
  band: 'near' | 'far' | 'folded';
}

/**
 * Semantic zoom for names in fixed boxes (the review graph's 180×56 nodes,
 * names 12 px, 48 px of height inside): the smallest step that keeps a name
 * ≥ 11 px on screen, on as many lines as the box holds (two at most); when
 * not even one line fits, the name is folded (the box stays, its name is in
 * the node's accessible name) until the reader zooms in. Pure.
 */
export function boxedNameZoom(
  zoom: number,
  namePx = 12,
  innerHeight = 48,
  lineHeight = 1.25,
): BoxedNameZoom {
  const needed = zoom > 0 ? MIN_SCREEN_PX / namePx / zoom : Infinity;
  const scale = STEPS.find((s) => s >= needed - 1e-9);
  const lines = scale ? Math.min(2, Math.floor(innerHeight / (namePx * lineHeight * scale))) : 0;
  if (!scale || lines < 1) return { scale: 1, lines: 2, band: 'folded' };
  return { scale, lines, band: scale === 1 ? 'near' : 'far' };
}
