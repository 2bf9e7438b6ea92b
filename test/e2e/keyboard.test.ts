/**
 * Keyboard and screen readers (issue 15, point 3), in Chromium:
 * - from the start of the page the skip link reaches the canvas in at most
 *   three key presses, and the other skip link reaches the details;
 * - an open dialog keeps Tab inside it and closes on Esc from any element
 *   in it, even after a click moved focus off its controls;
 * - a shortcut key pressed with a dialog open changes nothing behind it.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserTestMode } from './support/browser';
import { canvasReady, keepScreenshot, openCanvas, settle, UI_TIMEOUT } from './support/explorer';
import { HOLDS_TRUST_CHAIR, W2014 } from './support/seed';
import { explorerSession } from './support/session';

const mode = browserTestMode();

const isOpen = (dialog: Locator) => dialog.evaluate((d) => (d as HTMLDialogElement).open);
const focusInside = (dialog: Locator) =>
  dialog.evaluate((d) => d !== document.activeElement && d.contains(document.activeElement));

/** Opens the document view on the quote of the WSCB's line to the Trust Chair. */
async function openDocument(page: Page): Promise<Locator> {
  const open = page.locator('[data-testid=details-panel] [data-testid=view-in-document]').first();
  await open.waitFor({ timeout: UI_TIMEOUT });
  await open.click();
  const dialog = page.locator('[data-testid=document-dialog]');
  await dialog.locator('mark[data-testid=quote-mark]').waitFor({ timeout: UI_TIMEOUT });
  return dialog;
}

/** The elements of a dialog that Tab can reach, in order. */
async function tabbables(dialog: Locator): Promise<number> {
  return dialog.evaluate(
    (d) =>
      [
        ...d.querySelectorAll<HTMLElement>(
          'a[href], button:not([disabled]), input, select, textarea, [tabindex]',
        ),
      ].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0).length,
  );
}

describe.skipIf(mode.skip)('keyboard and dialogs (Chromium)', () => {
  const session = explorerSession();
  let page: Page;
  let errors: string[] = [];
  let base = '';
  beforeEach(() => ({ page, errors, base } = session));

  it.each([
    [1440, 900],
    [390, 844],
  ])('%i px: Tab from the page start reaches the canvas in ≤ 3 presses', async (width, height) => {
    await page.setViewportSize({ width, height });
    await openCanvas(page, base, W2014);
    await settle(page);
    const canvas = page.locator('[data-testid=canvas]');
    const inCanvas = () => canvas.evaluate((c) => c.contains(document.activeElement));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to the graph',
    );
    await keepScreenshot(page, `keyboard-skip-link-${width}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // Three presses: the keyboard is on something inside the canvas (a node or a canvas tool).
    expect(await inCanvas()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('390 px: the second skip link opens the details sheet and moves the keyboard there', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openCanvas(page, base, W2014);
    const details = page.locator('[data-testid=side-panel]');
    expect(await details.isVisible()).toBe(false);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to the details',
    );
    await page.keyboard.press('Enter');
    await details.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    expect(await details.evaluate((d) => d === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('Tab and Shift+Tab cycle inside an open dialog', async () => {
    await openCanvas(page, base, `${W2014}&sel=${encodeURIComponent(HOLDS_TRUST_CHAIR)}`);
    const dialog = await openDocument(page);
    const count = await tabbables(dialog);
    expect(count).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count * 2 + 1; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInside(dialog)).toBe(true);
    }
    for (let i = 0; i < count * 2 + 1; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInside(dialog)).toBe(true);
    }
    expect(errors).toEqual([]);
  });

  it('Esc closes the document view from any element in it, and after a click on its text', async () => {
    await openCanvas(page, base, `${W2014}&sel=${encodeURIComponent(HOLDS_TRUST_CHAIR)}`);
    let dialog = await openDocument(page);
    const count = await tabbables(dialog);
    for (let i = 0; i < count; i++) {
      if (!(await isOpen(dialog))) dialog = await openDocument(page);
      for (let t = 0; t < i; t++) await page.keyboard.press('Tab');
      await page.keyboard.press('Escape');
      await expect.poll(() => isOpen(dialog)).toBe(false);
    }
    // Tab past the last control (where focus used to leave the dialog), then Esc.
    dialog = await openDocument(page);
    for (let t = 0; t < count + 1; t++) await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(dialog)).toBe(false);
    // A click on the explanation above the text (not a control) moves focus off the controls.
    dialog = await openDocument(page);
    await dialog.locator('.ag-muted').first().click();
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(dialog)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('a shortcut key pressed with a dialog open changes nothing behind it', async () => {
    await openCanvas(page, base, `${W2014}&sel=${encodeURIComponent(HOLDS_TRUST_CHAIR)}`);
    const before = page.url();
    const dialog = await openDocument(page);
    // Focus on the dialog's text, and (after a click there) on no control at all.
    const count = await tabbables(dialog);
    for (const focusOn of ['text', 'click', 'tabbed past the end'] as const) {
      if (focusOn === 'text') await dialog.locator('[data-testid=document-text]').focus();
      else if (focusOn === 'click') await dialog.locator('.ag-muted').first().click();
      else for (let t = 0; t < count + 1; t++) await page.keyboard.press('Tab');
      for (const key of ['2', '3', 'd', 'h', 'o', '?', 'l', 'f']) await page.keyboard.press(key);
      await settle(page);
      expect(page.url()).toBe(before);
      expect(await isOpen(page.locator('[data-testid=help-dialog]'))).toBe(false);
      expect(await isOpen(dialog)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(dialog)).toBe(false);
    // The selection behind the dialog survived its Esc.
    expect(page.url()).toBe(before);
    await canvasReady(page);
    expect(errors).toEqual([]);
  });
});
