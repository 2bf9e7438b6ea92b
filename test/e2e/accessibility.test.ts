/**
 * Accessibility of the served explorer in Chromium:
 * - the table view lists exactly the canvas's nodes and relationships;
 * - everything works by keyboard, moving a node included (arrow keys
 *   instead of dragging);
 * - targets are at least 24 × 24 CSS px (WCAG 2.2 SC 2.5.8, with its
 *   spacing and inline exceptions);
 * - axe-core finds no serious or critical violation on any view, at 1440,
 *   1024 and 390 px (a screenshot of each kept in test-results/e2e/).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserTestMode } from './support/browser';
import {
  canvasReady,
  download,
  drawnIds,
  insideCanvas,
  keepScreenshot,
  node,
  openCanvas,
  settle,
  tableIds,
  UI_TIMEOUT,
  WIDTHS,
} from './support/explorer';
import { DCS, HOLDS_TRUST_CHAIR, W2014 } from './support/seed';
import { explorerSession } from './support/session';

const mode = browserTestMode();

const DUAL_ROLE = 'DUAL_ROLE_SELF_SCRUTINY:wiltshire/2014:wiltshire/dcs';

/** Every view and panel a person can reach, as a URL plus what to wait for (and do). */
interface ViewCase {
  name: string;
  query: string;
  ready: (page: Page) => Promise<void>;
}

const waitCanvas =
  (testId = 'canvas') =>
  async (page: Page) => {
    await canvasReady(page, testId);
  };
const waitFor = (selector: string) => async (page: Page) => {
  await page.locator(selector).first().waitFor({ timeout: UI_TIMEOUT });
};

const VIEWS: ViewCase[] = [
  { name: 'canvas (start panel)', query: W2014, ready: waitCanvas() },
  {
    name: 'table',
    query: `${W2014}&view=table`,
    ready: waitFor('[data-testid=table-nodes] tbody tr'),
  },
  {
    name: 'findings, one open',
    query: `${W2014}&view=findings`,
    ready: async (page) => {
      await canvasReady(page);
      const finding = page.locator(`[data-testid=finding][data-finding-id^="${DUAL_ROLE}"]`);
      await finding.locator('button').first().click();
      await finding.locator('[data-testid=finding-details]').waitFor({ timeout: UI_TIMEOUT });
    },
  },
  {
    name: 'compare',
    query: '?area=wiltshire&view=compare&with=walsall',
    ready: async (page) => {
      await canvasReady(page, 'canvas-left');
      await canvasReady(page, 'canvas-right');
      await page.locator('[data-testid=coverage-cell][data-status=MULTIPLE]').first().click();
      await page.locator('[data-testid=coverage-explanation] h3').waitFor({ timeout: UI_TIMEOUT });
    },
  },
  {
    name: 'chain (who holds the Trust to account)',
    query: `${W2014}&chain=wiltshire/childrens-trust`,
    ready: async (page) => {
      await canvasReady(page);
      await page.locator('[data-testid=chain-hop]').first().waitFor({ timeout: UI_TIMEOUT });
    },
  },
  {
    name: 'DCS obligations',
    query: `${W2014}&post=${DCS}`,
    ready: async (page) => {
      await canvasReady(page);
      await page.locator('[data-testid=obligation-group]').first().waitFor({ timeout: UI_TIMEOUT });
    },
  },
  {
    name: 'edge details',
    query: `${W2014}&sel=${encodeURIComponent(HOLDS_TRUST_CHAIR)}`,
    ready: async (page) => {
      await canvasReady(page);
      await page
        .locator('[data-testid=details-panel] [data-testid=evidence-quote]')
        .first()
        .waitFor({ timeout: UI_TIMEOUT });
    },
  },
  {
    name: 'diff 2014→2019',
    query: `${W2014}&diff=wiltshire/2014..wiltshire/2019`,
    ready: async (page) => {
      await canvasReady(page);
      await page.locator('[data-testid=diff-summary]').waitFor({ timeout: UI_TIMEOUT });
    },
  },
  {
    name: 'document dialog',
    query: `${W2014}&sel=${encodeURIComponent(HOLDS_TRUST_CHAIR)}`,
    ready: async (page) => {
      await canvasReady(page);
      const open = page
        .locator('[data-testid=details-panel] [data-testid=view-in-document]')
        .first();
      await open.waitFor({ timeout: UI_TIMEOUT });
      await open.click();
      await page.locator('mark[data-testid=quote-mark]').waitFor({ timeout: UI_TIMEOUT });
    },
  },
  {
    name: 'styling rules (colour by betweenness, size by degree)',
    query: `${W2014}&colour=betweenness&size=degree`,
    ready: async (page) => {
      await canvasReady(page);
      await page.locator('[data-testid=style-key] li').first().waitFor({ state: 'attached' });
    },
  },
  {
    name: 'present mode, step 2',
    query: `${W2014}&chain=wiltshire/childrens-trust&step=2`,
    ready: async (page) => {
      await canvasReady(page);
      await page.locator('[data-testid=present-bar]').waitFor({ timeout: UI_TIMEOUT });
    },
  },
  {
    name: 'path between two nodes on the canvas',
    query: `${W2014}&sel=wiltshire/wscb&to=wiltshire/childrens-trust`,
    ready: async (page) => {
      await canvasReady(page);
      await page.locator('[data-testid=path-hop]').first().waitFor({ state: 'attached' });
    },
  },
  {
    name: 'compare, a gap opened',
    query: '?area=wiltshire&view=compare&with=walsall',
    ready: async (page) => {
      await canvasReady(page, 'canvas-left');
      await page.locator('[data-testid=coverage-cell][data-verdict=gap]').first().click();
      await page.locator('[data-testid=coverage-finding]').waitFor({ timeout: UI_TIMEOUT });
    },
  },
  {
    name: 'help dialog',
    query: W2014,
    ready: async (page) => {
      await canvasReady(page);
      await page.locator('[data-testid=help-button]').click();
      await page.locator('[data-testid=help-dialog] table').waitFor({ timeout: UI_TIMEOUT });
    },
  },
];

