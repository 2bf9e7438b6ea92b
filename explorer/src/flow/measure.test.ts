import type { InternalNode } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import {
  allMeasured,
  boundsOf,
  fitViewport,
  laidOutBoxes,
  measuredBoxes,
  rowsFor,
  sameViewport,
} from './measure';

function internal(id: string, measured: boolean, extra: Partial<InternalNode> = {}): InternalNode {
  return {
    id,
    position: { x: 0, y: 0 },
    data: {},
    measured: measured ? { width: 100, height: 40 } : {},
    internals: {
      positionAbsolute: { x: 0, y: 0 },
      z: 0,
      userNode: { id, position: { x: 0, y: 0 }, data: {} },
      handleBounds: measured ? { source: [], target: null } : undefined,
    },
    ...extra,
  } as InternalNode;
}

describe('allMeasured', () => {
  it('holds only when every shown node has its size and handles from the DOM', () => {
    const lookup = new Map([
      ['a', internal('a', true)],
      ['b', internal('b', false)],
    ]);
    expect(allMeasured(lookup)).toBe(false);
    lookup.set('b', internal('b', true));
    expect(allMeasured(lookup)).toBe(true);
    // Hidden nodes are never drawn, so never measured.
    lookup.set('c', internal('c', false, { hidden: true }));
    expect(allMeasured(lookup)).toBe(true);
  });

  it('does not count a size without measured handles', () => {
    const n = internal('a', true);
    n.internals.handleBounds = undefined;
    expect(allMeasured(new Map([['a', n]]))).toBe(false);
  });
});

describe('bounds', () => {
  it('frames the laid-out boxes before drawing', () => {
    const sizes = [
      { id: 'a', width: 220, height: 50 },
      { id: 'b', width: 180, height: 66 },
      { id: 'gone', width: 10, height: 10 },
    ];
    const positions = { a: { x: 0, y: 0 }, b: { x: 300, y: 100 } };
    expect(boundsOf(laidOutBoxes(sizes, positions))).toEqual({
      x: 0,
      y: 0,
      width: 480,
      height: 166,
    });
  });

  it('frames the measured nodes once drawn, leaving hidden ones out', () => {
    const a = internal('a', true);
    a.internals.positionAbsolute = { x: -10, y: 20 };
    const hidden = internal('h', true, { hidden: true });
    hidden.internals.positionAbsolute = { x: 5000, y: 5000 };
    const lookup = new Map([
      ['a', a],
      ['h', hidden],
    ]);
    expect(boundsOf(measuredBoxes(lookup))).toEqual({ x: -10, y: 20, width: 100, height: 40 });
  });

  it('has no bounds without boxes', () => {
    expect(boundsOf([])).toBeNull();
  });
});

describe('fitViewport', () => {
  const pane = { width: 1000, height: 500, minZoom: 0.05, maxZoom: 2.5 };

  it('centres the bounds at the zoom that fits them, within the padding', () => {
    const vp = fitViewport({ x: 0, y: 0, width: 1000, height: 1000 }, pane, { padding: 0 })!;
    expect(vp.zoom).toBeCloseTo(0.5);
    expect(vp.x).toBeCloseTo(250);
    expect(vp.y).toBeCloseTo(0);
  });

  it('keeps to the maximum zoom asked for', () => {
    const vp = fitViewport({ x: 0, y: 0, width: 10, height: 10 }, pane, {
      padding: 0,
      maxZoom: 1.1,
    })!;
    expect(vp.zoom).toBe(1.1);
  });

  it('gives nothing for an unsized pane or empty bounds', () => {
    expect(fitViewport(null, pane, { padding: 0 })).toBeNull();
    expect(
      fitViewport({ x: 0, y: 0, width: 10, height: 10 }, { ...pane, width: 0 }, { padding: 0 }),
    ).toBeNull();
  });
});

describe('sameViewport', () => {
  it('ignores sub-pixel differences', () => {
    expect(sameViewport({ x: 1, y: 2, zoom: 0.5 }, { x: 1.2, y: 2.3, zoom: 0.50001 })).toBe(true);
    expect(sameViewport({ x: 1, y: 2, zoom: 0.5 }, { x: 2, y: 2, zoom: 0.5 })).toBe(false);
    expect(sameViewport({ x: 1, y: 2, zoom: 0.5 }, { x: 1, y: 2, zoom: 0.51 })).toBe(false);
  });
});

describe('the first view keeps the whole width (wholeWidthDownTo)', () => {
  const phone = { width: 390, height: 474, minZoom: 0.05, maxZoom: 2.5 };
  const first = { padding: 0, minZoom: 0.7, maxZoom: 1.1, alignTop: 0, wholeWidthDownTo: 0.6 };

  it("zooms out below minZoom to keep a tall graph's whole width, opening at its top", () => {
    const vp = fitViewport({ x: -300, y: 0, width: 600, height: 3000 }, phone, first)!;
    expect(vp.zoom).toBeCloseTo(390 / 600);
    expect(vp.x + -300 * vp.zoom).toBeCloseTo(0); // the left edge at the pane's left
    expect(vp.y).toBeCloseTo(0);
  });

  it('without it, the same graph is cut at both sides at minZoom', () => {
    const vp = fitViewport({ x: -400, y: 0, width: 800, height: 3000 }, phone, {
      ...first,
      wholeWidthDownTo: undefined,
    })!;
    expect(vp.zoom).toBe(0.7);
    expect(vp.x + -400 * vp.zoom).toBeLessThan(0);
  });

  it('puts as many bodies in a row as fit the pane at that zoom, two at least', () => {
    // A body is 220 px, 48 px apart: 5 in a row are 1292 px, 4 are 1024 px, 3 are 756 px.
    expect(rowsFor({ ...phone, width: 775 }, first)).toBe(4); // 1292 × 0.6 = 775.2
    expect(rowsFor({ ...phone, width: 776 }, first)).toBe(5);
    expect(rowsFor({ ...phone, width: 500 }, first)).toBe(3);
    expect(rowsFor(phone, first)).toBe(2);
    expect(rowsFor({ ...phone, width: 0 }, first)).toBeUndefined();
    expect(rowsFor(phone, { padding: 0 })).toBeUndefined();
  });
});
