/**
 * Browser helpers for the editing forms (issue 14 point 3) and the review
 * screen (points 1-2): select a passage in the passage picker as a reader
 * would, check a page with axe, and act on the review screen.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { UI_TIMEOUT } from './explorer';

/**
 * Selects `words` (as shown: the readable text, no Markdown marks) in the
 * passage picker inside `dialog` with a real DOM selection across the shown
 * runs, and adds them as evidence.
 */
export async function selectPassage(page: Page, dialog: string, words: string): Promise<void> {
  const box = page.locator(`${dialog} [data-testid=passage-text]`);
  await box.waitFor({ timeout: UI_TIMEOUT });
  const found = await box.evaluate((el, w) => {
    // The shown text, run by run: where each run's text node begins in it.
    const nodes: { node: Text; at: number }[] = [];
    let shown = '';
    for (const run of el.querySelectorAll<HTMLElement>('[data-start]')) {
      const node = run.firstChild as Text | null;
      if (!node) continue;
      nodes.push({ node, at: shown.length });
      shown += node.data;
    }
    const start = shown.indexOf(w);
    if (start < 0) return false;
    const end = start + w.length;
    const point = (offset: number, isEnd: boolean) => {
      const hit = nodes.filter((n) =>
        isEnd ? n.at < offset && offset <= n.at + n.node.data.length : n.at <= offset,
      );
      const n = isEnd ? hit[0]! : hit[hit.length - 1]!;
      return { node: n.node, offset: offset - n.at };
    };
    const a = point(start, false);
    const b = point(end, true);
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return true;
  }, words);
  expect(found, `"${words}" in the shown text`).toBe(true);
  const passages = page.locator(`${dialog} [data-testid=edit-passages] li`);
  const before = await passages.count();
  await page.locator(dialog).getByRole('button', { name: 'Add this passage as evidence' }).click();
  await expect.poll(() => passages.count()).toBe(before + 1);
}

/** Serious or critical axe violations on the page (WCAG 2.2 AA and best practice). */
export async function axeProblems(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label} ${v.impact} ${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

/** The review screen's revision (it moves on with every answer the server gives). */
export async function reviewRevision(page: Page): Promise<number> {
  return Number(await page.locator('[data-testid=review-screen]').getAttribute('data-revision'));
}

/** Clicks a review button and waits until the server's answer is shown (the revision moved on). */
export async function reviewAct(page: Page, testId: string): Promise<void> {
  const before = await reviewRevision(page);
  await page.locator(`[data-testid=${testId}]`).click();
  await expect
    .poll(
      async () => {
        const error = page.locator('[data-testid=review-error]');
        if (await error.count()) throw new Error(`${testId}: ${await error.textContent()}`);
        return reviewRevision(page);
      },
      { timeout: UI_TIMEOUT },
    )
    .toBeGreaterThan(before);
}

/**
 * Selects the review screen's document text between two offsets (inside one
 * run of the text) with a real DOM selection, as a reader would, and waits
 * for the form that adds a fact from it.
 */
export async function selectDocumentText(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ([start, end]) => {
      const spans = [
        ...document.querySelectorAll<HTMLElement>('[data-testid=review-document] [data-offset]'),
      ];
      const span = spans.find((s) => {
        const at = Number(s.dataset.offset);
        return at <= start && at + (s.textContent ?? '').length >= end;
      });
      if (!span) throw new Error(`no run of text holds ${start}-${end}`);
      const text = span.firstChild!;
      const at = Number(span.dataset.offset);
      const range = document.createRange();
      range.setStart(text, start - at);
      range.setEnd(text, end - at);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      span.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [start, end] as const,
  );
  await page.locator('[data-testid=review-add]').waitFor({ timeout: UI_TIMEOUT });
}

/**
 * Sends a document from the review screen's upload form (shown, e.g. at
 * `?review=new` or after the header's "Add an area" link) for `area` and
 * `year`, and waits for the draft's review screen; a refusal fails with the
 * words the screen shows. `beforeSubmit` runs with the form filled in (a
 * screenshot). Returns the draft's id.
 */
export async function uploadForReview(
  page: Page,
  upload: { file: string; area: string; year: string; beforeSubmit?: () => Promise<unknown> },
): Promise<string> {
  await page.locator('[data-testid=review-upload]').waitFor({ timeout: UI_TIMEOUT });
  await page.locator('[data-testid=review-file]').setInputFiles(upload.file);
  await page.locator('[data-testid=review-area]').fill(upload.area);
  await page.locator('[data-testid=review-year]').fill(upload.year);
  await upload.beforeSubmit?.();
  await page.locator('[data-testid=review-submit]').click();
  await page
    .locator('[data-testid=review-screen], [data-testid=review-upload-error], .ag-review-error')
    .first()
    .waitFor({ timeout: 90_000 });
  const refused = page.locator('[data-testid=review-upload-error], .ag-review-error');
  expect(await refused.count(), (await refused.allTextContents()).join(' ')).toBe(0);
  return new URL(page.url()).searchParams.get('review')!;
}
