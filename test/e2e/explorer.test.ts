/**
 * The explorer's walking skeleton, end to end: the real API with a fresh
 * embedded store serves the built explorer, which fetches the first area
 * through Apollo Client and draws its bodies with React Flow.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserTestMode } from './support/browser';
import { canvasReady, keepScreenshot } from './support/explorer';
import { explorerSession } from './support/session';

const mode = browserTestMode();

describe.skipIf(mode.skip)('explorer (Chromium)', () => {
  const session = explorerSession();
  let page: Page;
  let pageErrors: string[] = [];
  let base = '';
  beforeEach(() => ({ page, errors: pageErrors, base } = session));

  it('draws the first area’s bodies and keeps the area in the URL', async () => {
    await page.goto(`${base}/`);
    await expect.poll(() => page.title()).toBe('Safeguarding Accountability Graph');
    await page.getByRole('heading', { name: 'Safeguarding Accountability Graph' }).waitFor();

    const picker = page.getByLabel('Area');
    await picker.waitFor();
    const firstOption = picker.locator('option').first();
    await expect.poll(() => firstOption.count(), { timeout: 30_000 }).toBe(1);
    expect(await firstOption.textContent()).toMatch(/^\S.* \(\d{4}(, \d{4})*\)$/);
    // The list carries each area's document years and titles (the option's tooltip), not its
    // documents; the shown area's documents and provenance come with it (issue 12 point 6).
    const wiltshire = picker.locator('option[value=wiltshire]');
    expect(await wiltshire.textContent()).toBe('Wiltshire (2014, 2019)');
    const titles = (await wiltshire.getAttribute('title'))?.split(' · ') ?? [];
    expect(titles).toHaveLength(2);
    expect(titles.every((t) => /\S/.test(t))).toBe(true);
    const provenance = page.locator('[data-testid=area-provenance]');
    await provenance.waitFor({ timeout: 30_000 });
    expect(await provenance.textContent()).toBe('Bundled');

    const nodes = page.locator('.react-flow__node');
    await nodes.first().waitFor({ timeout: 30_000 });
    const names = await nodes.allTextContents();
    expect(names.length).toBeGreaterThan(1);
    expect(names.some((text) => /Safeguarding/.test(text))).toBe(true);
    expect(await page.locator('.react-flow__edge').count()).toBeGreaterThan(0);

    // Nodes carry an accessible name that starts with the body's name.
    const body = page.locator('.react-flow__node-body').filter({ hasText: /Safeguarding/ });
    expect(await body.first().getAttribute('aria-label')).toMatch(/Safeguarding/);

    const selected = await picker.inputValue();
    expect(new URL(page.url()).searchParams.get('area')).toBe(selected);

    // After React Flow has fitted the view.
    await keepScreenshot(page, 'explorer');
    expect(pageErrors).toEqual([]);
  });

  it('opens the area named in the URL and says so when it does not exist', async () => {
    await page.goto(`${base}/`);
    await canvasReady(page);
    const selected = await page.getByLabel('Area').inputValue();
    await page.goto(`${base}/?area=${encodeURIComponent(selected)}`);
    await page.locator('.react-flow__node').first().waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Area').inputValue()).toBe(selected);

    await page.goto(`${base}/?area=no-such-area`);
    const notice = page.locator('[data-code="EXP005"]');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain('no-such-area');
    await page.locator('.react-flow__node').first().waitFor({ timeout: 30_000 });
  });

  it('draws the overview map, and dragging or scrolling on it moves the view', async () => {
    await page.goto(`${base}/`);
    await canvasReady(page);
    const map = page.locator('.ag-overview canvas');
    await map.waitFor();
    expect(await map.getAttribute('aria-label')).toBeTruthy();
    // Something is drawn besides the white background: the nodes and the view's mask.
    const inked = await map.evaluate((el: HTMLCanvasElement) => {
      const { data } = el.getContext('2d')!.getImageData(0, 0, el.width, el.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i]! + data[i + 1]! + data[i + 2]! < 700) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(50);

    const transform = () =>
      page
        .locator('.react-flow__viewport')
        .first()
        .evaluate((el) => (el as HTMLElement).style.transform);
    const before = await transform();
    const box = (await map.boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 15, cy + 10, { steps: 5 });
    await page.mouse.up();
    await expect.poll(transform).not.toBe(before);

    const panned = await transform();
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, -300);
    await expect.poll(transform).not.toBe(panned);
    expect(pageErrors).toEqual([]);
  });
});
