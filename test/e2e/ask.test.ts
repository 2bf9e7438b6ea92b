/**
 * "Ask or search" in Chromium: a question typed in the search box is answered
 * in the answer panel with its text and quotes; "View in document" shows the
 * quote in place; a node of the answer is shown on the canvas. Screenshots at
 * 1440, 1024 and 390 px are kept in test-results/e2e/.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserTestMode } from './support/browser';
import { canvasReady, keepScreenshot, node, settle, UI_TIMEOUT, WIDTHS } from './support/explorer';
import { explorerSession } from './support/session';

const mode = browserTestMode();
const QUESTION = "Who holds the Children's Trust to account in Wiltshire?";

async function ask(page: Page, question: string) {
  const input = page.locator('[data-testid=search-input]');
  await input.fill(question);
  await input.press('Enter');
  await page.locator('[data-testid=answer-text]').waitFor({ timeout: UI_TIMEOUT });
}

describe.skipIf(mode.skip)('Ask or search (Chromium)', () => {
  const session = explorerSession();
  let page: Page;
  let errors: string[] = [];
  let base = '';
  beforeEach(() => ({ page, errors, base } = session));

  it('answers a question with its text and the quote that says so, and shows the quote in the document', async () => {
    await page.goto(`${base}/?area=wiltshire`);
    await canvasReady(page);
    await expect(page.locator('label', { hasText: 'Ask or search' }).count()).resolves.toBe(1);
    await ask(page, QUESTION);
    const text = await page.locator('[data-testid=answer-text]').innerText();
    expect(text).toContain("Wiltshire's 2014 protocol (superseded)");
    expect(text).toContain('Wiltshire Safeguarding Children Board');
    const first = page.locator('[data-testid=answer-quote] blockquote').first();
    expect(await first.innerText()).toContain('Hold the Trust Chair to account');
    expect(await page.locator('[data-testid=answer-interpretation]').innerText()).toContain(
      'How this was read',
    );
    // The canvas moves to the document the answer reads (2014), its first node selected.
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('doc') === 'wiltshire/2014',
      undefined,
      { timeout: UI_TIMEOUT },
    );
    await canvasReady(page);
    await node(page, 'wiltshire/childrens-trust').waitFor({ timeout: UI_TIMEOUT });

    await page.locator('[data-testid=answer-view-in-document]').first().click();
    const mark = page.locator('[data-testid=document-dialog] [data-testid=quote-mark]').first();
    await mark.waitFor({ timeout: UI_TIMEOUT });
    expect(await mark.innerText()).toContain('Hold the Trust Chair to account');
    await page.keyboard.press('Escape');

    // A node of the answer, shown on the canvas: it becomes the selection.
    await page
      .locator('[data-testid=answer-node]', { hasText: 'Wiltshire Safeguarding Children Board' })
      .first()
      .click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('sel') === 'wiltshire/wscb',
      undefined,
      { timeout: UI_TIMEOUT },
    );
    expect(errors).toEqual([]);
  });

  it('offers the readings of an ambiguous question, and each one answers', async () => {
    await page.goto(`${base}/?area=walsall`);
    await canvasReady(page);
    await ask(page, "Who holds the Children's Trust to account in Wiltshire and in Peterborough?");
    expect(await page.locator('[data-testid=answer-kind]').getAttribute('data-kind')).toBe(
      'AMBIGUOUS',
    );
    const choice = page
      .locator('[data-testid=answer-alternatives] button', { hasText: 'Wiltshire' })
      .first();
    await choice.click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=answer-kind]')?.getAttribute('data-kind') === 'ANSWER',
      undefined,
      { timeout: UI_TIMEOUT },
    );
    expect(await page.locator('[data-testid=answer-text]').innerText()).toContain(
      'to account through the Chair',
    );
    expect(errors).toEqual([]);
  });

  it.each(WIDTHS.map((w) => [w.name, w] as const))(
    '%s: the answer panel is readable',
    async (name, size) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`${base}/?area=wiltshire`);
      await canvasReady(page);
      await ask(page, QUESTION);
      await settle(page);
      const box = await page.locator('[data-testid=answer-panel]').boundingBox();
      expect(box).not.toBeNull();
      expect(box!.width).toBeLessThanOrEqual(size.width);
      expect(await page.locator('[data-testid=answer-quote]').count()).toBeGreaterThan(0);
      await keepScreenshot(page, `ask-${name}-${size.width}`);
      expect(errors).toEqual([]);
    },
  );
});
