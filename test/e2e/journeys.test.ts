/**
 * The brief's questions, step by step, as a person would ask them of the
 * served page (the REAL API over a fresh store with the bundled areas,
 * Debian Chromium): pick Wiltshire 2014, ask who holds the Children's Trust
 * to account and on what evidence, see what the DCS carries across both
 * bodies, read an edge's quote, open a flagged finding, switch to 2019 and
 * see the diff, compare two areas, and export what was found.
 *
 * Each step starts from a URL and then uses the page's own controls, so a
 * failing step does not cascade into the next one. Screenshots are kept in
 * test-results/e2e/.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserTestMode } from './support/browser';
import {
  canvasReady,
  clickEdge,
  csvRows,
  decodeInBrowser,
  download,
  drawnIds,
  edge,
  insideCanvas,
  keepScreenshot,
  node,
  openCanvas,
  PNG_SIGNATURE,
  pngSize,
  tableIds,
  UI_TIMEOUT,
} from './support/explorer';
import { DCS, HOLDS_TRUST_CHAIR, W2014 } from './support/seed';
import { explorerSession } from './support/session';

const mode = browserTestMode();

const TRUST = 'wiltshire/childrens-trust';
const WSCB = 'wiltshire/wscb';
const TRUST_NAME = "Wiltshire Children and Young People's Trust";
const WSCB_NAME = 'Wiltshire Safeguarding Children Board';
const QUOTE = 'Hold the Trust Chair to account';

describe.skipIf(mode.skip)('explorer journeys (Chromium)', () => {
  const session = explorerSession();
  let page: Page;
  let errors: string[] = [];
  let base = '';
  beforeEach(() => ({ page, errors, base } = session));

  it('1. picks Wiltshire, then its 2014 document, and draws the 2014 bodies', async () => {
    await page.goto(`${base}/`);
    const picker = page.getByLabel('Area', { exact: true });
    await picker.locator('option[value="wiltshire"]').waitFor({ state: 'attached' });
    await picker.selectOption('wiltshire');
    await canvasReady(page);
    const y2014 = page.locator('[data-testid=as-of-document][data-document-id="wiltshire/2014"]');
    await y2014.click();
    await expect.poll(() => y2014.getAttribute('aria-pressed')).toBe('true');
    const canvas = await canvasReady(page);

    const url = new URL(page.url());
    expect(url.searchParams.get('area')).toBe('wiltshire');
    expect(url.searchParams.get('doc')).toBe('wiltshire/2014');
    expect(await canvas.getAttribute('aria-label')).toBe('Wiltshire accountability graph');
    // The two bodies of the 2014 protocol are drawn, with their names as accessible names.
    await expect
      .poll(() => node(page, TRUST).getAttribute('aria-label'))
      .toMatch(/^Wiltshire Children and Young People's Trust/);
    await expect
      .poll(() => node(page, WSCB).getAttribute('aria-label'))
      .toMatch(/^Wiltshire Safeguarding Children Board/);
    expect(await node(page, TRUST).innerText()).toContain(TRUST_NAME);
    // 2019's partnership is not in force in 2014.
    expect(await node(page, 'wiltshire/svpp').count()).toBe(0);
    expect(Number(await canvas.getAttribute('data-node-count'))).toBeGreaterThan(5);
    await keepScreenshot(page, '01-wiltshire-2014');
    expect(errors).toEqual([]);
  });

  it('2. answers "who holds the Wiltshire Children’s Trust to account?" with a highlighted chain and its quotes', async () => {
    await openCanvas(page, base, W2014);
    await page
      .locator('[data-testid=intro-panel]')
      .getByRole('button', { name: `Who holds ${TRUST_NAME} to account?` })
      .click();
    const panel = page.locator('[data-testid=chain-panel]');
    await panel.waitFor({ timeout: UI_TIMEOUT });
    await expect
      .poll(() => panel.locator('h2').first().innerText())
      .toBe(`Who holds ${TRUST_NAME} to account`);
    const summary = panel.locator('[data-testid=chain-summary]');
    await summary.waitFor({ timeout: UI_TIMEOUT });
    expect(await summary.innerText()).toMatch(/\d+ chains? in the 2014 protocol/);
    expect(await summary.innerText()).toContain(WSCB_NAME);

    // Each hop is a sentence a person can read, with its verbatim quote.
    const hops = panel.locator('[data-testid=chain-hop]');
    expect(await hops.count()).toBeGreaterThan(0);
    const hopText = (await hops.allInnerTexts()).join('\n');
    expect(hopText).toContain(WSCB_NAME);
    const quote = panel.locator('[data-testid=evidence-quote] blockquote', { hasText: QUOTE });
    await quote.first().waitFor({ timeout: UI_TIMEOUT });
    expect(await quote.first().isVisible()).toBe(true);

    // The chain is highlighted on the canvas: the Trust is the subject, the WSCB on the chain.
    await expect
      .poll(() => node(page, TRUST).getAttribute('class'))
      .toMatch(/ag-em-subject|ag-em-on/);
    await expect.poll(() => node(page, WSCB).getAttribute('class')).toMatch(/ag-em-on/);
    expect(await node(page, WSCB).getAttribute('aria-label')).toMatch(/highlighted/);
    await expect.poll(() => page.locator('.react-flow__node.ag-em-dim').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('chain')).toBe(TRUST);

    await keepScreenshot(page, '02-who-holds-the-trust');

    // "On what evidence": the quote opens in its source document, marked.
    await panel
      .locator('[data-testid=evidence-quote]', { hasText: QUOTE })
      .first()
      .locator('[data-testid=view-in-document]')
      .click();
    const dialog = page.locator('[data-testid=document-dialog]');
    const mark = dialog.locator('mark[data-testid=quote-mark]');
    await mark.waitFor({ timeout: UI_TIMEOUT });
    expect(await mark.innerText()).toContain(QUOTE);
    await expect.poll(() => mark.isVisible()).toBe(true);
    await expect.poll(() => markInView(page)).toBe(true);
    await keepScreenshot(page, '02b-quote-in-document');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);

    // The evidence pack carries the quotes.
    const pack = await download(page, () => panel.locator('[data-testid=evidence-pack]').click());
    expect(pack.name).toMatch(/^evidence-.*\.md$/);
    const md = pack.bytes.toString('utf8');
    expect(md).toContain(`Who holds ${TRUST_NAME} to account`);
    expect(md).toMatch(/^> .+/m);
    expect(md).toContain(QUOTE);
    expect(errors).toEqual([]);
  });

  it('3. finds the DCS by search and shows its obligations grouped under both bodies', async () => {
    await openCanvas(page, base, W2014);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Director of Children');
    const option = page.locator(`[data-testid=search-option][data-id="${DCS}"]`);
    await option.waitFor({ timeout: UI_TIMEOUT });
    await option.click();
    const details = page.locator('[data-testid=details-panel]');
    await expect
      .poll(() => details.locator('h2').first().innerText(), { timeout: UI_TIMEOUT })
      .toBe("Director of Children's Services");
    expect(new URL(page.url()).searchParams.get('sel')).toBe(DCS);
    await expect.poll(() => node(page, DCS).getAttribute('class')).toMatch(/selected/);

    await page.locator('[data-testid=action-obligations]').click();
    const panel = page.locator('[data-testid=obligations-panel]');
    const summary = panel.locator('[data-testid=obligations-summary]');
    await summary.waitFor({ timeout: UI_TIMEOUT });
    expect(await summary.innerText()).toMatch(
      /\d+ obligations? in the 2014 protocol, across 2 bodies/,
    );
    const groups = panel.locator('[data-testid=obligation-group] > summary');
    const headings = await groups.allInnerTexts();
    expect(headings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^As a member of ${WSCB_NAME} \\(\\d+\\)$`)),
        expect.stringMatching(
          /^As a member of Wiltshire Children and Young People's Trust \(\d+\)$/,
        ),
      ]),
    );
    // Each group lists obligations with their quotes, visible once opened.
    const wscbGroup = panel.locator('[data-testid=obligation-group]', {
      hasText: `As a member of ${WSCB_NAME}`,
    });
    if ((await wscbGroup.getAttribute('open')) === null) await wscbGroup.locator('summary').click();
    const wscbQuote = wscbGroup.locator('.ag-obligations [data-testid=evidence-quote] blockquote', {
      hasText: QUOTE,
    });
    await expect.poll(() => wscbQuote.first().isVisible()).toBe(true);

    // The post and both bodies are highlighted on the canvas.
    for (const id of [WSCB, TRUST]) {
      await expect.poll(() => node(page, id).getAttribute('class')).toMatch(/ag-em-(on|subject)/);
    }
    await keepScreenshot(page, '03-dcs-obligations');

    const pack = await download(page, () => panel.locator('[data-testid=evidence-pack]').click());
    const md = pack.bytes.toString('utf8');
    expect(md).toContain(WSCB_NAME);
    expect(md).toContain(TRUST_NAME);
    expect(md).toMatch(/^> .+/m);
    expect(errors).toEqual([]);
  });

  it('4. clicks the WSCB → Trust Chair edge on the canvas and reads its quote', async () => {
    await openCanvas(page, base, W2014);
    await clickEdge(page, HOLDS_TRUST_CHAIR);
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(HOLDS_TRUST_CHAIR);
    const details = page.locator('[data-testid=details-panel]');
    await expect
      .poll(() => details.locator('h2').first().innerText(), { timeout: UI_TIMEOUT })
      .toBe("Wiltshire Safeguarding Children Board holds to account Chair of the Children's Trust");
    const quote = details.locator('[data-testid=evidence-quote] blockquote', { hasText: QUOTE });
    await quote.first().waitFor({ timeout: UI_TIMEOUT });
    expect(await quote.first().isVisible()).toBe(true);
    // The source and its section are named beside the quote.
    const caption = details
      .locator('[data-testid=evidence-quote]', { hasText: QUOTE })
      .first()
      .locator('figcaption');
    expect(await caption.innerText()).toMatch(/Protocol.*§ The overall role of the WSCB is to:/s);
    // The edge shows as selected, with its wording on the canvas.
    await expect
      .poll(() => edge(page, HOLDS_TRUST_CHAIR).getAttribute('class'))
      .toMatch(/selected/);
    await expect
      .poll(() => edge(page, HOLDS_TRUST_CHAIR).evaluate((el) => el.textContent))
      .toContain('holds to account');
    await keepScreenshot(page, '04-edge-quote');
    expect(errors).toEqual([]);
  });

  it('5. opens the DCS dual-role finding from its ⚑ badge and lands on its nodes', async () => {
    await openCanvas(page, base, W2014);
    // The findings tab says how many are flagged.
    expect(await page.locator('[data-testid=view-findings]').innerText()).toMatch(/Findings\s*\d+/);
    const badge = node(page, DCS).locator('[data-testid=finding-badge]');
    await badge.waitFor({ timeout: UI_TIMEOUT });
    const findingId = (await badge.getAttribute('data-finding-ids'))!.split(' ')[0]!;
    expect(findingId).toMatch(/^DUAL_ROLE_SELF_SCRUTINY:wiltshire\/2014:wiltshire\/dcs/);
    await badge.click();

    const finding = page.locator(`[data-testid=finding][data-finding-id="${findingId}"]`);
    await finding.waitFor({ timeout: UI_TIMEOUT });
    expect(await finding.locator('button').first().getAttribute('aria-expanded')).toBe('true');
    const text = await finding.innerText();
    expect(text).toContain('One post on both the scrutiny body and the body it scrutinises');
    expect(text).toMatch(/Director of Children's Services sits on both/);
    expect(await page.locator('[data-testid=view-findings]').getAttribute('aria-current')).toBe(
      'page',
    );
    expect(new URL(page.url()).searchParams.get('finding')).toBe(findingId);

    // Landed: the finding's three nodes are highlighted, the rest dimmed, all three in view.
    for (const id of [DCS, WSCB, TRUST]) {
      await expect.poll(() => node(page, id).getAttribute('class')).toMatch(/ag-em-(on|subject)/);
    }
    await expect.poll(() => page.locator('.react-flow__node.ag-em-dim').count()).toBeGreaterThan(0);
    for (const id of [DCS, WSCB, TRUST]) {
      await expect.poll(() => insideCanvas(page, node(page, id))).toBe(true);
    }
    // Its evidence is quoted in the panel.
    expect(
      await finding.locator('[data-testid=finding-details] [data-testid=evidence-quote]').count(),
    ).toBeGreaterThan(0);

    // The other findings, gaps and duplication included, are listed too.
    const all = page.locator('[data-testid=finding]');
    expect(await all.count()).toBeGreaterThan(1);
    await keepScreenshot(page, '05-finding-dcs-dual-role');

    const pack = await download(page, () => finding.locator('[data-testid=evidence-pack]').click());
    const md = pack.bytes.toString('utf8');
    expect(md).toMatch(/^> .+/m);
    expect(md).toContain("Director of Children's Services");
    expect(errors).toEqual([]);
  });

  it('6. switches to 2019, then shows the 2014→2019 diff with the SVPP added', async () => {
    await openCanvas(page, base, W2014);
    await page.locator('[data-testid=as-of-document][data-document-id="wiltshire/2019"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('doc')).toBe('wiltshire/2019');
    await canvasReady(page);
    await node(page, 'wiltshire/svpp').waitFor({ timeout: UI_TIMEOUT });
    expect(await node(page, 'wiltshire/svpp').getAttribute('aria-label')).toMatch(
      /^Safeguarding Vulnerable People Partnership/,
    );

    await page.locator('[data-testid=diff-toggle]').click();
    await expect
      .poll(() => page.locator('[data-testid=diff-toggle]').getAttribute('aria-pressed'))
      .toBe('true');
    const panel = page.locator('[data-testid=diff-panel]');
    const summary = panel.locator('[data-testid=diff-summary]');
    await summary.waitFor({ timeout: UI_TIMEOUT });
    expect(await summary.innerText()).toMatch(/Added \d+ relationships, \d+ bodies/);
    await canvasReady(page);

    const svpp = node(page, 'wiltshire/svpp');
    await expect.poll(() => svpp.getAttribute('aria-label')).toMatch(/, added/);
    expect(await svpp.getAttribute('class')).toMatch(/ag-diff-added/);
    expect(await svpp.locator('.ag-tag--added').innerText()).toBe('Added');
    // The 2014 Children's Trust is not in the 2019 plan: drawn as removed.
    await expect.poll(() => node(page, TRUST).getAttribute('class')).toMatch(/ag-diff-removed/);
    expect(await node(page, TRUST).getAttribute('aria-label')).toMatch(/, removed/);

    const bodiesAdded = panel.locator('details', { hasText: /^Bodies added/ });
    await bodiesAdded.locator('summary').click();
    expect(await bodiesAdded.innerText()).toContain('Safeguarding Vulnerable People Partnership');
    const bodiesRemoved = panel.locator('details', { hasText: /^Bodies removed/ });
    await bodiesRemoved.locator('summary').click();
    expect(await bodiesRemoved.innerText()).toContain(TRUST_NAME);
    await keepScreenshot(page, '06-diff-2014-2019');
    expect(errors).toEqual([]);
  });

  it('7. compares Wiltshire with another area side by side, with gaps and duplicates explained', async () => {
    await openCanvas(page, base, '?area=wiltshire');
    await page.locator('[data-testid=view-compare]').click();
    await page.locator('[data-testid=compare-view]').waitFor({ timeout: UI_TIMEOUT });
    await page.getByLabel('Right area').selectOption('walsall');
    await canvasReady(page, 'canvas-left');
    await canvasReady(page, 'canvas-right');
    expect(new URL(page.url()).searchParams.get('with')).toBe('walsall');
    expect(await page.locator('[data-testid=canvas-left]').getAttribute('aria-label')).toMatch(
      /^Wiltshire/,
    );
    expect(await page.locator('[data-testid=canvas-right]').getAttribute('aria-label')).toMatch(
      /^Walsall/,
    );
    expect(
      await page.locator('[data-testid=canvas-left] .react-flow__node').count(),
    ).toBeGreaterThan(0);
    expect(
      await page.locator('[data-testid=canvas-right] .react-flow__node').count(),
    ).toBeGreaterThan(0);

    const matrix = page.locator('[data-testid=coverage-matrix]');
    await matrix.locator('[data-testid=coverage-cell]').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await matrix.locator('header').innerText()).toMatch(
      /✕ \d+ gaps?.*\d+ not covered.*⚠ \d+ duplicates?.*\d+ several holders/s,
    );

    const explanation = page.locator('[data-testid=coverage-explanation]');
    const gap = matrix
      .locator('[data-testid=coverage-cell][data-status=NONE][data-area=walsall]')
      .first();
    await gap.click();
    expect(await gap.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => explanation.innerText())
      .toMatch(/in Walsall: Not covered\s+No obligation of this type[\s\S]*not a gap/);

    const dup = matrix
      .locator('[data-testid=coverage-cell][data-status=MULTIPLE][data-area=wiltshire]')
      .first();
    await dup.click();
    await expect
      .poll(() => explanation.innerText())
      .toMatch(/in Wiltshire: (Duplicate|Several holders)/);
    expect(await explanation.locator('li strong').count()).toBeGreaterThan(1);
    await keepScreenshot(page, '07-compare');
    expect(errors).toEqual([]);
  });

  it('8. exports the graph as a PNG that decodes to a non-empty picture', async () => {
    await openCanvas(page, base, W2014);
    const png = await download(page, () => page.locator('[data-testid=export-png]').click());
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const size = pngSize(png.bytes);
    expect(size?.width).toBeGreaterThan(0);
    expect(size?.height).toBeGreaterThan(0);
    const decoded = await decodeInBrowser(page, png.bytes);
    expect(decoded).toMatchObject({ width: size!.width, height: size!.height });
    expect(decoded.colours).toBeGreaterThan(1); // not a blank picture
    expect(png.bytes.length).toBeGreaterThan(5_000);

    const svg = await download(page, () => page.locator('[data-testid=export-svg]').click());
    expect(svg.name).toMatch(/\.svg$/);
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toMatch(/<svg/);
    expect(svgText).toContain(WSCB_NAME);
    expect(errors).toEqual([]);
  });

  it('9. exports the table as CSV with exactly the canvas’s nodes and relationships', async () => {
    const canvas = await openCanvas(page, base, W2014);
    const canvasNodes = await drawnIds(page, 'node');
    const canvasEdges = await drawnIds(page, 'edge');
    expect(canvasNodes.length).toBe(Number(await canvas.getAttribute('data-node-count')));
    expect(canvasEdges.length).toBe(Number(await canvas.getAttribute('data-edge-count')));

    await page.locator('[data-testid=view-table]').click();
    await page.locator('[data-testid=table-view]').waitFor({ timeout: UI_TIMEOUT });
    expect(await tableIds(page, 'table-nodes')).toEqual(canvasNodes);

    const nodesCsv = await download(page, () =>
      page.locator('[data-testid=export-csv-nodes]').click(),
    );
    expect(nodesCsv.name).toMatch(/\.csv$/);
    const nodeRows = csvRows(nodesCsv.bytes.toString('utf8')).filter((r) => r.join('') !== '');
    expect(nodeRows[0]).toEqual(expect.arrayContaining(['id', 'name']));
    expect(nodeRows.length - 1).toBe(canvasNodes.length);
    expect(
      nodeRows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(canvasNodes);

    const edgesCsv = await download(page, () =>
      page.locator('[data-testid=export-csv-edges]').click(),
    );
    const edgeRows = csvRows(edgesCsv.bytes.toString('utf8')).filter((r) => r.join('') !== '');
    expect(edgeRows.length - 1).toBe(canvasEdges.length);
    expect(
      edgeRows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(canvasEdges);
    await keepScreenshot(page, '09-table');
    expect(errors).toEqual([]);
  });
});

/** The marked quote lies within the document text's visible (scrolled) box. */
async function markInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const mark = document.querySelector('[data-testid=quote-mark]');
    const box = document.querySelector('[data-testid=document-text]');
    const scroller =
      (box?.scrollHeight ?? 0) > (box?.clientHeight ?? 0)
        ? box
        : (box?.closest('.ag-dialog__body') ?? box);
    if (!mark || !scroller) return false;
    const m = mark.getBoundingClientRect();
    const s = scroller.getBoundingClientRect();
    return m.bottom > s.top && m.top < s.bottom && m.top >= 0 && m.bottom <= window.innerHeight;
  });
}
