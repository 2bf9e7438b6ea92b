/**
 * What people expect from Bloom, Kumu or Linkurious (issue 15, point 5), in
 * Chromium at 1440, 1024 and 390 px:
 * - the path between two chosen nodes is highlighted on the canvas (the rest
 *   dimmed), and kept in the URL;
 * - "present" walks a chain hop by hop, each hop with its quote, the canvas
 *   highlighting just that hop; ← / → step and Esc ends;
 * - hover details: a card beside a node or a relationship says what it is;
 * - styling rules: colour and size by a measure or a property, in the URL,
 *   with a key.
 * Screenshots: test-results/e2e/anchors-*.png.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserTestMode } from './support/browser';
import { edge, keepScreenshot, node, openCanvas, UI_TIMEOUT, WIDTHS } from './support/explorer';
import { W2014 } from './support/seed';
import { explorerSession } from './support/session';

const mode = browserTestMode();
const WSCB = 'wiltshire/wscb';
const TRUST = 'wiltshire/childrens-trust';

const emphasis = (page: Page, id: string) =>
  node(page, id).evaluate((el) => el.querySelector('.ag-node')?.getAttribute('data-emphasis'));

describe.skipIf(mode.skip)('path, present, hover and styling rules (Chromium)', () => {
  const session = explorerSession();
  let page: Page;
  let errors: string[] = [];
  let base = '';
  beforeEach(() => ({ page, errors, base } = session));

  describe.each(WIDTHS.map((w) => [`${w.width} px`, w] as const))('%s', (_w, size) => {
    beforeEach(async () => {
      await page.setViewportSize({ width: size.width, height: size.height });
    });

    it('highlights the path between two chosen nodes on the canvas', async () => {
      await openCanvas(page, base, `${W2014}&sel=${WSCB}`);
      if (size.width < 700) {
        const toggle = page.locator('[data-testid=sheet-toggle-details]');
        if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      }
      await page.locator('[data-testid=path-to]').selectOption(TRUST);
      await page.locator('[data-testid=path-hop]').first().waitFor({ timeout: UI_TIMEOUT });
      expect(new URL(page.url()).searchParams.get('to')).toBe(TRUST);
      await expect.poll(() => emphasis(page, TRUST)).toMatch(/on|subject/);
      expect(await emphasis(page, WSCB)).toMatch(/on|subject/);
      // Something off the path is dimmed.
      expect(await emphasis(page, 'wiltshire/public-services-board')).toBe('dim');
      await keepScreenshot(page, `anchors-${size.width}-path`);
      expect(errors).toEqual([]);
    });

    it('presents a chain hop by hop with each quote, ←/→ to step, Esc to end', async () => {
      await openCanvas(page, base, `${W2014}&chain=${TRUST}`);
      if (size.width < 700) {
        const toggle = page.locator('[data-testid=sheet-toggle-details]');
        if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      }
      await page.locator('[data-testid=chain-present]').click();
      const bar = page.locator('[data-testid=present-bar]');
      await bar.waitFor({ timeout: UI_TIMEOUT });
      expect(await bar.getAttribute('data-step')).toBe('1');
      expect(new URL(page.url()).searchParams.get('step')).toBe('1');
      const first = await page.locator('[data-testid=present-sentence]').innerText();
      expect(first.length).toBeGreaterThan(10);
      expect(
        (await bar.locator('[data-testid=evidence-quote] blockquote').first().innerText()).length,
      ).toBeGreaterThan(10);
      // The keyboard is on the bar: → goes to step 2, whose hop alone is highlighted.
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => bar.getAttribute('data-step')).toBe('2');
      expect(await page.locator('[data-testid=present-sentence]').innerText()).not.toBe(first);
      const on = await page
        .locator(
          '[data-testid=canvas] .ag-node[data-emphasis=on], [data-testid=canvas] .ag-node[data-emphasis=subject]',
        )
        .count();
      expect(on).toBe(2);
      await keepScreenshot(page, `anchors-${size.width}-present`);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => bar.getAttribute('data-step')).toBe('1');
      await page.keyboard.press('Escape');
      await expect.poll(() => bar.count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('step')).toBeNull();
      // Esc ended the presentation only: the chain is still shown.
      expect(new URL(page.url()).searchParams.get('chain')).toBe(TRUST);
      expect(errors).toEqual([]);
    });

    it('shows hover details for a node and for a relationship', async () => {
      await openCanvas(page, base, W2014);
      await node(page, WSCB).hover();
      const card = page.locator('[data-testid=hover-card]');
      await card.waitFor({ timeout: UI_TIMEOUT });
      expect(await card.getAttribute('data-id')).toBe(WSCB);
      const text = await card.innerText();
      expect(text).toContain('Wiltshire Safeguarding Children Board');
      expect(text).toMatch(/\d+ ties drawn/);
      await keepScreenshot(page, `anchors-${size.width}-hover`);
      await page.mouse.move(2, 2);
      await expect.poll(() => card.count()).toBe(0);
      // A relationship: hover its drawn line.
      const id = 'wiltshire/2014:HOLDS_TO_ACCOUNT:wiltshire/wscb->wiltshire/trust-chair';
      const point = await edge(page, id).evaluate((el) => {
        const path = el.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
        const m = path.getScreenCTM()!;
        for (const f of [0.5, 0.4, 0.6, 0.3, 0.7]) {
          const p = path.getPointAtLength(path.getTotalLength() * f);
          const x = p.x * m.a + m.e;
          const y = p.y * m.d + m.f;
          if (document.elementFromPoint(x, y)?.closest('.react-flow__edge') === el) return { x, y };
        }
        return null;
      });
      if (point) {
        await page.mouse.move(point.x, point.y);
        await expect.poll(() => card.getAttribute('data-kind')).toBe('edge');
        expect(await card.innerText()).toMatch(/holds to account/);
      }
      expect(errors).toEqual([]);
    });

    it('colours and sizes nodes by a measure, kept in the URL, with a key', async () => {
      await openCanvas(page, base, W2014);
      if (size.width < 700) await page.locator('[data-testid=sheet-toggle-legend]').click();
      // Closed until a rule is set: open it.
      await page.locator('[data-testid=style-rules] summary').click();
      await page.locator('[data-testid=style-colour]').selectOption('betweenness');
      await page.locator('[data-testid=style-size]').selectOption('degree');
      await expect.poll(() => new URL(page.url()).searchParams.get('colour')).toBe('betweenness');
      expect(new URL(page.url()).searchParams.get('size')).toBe('degree');
      expect(await page.locator('[data-testid=style-key] li').count()).toBe(5);
      // The most central node (the board) is drawn darkest and biggest.
      const look = await node(page, WSCB).evaluate((el) => {
        const card = el.querySelector<HTMLElement>('.ag-node')!;
        return { bg: getComputedStyle(card).backgroundColor, t: card.style.transform };
      });
      expect(look.bg).toBe('rgb(127, 29, 29)');
      expect(look.t).toMatch(/scale\(1\.[1-6]/);
      await keepScreenshot(page, `anchors-${size.width}-styling`);
      // A shared link opens styled.
      await page.goto(page.url());
      await page.locator('[data-testid=canvas][data-ready=true]').waitFor({ timeout: UI_TIMEOUT });
      expect(await node(page, WSCB).locator('.ag-node').getAttribute('data-styled')).toBe('true');
      expect(errors).toEqual([]);
    });
  });
});
