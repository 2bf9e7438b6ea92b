import { describe, expect, it } from 'vitest';
import { MIN_SCREEN_PX, NAME_PX, READABLE_ZOOM, textScale, zoomBand } from './semanticZoom';

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
