/**
 * Edit a published area fully in the explorer (issue 14 point 3): an editor
 * adds a body from the start panel (kind, aliases, the statutory status its
 * selected passage states) reading the document as readable text (no
 * Markdown marks), and the stored quote is the document text at its
 * offsets; then adds a relationship from the DCS to that body, which is on
 * no canvas, found by typing in the "To" combobox and chosen by keyboard.
 * In Chromium against the real server (seeded embedded store) with a real
 * editor session; axe finds nothing serious or critical in either form at
 * 1440, 1024 and 390 px; screenshots in test-results/e2e/editing-nodes-*.png.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../integration/support/app';
import { browserTestMode } from './support/browser';
import { axeProblems, selectPassage } from './support/editing';
import { drawnIds, keepScreenshot, UI_TIMEOUT, WIDTHS } from './support/explorer';
import { DCS, W2014 } from './support/seed';
import { editorSession } from './support/session';

const mode = browserTestMode();
const DIALOG = '[data-testid=fact-dialog]';
const NAME = 'Wiltshire Statutory Test Board';
const NODE_ID = 'wiltshire/wiltshire-statutory-test-board';
/** Stored as `### **2. The Wiltshire SCB**` then this sentence. */
const QUOTE = 'The WSCB is a statutory body created under the Children Act 2004.';

type Exported = {
  nodes: {
    id: string;
    properties: Record<string, unknown>;
    evidence: { documentId: string; quote: string; start: number; end: number }[];
  }[];
  relationships: {
    id: string;
    from: string;
    to: string;
    type: string;
    evidence: { documentId: string; quote: string; start: number; end: number }[];
  }[];
};

