/**
 * Accounts in the explorer (issue 14 point 5, decision 0023), in Chromium:
 * the sign-in dialog keeps focus inside and closes on Esc, shows the API's
 * refusal, signs in; the header's account menu shows who and which role and
 * signs out. Screenshots at 1440, 1024 and 390 px are kept (test-results).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountService } from '@accgraph/api/auth';
import { startSeededApp } from '../integration/support/seeded.ts';
import type { TestApp } from '../integration/support/app.ts';
import { browserTestMode, launchChromium } from './support/browser';
import { keepScreenshot, UI_TIMEOUT } from './support/explorer';

const mode = browserTestMode();
const PASSWORD = 'a passphrase long enough';

describe.skipIf(mode.skip)('sign-in dialog and account menu (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startSeededApp({ embedded: true });
    await new AccountService({ store: t.store }).create('operator', {
      email: 'jo.editor@example.org',
      displayName: 'Jo Editor',
      password: PASSWORD,
      role: 'viewer',
      areaRoles: { wiltshire: 'editor' },
    });
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function page(width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${t.url}/?area=wiltshire`);
    await p
      .locator('[data-testid=sign-in-button]:not([disabled])')
      .waitFor({ timeout: UI_TIMEOUT });
    return p;
  }

  it('keeps focus in the dialog, closes on Esc back to its opener, shows a refusal, signs in and out', async () => {
    const p = await page(1440);
    const opener = p.locator('[data-testid=sign-in-button]');
    await opener.click();
    const dialog = p.locator('[data-testid=sign-in-dialog]');
    await dialog.locator('[data-testid=sign-in-email]').waitFor({ timeout: UI_TIMEOUT });
    for (let i = 0; i < 8; i += 1) {
      await p.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await p.keyboard.press('Escape');
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);

    await opener.click();
    await p.locator('[data-testid=sign-in-email]').fill('jo.editor@example.org');
    await p.locator('[data-testid=sign-in-password]').fill('not the passphrase');
    await p.locator('[data-testid=sign-in-submit]').click();
    await expect
      .poll(() => p.locator('[data-testid=sign-in-error]').textContent(), { timeout: UI_TIMEOUT })
      .toMatch(/Wrong e-mail address or password/);
    await keepScreenshot(p, 'auth-sign-in-dialog-1440');

    await p.locator('[data-testid=sign-in-password]').fill(PASSWORD);
    await p.locator('[data-testid=sign-in-submit]').click();
    const account = p.locator('[data-testid=account-button]');
    await account.waitFor({ timeout: UI_TIMEOUT });
    expect(await account.textContent()).toBe('Jo Editorviewer');
    await account.click();
    const menu = p.locator('[data-testid=account-menu]');
    expect(await menu.textContent()).toMatch(
      /jo\.editor@example\.org.*Role: viewer.*wiltshire: editor/,
    );
    await keepScreenshot(p, 'auth-account-menu-1440');
    await p.locator('[data-testid=sign-out]').click();
    await opener.waitFor({ timeout: UI_TIMEOUT });
    const cookies = await p.context().cookies();
    expect(cookies.find((c) => c.name === 'accgraph_session')).toBeUndefined();
    await p.context().close();
  });

  it.each([1024, 390])('%i px: the dialog and the menu fit', async (width) => {
    const p = await page(width);
    await p.locator('[data-testid=sign-in-button]').click();
    await p.locator('[data-testid=sign-in-email]').fill('jo.editor@example.org');
    await keepScreenshot(p, `auth-sign-in-dialog-${width}`);
    await p.locator('[data-testid=sign-in-password]').fill(PASSWORD);
    await p.locator('[data-testid=sign-in-submit]').click();
    const account = p.locator('[data-testid=account-button]');
    await account.waitFor({ timeout: UI_TIMEOUT });
    await account.click();
    const box = await p.locator('[data-testid=account-menu]').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    await keepScreenshot(p, `auth-account-menu-${width}`);
    await p.context().close();
  });
});
