/**
 * Evidence everywhere (issue 15, point 4, explorer side), in Chromium at
 * 1440, 1024 and 390 px:
 * - a coverage-matrix cell opens its holders with their quotes, and "View in
 *   document" opens the source text with the quote marked;
 * - documents are named, not dated: choosing 2014 says "2014 protocol" in
 *   the compare view and the panels, never its last day (2018-12-31);
 * - the findings list runs from the most to the least severe.
 * Screenshots are kept in test-results/e2e/ (evidence-*.png).
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserTestMode } from './support/browser';
import { canvasReady, keepScreenshot, openCanvas, UI_TIMEOUT, WIDTHS } from './support/explorer';
import { W2014 } from './support/seed';
import { explorerSession } from './support/session';

const mode = browserTestMode();
const RANK: Record<string, number> = { HIGH: 0, MEDIUM: 1, LOW: 2, INFO: 3 };

async function openSheetOnPhone(page: Page, width: number) {
  if (width >= 700) return;
  const toggle = page.locator('[data-testid=sheet-toggle-details]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

describe.skipIf(mode.skip)('evidence everywhere (Chromium)', () => {
  const session = explorerSession();
  let page: Page;
  let errors: string[] = [];
  let base = '';
  beforeEach(() => ({ page, errors, base } = session));

  describe.each(WIDTHS.map((w) => [`${w.width} px`, w] as const))('%s', (_w, size) => {
    it('a matrix cell shows its holders’ quotes and opens them in the document', async () => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`${base}/${W2014}&view=compare&with=walsall`);
      const header = page.locator('[data-testid=compare-as-of]');
      await header.waitFor({ timeout: UI_TIMEOUT });
      expect(await header.innerText()).toContain('under the Wiltshire 2014 protocol');
      const matrix = page.locator('[data-testid=coverage-matrix]');
      const cell = matrix
        .locator('[data-testid=coverage-cell][data-status=SINGLE][data-area=wiltshire]')
        .first();
      await cell.waitFor({ timeout: UI_TIMEOUT });
      expect(await matrix.locator('h2').innerText()).toBe(
        'Duty coverage under the Wiltshire 2014 protocol',
      );
      expect(await page.locator('[data-testid=compare-view]').innerText()).not.toContain(
        '2018-12-31',
      );
      await cell.click();
      const explanation = page.locator('[data-testid=coverage-explanation]');
      const quote = explanation.locator('[data-testid=evidence-quote]').first();
      await quote.waitFor({ timeout: UI_TIMEOUT });
      expect((await quote.locator('blockquote').innerText()).length).toBeGreaterThan(10);
      expect(await quote.locator('.ag-quote__doc').innerText()).toBe('Wiltshire 2014 protocol');
      await keepScreenshot(page, `evidence-${size.width}-matrix-cell`);

      await quote.locator('[data-testid=view-in-document]').click();
      const dialog = page.locator('[data-testid=document-dialog]');
      const mark = dialog.locator('mark[data-testid=quote-mark]');
      await mark.waitFor({ timeout: UI_TIMEOUT });
      expect((await mark.innerText()).length).toBeGreaterThan(10);
      await keepScreenshot(page, `evidence-${size.width}-document`);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      expect(errors).toEqual([]);
    });

    it('findings run from the most severe; the panels name the document', async () => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openCanvas(page, base, `${W2014}&view=findings`);
      await openSheetOnPhone(page, size.width);
      const list = page.locator('[data-testid=finding] .ag-sev:not(.ag-sev--accepted)');
      await list.first().waitFor({ timeout: UI_TIMEOUT });
      const severities = await list.allInnerTexts();
      expect(severities.length).toBeGreaterThan(2);
      const ranks = severities.map((s) => RANK[s.trim().toUpperCase()] ?? 9);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      await keepScreenshot(page, `evidence-${size.width}-findings`);

      await page.goto(`${base}/${W2014}&chain=wiltshire/childrens-trust`);
      await canvasReady(page);
      await openSheetOnPhone(page, size.width);
      const summary = page.locator('[data-testid=chain-summary]');
      await summary.waitFor({ timeout: UI_TIMEOUT });
      expect(await summary.innerText()).toMatch(/chains? in the 2014 protocol/);
      expect(errors).toEqual([]);
    });
  });
});
