/**
 * The review screen's graph of the draft (issue 14 point 2): in Chromium
 * against the real server (seeded store, real editor session), a bundled
 * source is uploaded and drafted; the graph draws the draft's nodes, a click
 * on a graph node chooses its proposal and the text shows its quote marked,
 * accepting redraws it solid, rejecting takes it out (or dotted, when asked),
 * a relationship chosen in the list is marked in the graph. Axe finds nothing
 * serious or critical at 1440, 1024 and 390 px, where the canvas is never
 * 0 px and does not overlap the text; screenshots in
 * test-results/e2e/review-graph-*.png.
 */
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../integration/support/app';
import { browserTestMode } from './support/browser';
import { reviewAct, uploadForReview } from './support/editing';
import { editorSession } from './support/session';
import { keepScreenshot, UI_TIMEOUT, WIDTHS } from './support/explorer';

const mode = browserTestMode();
const SOURCE = fileURLToPath(
  new URL(
    '../../graph-seed/sources/walsall-2017-inter-board-safeguarding-protocol.txt',
    import.meta.url,
  ),
);

describe.skipIf(mode.skip)('the review screen draws the draft as a graph (Chromium)', () => {
  let t: TestApp;
  let page: Page;
  let errors: string[];

  const session = editorSession();
  beforeAll(() => {
    ({ t, page, errors } = session);
  });

  /** Clicks a review button and waits until the server's answer is shown. */
  const act = (testId: string) => reviewAct(page, testId);
  const graphNode = (key: string) =>
    page.locator(`[data-testid=review-graph] .react-flow__node:has([data-key="${key}"])`);
  const zoomOf = () =>
    page
      .locator('[data-testid=review-graph] .react-flow__viewport')
      .evaluate((vp) => new DOMMatrixReadOnly(getComputedStyle(vp).transform).a);
  /** Names drawn in the graph's visible box under 11 px on screen (folded names are not drawn). */
  const smallNames = () =>
    page.locator('[data-testid=review-graph]').evaluate((g) => {
      const box = g.getBoundingClientRect();
      const vp = g.querySelector<HTMLElement>('.react-flow__viewport')!;
      const zoom = new DOMMatrixReadOnly(getComputedStyle(vp).transform).a;
      const out: string[] = [];
      for (const el of g.querySelectorAll<HTMLElement>('.ag-review-gnode__name')) {
        const r = el.getBoundingClientRect();
        const inView =
          r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
        const style = getComputedStyle(el);
        if (!inView || style.opacity === '0' || style.display === 'none') continue;
        const px = parseFloat(style.fontSize) * zoom;
        if (px < 11 - 0.01) out.push(`${el.textContent} ${px.toFixed(1)} px`);
      }
      return out;
    });
  const drawnKeys = () =>
    page
      .locator('[data-testid=review-graph] [data-key]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!).sort());
  const listKeys = (section: string, state?: string) =>
    page
      .locator(`section[aria-labelledby=${section}] li[data-state${state ? `="${state}"` : ''}]`)
      .evaluateAll((els) =>
        els.map((e) => e.getAttribute('data-testid')!.replace('proposal-', '')).sort(),
      );
  const borderStyle = (key: string) =>
    page
      .locator(`[data-testid=review-graph] [data-key="${key}"]`)
      .evaluate((e) => getComputedStyle(e).borderTopStyle);

  it('draws the draft, follows choices and reviews, and passes axe at three widths', async () => {
    await page.goto(`${t.url}/?review=new`);
    await uploadForReview(page, { file: SOURCE, area: 'graphshire', year: '2017' });
    const graph = page.locator('[data-testid=review-graph]');
    await graph.locator('.react-flow__node').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await graph.getAttribute('aria-label')).toMatch(/^Graph of the draft/);

    // Every node proposal not rejected is drawn, as a button with its name.
    const nodeKeys = await listKeys('review-nodes');
    expect(nodeKeys.length).toBeGreaterThan(2);
    await expect.poll(drawnKeys, { timeout: UI_TIMEOUT }).toEqual(nodeKeys);
    const target = nodeKeys[0]!;
    const name = await page
      .locator(`[data-testid=proposal-${target}] .ag-review-item__what`)
      .textContent();
    expect(await graphNode(target).getAttribute('role')).toBe('button');
    const label = (await graphNode(target).getAttribute('aria-label')) ?? '';
    expect(label).toContain('proposed');
    expect(name).toContain(label.slice(0, label.indexOf(', ')));
    expect(await borderStyle(target)).toBe('dashed');

    // A click on the graph node chooses the proposal; the text shows its quote marked.
    await graphNode(target).click();
    await expect
      .poll(() => page.locator(`[data-testid=proposal-${target}]`).getAttribute('class'), {
        timeout: UI_TIMEOUT,
      })
      .toContain('ag-review-item--current');
    const mark = page.locator(
      `[data-testid=review-document] mark.ag-review-mark--current[data-keys~="${target}"]`,
    );
    expect(await mark.count()).toBeGreaterThan(0);
    expect((await mark.first().textContent())?.trim().length).toBeGreaterThan(0);
    expect(await graphNode(target).getAttribute('aria-label')).toMatch(/, chosen$/);

    // Accepting it redraws it solid, from the same cache.
    await act(`accept-${target}`);
    await expect
      .poll(() => graphNode(target).locator('[data-key]').getAttribute('data-state'))
      .toBe('ACCEPTED');
    expect(await borderStyle(target)).toBe('solid');

    // By keyboard: Enter on a focused graph node chooses it too.
    const other = nodeKeys[2]!;
    await graphNode(other).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator(`[data-testid=proposal-${other}]`).getAttribute('class'), {
        timeout: UI_TIMEOUT,
      })
      .toContain('ag-review-item--current');

    // Rejecting a node takes it out of the graph; "show rejected" draws it dotted.
    const dropped = nodeKeys[1]!;
    await act(`reject-${dropped}`);
    await expect.poll(drawnKeys).toEqual(nodeKeys.filter((k) => k !== dropped));
    await page.locator('[data-testid=review-graph-rejected]').check();
    await expect.poll(drawnKeys).toEqual(nodeKeys);
    expect(await borderStyle(dropped)).toBe('dotted');
    await page.locator('[data-testid=review-graph-rejected]').uncheck();

    // A relationship chosen in the list is marked in the graph; a click on it chooses it again.
    const relKeys = await listKeys('review-relationships');
    const drawnEdges = await graph
      .locator('.react-flow__edge')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    const rel = relKeys.find((k) => drawnEdges.includes(k));
    if (rel) {
      await page.locator(`[data-testid=proposal-${rel}] .ag-review-item__what`).click();
      await expect
        .poll(() => graph.locator(`.react-flow__edge[data-id="${rel}"]`).getAttribute('class'))
        .toContain('ag-review-edge--current');
    }

    for (const size of WIDTHS) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await graph.locator('.react-flow__node').first().waitFor({ timeout: UI_TIMEOUT });
      const box = await graph.boundingBox();
      const doc = await page.locator('[data-testid=review-document]').boundingBox();
      expect(box!.height, `canvas height at ${size.width}`).toBeGreaterThan(200);
      expect(box!.width, `canvas width at ${size.width}`).toBeGreaterThan(200);
      expect(doc!.height, `text height at ${size.width}`).toBeGreaterThan(200);
      const overlaps =
        box!.x < doc!.x + doc!.width &&
        doc!.x < box!.x + box!.width &&
        box!.y < doc!.y + doc!.height &&
        doc!.y < box!.y + box!.height;
      expect(overlaps, `graph over the text at ${size.width}`).toBe(false);
      await keepScreenshot(page, `review-graph-${size.width}`);
      // Names in view are at least 11 px on screen or folded (not drawn), at the fitted zoom
      // and zoomed out by hand (issue 15 point 6: at a phone's 0.45 they were 5.4 px).
      expect(await smallNames(), `names under 11 px at ${size.width}`).toEqual([]);
      if (size.width === 390) {
        const fitted = await zoomOf();
        for (let i = 0; i < 4; i++) {
          await graph.locator('.react-flow__controls-zoomout').click();
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
          expect(await smallNames(), `names under 11 px zoomed out ${i + 1}×`).toEqual([]);
        }
        // Back to where it was (the fit button would fit without the 24 px target floor).
        for (let i = 0; i < 4; i++) await graph.locator('.react-flow__controls-zoomin').click();
        await expect.poll(zoomOf, { timeout: UI_TIMEOUT }).toBeCloseTo(fitted, 2);
      }
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${size.width} ${v.impact} ${v.id}: ${v.nodes[0]?.target.join(' ')}`);
      expect(bad).toEqual([]);
    }
    // On a phone not all of the graph fits: a node chosen in the list is brought into view.
    const box = (await graph.boundingBox())!;
    const outside = await graph.locator('.react-flow__node').evaluateAll(
      (els, b) =>
        els
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return (
              r.bottom < b.y || r.top > b.y + b.height || r.right < b.x || r.left > b.x + b.width
            );
          })
          .map((e) => e.querySelector('[data-key]')?.getAttribute('data-key'))
          .filter((k): k is string => !!k),
      box,
    );
    expect(outside.length, 'some node off the phone canvas').toBeGreaterThan(0);
    await page.locator(`[data-testid=proposal-${outside[0]}] .ag-review-item__what`).click();
    await expect
      .poll(async () => {
        const b = (await graph.boundingBox())!;
        const n = (await graphNode(outside[0]!).boundingBox())!;
        return (
          n.y >= b.y &&
          n.y + n.height <= b.y + b.height &&
          n.x >= b.x &&
          n.x + n.width <= b.x + b.width
        );
      })
      .toBe(true);

    // On a phone the graph can be hidden and shown again.
    await page.locator('[data-testid=review-graph-toggle]').click();
    expect(await graph.count()).toBe(0);
    await page.locator('[data-testid=review-graph-toggle]').click();
    await graph.locator('.react-flow__node').first().waitFor({ timeout: UI_TIMEOUT });
    expect(errors).toEqual([]);
  }, 300_000);
});
