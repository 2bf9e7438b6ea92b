/**
 * Issue 13/14: on the review screen, a proposal the reader drew beyond the
 * document's words says so, as the explorer does for interpreted edges: its
 * line ends "(interpretation)" and the reason is printed under it. In Chromium
 * against the real server; the Wiltshire 2014 protocol's "both bodies" readings
 * are interpretations. Screenshots at 1440, 1024 and 390 px in
 * test-results/e2e/review-interpretation-*.png.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TestApp } from '../integration/support/app';
import { browserTestMode } from './support/browser';
import { uploadForReview } from './support/editing';
import { editorSession } from './support/session';
import { keepScreenshot, UI_TIMEOUT, WIDTHS } from './support/explorer';

const mode = browserTestMode();
const SOURCE = fileURLToPath(
  new URL(
    '../../graph-seed/sources/wiltshire-2014-wscb-childrens-trust-protocol.txt',
    import.meta.url,
  ),
);

describe.skipIf(mode.skip)('the review screen marks interpretations (Chromium)', () => {
  let t: TestApp;
  let page: Page;
  let errors: string[];
  const session = editorSession();
  beforeAll(() => {
    ({ t, page, errors } = session);
  });

  it('shows "(interpretation)" and the reason on a proposal read beyond the words', async () => {
    await page.goto(`${t.url}/?review=new`);
    await uploadForReview(page, { file: SOURCE, area: 'interpshire', year: '2014' });
    // The "both bodies" reading (the reader has other interpretations too, listed before it).
    const reason = page
      .locator('[data-testid^=interpretation-]')
      .filter({ hasText: 'The sentence says "both bodies"' })
      .first();
    await reason.waitFor({ timeout: UI_TIMEOUT });
    expect(await reason.textContent()).toMatch(
      /^Interpretation \(our reading, not the document's words\): The sentence says "both bodies"/,
    );
    const key = (await reason.getAttribute('data-testid'))!.replace('interpretation-', '');
    const what = page.locator(`[data-testid=proposal-${key}] .ag-review-item__what`);
    expect(await what.textContent()).toMatch(/\(interpretation\)$/);
    // A stated proposal has no such mark.
    const all = await page.locator('[data-testid^=proposal-r]').count();
    const marked = await page.locator('[data-testid^=interpretation-r]').count();
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBeLessThan(all);
    for (const w of WIDTHS) {
      await page.setViewportSize({ width: w.width, height: w.height });
      await page.locator(`[data-testid=proposal-${key}]`).scrollIntoViewIfNeeded();
      await keepScreenshot(page, `review-interpretation-${w.name}`);
    }
    expect(errors).toEqual([]);
  });
});
