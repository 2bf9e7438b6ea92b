/**
 * Add an area in the browser (issue 14, points 1-2; decision 0025): upload a
 * bundled source, accept proposals, reject one, add a fact by selecting
 * text, publish, and find the area in the area list. In Chromium against the
 * real server (seeded store) with a real editor session; screenshots of the
 * review screen at 1440, 1024 and 390 px in test-results/e2e/review-*.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfOf } from '@accgraph/graph-seed/reader/pdf-fixture';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../integration/helpers/auth';
import type { TestApp } from '../integration/support/app';
import { browserTestMode } from './support/browser';
import { reviewAct, reviewRevision, selectDocumentText, uploadForReview } from './support/editing';
import { editorSession } from './support/session';
import {
  canvasReady,
  drawnIds,
  keepScreenshot,
  UI_TIMEOUT,
  watchErrors,
  WIDTHS,
} from './support/explorer';

const mode = browserTestMode();
const SOURCE = fileURLToPath(
  new URL(
    '../../graph-seed/sources/walsall-2017-inter-board-safeguarding-protocol.txt',
    import.meta.url,
  ),
);
const AREA = 'brookshire';
/** A short protocol, one paragraph a line, typeset as a PDF by the test (as the reader's tests do). */
const NORTHMOOR = [
  'Northmoor Safeguarding Arrangements 2025',
  '1. Introduction',
  'The Northmoor Safeguarding Children Partnership is led by Northmoor Council, Northmoor Police and NHS Northmoor Integrated Care Board.',
  '2. Governance',
  'The Northmoor Safeguarding Children Partnership reports to the Northmoor Health and Wellbeing Board.',
  "The Northmoor Safeguarding Children Partnership is accountable to the Northmoor Children's Trust Board.",
  'The Independent Scrutineer will scrutinise the work of the Northmoor Safeguarding Children Partnership.',
  '3. Learning',
  'The Northmoor Learning Review Panel meets every two months to commission rapid reviews.',
];

