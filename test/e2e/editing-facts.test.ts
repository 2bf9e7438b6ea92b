/**
 * Edit a published area's facts in the explorer (issue 14 point 3): an
 * editor adds an obligation to a post with a passage selected in the stored
 * text and sees it listed with its quote and in the History panel; a
 * made-up modality is refused with the server's message; an INTERPRETED
 * relationship without its written reason is refused (saved with one); a
 * document's review date is corrected from its details (a made-up kind
 * refused); an obligation is corrected, and a change made meanwhile by
 * someone else answers CONFLICT and saves nothing. In Chromium against the
 * real server (seeded embedded store) with a real editor session;
 * screenshots at 1440, 1024 and 390 px in test-results/e2e/editing-facts-*.png.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { signIn } from '../integration/helpers/auth';
import type { TestApp } from '../integration/support/app';
import { browserTestMode } from './support/browser';
import { selectPassage as pick } from './support/editing';
import { editorSession } from './support/session';
import { keepScreenshot, UI_TIMEOUT, WIDTHS } from './support/explorer';
import { DCS, HOLDS_TRUST_CHAIR, W2014 } from './support/seed';

const mode = browserTestMode();
const SENTENCE =
  'The DCS has the lead responsibility for improving outcomes for children and young people in Wiltshire.';
const TEXT = 'Lead on improving outcomes for children and young people in Wiltshire';

describe.skipIf(mode.skip)('edit the facts of a published area (Chromium)', () => {
  let t: TestApp;
  let page: Page;
  let errors: string[];
  let editor: Awaited<ReturnType<typeof signIn>>;

  const session = editorSession();
  beforeAll(() => {
    ({ t, page, errors, editor } = session);
  });

  /** Selects `words` in the passage picker's text as a reader would, and adds them as evidence. */
  const selectPassage = (words: string) => pick(page, '[data-testid=fact-dialog]', words);

  async function save() {
    await page.locator('[data-testid=fact-save]').click();
  }

  async function errorText() {
    const error = page.locator('[data-testid=fact-error]');
    await error.waitFor({ timeout: UI_TIMEOUT });
    return error.innerText();
  }

  it('adds an obligation with a selected passage; a made-up modality is refused', async () => {
    await page.goto(`${t.url}/${W2014}&sel=${encodeURIComponent(DCS)}`);
    await page.locator('[data-testid=add-obligation]').click({ timeout: UI_TIMEOUT });
    const dialog = page.locator('[data-testid=fact-dialog]');
    await dialog.waitFor({ timeout: UI_TIMEOUT });
    await page.locator('[data-testid=fact-text]').fill(TEXT);
    await page.locator('[data-testid=fact-modality]').fill('mightily');
    await page.locator('[data-testid=fact-duties] input[type=checkbox]').first().check();
    await selectPassage(SENTENCE);
    await page.locator('[data-testid=fact-reason]').fill('The protocol gives the DCS this lead');
    for (const w of WIDTHS) {
      await page.setViewportSize({ width: w.width, height: w.height });
      await keepScreenshot(page, `editing-facts-obligation-${w.width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });

    await save();
    const refused = await errorText();
    expect(refused).toContain('modality');
    expect(refused).toContain('"mightily"');
    expect(refused).toContain('must');

    await page.locator('[data-testid=fact-modality]').fill('must');
    await save();
    await dialog.waitFor({ state: 'detached', timeout: UI_TIMEOUT });

    await page.locator('[data-testid=action-obligations]').click();
    const panel = page.locator('[data-testid=obligations-panel]');
    const added = panel.locator('li', { hasText: TEXT });
    await added.first().waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => added.first().innerText()).toContain(SENTENCE);

    await page.locator('[data-testid=history-panel] summary').click();
    const entry = page.locator('[data-testid=history-entry]', {
      hasText: 'The protocol gives the DCS this lead',
    });
    await entry.first().waitFor({ timeout: UI_TIMEOUT });
    expect(errors).toEqual([]);
  }, 180_000);

  it('refuses an INTERPRETED relationship without its written reason, saves it with one', async () => {
    await page.goto(`${t.url}/${W2014}&sel=${encodeURIComponent(DCS)}`);
    await page.locator('[data-testid=add-relationship]').click({ timeout: UI_TIMEOUT });
    await page.locator('[data-testid=fact-dialog]').waitFor({ timeout: UI_TIMEOUT });
    await page.locator('[data-testid=fact-type]').selectOption('ACCOUNTABLE_TO');
    await page.locator('[data-testid=fact-to]').fill('Lead Member');
    await page.locator('[data-testid=fact-to-options] [role=option]').first().click();
    expect(await page.locator('[data-testid=fact-to]').getAttribute('data-value')).not.toBe('');
    await page.locator('[data-testid=fact-interpreted]').check();
    await page.locator('[data-testid=fact-reason]').fill('Read from the protocol');
    await page.locator('[data-testid=fact-type]').scrollIntoViewIfNeeded();
    for (const w of WIDTHS) {
      await page.setViewportSize({ width: w.width, height: w.height });
      await keepScreenshot(page, `editing-facts-relationship-${w.width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await save();
    const refused = await errorText();
    expect(refused).toContain('interpretation needs its written reason');

    // With its written reason the same interpretation is saved and in the History.
    await page
      .locator('[data-testid=fact-interpretation]')
      .fill('Our reading: the protocol gives the DCS the lead, to answer for it to the chair');
    await save();
    await page
      .locator('[data-testid=fact-dialog]')
      .waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await page.locator('[data-testid=history-panel] summary').click();
    await page
      .locator('[data-testid=history-entry]', { hasText: 'Read from the protocol' })
      .first()
      .waitFor({ timeout: UI_TIMEOUT });
    expect(errors).toEqual([]);
  }, 180_000);
  it("corrects a document's review date from its details; a made-up kind is refused", async () => {
    await page.goto(`${t.url}/${W2014}&sel=${encodeURIComponent('wiltshire/2014')}`);
    const facts = page.locator('[data-testid=document-facts]');
    const review = facts.locator('[data-testid=document-fact]', { hasText: 'review-due' });
    await review.first().waitFor({ timeout: UI_TIMEOUT });
    for (const w of WIDTHS) {
      await page.setViewportSize({ width: w.width, height: w.height });
      await facts.scrollIntoViewIfNeeded();
      await keepScreenshot(page, `editing-facts-details-${w.width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await review.first().locator('[data-testid=correct-document-fact]').click();
    await page.locator('[data-testid=fact-dialog]').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('[data-testid=fact-value]').inputValue()).toBe('2015-10-02');
    await page.locator('[data-testid=fact-kind]').fill('reviewish');
    await selectPassage('Review Date: 02.10.2015');
    await page.locator('[data-testid=fact-reason]').fill('Cite the review date line itself');
    for (const w of WIDTHS) {
      await page.setViewportSize({ width: w.width, height: w.height });
      await page.locator('[data-testid=fact-category]').scrollIntoViewIfNeeded();
      await keepScreenshot(page, `editing-facts-document-${w.width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await save();
    const refused = await errorText();
    expect(refused).toContain('"reviewish"');
    expect(refused).toContain('review-due');

    await page.locator('[data-testid=fact-kind]').fill('review-due');
    await save();
    await page
      .locator('[data-testid=fact-dialog]')
      .waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await expect.poll(() => review.first().innerText()).toContain('Review Date: 02.10.2015');
    await page.locator('[data-testid=history-panel] summary').click();
    await page
      .locator('[data-testid=history-entry]', { hasText: 'Cite the review date line itself' })
      .first()
      .waitFor({ timeout: UI_TIMEOUT });
    expect(errors).toEqual([]);
  }, 180_000);
  it('corrects an obligation; a change made meanwhile elsewhere answers CONFLICT and saves nothing', async () => {
    await page.goto(`${t.url}/${W2014}&sel=${encodeURIComponent(DCS)}`);
    await page.locator('[data-testid=action-obligations]').click({ timeout: UI_TIMEOUT });
    const added = page.locator('[data-testid=obligations-panel] li', { hasText: TEXT }).first();
    await added.waitFor({ timeout: UI_TIMEOUT });
    expect(await added.innerText()).toContain('must ·');
    await added.locator('[data-testid=correct-obligation]').click();
    await page.locator('[data-testid=fact-dialog]').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('[data-testid=fact-modality]').inputValue()).toBe('must');
    await page.locator('[data-testid=fact-modality]').fill('will');
    await page.locator('[data-testid=fact-reason]').fill('The protocol says "has the lead"');

    // Another editor changes the area while the form is open.
    const versions = await editor.graphql(
      'query { areaVersions(areaId: "wiltshire") { current } }',
    );
    const current = (versions.body.data as { areaVersions: { current: number } }).areaVersions
      .current;
    const other = await editor.graphql(
      'mutation ($input: EditNodeInput!) { editNode(input: $input) { version } }',
      {
        input: {
          areaId: 'wiltshire',
          expectedVersion: current,
          reason: 'Another editor meanwhile',
          id: 'wiltshire/wscb',
          aliases: ['WSCB', 'the Board'],
        },
      },
    );
    expect(other.body.errors).toBeUndefined();

    await save();
    expect(await errorText()).toContain('Someone else changed this area');
    expect(await added.innerText()).toContain('must ·');

    await save();
    await page
      .locator('[data-testid=fact-dialog]')
      .waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await expect.poll(() => added.innerText()).toContain('will ·');
    expect(errors).toEqual([]);
  }, 180_000);

  it('corrects a relationship as an interpretation with its reason, and History shows it', async () => {
    await page.goto(`${t.url}/${W2014}&sel=${encodeURIComponent(HOLDS_TRUST_CHAIR)}`);
    await page.locator('[data-testid=edit-action]').click({ timeout: UI_TIMEOUT });
    const dialog = page.locator('[data-testid=edit-dialog]');
    await dialog.getByLabel('Interpretation: our reading beyond the words').check();
    await expect.poll(() => dialog.innerText()).toContain('an interpretation may cite none');
    await dialog.getByLabel('Why it is read this way').fill('The chair is named for the Trust');
    await page.locator('[data-testid=edit-reason]').fill('Marking our reading of the chair');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.locator('form').waitFor({ state: 'detached', timeout: UI_TIMEOUT });

    const answer = await t.graphql(
      `{ area(id: "wiltshire") { graph(asOf: "2018-12-31") { edges { id basis interpretation } } } }`,
    );
    const rel = (
      answer.body.data!.area as {
        graph: { edges: { id: string; basis: string; interpretation: string | null }[] };
      }
    ).graph.edges.find((r) => r.id === HOLDS_TRUST_CHAIR);
    expect(rel).toMatchObject({
      basis: 'INTERPRETED',
      interpretation: 'The chair is named for the Trust',
    });
    await page.locator('[data-testid=history-panel] summary').click();
    await page
      .locator('[data-testid=history-entry]', { hasText: 'Marking our reading of the chair' })
      .first()
      .waitFor({ timeout: UI_TIMEOUT });
    expect(errors).toEqual([]);
  }, 180_000);
});
