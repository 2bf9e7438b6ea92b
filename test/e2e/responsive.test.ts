/**
 * Every screen from 390 px wide up (issue 15, point 2), in Chromium:
 * - at 1440, 1024 and 390 px the canvas has a usable size, its controls lie
 *   inside it, and no panel overlaps another panel, the canvas or its
 *   controls (bounding boxes);
 * - at phone width the canvas comes first and the panels are bottom sheets
 *   that open and close;
 * - screenshots of each width are kept in test-results/e2e/.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserTestMode } from './support/browser';
import { canvasReady, keepScreenshot, settle, UI_TIMEOUT, WIDTHS } from './support/explorer';
import { W2014 } from './support/seed';
import { explorerSession } from './support/session';

const mode = browserTestMode();

interface Box {
  what: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The visible boxes of everything that must not overlap. */
async function layoutBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (what: string, el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.display === 'none') return null;
      return { what, x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const all = (selector: string) =>
      [...document.querySelectorAll(selector)].map((el, i) => box(`${selector}#${i}`, el));
    const keep = (list: (Box | null)[]) => list.filter((b): b is Box => b !== null);
    interface Box {
      what: string;
      x: number;
      y: number;
      width: number;
      height: number;
    }
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      canvas: box('canvas', document.querySelector('[data-testid=canvas]')),
      controls: keep([
        ...all('[data-testid=canvas] .react-flow__controls'),
        ...all('[data-testid=canvas] .ag-canvas-tools'),
        ...all('[data-testid=canvas] .ag-overview'),
        ...all('[data-testid=canvas] .ag-canvas-more'),
      ]),
      panels: keep([
        box('header', document.querySelector('.ag-header')),
        box('toolbar', document.querySelector('.ag-toolbar')),
        box('legend panel', document.querySelector('.ag-left')),
        box('details panel', document.querySelector('.ag-side')),
        box('sheet bar', document.querySelector('.ag-sheetbar')),
      ]),
    };
  });
}

/**
 * Nodes (by label) that the canvas's tool bar or overview map covers, even in part
 * (the zoom buttons are small and sit on the edge the graph continues past).
 */
async function nodesUnderControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll(
        '[data-testid=canvas] .ag-canvas-tools, [data-testid=canvas] .ag-overview',
      ),
    ]
      .filter((el) => getComputedStyle(el).display !== 'none')
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    const covered: string[] = [];
    for (const node of document.querySelectorAll('[data-testid=canvas] .react-flow__node')) {
      const n = node.getBoundingClientRect();
      for (const c of controls) {
        const w = Math.min(n.right, c.right) - Math.max(n.left, c.left);
        const h = Math.min(n.bottom, c.bottom) - Math.max(n.top, c.top);
        if (w > 0.5 && h > 0.5) covered.push((node.textContent ?? '').trim().slice(0, 40));
      }
    }
    return covered;
  });
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0.5 && h > 0.5 ? w * h : 0;
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

/** What a person would call broken: a cramped canvas, overlapping panels, hidden controls. */
function layoutProblems(layout: Awaited<ReturnType<typeof layoutBoxes>>): string[] {
  const problems: string[] = [];
  const { canvas, controls, panels, viewport } = layout;
  if (!canvas) return ['no canvas drawn'];
  const minWidth = Math.min(320, viewport.width - 40);
  if (canvas.width < minWidth) problems.push(`canvas ${canvas.width} px wide (< ${minWidth})`);
  if (canvas.height < 300) problems.push(`canvas ${canvas.height} px tall (< 300)`);
  if (canvas.x < 0 || canvas.x + canvas.width > viewport.width + 0.5)
    problems.push('canvas wider than the screen');
  for (const c of controls) {
    if (!inside(c, canvas)) problems.push(`${c.what} outside the canvas`);
  }
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      if (overlap(controls[i]!, controls[j]!))
        problems.push(`${controls[i]!.what} overlaps ${controls[j]!.what}`);
    }
  }
  for (let i = 0; i < panels.length; i++) {
    const p = panels[i]!;
    if (p.x + p.width > viewport.width + 0.5) problems.push(`${p.what} wider than the screen`);
    if (overlap(p, canvas)) problems.push(`${p.what} overlaps the canvas`);
    for (const c of controls) if (overlap(p, c)) problems.push(`${p.what} overlaps ${c.what}`);
    for (let j = i + 1; j < panels.length; j++) {
      if (overlap(p, panels[j]!)) problems.push(`${p.what} overlaps ${panels[j]!.what}`);
    }
  }
  return problems;
}