describe.skipIf(mode.skip)('add a node and point a relationship at it (Chromium)', () => {
  let t: TestApp;
  let page: Page;
  let errors: string[];
  const session = editorSession();
  beforeAll(() => {
    ({ t, page, errors } = session);
  });

  const exported = async (): Promise<Exported> => {
    const r = await t.graphql('{ exportArea(id: "wiltshire") }');
    return JSON.parse((r.body.data as { exportArea: string }).exportArea) as Exported;
  };
  const storedText = async (id: string): Promise<string> => {
    const r = await t.graphql(`{ node(id: "${id}") { ... on Document { text } } }`);
    return (r.body.data as { node: { text: string } }).node.text;
  };
  async function shotsAndAxe(name: string, top: string) {
    const problems: string[] = [];
    for (const w of WIDTHS) {
      await page.setViewportSize({ width: w.width, height: w.height });
      await page.locator(top).scrollIntoViewIfNeeded();
      await keepScreenshot(page, `editing-nodes-${name}-${w.width}`);
      problems.push(...(await axeProblems(page, `${name} ${w.width}`)));
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(problems).toEqual([]);
  }

  it('adds a body with its statutory status from a passage read as readable text', async () => {
    await page.goto(`${t.url}/${W2014}`);
    await page.locator('[data-testid=add-node]').click({ timeout: UI_TIMEOUT });
    await page.locator(DIALOG).waitFor({ timeout: UI_TIMEOUT });

    // The picker shows the document readable: no heading marks, bullets or emphasis marks.
    const picker = page.locator(`${DIALOG} [data-testid=passage-text]`);
    await picker.locator('[data-start]').first().waitFor({ timeout: UI_TIMEOUT });
    const shown = await picker.innerText();
    expect(shown).toContain('2. The Wiltshire SCB');
    expect(shown).not.toContain('**');
    expect(shown).not.toMatch(/^\s*#/m);
    expect(shown).not.toMatch(/^- /m);
    const stored = await storedText('wiltshire/2014');
    expect(stored).toContain('### **2. The Wiltshire SCB**');

    await page.locator('[data-testid=fact-node-label]').selectOption('Body');
    await page.locator('[data-testid=fact-node-name]').fill(NAME);
    await page.locator('[data-testid=fact-node-aliases]').fill('WSTB');
    await page.locator('[data-testid=fact-node-kind]').selectOption('safeguarding-children-board');
    await page.locator('[data-testid=fact-node-statutory]').selectOption('statutory');
    await page.locator('[data-testid=fact-document]').selectOption('wiltshire/2014');
    await selectPassage(page, DIALOG, QUOTE);
    await page.locator('[data-testid=fact-reason]').fill('Section 2 names it a statutory body');
    await shotsAndAxe('add-node', '[data-testid=fact-node-name]');

    await page.locator('[data-testid=fact-save]').click();
    await page.locator(DIALOG).waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    // The new body is selected: its details show what was saved, and the canvas draws it
    // though no relationship ties it to anything yet.
    const details = page.locator('[data-testid=details-panel]');
    await expect.poll(() => details.innerText(), { timeout: UI_TIMEOUT }).toContain(NAME);
    await expect.poll(() => drawnIds(page, 'node'), { timeout: UI_TIMEOUT }).toContain(NODE_ID);
    expect(await details.innerText()).toMatch(/Statutory\s+statutory/);
    expect(decodeURIComponent(page.url())).toContain(`sel=${NODE_ID}`);
    const node = (await exported()).nodes.find((n) => n.id === NODE_ID);
    expect(node?.properties).toMatchObject({
      name: NAME,
      aliases: ['WSTB'],
      kind: 'safeguarding-children-board',
      statutory: 'statutory',
    });
    expect(node!.evidence).toHaveLength(1);
    const ev = node!.evidence[0]!;
    expect(ev.quote).toBe(QUOTE);
    expect(stored.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(errors).toEqual([]);
  }, 240_000);

  it('a selection across marks keeps the stored text, marks included', async () => {
    await page.goto(`${t.url}/${W2014}&sel=${encodeURIComponent(DCS)}`);
    await page.locator('[data-testid=add-relationship]').click({ timeout: UI_TIMEOUT });
    await page.locator(DIALOG).waitFor({ timeout: UI_TIMEOUT });
    await page.locator('[data-testid=fact-document]').selectOption('wiltshire/2014');
    // A bullet is shown without its "- " (the list style draws the bullet).
    const bullet = page.locator(`${DIALOG} .ag-picker-text__bullet`, {
      hasText: 'Present its Annual Report',
    });
    expect(await bullet.innerText()).toMatch(/^Present its Annual Report/);
    for (const w of WIDTHS) {
      await page.setViewportSize({ width: w.width, height: w.height });
      await bullet.scrollIntoViewIfNeeded();
      await keepScreenshot(page, `editing-nodes-picker-${w.width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    // Shown as "1. Aim" (a heading) then its paragraph; stored with "### **" and "**\n\n".
    await selectPassage(page, DIALOG, '1. AimThe Wiltshire Safeguarding Children Board');
    const quote = await page.locator(`${DIALOG} [data-testid=edit-passages] li`).innerText();
    expect(quote).toContain('1. Aim**');
    await page.getByRole('button', { name: 'Cancel' }).click();
  }, 120_000);

  it('finds the new body, tied to nothing yet, by typing in "To", and adds the relationship by keyboard', async () => {
    await page.goto(`${t.url}/${W2014}&sel=${encodeURIComponent(DCS)}`);
    await page.locator('[data-testid=add-relationship]').click({ timeout: UI_TIMEOUT });
    await page.locator(DIALOG).waitFor({ timeout: UI_TIMEOUT });
    await page.locator('[data-testid=fact-type]').selectOption('MEMBER_OF');
    await page.locator('[data-testid=fact-prop-capacity]').fill('member');
    const to = page.locator('[data-testid=fact-to]');
    await to.fill('statutory test');
    const options = page.locator('[data-testid=fact-to-options] [role=option]');
    await expect.poll(() => options.allInnerTexts()).toEqual([`${NAME} · Body`]);
    await shotsAndAxe('to-combobox', '[data-testid=fact-to]');
    await to.press('ArrowDown');
    await to.press('Enter');
    expect(await to.getAttribute('data-value')).toBe(NODE_ID);
    expect(await to.inputValue()).toBe(NAME);
    await page.locator('[data-testid=fact-document]').selectOption('wiltshire/2014');
    await selectPassage(
      page,
      DIALOG,
      'The DCS and the Lead Member will be members of both the Children',
    );
    await page.locator('[data-testid=fact-reason]').fill('The DCS sits on the test board');
    await page.locator('[data-testid=fact-save]').click();
    await page.locator(DIALOG).waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    const rel = (await exported()).relationships.find(
      (r) => r.type === 'MEMBER_OF' && r.from === DCS && r.to === NODE_ID,
    );
    expect(rel).toBeDefined();
    const text = await storedText('wiltshire/2014');
    expect(text.slice(rel!.evidence[0]!.start, rel!.evidence[0]!.end)).toBe(
      rel!.evidence[0]!.quote,
    );
    expect(errors).toEqual([]);
  }, 240_000);
});
