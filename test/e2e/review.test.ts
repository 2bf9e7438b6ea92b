/**
 * Add an area in the browser (issue 14, points 1-2; decision 0025): upload a
 * bundled source, accept proposals, reject one, add a fact by selecting
 * text, publish, and find the area in the area list. In Chromium against the
 * real server (seeded store) with a real editor session; screenshots of the
 * review screen at 1440, 1024 and 390 px in test-results/e2e/review-*.png.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../integration/helpers/auth';
import { startSeededApp } from '../integration/support/seeded';
import type { TestApp } from '../integration/support/app';
import { browserTestMode, launchChromium } from './support/browser';
import { keepScreenshot, UI_TIMEOUT, watchErrors, WIDTHS } from './support/explorer';

const mode = browserTestMode();
const SOURCE = fileURLToPath(
  new URL(
    '../../graph-seed/sources/walsall-2017-inter-board-safeguarding-protocol.txt',
    import.meta.url,
  ),
);
const AREA = 'brookshire';

describe.skipIf(mode.skip)('add an area in the browser (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    if (mode.reason) throw new Error(mode.reason);
    t = await startSeededApp({ embedded: true });
    browser = await launchChromium();
    const editor = await signIn(t, 'editor');
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies(
      editor.cookie.split('; ').map((pair) => {
        const [name, ...value] = pair.split('=');
        return { name: name!, value: value.join('='), url: t.url };
      }),
    );
    page = await context.newPage();
    errors = watchErrors(page);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const revision = async () =>
    Number(await page.locator('[data-testid=review-screen]').getAttribute('data-revision'));
  /** Clicks a review button and waits until the server's answer is shown (the revision moved on). */
  async function act(testId: string) {
    const before = await revision();
    await page.locator(`[data-testid=${testId}]`).click();
    await expect
      .poll(
        async () => {
          const error = page.locator('[data-testid=review-error]');
          if (await error.count()) throw new Error(`${testId}: ${await error.textContent()}`);
          return revision();
        },
        { timeout: UI_TIMEOUT },
      )
      .toBeGreaterThan(before);
  }

  it('uploads a document, reviews its proposals and publishes the area', async () => {
    await page.goto(`${t.url}/`);
    await page.locator('[data-testid=add-area-link]').click();
    await page.locator('[data-testid=review-upload]').waitFor({ timeout: UI_TIMEOUT });
    await page.locator('[data-testid=review-file]').setInputFiles(SOURCE);
    await page.locator('[data-testid=review-area]').fill(AREA);
    await page.locator('[data-testid=review-year]').fill('2017');
    await keepScreenshot(page, 'review-upload-1440');
    await page.locator('[data-testid=review-submit]').click();
    await page
      .locator('[data-testid=review-screen], [data-testid=review-upload-error], .ag-review-error')
      .first()
      .waitFor({ timeout: 90_000 });
    const refused = page.locator('[data-testid=review-upload-error], .ag-review-error');
    expect(await refused.count(), await refused.allTextContents().then((t) => t.join(' '))).toBe(0);

    // Every proposal's quote is marked in the text.
    const marks = page.locator('[data-testid=review-document] mark');
    expect(await marks.count()).toBeGreaterThan(5);
    const nodeItems = page.locator('section[aria-labelledby=review-nodes] li[data-state]');
    const nodeKeys = await nodeItems.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-testid')!.replace('proposal-', '')),
    );
    expect(nodeKeys.length).toBeGreaterThan(2);
    for (const key of nodeKeys) await act(`accept-${key}`);
    const relKeys = await page
      .locator('section[aria-labelledby=review-relationships] li[data-state]')
      .evaluateAll((els) =>
        els.map((e) => e.getAttribute('data-testid')!.replace('proposal-', '')),
      );
    await act(`accept-${relKeys[0]}`);
    await act(`reject-${relKeys[1]}`);
    await expect
      .poll(() => page.locator(`[data-testid=proposal-${relKeys[1]}]`).getAttribute('data-state'))
      .toBe('REJECTED');

    // Select text under a heading and add a node with exactly that quote.
    const selected = await page.evaluate(() => {
      const span = [
        ...document.querySelectorAll<HTMLElement>(
          '[data-testid=review-document] h3 ~ p [data-offset]',
        ),
      ].find((s) => (s.textContent ?? '').trim().length > 25)!;
      const text = span.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 20);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      span.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return { start: Number(span.dataset.offset), quote: range.toString() };
    });
    await page.locator('[data-testid=review-add]').waitFor({ timeout: UI_TIMEOUT });
    await page.locator('[data-testid=review-add-name]').fill('Selected Panel');
    await act('review-add-submit');
    const added = page.locator('section[aria-labelledby=review-nodes] li[data-state]').last();
    expect(await added.textContent()).toContain('Selected Panel');
    expect(await added.textContent()).toContain('added by a reviewer');
    const mark = page.locator(
      `[data-testid=review-document] mark[data-offset="${selected.start}"]`,
    );
    expect((await mark.first().textContent())?.trim()).toBe(selected.quote.trim());

    for (const size of WIDTHS) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await keepScreenshot(page, `review-${size.width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.locator('[data-testid=review-publish]').click();
    await page.locator('[data-testid=review-published]').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('[data-testid=review-published]').textContent()).toMatch(
      /Published \d+ nodes, 1 relationships/,
    );
    await keepScreenshot(page, 'review-published-1440');

    await page.locator('[data-testid=review-published] a').click();
    const picker = page.locator('[data-testid=area-picker]');
    await expect
      .poll(
        () => picker.evaluate((s) => [...(s as HTMLSelectElement).options].map((o) => o.value)),
        {
          timeout: UI_TIMEOUT,
        },
      )
      .toContain(AREA);
    expect(errors).toEqual([]);
  }, 300_000);
});
