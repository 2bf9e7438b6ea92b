/**
 * Paged answers in the explorer (decision 0028): a panel asks for its first
 * page, then each following page once, and stops. The comparison table
 * pages its rows 10 at a time under one `compareAreas(...)` answer that has
 * no id of its own; writing a later page into Apollo's cache under that
 * same field replaced the first page's answer, whose query then asked again,
 * and the pages began again: the same requests over and over.
 */
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserTestMode } from './support/browser';
import { canvasReady, openCanvas, UI_TIMEOUT } from './support/explorer';
import { explorerSession } from './support/session';

const mode = browserTestMode();

function operationOf(request: Request): string | null {
  if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return null;
  try {
    return (
      (JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName ?? null
    );
  } catch {
    return null;
  }
}

describe.skipIf(mode.skip)('paged answers (Chromium)', () => {
  const session = explorerSession();

  it('the comparison table asks for each page of rows once, then stops', async () => {
    const { page, base, errors } = session;
    const asked: string[] = [];
    page.on('request', (r) => {
      if (operationOf(r) !== 'ExplorerCompare') return;
      const { variables } = JSON.parse(r.postData() ?? '{}') as {
        variables?: { after?: string | null; areaIds?: string[] };
      };
      // the pair chosen below (the view opens on another pair first)
      if (!variables?.areaIds?.includes('walsall')) return;
      asked.push(variables.after ?? 'first');
    });
    let totalRows = 0;
    page.on('response', async (r) => {
      if (operationOf(r.request()) !== 'ExplorerCompare') return;
      const body = (await r.json().catch(() => null)) as {
        data?: { compareAreas?: { rowPage?: { totalCount?: number } } };
      } | null;
      if (!r.request().postData()?.includes('walsall')) return;
      totalRows = body?.data?.compareAreas?.rowPage?.totalCount ?? totalRows;
    });
    await openCanvas(page, base, '?area=wiltshire');
    await page.locator('[data-testid=view-compare]').click();
    await page.locator('[data-testid=compare-view]').waitFor({ timeout: UI_TIMEOUT });
    await page.getByLabel('Right area').selectOption('walsall');
    await canvasReady(page, 'canvas-left');
    const matrix = page.locator('[data-testid=coverage-matrix]');
    await matrix.locator('[data-testid=coverage-cell]').first().waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => totalRows, { timeout: UI_TIMEOUT }).toBeGreaterThan(10);
    // every row of the comparison arrives (pages of 10, or fewer when a page's text is long) ...
    const dutiesShown = async () =>
      new Set(
        await matrix
          .locator('[data-duty]')
          .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-duty'))),
      ).size;
    await expect.poll(dutiesShown, { timeout: UI_TIMEOUT }).toBe(totalRows);
    // ... each page asked for once, the first page once, and nothing asked again afterwards
    await page.waitForTimeout(3000);
    expect(
      asked.filter((a) => a === 'first'),
      asked.join(' '),
    ).toHaveLength(1);
    expect(new Set(asked).size, asked.join(' ')).toBe(asked.length);
    expect(asked.length).toBeGreaterThan(1);
    expect(errors).toEqual([]);
  });
});
