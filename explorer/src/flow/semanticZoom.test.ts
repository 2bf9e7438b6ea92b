import { describe, expect, it } from 'vitest';
import {
  boxedNameZoom,
  MIN_SCREEN_PX,
  NAME_PX,
  READABLE_ZOOM,
  textScale,
  zoomBand,
} from './semanticZoom';

describe('semantic zoom', () => {
  it('keeps names at least 11 px on screen at every zoom from 0.05 to 2.5', () => {
    for (let zoom = 0.05; zoom <= 2.5; zoom += 0.01) {
      expect(NAME_PX * textScale(zoom) * zoom).toBeGreaterThanOrEqual(MIN_SCREEN_PX - 1e-6);
    }
  });

  it('draws names at their own size once they are readable, and in a few steps below', () => {
    expect(textScale(1)).toBe(1);
    expect(textScale(READABLE_ZOOM)).toBe(1);
    expect(textScale(0.6)).toBe(1.5);
    const seen = new Set<number>();
    for (let zoom = 0.3; zoom <= 1; zoom += 0.001) seen.add(textScale(zoom));
    expect(seen.size).toBeLessThanOrEqual(7);
  });

  it('leaves out the detail line when it would be under 11 px', () => {
    expect(zoomBand(1)).toBe('near');
    expect(zoomBand(0.9)).toBe('far');
  });
});

describe('boxedNameZoom (the review graph: names in 180×56 boxes)', () => {
  it('keeps names at least 11 px on screen, on the lines the box holds, or folds them', () => {
    expect(boxedNameZoom(1)).toEqual({ scale: 1, lines: 2, band: 'near' });
    for (const zoom of [0.9, 0.7, 0.45, 0.35]) {
      const z = boxedNameZoom(zoom);
      expect(z.band, `zoom ${zoom}`).toBe('far');
      expect(12 * z.scale * zoom, `zoom ${zoom}`).toBeGreaterThanOrEqual(11 - 1e-9);
      // The shown lines fit in the box's 48 px.
      expect(z.lines * 12 * 1.25 * z.scale, `zoom ${zoom}`).toBeLessThanOrEqual(48);
      expect(z.lines).toBeGreaterThanOrEqual(1);
    }
    // The phone's fitted zoom (0.45): 2.5× names, one line of 12.4 px on screen.
    expect(boxedNameZoom(0.45)).toEqual({ scale: 2.5, lines: 1, band: 'far' });
    expect(boxedNameZoom(0.3).band).toBe('folded');
    expect(boxedNameZoom(0).band).toBe('folded');
  });
});