describe.skipIf(mode.skip)('explorer on every screen from 390 px (Chromium)', () => {
  const session = explorerSession();
  let page: Page;
  let errors: string[] = [];
  let base = '';
  beforeEach(() => ({ page, errors, base } = session));

  describe.each(WIDTHS.map((w) => [w.name, w] as const))('%s', (name, size) => {
    it(`${size.width}×${size.height}: a usable canvas, nothing overlapping`, async () => {
      await page.setViewportSize({ width: size.width, height: size.height });
      // A chain open: the details panel has content (on a phone it opens as a sheet).
      await page.goto(`${base}/${W2014}&chain=wiltshire/childrens-trust`);
      await canvasReady(page);
      await page.locator('[data-testid=chain-hop]').first().waitFor({ timeout: UI_TIMEOUT });
      await settle(page);
      const layout = await layoutBoxes(page);
      await keepScreenshot(page, `responsive-${name}-${size.width}-chain`);
      expect(layoutProblems(layout)).toEqual([]);
      expect(layout.panels.map((p) => p.what)).toContain('details panel');
      expect(errors).toEqual([]);
    });
  });

  it('390×844: canvas first, the panels are bottom sheets that open and close', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/${W2014}`);
    await canvasReady(page);
    await settle(page);
    const legend = page.locator('.ag-left');
    const details = page.locator('.ag-side');
    // Closed at first: the canvas has the screen.
    expect(await legend.isVisible()).toBe(false);
    expect(await details.isVisible()).toBe(false);
    let layout = await layoutBoxes(page);
    expect(layoutProblems(layout)).toEqual([]);
    expect(layout.canvas!.height).toBeGreaterThan(500);
    // The first view's nodes are not hidden under the tool bar or the overview map (a
    // phone's canvas is too small to give the map its corner).
    expect(await nodesUnderControls(page)).toEqual([]);
    await keepScreenshot(page, 'responsive-phone-390-closed');

    const legendToggle = page.locator('[data-testid=sheet-toggle-legend]');
    await legendToggle.click();
    await legend.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    expect(await legendToggle.getAttribute('aria-expanded')).toBe('true');
    layout = await layoutBoxes(page);
    expect(layoutProblems(layout)).toEqual([]);
    await keepScreenshot(page, 'responsive-phone-390-legend');

    // One sheet at a time: opening the details closes the legend.
    await page.locator('[data-testid=sheet-toggle-details]').click();
    await details.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    expect(await legend.isVisible()).toBe(false);
    await settle(page);
    expect(layoutProblems(await layoutBoxes(page))).toEqual([]);

    await page.locator('[data-testid=sheet-toggle-details]').click();
    await details.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    expect(await legendToggle.getAttribute('aria-expanded')).toBe('false');

    // Choosing something on the canvas opens its details: a node in view (a phone opens at a
    // readable zoom, so not every node of the area is on screen at once).
    const seen = await page.locator('[data-testid=canvas] .react-flow__node').evaluateAll((els) => {
      const c = document.querySelector('[data-testid=canvas]')!.getBoundingClientRect();
      const el = els.find((e) => {
        const r = e.getBoundingClientRect();
        return (
          r.left >= c.left && r.right <= c.right && r.top >= c.top && r.bottom <= c.bottom - 120
        );
      });
      return (el as HTMLElement | undefined)?.dataset.id ?? null;
    });
    expect(seen).not.toBeNull();
    await page.locator(`.react-flow__node[data-id="${seen}"]`).click();
    await details.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    await page.locator('[data-testid=details-panel]').waitFor({ timeout: UI_TIMEOUT });
    await settle(page);
    expect(layoutProblems(await layoutBoxes(page))).toEqual([]);
    await keepScreenshot(page, 'responsive-phone-390-details');
    expect(errors).toEqual([]);
  });
  it('390×844: a compact header (canvas first), the document switch one press away under More, axe clean', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/?area=wiltshire&doc=wiltshire/2019`);
    await canvasReady(page);
    await settle(page);
    const boxes = () =>
      page.evaluate(() => {
        const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
        return {
          header: r('.ag-header').height,
          toolbar: r('.ag-toolbar').height,
          canvasTop: r('[data-testid=canvas]').top,
          canvasHeight: r('[data-testid=canvas]').height,
        };
      });
    // The budget: header and tabs together at most 130 px of the 844 (they took 236 px, and the
    // canvas began at 317 px); the canvas starts within the top quarter of the screen.
    const closed = await boxes();
    expect(closed.header + closed.toolbar).toBeLessThanOrEqual(130);
    expect(closed.canvasTop).toBeLessThanOrEqual(211);
    expect(closed.canvasHeight).toBeGreaterThan(550);
    expect(layoutProblems(await layoutBoxes(page))).toEqual([]);
    // Nothing lost: the area, the search, help and sign-in are in view; the documents are
    // under More, which says whether it is open.
    for (const id of ['area-picker', 'search-input', 'help-button', 'header-more']) {
      expect(await page.locator(`[data-testid=${id}]`).isVisible(), id).toBe(true);
    }
    const more = page.locator('[data-testid=header-more]');
    const doc2014 = page.locator('[data-testid=as-of-document][data-document-id="wiltshire/2014"]');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await doc2014.isVisible()).toBe(false);
    await keepScreenshot(page, 'responsive-phone-390-header');
    await more.click();
    await doc2014.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-testid=add-area-link]').isVisible()).toBe(true);
    await keepScreenshot(page, 'responsive-phone-390-header-more');
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
    // Choosing a document works from there; the canvas gets the screen back on Less.
    await doc2014.click();
    await page.waitForURL(/doc=wiltshire%2F2014|doc=wiltshire\/2014/, { timeout: UI_TIMEOUT });
    await canvasReady(page);
    await more.click();
    await doc2014.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    expect((await boxes()).header).toBeLessThanOrEqual(closed.header);
    expect(errors).toEqual([]);
  });
});
