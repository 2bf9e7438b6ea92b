/**
 * New things (issue 15, point 5), in Chromium at 1440, 1024 and 390 px:
 * - the "single points of failure" list (betweenness with graphology) names
 *   nodes of the drawn graph, most central first, and choosing one selects it
 *   on the canvas;
 * - choosing a second node shows the accountability path between the two,
 *   each step with its quote, and "View in document" opens it.
 * Screenshots: test-results/e2e/measures-*.png.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserTestMode } from './support/browser';
import { keepScreenshot, openCanvas, UI_TIMEOUT, WIDTHS } from './support/explorer';
import { W2014 } from './support/seed';
import { explorerSession } from './support/session';

const mode = browserTestMode();

describe.skipIf(mode.skip)('network measures (Chromium)', () => {
  const session = explorerSession();
  let page: Page;
  let errors: string[] = [];
  let base = '';
  beforeEach(() => ({ page, errors, base } = session));

  it.each(WIDTHS.map((w) => [w.width, w] as const))(
    '%i px: single points of failure are listed and select their node',
    async (_w, size) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openCanvas(page, base, '?area=wiltshire&doc=wiltshire/2019&graph=full');
      if (size.width < 700) await page.locator('[data-testid=sheet-toggle-legend]').click();
      const items = page.locator('[data-testid=measures-panel] [data-testid=spof]');
      await items.first().waitFor({ timeout: UI_TIMEOUT });
      const scores = (await items.evaluateAll((els) =>
        els.map((el) => Number((el as HTMLElement).dataset.betweenness)),
      )) as number[];
      expect(scores.length).toBeGreaterThan(1);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores[0]).toBeGreaterThan(0.1);
      const drawn = await page
        .locator('[data-testid=canvas] .react-flow__node')
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id));
      const first = (await items.first().getAttribute('data-id'))!;
      expect(drawn).toContain(first);
      await keepScreenshot(page, `measures-${size.width}-list`);
      await items.first().click();
      await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(first);
      await expect
        .poll(() => page.locator(`.react-flow__node[data-id="${first}"]`).getAttribute('class'))
        .toMatch(/selected/);
      expect(errors).toEqual([]);
    },
  );

  it.each(WIDTHS.map((w) => [w.width, w] as const))(
    '%i px: the accountability path between two chosen nodes, with its quotes',
    async (_w, size) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openCanvas(page, base, `${W2014}&sel=wiltshire/wscb`);
      if (size.width < 700) {
        const toggle = page.locator('[data-testid=sheet-toggle-details]');
        if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      }
      const finder = page.locator('[data-testid=path-finder]');
      await finder.waitFor({ timeout: UI_TIMEOUT });
      await finder.locator('[data-testid=path-to]').selectOption('wiltshire/childrens-trust');
      const hops = finder.locator('[data-testid=path-hop]');
      await hops.first().waitFor({ timeout: UI_TIMEOUT });
      expect(await hops.count()).toBeGreaterThan(0);
      expect(await hops.first().innerText()).toContain('Wiltshire Safeguarding Children Board');
      expect(await finder.locator('[data-testid=path-result]').innerText()).toMatch(
        /steps? in the 2014 protocol/,
      );
      const quote = hops.first().locator('[data-testid=evidence-quote] blockquote');
      expect((await quote.innerText()).length).toBeGreaterThan(10);
      await keepScreenshot(page, `measures-${size.width}-path`);
      await hops.first().locator('[data-testid=view-in-document]').click();
      await page
        .locator('[data-testid=document-dialog] mark[data-testid=quote-mark]')
        .waitFor({ timeout: UI_TIMEOUT });
      await page.keyboard.press('Escape');
      expect(errors).toEqual([]);
    },
  );
});