describe.skipIf(mode.skip)('add an area in the browser (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let editor: Awaited<ReturnType<typeof signIn>>;

  let dir: string;

  const session = editorSession();
  beforeAll(() => {
    ({ t, browser, page, errors, editor } = session);
    dir = mkdtempSync(join(tmpdir(), 'accgraph-review-e2e-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const revision = () => reviewRevision(page);
  /** Clicks a review button and waits until the server's answer is shown. */
  const act = (testId: string) => reviewAct(page, testId);

  it('uploads a document, reviews its proposals and publishes the area', async () => {
    await page.goto(`${t.url}/`);
    await page.locator('[data-testid=add-area-link]').click();
    await uploadForReview(page, {
      file: SOURCE,
      area: AREA,
      year: '2017',
      beforeSubmit: () => keepScreenshot(page, 'review-upload-1440'),
    });

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

  /** Selects the document text between two offsets (inside one run of the text) as a reader would. */
  const selectText = (start: number, end: number) => selectDocumentText(page, start, end);

  it('drafts a second document into an area that has one, adds an obligation and a date by selection, and publishes both documents', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${t.url}/?review=new`);
    const draftId = await uploadForReview(page, { file: SOURCE, area: 'walsall', year: '2019' });
    const { body } = await editor.graphql(
      `query ($id: ID!) { draft(id: $id, areaId: "walsall") { text nodes { key id problems } } }`,
      { id: draftId },
    );
    const draft = body.data!.draft as {
      text: string;
      nodes: { key: string; id: string; problems: string[] }[];
    };
    const fine = draft.nodes.filter((n) => n.problems.length === 0).slice(0, 4);
    expect(fine.length).toBeGreaterThan(1);
    for (const n of fine) await act(`accept-${n.key}`);

    // An obligation by selection: its text is the quote; modality and duty type from the taxonomy.
    const sentence = 'each Partnership Board, including children';
    const s1 = draft.text.indexOf(sentence);
    expect(s1).toBeGreaterThan(0);
    await selectText(s1, s1 + sentence.length);
    await page.locator('[data-testid=review-add-kind]').selectOption('OBLIGATION');
    await page.locator('[data-testid=review-add-holders]').selectOption([fine[0]!.id]);
    await page.locator('[data-testid=review-add-modality]').selectOption('will');
    await page.locator('[data-testid=review-add-duties]').selectOption(['PARTNERSHIP_ALIGNMENT']);
    await act('review-add-submit');
    const obligation = page
      .locator('section[aria-labelledby=review-obligations] li[data-state]')
      .last();
    expect(await obligation.textContent()).toContain(sentence);
    expect(await obligation.textContent()).toContain('PARTNERSHIP_ALIGNMENT');

    // A document fact by selection: the date the quote states.
    const dated = 'approved in November 2015';
    const s2 = draft.text.indexOf(dated);
    await selectText(s2 + 'approved in '.length, s2 + dated.length);
    await page.locator('[data-testid=review-add-kind]').selectOption('DOCUMENT_FACT');
    await page.locator('[data-testid=review-add-category]').selectOption('replaces');
    await page.locator('[data-testid=review-add-category]').selectOption('date');
    await page.locator('[data-testid=review-add-fact-kind]').selectOption('approved');
    await page.locator('[data-testid=review-add-value]').fill('2015-11');
    await act('review-add-submit');
    const fact = page.locator('section[aria-labelledby=review-facts] li[data-state]').last();
    expect(await fact.textContent()).toContain('Document date (approved): 2015-11');
    const mark = page.locator(
      `[data-testid=review-document] mark[data-offset="${s2 + 'approved in '.length}"]`,
    );
    expect((await mark.first().textContent())?.trim()).toBe('November 2015');

    // A duty type outside the taxonomy never reaches the form; the server refuses it anyway.
    const refused = await editor.graphql(
      `mutation ($i: AddDraftFactInput!) { addDraftFact(input: $i) { revision } }`,
      {
        i: {
          areaId: 'walsall',
          draftId,
          revision: await revision(),
          kind: 'OBLIGATION',
          start: s1,
          end: s1 + sentence.length,
          holders: [fine[0]!.id],
          modality: 'will',
          dutyTypes: ['MADE_UP'],
        },
      },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.body.errors?.[0]?.message).toMatch(
      /^input\.dutyTypes\[0\]: "MADE_UP" is not a duty type code; allowed: CYPP, .*extensions\.problems/,
    );
    const [problem] = refused.body.errors![0]!.extensions!.problems as {
      path: string;
      allowed: string[];
    }[];
    expect(problem).toMatchObject({ path: 'input.dutyTypes[0]' });
    expect(problem!.allowed).toContain('ANNUAL_REPORT');

    await page.locator('[data-testid=review-add-kind]').waitFor({ state: 'detached' });
    for (const size of WIDTHS) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.locator('#review-obligations').scrollIntoViewIfNeeded();
      await keepScreenshot(page, `review-second-document-${size.width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await selectText(s1, s1 + sentence.length);
    await page.locator('[data-testid=review-add-kind]').selectOption('OBLIGATION');
    for (const size of WIDTHS) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.locator('[data-testid=review-add]').scrollIntoViewIfNeeded();
      await keepScreenshot(page, `review-add-obligation-${size.width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.locator('[data-testid=review-publish]').click();
    await page.locator('[data-testid=review-published]').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('[data-testid=review-published]').textContent()).toMatch(
      /Published \d+ nodes, 0 relationships and 1 obligations/,
    );
    const area = await t.graphql(
      `{ area(id: "walsall") { documents { id effectiveTo supersededBy approved: dates { kind date } } } }`,
    );
    expect(area.body.errors).toBeUndefined();
    const docs = (area.body.data!.area as { documents: { id: string }[] }).documents;
    expect(docs.map((d) => d.id).sort()).toEqual(['walsall/2017', 'walsall/2019']);
    expect(docs.find((d) => d.id === 'walsall/2017')).toMatchObject({
      effectiveTo: '2019',
      supersededBy: 'walsall/2019',
    });
    expect(docs.find((d) => d.id === 'walsall/2019')).toMatchObject({
      approved: expect.arrayContaining([{ kind: 'approved', date: '2015-11' }]),
    });
    expect(errors).toEqual([]);
  }, 300_000);

  it('walks "Done when" as a new user: signs in, uploads a PDF, reviews, publishes, and finds the evidenced area and its history', async () => {
    const area = 'northmoor';
    // a body the reader does not propose (its sentence yields nothing), added by selection
    const panel = 'Independent Scrutineer';
    const pdf = join(dir, 'northmoor-arrangements.pdf');
    writeFileSync(pdf, await pdfOf(NORTHMOOR));
    const account = await signIn(t, 'editor');
    const me = await account.graphql('{ me { displayName } }');
    const name = (me.body.data as { me: { displayName: string } }).me.displayName;

    // A new user: a fresh browser, signed in through the sign-in dialog.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const p = await context.newPage();
      const pageErrors = watchErrors(p);
      await p.goto(`${t.url}/`);
      await p
        .locator('[data-testid=sign-in-button]:not([disabled])')
        .click({ timeout: UI_TIMEOUT });
      await p.locator('[data-testid=sign-in-email]').fill(account.email);
      await p.locator('[data-testid=sign-in-password]').fill(account.password);
      await p.locator('[data-testid=sign-in-submit]').click();
      await p.locator('[data-testid=account-button]').waitFor({ timeout: UI_TIMEOUT });

      // The PDF made here, uploaded from the header's link.
      await p.locator('[data-testid=add-area-link]').click();
      await uploadForReview(p, { file: pdf, area, year: '2025' });

      // Accept every proposed node, correct one name, accept one relationship, reject another.
      const keys = (section: string) =>
        p
          .locator(`section[aria-labelledby=${section}] li[data-state]`)
          .evaluateAll((els) =>
            els.map((e) => e.getAttribute('data-testid')!.slice('proposal-'.length)),
          );
      const nodeKeys = await keys('review-nodes');
      expect(nodeKeys.length).toBeGreaterThanOrEqual(2);
      for (const key of nodeKeys) await reviewAct(p, `accept-${key}`);
      await p.locator(`[data-testid=edit-${nodeKeys[0]}]`).click();
      await p.locator(`[data-testid=rename-input-${nodeKeys[0]}]`).fill('Northmoor Partnership');
      await reviewAct(p, `rename-${nodeKeys[0]}`);
      const relKeys = await keys('review-relationships');
      expect(relKeys.length).toBeGreaterThanOrEqual(2);
      await reviewAct(p, `accept-${relKeys[0]}`);
      await reviewAct(p, `reject-${relKeys[1]}`);

      // A node added by selecting its name in the text: the quote is exactly the words selected.
      const text = await p.locator('[data-testid=review-document]').evaluate((el) => {
        const runs = [...el.querySelectorAll<HTMLElement>('[data-offset]')];
        return runs.map((r) => ({ at: Number(r.dataset.offset), text: r.textContent ?? '' }));
      });
      const run = text.find((r) => r.text.includes(panel))!;
      expect(run, `"${panel}" in the shown text`).toBeDefined();
      const start = run.at + run.text.indexOf(panel);
      await selectDocumentText(p, start, start + panel.length);
      await p.locator('[data-testid=review-add-name]').fill(panel);
      await reviewAct(p, 'review-add-submit');

      await p.locator('[data-testid=review-reason]').fill('Checked against the 2025 arrangements');
      await p.locator('[data-testid=review-publish]').click();
      await p.locator('[data-testid=review-published]').waitFor({ timeout: UI_TIMEOUT });

      // The area is in the picker, and its canvas draws the facts, the added body among them
      // (tied to nothing yet) and the renamed one.
      await p.locator('[data-testid=review-published] a').click();
      await canvasReady(p);
      const picker = p.locator('[data-testid=area-picker]');
      expect(
        await picker.evaluate((s) => [...(s as HTMLSelectElement).options].map((o) => o.value)),
      ).toContain(area);
      const panelId = `${area}/independent-scrutineer`;
      await expect
        .poll(() => drawnIds(p, 'node'), { timeout: UI_TIMEOUT })
        .toEqual(expect.arrayContaining([panelId]));
      expect((await drawnIds(p, 'edge')).length).toBe(1); // the accepted one, not the rejected
      expect(
        await p.locator('.react-flow__node', { hasText: 'Northmoor Partnership' }).count(),
      ).toBe(1);
      // ... each with the quote that states it.
      await p.locator(`.react-flow__node[data-id="${panelId}"]`).click();
      const quotes = p.locator('[data-testid=side-panel] [data-testid=evidence-quote]');
      await expect
        .poll(() => quotes.allTextContents(), { timeout: UI_TIMEOUT })
        .toEqual([expect.stringContaining(panel)]);

      // The history lists every change, each with who made it and why.
      await p.locator('[data-testid=history-panel] summary').click();
      const entries = p.locator('[data-testid=history-entry]');
      await entries.first().waitFor({ timeout: UI_TIMEOUT });
      const listed = await entries.allTextContents();
      // the draft, 2+ accepted nodes, a rename, an accepted and a rejected relationship, the added node, the publish
      expect(listed.length).toBeGreaterThanOrEqual(nodeKeys.length + 6);
      for (const entry of listed) {
        expect(entry).toContain(name);
        expect(entry).toContain('Why:');
      }
      expect(listed[0]).toContain('Checked against the 2025 arrangements');
      for (const size of WIDTHS) {
        await p.setViewportSize({ width: size.width, height: size.height });
        await keepScreenshot(p, `review-new-user-${size.width}`);
      }
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);

  it('asks an anonymous reader to sign in instead of showing an upload form the server would refuse', async () => {
    const anonymous = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const reader = await anonymous.newPage();
      await reader.goto(`${t.url}/?review=new`);
      const gate = reader.locator('[data-testid=review-sign-in]');
      await gate.waitFor({ timeout: UI_TIMEOUT });
      expect(await gate.textContent()).toMatch(/sign in/i);
      expect(await reader.locator('[data-testid=review-upload]').count()).toBe(0);
    } finally {
      await anonymous.close();
    }
  }, 120_000);
});
