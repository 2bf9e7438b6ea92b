/**
 * The document view renders headings and lists (issue 15, point 4) and keeps
 * the quote marked on exactly its characters; the findings panel can judge
 * by today's law, explicitly (issue 12, point 5). In Chromium at 1440, 1024
 * and 390 px; screenshots in test-results/e2e/ (document-view-*.png).
 */
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserTestMode } from './support/browser';
import { keepScreenshot, openCanvas, UI_TIMEOUT, WIDTHS } from './support/explorer';
import { HOLDS_TRUST_CHAIR, W2014 } from './support/seed';
import { explorerSession } from './support/session';

const mode = browserTestMode();

async function openSheetOnPhone(page: Page, width: number) {
  if (width >= 700) return;
  const toggle = page.locator('[data-testid=sheet-toggle-details]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Opens the document at the evidence `quote` in the details panel; the dialog and its marks. */
async function viewInDocument(
  page: Page,
  quote: string,
): Promise<{ dialog: Locator; marks: Locator }> {
  const item = page
    .locator('[data-testid=details-panel] [data-testid=evidence-quote]')
    .filter({ has: page.locator('blockquote', { hasText: quote }) })
    .first();
  await item.waitFor({ timeout: UI_TIMEOUT });
  await item.scrollIntoViewIfNeeded();
  await item.locator('[data-testid=view-in-document]').click();
  const dialog = page.locator('[data-testid=document-dialog]');
  const marks = dialog.locator('mark[data-testid=quote-mark]');
  await marks.first().waitFor({ timeout: UI_TIMEOUT });
  return { dialog, marks };
}

async function closeDialog(page: Page, dialog: Locator) {
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
}

describe.skipIf(mode.skip)('document view and the law findings are judged by (Chromium)', () => {
  const session = explorerSession();
  let page: Page;
  let errors: string[] = [];
  let base = '';
  beforeEach(() => ({ page, errors, base } = session));

  describe.each(WIDTHS.map((w) => [`${w.width} px`, w] as const))('%s', (_w, size) => {
    it('renders headings and bullets, and marks exactly the quote in a bullet', async () => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openCanvas(page, base, `${W2014}&sel=${encodeURIComponent(HOLDS_TRUST_CHAIR)}`);
      await openSheetOnPhone(page, size.width);
      const quote =
        'Hold the Trust Chair to account for action taken by the Trust to safeguard children and young people in all its activities';
      const { dialog, marks } = await viewInDocument(page, quote);
      const text = dialog.locator('[data-testid=document-text]');
      // Headings and lists, not raw Markdown.
      expect(await text.locator('h3, h4').count()).toBeGreaterThan(3);
      expect(await text.locator('ul > li').count()).toBeGreaterThan(5);
      expect(await text.innerText()).not.toMatch(/^#|\*\*/m);
      expect(await text.locator('h4', { hasText: 'The Wiltshire SCB' }).count()).toBe(1);
      // The mark holds the quote, exactly, inside a bullet; and is in view.
      expect(await marks.count()).toBe(1);
      expect(await marks.first().textContent()).toBe(quote);
      expect(await marks.first().evaluate((m) => m.parentElement?.tagName)).toBe('LI');
      await expect.poll(() => marks.first().isVisible()).toBe(true);
      const box = await marks.first().boundingBox();
      const pane = await text.boundingBox();
      expect(box && pane && box.y >= pane.y && box.y + box.height <= pane.y + pane.height + 1).toBe(
        true,
      );
      await keepScreenshot(page, `document-view-${size.width}-bullet`);
      await closeDialog(page, dialog);
      expect(errors).toEqual([]);
    });

    it('marks exactly a quote in a paragraph under a section heading', async () => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openCanvas(page, base, `${W2014}&sel=wiltshire/wscb`);
      await openSheetOnPhone(page, size.width);
      const quote = 'The WSCB is a statutory body created under the Children Act 2004.';
      const { dialog, marks } = await viewInDocument(page, quote);
      expect(await marks.count()).toBe(1);
      expect(await marks.first().textContent()).toBe(quote);
      // In the paragraph that follows the heading "2. The Wiltshire SCB".
      const heading = await marks.first().evaluate((m) => {
        const p = m.parentElement;
        let h = p?.previousElementSibling;
        while (h && !/^H[1-6]$/.test(h.tagName)) h = h.previousElementSibling;
        return [p?.tagName, h?.textContent];
      });
      expect(heading).toEqual(['P', '2. The Wiltshire SCB']);
      await keepScreenshot(page, `document-view-${size.width}-section`);
      await closeDialog(page, dialog);
      expect(errors).toEqual([]);
    });

    it("judges Wiltshire 2014 by its period's law by default, by today's law when asked", async () => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openCanvas(page, base, `${W2014}&view=findings`);
      await openSheetOnPhone(page, size.width);
      const panel = page.locator('[data-testid=findings-panel]');
      const law = panel.locator('[data-testid=findings-law]');
      const findings = panel.locator('[data-testid=finding]');
      await findings.first().waitFor({ timeout: UI_TIMEOUT });
      expect(await law.innerText()).toContain(
        "the law in force on 15 December 2014 (the document's period)",
      );
      const ended = findings.filter({ hasText: 'although such boards ended' });
      expect(await ended.count()).toBe(0);
      const toggle = panel.getByRole('checkbox', { name: "Judge by today's law" });
      expect(await toggle.isChecked()).toBe(false);

      await toggle.check();
      await expect
        .poll(() => law.innerText(), { timeout: UI_TIMEOUT })
        .toMatch(/^Judged by today's law \(/);
      await ended.first().waitFor({ timeout: UI_TIMEOUT });
      expect(await panel.getByRole('list', { name: "Findings by today's law" }).count()).toBe(1);
      expect(new URL(page.url()).searchParams.get('law')).toBe('today');
      await keepScreenshot(page, `document-view-${size.width}-findings-today`);

      await toggle.uncheck();
      await expect.poll(() => ended.count(), { timeout: UI_TIMEOUT }).toBe(0);
      expect(errors).toEqual([]);
    });
  });
});
