import { describe, expect, it } from 'vitest';
import { overviewFrame, panBy, toMap, viewRect } from './overview';

describe('overview map geometry', () => {
  it('knows the part of the graph a pane shows', () => {
    expect(viewRect({ x: 100, y: -50, zoom: 0.5 }, 800, 600)).toEqual({
      x: -200,
      y: 100,
      width: 1600,
      height: 1200,
    });
  });

  it('fits the nodes and the view in the map, 5 px from its edges, centred', () => {
    const nodes = { x: 0, y: 0, width: 1000, height: 4000 };
    const view = { x: -200, y: 1000, width: 1400, height: 900 };
    const f = overviewFrame(nodes, view, 160, 100);
    const n = toMap(f, nodes);
    const v = toMap(f, view);
    // The tall graph sets the scale: 5 px above and below it.
    expect(n.y).toBeCloseTo(5);
    expect(n.y + n.height).toBeCloseTo(95);
    // The view's width is inside the map, and the whole is centred across.
    expect(v.x).toBeGreaterThanOrEqual(5);
    expect(v.x + v.width).toBeLessThanOrEqual(155);
    expect(v.x + v.width / 2).toBeCloseTo(80);
  });

  it('shows the view alone when there are no nodes', () => {
    const view = { x: 0, y: 0, width: 1500, height: 900 };
    const v = toMap(overviewFrame(null, view, 160, 100), view);
    expect(v.x).toBeCloseTo(5);
    expect(v.width).toBeCloseTo(150);
  });

  it('moves the view with the pointer: dragging right on the map shows more to the right', () => {
    const f = overviewFrame(
      { x: 0, y: 0, width: 1500, height: 900 },
      viewRect({ x: 0, y: 0, zoom: 1 }, 1500, 900),
      160,
      100,
    );
    const next = panBy({ x: 0, y: 0, zoom: 0.5 }, f, 10, 0);
    expect(next.zoom).toBe(0.5);
    expect(next.y).toBe(0);
    // 10 map px are 10 × scale flow px, which at zoom 0.5 move the viewport by half that.
    expect(next.x).toBeCloseTo(-10 * f.scale * 0.5);
  });
});
