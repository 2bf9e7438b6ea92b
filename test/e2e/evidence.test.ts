/**
 * Evidence everywhere (issue 15, point 4, explorer side), in Chromium at
 * 1440, 1024 and 390 px:
 * - a coverage-matrix cell opens its holders with their quotes, and "View in
 *   document" opens the source text with the quote marked;
 * - documents are named, not dated: choosing 2014 says "2014 protocol" in
 *   the compare view and the panels, never its last day (2018-12-31);
 * - the findings list runs from the most to the least severe, and names the
 *   document it judges;
 * - the matrix and the Findings list agree: a "gap" cell is a gap finding (a
 *   duty the document is expected to assign, and does not), opened from the
 *   cell with its quote; other empty cells say they are not gaps and why.
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

    it('a matrix gap is a finding (expected and not assigned); other empty cells say why they are not gaps', async () => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`${base}/?area=wiltshire&view=compare&with=walsall`);
      const matrix = page.locator('[data-testid=coverage-matrix]');
      await matrix.locator('[data-testid=coverage-cell]').first().waitFor({ timeout: UI_TIMEOUT });
      // every page of rows, not the first one only (the matrix pages, decision 0028)
      await page
        .locator('[data-testid=coverage-matrix][aria-busy=false]')
        .waitFor({ timeout: UI_TIMEOUT });
      // every area's findings were read (else its empty cells stay unjudged, and say so)
      const unread = await matrix.locator('[role=alert]').allInnerTexts();
      expect(unread).toEqual([]);
      const gaps = matrix.locator('[data-testid=coverage-cell][data-verdict=gap]');
      const gapCount = await gaps.count();
      const emptyCount = await matrix
        .locator('[data-testid=coverage-cell][data-status=NONE]')
        .count();
      // Most empty cells are duties a document was never meant to assign: not gaps.
      expect(gapCount).toBeGreaterThan(0);
      expect(gapCount).toBeLessThan(emptyCount / 4);
      const counts = await page.locator('[data-testid=coverage-counts]').innerText();
      expect(counts).toContain(`✕ ${gapCount} gap${gapCount === 1 ? '' : 's'}`);
      expect(counts).toContain(`${emptyCount - gapCount} not covered`);

      const explanation = page.locator('[data-testid=coverage-explanation]');
      const uncovered = matrix
        .locator('[data-testid=coverage-cell][data-verdict=not-expected][data-area=walsall]')
        .first();
      await uncovered.click();
      expect(await explanation.locator('[data-testid=coverage-why-not]').innerText()).toMatch(
        /Not covered by the Walsall 2017 protocol, and not a gap/,
      );

      const gap = matrix.locator(
        '[data-testid=coverage-cell][data-verdict=gap][data-area=wiltshire]',
      );
      const wiltshireGaps = await gap.count();
      const duty = await gap.first().getAttribute('data-duty');
      await gap.first().click();
      expect(await explanation.innerText()).toContain(
        'A duty the Wiltshire 2019 plan is expected to assign, and does not.',
      );
      const finding = explanation.locator('[data-testid=coverage-finding]');
      expect(await finding.locator('[data-testid=evidence-quote]').count()).toBeGreaterThan(0);
      await keepScreenshot(page, `evidence-${size.width}-matrix-gap`);
      await finding.locator('[data-testid=coverage-open-finding]').click();
      // The same finding, open in the Findings list.
      await expect
        .poll(() => new URL(page.url()).searchParams.get('finding'))
        .toBe(`DUTY_COVERAGE_GAP:wiltshire/2019:duty/${duty}`);
      await canvasReady(page);
      await openSheetOnPhone(page, size.width);
      const open = page.locator(
        `[data-testid=finding][data-finding-id="DUTY_COVERAGE_GAP:wiltshire/2019:duty/${duty}"] [data-testid=finding-details]`,
      );
      await open.waitFor({ timeout: UI_TIMEOUT });
      // Every gap finding of the list is a gap cell of the matrix.
      expect(
        await page
          .locator('[data-testid=finding][data-finding-id^="DUTY_COVERAGE_GAP:wiltshire/"]')
          .count(),
      ).toBe(wiltshireGaps);
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
      // Named, not dated (was "statements in force at 2018-12-31").
      expect(await page.locator('[data-testid=findings-scope]').innerText()).toBe(
        'of the Wiltshire 2014 protocol',
      );
      expect(await page.locator('[data-testid=findings-panel]').innerText()).not.toContain(
        '2018-12-31',
      );
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