describe.skipIf(mode.skip)('explorer accessibility (Chromium)', () => {
  const session = explorerSession();
  let page: Page;
  let errors: string[] = [];
  let base = '';
  beforeEach(() => ({ page, errors, base } = session));

  describe('the table view shows exactly the canvas’s nodes and edges', () => {
    const states: [string, string][] = [
      ['Wiltshire 2014', W2014],
      ['Wiltshire 2019', '?area=wiltshire&doc=wiltshire/2019'],
      ['membership hidden', `${W2014}&hide=MEMBER_OF`],
      [
        'accountability only, 2019',
        '?area=wiltshire&hide=ADVISES,CONSULTS,INFORMS,MEMBER_OF,SUPPORTS',
      ],
      ['a node collapsed', `${W2014}&collapsed=wiltshire/wscb`],
      ['diff overlay', `${W2014}&diff=wiltshire/2014..wiltshire/2019`],
      ['another area', '?area=walsall'],
    ];
    it.each(states)('%s', async (_name, query) => {
      const canvas = await openCanvas(page, base, query);
      const nodeCount = Number(await canvas.getAttribute('data-node-count'));
      const edgeCount = Number(await canvas.getAttribute('data-edge-count'));
      const nodes = await drawnIds(page, 'node');
      const edges = await drawnIds(page, 'edge');
      expect(nodes.length).toBe(nodeCount);
      expect(edges.length).toBe(edgeCount);
      expect(nodes.length).toBeGreaterThan(0);

      await page.locator('[data-testid=view-table]').click();
      await page
        .locator('[data-testid=table-nodes] tbody tr')
        .first()
        .waitFor({ timeout: UI_TIMEOUT });
      expect(await tableIds(page, 'table-nodes')).toEqual(nodes);
      expect(await tableIds(page, 'table-edges')).toEqual(edges);
      expect(await page.locator('[data-testid=table-view]').innerText()).toContain(
        `${nodes.length} nodes and ${edges.length} relationships`,
      );
      expect(errors).toEqual([]);
    });
  });

  describe('keyboard', () => {
    it('finds the DCS with "/", shows what it carries with "O", and clears with Esc', async () => {
      await openCanvas(page, base, W2014);
      await page.locator('body').press('/');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('search-input');
      await page.keyboard.type('Director of Children');
      await page
        .locator(`[data-testid=search-option][data-id="${DCS}"]`)
        .waitFor({ timeout: UI_TIMEOUT });
      // Move to the DCS option with the arrow keys, then Enter.
      for (let i = 0; i < 10; i++) {
        const active = await page
          .locator('[data-testid=search-option][aria-selected=true]')
          .getAttribute('data-id');
        if (active === DCS) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(DCS);
      // Focus moves to the node on the canvas, so the letter keys answer.
      await expect
        .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id))
        .toBe(DCS);
      await page.keyboard.press('o');
      const groups = page.locator(
        '[data-testid=obligations-panel] [data-testid=obligation-group] > summary',
      );
      await groups.first().waitFor({ timeout: UI_TIMEOUT });
      expect((await groups.allInnerTexts()).join('\n')).toMatch(
        /As a member of Wiltshire Safeguarding Children Board/,
      );
      await page.keyboard.press('h');
      await page.locator('[data-testid=chain-panel]').waitFor({ timeout: UI_TIMEOUT });
      expect(new URL(page.url()).searchParams.get('chain')).toBe(DCS);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('[data-testid=intro-panel]').count()).toBe(1);
      const params = new URL(page.url()).searchParams;
      expect([params.get('sel'), params.get('chain'), params.get('post')]).toEqual([
        null,
        null,
        null,
      ]);
      expect(errors).toEqual([]);
    });

    it('a search hit chosen while the area is still loading ends up in view with the keyboard on it', async () => {
      // A slow answer for the area's graph: the hit is chosen before the canvas exists.
      let graphAsked = false;
      await page.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON() as { operationName?: string } | null;
        if (body?.operationName === 'ExplorerArea') {
          graphAsked = true;
          await new Promise((resolve) => setTimeout(resolve, 3_000));
        }
        await route.continue();
      });
      await page.goto(`${base}/${W2014}`);
      await page.getByRole('combobox', { name: 'Search' }).fill('Director of Children');
      const option = page.locator(`[data-testid=search-option][data-id="${DCS}"]`);
      await option.waitFor({ timeout: UI_TIMEOUT });
      expect(await page.locator('[data-testid=canvas][data-ready=true]').count()).toBe(0);
      await option.click();
      await canvasReady(page);
      expect(graphAsked).toBe(true);
      expect(new URL(page.url()).searchParams.get('sel')).toBe(DCS);
      await expect
        .poll(
          () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id),
          { timeout: UI_TIMEOUT },
        )
        .toBe(DCS);
      expect(await insideCanvas(page, node(page, DCS))).toBe(true);
      expect(errors).toEqual([]);
    });

    it('tabs to a node, selects it with Enter and moves it with the arrow keys (no dragging)', async () => {
      await openCanvas(page, base, W2014);
      const focused = await tabUntil(page, '.react-flow__node', 80);
      expect(focused, 'Tab never reached a node on the canvas').not.toBeNull();
      const id = focused!;
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(id);
      await page.locator('[data-testid=details-panel] h2').first().waitFor({ timeout: UI_TIMEOUT });

      const before = await position(page, id);
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await position(page, id)).x).toBeGreaterThan(before.x);
      const afterRight = await position(page, id);
      await page.keyboard.press('Shift+ArrowDown');
      await expect.poll(async () => (await position(page, id)).y).toBeGreaterThan(afterRight.y);
      const afterDown = await position(page, id);
      // Shift moves further than a plain arrow step.
      const step = (afterRight.x - before.x) / 5;
      expect(afterDown.y - afterRight.y).toBeGreaterThan(step);
      // Still selected, and nothing else moved.
      expect(new URL(page.url()).searchParams.get('sel')).toBe(id);
      expect(errors).toEqual([]);
    });

    it('tabs to a relationship and reads its quote with Enter', async () => {
      await openCanvas(page, base, W2014);
      const focused = await tabUntil(page, '.react-flow__edge', 150);
      expect(focused, 'Tab never reached a relationship on the canvas').not.toBeNull();
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(focused);
      const quote = page.locator('[data-testid=details-panel] [data-testid=evidence-quote]');
      await quote.first().waitFor({ timeout: UI_TIMEOUT });
      expect((await quote.first().innerText()).length).toBeGreaterThan(10);
      expect(errors).toEqual([]);
    });

    it('switches views with 1–4, opens a finding with Enter, and exports with the keyboard', async () => {
      await openCanvas(page, base, W2014);
      await page.locator('body').press('2');
      await page.locator('[data-testid=table-view]').waitFor({ timeout: UI_TIMEOUT });
      expect(await page.locator('[data-testid=view-table]').getAttribute('aria-current')).toBe(
        'page',
      );
      // CSV by keyboard.
      await page.locator('[data-testid=export-csv-nodes]').focus();
      const csv = await download(page, () => page.keyboard.press('Enter'));
      expect(csv.name).toMatch(/\.csv$/);

      await page.locator('body').press('3');
      await canvasReady(page);
      const head = page
        .locator(`[data-testid=finding][data-finding-id^="${DUAL_ROLE}"] button`)
        .first();
      await head.waitFor({ timeout: UI_TIMEOUT });
      await head.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => head.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => node(page, DCS).getAttribute('class')).toMatch(/ag-em-(on|subject)/);

      await page.locator('body').press('1');
      await canvasReady(page);
      await page.locator('[data-testid=export-png]').focus();
      const png = await download(page, () => page.keyboard.press('Enter'));
      expect(png.name).toMatch(/\.png$/);

      await page.locator('body').press('4');
      await page.locator('[data-testid=compare-view]').waitFor({ timeout: UI_TIMEOUT });
      // Every row in (aria-busy false), then one cell named by its duty and area: a locator
      // for "the first empty cell" can move to another cell while rows or areas still arrive,
      // which is how this failed once in a loaded CI run (the press went to the first cell,
      // the check read another).
      await page
        .locator('[data-testid=coverage-matrix][aria-busy=false]')
        .waitFor({ timeout: UI_TIMEOUT });
      const empty = page.locator('[data-testid=coverage-cell][data-status=NONE]').first();
      await empty.waitFor({ timeout: UI_TIMEOUT });
      const duty = await empty.getAttribute('data-duty');
      const area = await empty.getAttribute('data-area');
      const cell = page.locator(
        `[data-testid=coverage-cell][data-duty="${duty}"][data-area="${area}"]`,
      );
      await cell.focus();
      await expect.poll(() => cell.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => cell.getAttribute('aria-pressed')).toBe('true');
      expect(errors).toEqual([]);
    });

    it('shows the diff with "D", opens a quote in its document and returns focus on Esc', async () => {
      await openCanvas(page, base, `${W2014}&sel=${encodeURIComponent(HOLDS_TRUST_CHAIR)}`);
      const view = page
        .locator('[data-testid=details-panel] [data-testid=view-in-document]')
        .first();
      await view.waitFor({ timeout: UI_TIMEOUT });
      await view.focus();
      await page.keyboard.press('Enter');
      const dialog = page.locator('[data-testid=document-dialog]');
      await dialog.locator('mark[data-testid=quote-mark]').waitFor({ timeout: UI_TIMEOUT });
      await expect
        .poll(() => dialog.evaluate((d) => d.contains(document.activeElement)))
        .toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      await expect.poll(() => view.evaluate((b) => b === document.activeElement)).toBe(true);

      await page.locator('body').press('?');
      const help = page.locator('[data-testid=help-dialog]');
      await expect.poll(() => help.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      expect(await help.innerText()).toMatch(/Arrow keys/);
      await page.keyboard.press('Escape');
      await expect.poll(() => help.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);

      await page.locator('body').press('d');
      await page.locator('[data-testid=diff-summary]').waitFor({ timeout: UI_TIMEOUT });
      await canvasReady(page);
      expect(await node(page, 'wiltshire/svpp').getAttribute('aria-label')).toMatch(/, added/);
      expect(errors).toEqual([]);
    });
  });

  describe('targets are at least 24 × 24 px (or spaced as SC 2.5.8 allows)', () => {
    it.each(VIEWS.map((v) => [v.name, v] as const))('%s', async (_name, view) => {
      await page.goto(`${base}/${view.query}`);
      await view.ready(page);
      await settle(page);
      const report = await targetSizeReport(page);
      // The canvas's own content scales with the zoom; checked where the graph is fitted at a
      // readable zoom (Wiltshire 2014), the table view being the full-size equivalent elsewhere.
      const canvasChecked = view.query === W2014 || view.name === 'table';
      const failures = report.filter((t) => !t.ok && (canvasChecked || !t.inCanvas));
      expect(failures.map((t) => `${t.what} ${t.width}×${t.height}`)).toEqual([]);
    });
  });

  describe.each(WIDTHS.map((w) => [`${w.width} px`, w] as const))(
    'axe-core at %s: no serious or critical violations',
    (_width, size) => {
      it.each(VIEWS.map((v) => [v.name, v] as const))('%s', async (name, view) => {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(`${base}/${view.query}`);
        await view.ready(page);
        await settle(page);
        // Every view at every width, kept to be looked at.
        await keepScreenshot(page, `view-${size.width}-${name.replace(/[^a-z0-9]+/gi, '-')}`);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        // Strict at every width, badges on a phone included (issue 15 point 3): a view centred
        // on a chain, a post or a finding fits again once the phone's details sheet has
        // shortened the canvas and the names have grown (flow/useCanvasFocus.ts).
        const bad = results.violations.filter(
          (v) => v.impact === 'serious' || v.impact === 'critical',
        );
        const summary = bad.map(
          (v) =>
            `${v.impact} ${v.id} (${v.nodes.length}): ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        );
        const minor = results.violations.filter((v) => !bad.includes(v));
        if (minor.length) {
          process.stderr.write(
            `[axe] ${name}: ${minor.map((v) => `${v.impact} ${v.id} ×${v.nodes.length}`).join(', ')}\n`,
          );
        }
        expect(summary).toEqual([]);
      });
    },
  );
});

/** Presses Tab until the focused element matches `selector`; returns its `data-id` (or null). */
async function tabUntil(page: Page, selector: string, maxPresses: number): Promise<string | null> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement | null;
      return el?.matches(sel) ? (el.dataset.id ?? null) : null;
    }, selector);
    if (id) return id;
  }
  return null;
}

/** A node's position in flow coordinates (from its transform). */
async function position(page: Page, id: string): Promise<{ x: number; y: number }> {
  return node(page, id).evaluate((el) => {
    const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
    return { x: m.m41, y: m.m42 };
  });
}

interface TargetCheck {
  what: string;
  width: number;
  height: number;
  inCanvas: boolean;
  ok: boolean;
}

/**
 * WCAG 2.2 SC 2.5.8 in the page: every visible pointer target is 24 × 24 CSS
 * px, or a 24 px circle centred on it meets no other target and no other
 * undersized target's circle (the spacing exception), or it is a link or
 * button inside a sentence (the inline exception). A label that toggles its
 * input counts as part of the input's target.
 */
async function targetSizeReport(page: Page): Promise<TargetCheck[]> {
  return page.evaluate(() => {
    const SELECTOR = [
      'button',
      'a[href]',
      'input:not([type=hidden])',
      'select',
      'textarea',
      'summary',
      '[role=button]',
      '[role=option]',
      '[role=checkbox]',
      '.react-flow__node',
    ].join(',');
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth)
        return false;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.pointerEvents === 'none') return false;
      // Inside a closed <dialog> or a collapsed <details>?
      return el.checkVisibility?.() ?? true;
    };
    const modal = document.querySelector('dialog[open]');
    const els = [...document.querySelectorAll<HTMLElement>(SELECTOR)]
      .filter(visible)
      .filter((el) => !modal || modal.contains(el));
    const rects = els.map((el) => {
      let r = el.getBoundingClientRect();
      const input = el as HTMLInputElement;
      const label = input.labels?.[0];
      if (label && !label.contains(el)) {
        const l = label.getBoundingClientRect();
        const left = Math.min(r.left, l.left);
        const top = Math.min(r.top, l.top);
        r = new DOMRect(
          left,
          top,
          Math.max(r.right, l.right) - left,
          Math.max(r.bottom, l.bottom) - top,
        );
      }
      return r;
    });
    const inline = (el: HTMLElement) => {
      if (getComputedStyle(el).display !== 'inline' && !el.classList.contains('ag-link-button'))
        return false;
      const block = el.parentElement;
      if (!block) return false;
      const own = (el.textContent ?? '').trim().length;
      const around = (block.textContent ?? '').trim().length;
      return around > own + 3; // a sentence around it
    };
    const small = rects.map((r) => r.width < 24 || r.height < 24);
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const distToRect = (p: { x: number; y: number }, r: DOMRect) => {
      const dx = Math.max(r.left - p.x, 0, p.x - r.right);
      const dy = Math.max(r.top - p.y, 0, p.y - r.bottom);
      return Math.hypot(dx, dy);
    };
    return els.map((el, i) => {
      const r = rects[i]!;
      let ok = !small[i];
      if (!ok && inline(el)) ok = true;
      if (!ok) {
        const c = centre(r);
        ok = rects.every((other, j) => {
          if (j === i || els[j]!.contains(el) || el.contains(els[j]!)) return true;
          if (distToRect(c, other) < 12) return false;
          if (small[j]) {
            const oc = centre(other);
            if (Math.hypot(oc.x - c.x, oc.y - c.y) < 24) return false;
          }
          return true;
        });
      }
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      const cls = typeof el.className === 'string' ? el.className.split(' ')[0] : '';
      return {
        what: `${el.tagName.toLowerCase()}${cls ? '.' + cls : ''} "${name}"`,
        width: Math.round(r.width * 10) / 10,
        height: Math.round(r.height * 10) / 10,
        inCanvas: el.closest('.react-flow__viewport') !== null,
        ok,
      };
    });
  });
}
