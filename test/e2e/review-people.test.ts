/**
 * Add an area in the browser with its people (issue 14, decision 0035): a
 * small document with a signature block and named post holders is uploaded;
 * the review screen lists the people, the posts they hold and their
 * signatures (a blank signature cell said as blank) with their quotes marked
 * and drawn in the draft's graph; the reviewer accepts them, corrects a
 * name (the quote stays the document's words), publishes, and finds them in
 * the published area. Chromium against the real server with a real editor
 * session; screenshots at 1440, 1024 and 390 px in
 * test-results/e2e/review-people-*.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { signIn } from '../integration/helpers/auth';
import type { TestApp } from '../integration/support/app';
import { browserTestMode } from './support/browser';
import { canvasReady, drawnIds, keepScreenshot, UI_TIMEOUT, WIDTHS } from './support/explorer';
import { reviewAct, uploadForReview } from './support/editing';
import { editorSession } from './support/session';

const mode = browserTestMode();
const AREA = 'brookvale';
const YEAR = '2024';
/** A short document: who leads the partnership, and a signature block with blank signature cells. */
const TEXT = `Brookvale safeguarding arrangements

Introduction

The Brookvale Safeguarding Partnership is led by the three safeguarding partners: Brookvale Council, Brookvale Police and NHS Brookvale Clinical Commissioning Group.

The Director of Children's Services chairs the Brookvale Safeguarding Partnership.

We agree and state our intention to work together to safeguard children in Brookvale.

Signed:



Alice Marsh
Director of Children's Services
Brookvale Council



Tom Reed
Chief constable
Brookvale Police
`;

interface DraftRead {
  text: string;
  nodes: { key: string; id: string; label: string; evidence: { start: number; end: number }[] }[];
  relationships: { key: string; type: string; from: string; to: string; properties: string }[];
}

describe.skipIf(mode.skip)('people in a draft made in the browser (Chromium)', () => {
  let t: TestApp;
  let page: Page;
  let errors: string[];
  let editor: Awaited<ReturnType<typeof signIn>>;
  let dir: string;

  const session = editorSession();
  beforeAll(() => {
    ({ t, page, errors, editor } = session);
    dir = mkdtempSync(join(tmpdir(), 'accgraph-people-e2e-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Clicks a review button and waits until the server's answer is shown. */
  const act = (testId: string) => reviewAct(page, testId);
  const texts = (section: string) =>
    page.locator(`section[aria-labelledby=${section}] li[data-state]`).allTextContents();

  it('lists the people, the posts they hold and their signatures; accepted, a name corrected, published and shown in the area', async () => {
    const file = join(dir, 'brookvale-2024-arrangements.txt');
    writeFileSync(file, TEXT);
    await page.goto(`${t.url}/?review=new`);
    const draftId = await uploadForReview(page, { file, area: AREA, year: YEAR });

    // The people, each post held and each signature are listed like any other proposal.
    await page.locator('section[aria-labelledby=review-people]').waitFor({ timeout: UI_TIMEOUT });
    const people = await texts('review-people');
    expect(people.some((p) => p.includes('Alice Marsh (person)'))).toBe(true);
    expect(people.some((p) => p.includes('Tom Reed (person)'))).toBe(true);
    const rels = await texts('review-relationships');
    expect(
      rels.some((r) => r.includes("Alice Marsh holds post Director of Children's Services")),
    ).toBe(true);
    expect(rels.some((r) => r.includes('Tom Reed holds post Chief Constable'))).toBe(true);
    const signatures = rels.filter((r) => / signed this document \(/.test(r));
    expect(signatures.length).toBe(2);
    for (const s of signatures) expect(s).toContain('signature cell blank');

    // Their quotes are marked in the text and they are drawn in the draft's graph.
    const { body } = await editor.graphql(
      `query ($id: ID!) { draft(id: $id, areaId: "${AREA}") {
        text nodes { key id label evidence { start end } }
        relationships { key type from to properties } } }`,
      { id: draftId },
    );
    const draft = body.data!.draft as DraftRead;
    const persons = draft.nodes.filter((n) => n.label === 'Person');
    expect(persons.map((p) => p.id).sort()).toEqual([`${AREA}/alice-marsh`, `${AREA}/tom-reed`]);
    for (const p of persons) {
      const at = p.evidence[0]!;
      const mark = page.locator(`[data-testid=review-document] mark[data-offset="${at.start}"]`);
      expect((await mark.first().textContent())?.trim()).toBe(draft.text.slice(at.start, at.end));
    }
    const graph = page.locator('[data-testid=review-graph]');
    await expect
      .poll(() => drawnIds(page, 'node', '[data-testid=review-graph]'), { timeout: UI_TIMEOUT })
      .toEqual(expect.arrayContaining([...persons.map((p) => p.id), `${AREA}/${YEAR}`]));
    expect(await graph.locator('.react-flow__edge', { hasText: 'signed (blank)' }).count()).toBe(2);

    // Accept every node and every relationship.
    for (const key of [...draft.nodes, ...draft.relationships].map((x) => x.key)) {
      await act(`accept-${key}`);
    }

    // A name correction: the name changes, the quote stays what the document prints.
    const tom = persons.find((p) => p.id.endsWith('/tom-reed'))!;
    await page.locator(`[data-testid=edit-${tom.key}]`).click();
    await page.locator(`[data-testid=rename-input-${tom.key}]`).fill('Thomas Reed');
    await act(`rename-${tom.key}`);
    expect(await page.locator(`[data-testid=proposal-${tom.key}]`).textContent()).toContain(
      'Thomas Reed (person)',
    );
    const tomMark = page.locator(
      `[data-testid=review-document] mark[data-offset="${tom.evidence[0]!.start}"]`,
    );
    expect((await tomMark.first().textContent())?.trim()).toBe('Tom Reed');

    await page.locator(`[data-testid=edit-${tom.key}]`).click(); // closes the edit form

    // A signature cell's state is edited like any fact: said signed, then blank again as the
    // document leaves it; the signature keeps its quote, and each edit is an audit entry.
    const sig = draft.relationships.find((r) => r.type === 'SIGNED' && r.from === tom.id)!;
    const row = page.locator(`[data-testid=proposal-${sig.key}]`);
    await page.locator(`[data-testid=edit-${sig.key}]`).click();
    await page.locator(`[data-testid=signature-cell-${sig.key}]`).selectOption('signed');
    await act(`save-signature-${sig.key}`);
    expect(await row.textContent()).toContain('signature cell signed');
    expect(await graph.locator('.react-flow__edge', { hasText: 'signed (blank)' }).count()).toBe(1);
    await page.locator(`[data-testid=signature-cell-${sig.key}]`).selectOption('blank');
    await act(`save-signature-${sig.key}`);
    expect(await row.textContent()).toContain('signature cell blank');
    expect(await row.textContent()).toContain('edited');
    for (const size of WIDTHS) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await row.scrollIntoViewIfNeeded();
      await keepScreenshot(page, `review-signature-cell-${size.width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.locator(`[data-testid=edit-${sig.key}]`).click(); // closes the edit form
    for (const size of WIDTHS) {
      await page.setViewportSize({ width: size.width, height: size.height });
      // the people at the top of the list, the posts held and signatures under them
      await page.evaluate(() => document.getElementById('review-people')!.scrollIntoView());
      await keepScreenshot(page, `review-people-${size.width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.locator('[data-testid=review-publish]').click();
    await page.locator('[data-testid=review-published]').waitFor({ timeout: UI_TIMEOUT });
    const nodes = draft.nodes.length;
    const relationships = draft.relationships.length;
    expect(await page.locator('[data-testid=review-published]').textContent()).toContain(
      `Published ${nodes} nodes, ${relationships} relationships`,
    );

    // The published area draws the people and the posts they hold.
    await page.locator('[data-testid=review-published] a').click();
    await canvasReady(page);
    const drawn = await drawnIds(page, 'node');
    expect(drawn).toEqual(expect.arrayContaining(persons.map((p) => p.id)));
    await page.locator(`.react-flow__node[data-id="${AREA}/tom-reed"]`).click();
    await expect
      .poll(() => page.locator('body').textContent(), { timeout: UI_TIMEOUT })
      .toContain('Thomas Reed');
    await keepScreenshot(page, 'review-people-published-1440');
    // ... and the published signatures say their cells are blank.
    for (const p of persons) {
      const read = await editor.graphql(
        `query ($id: ID!) { node(id: $id) { relationships(first: 10, direction: OUT, types: [SIGNED], allTime: true) {
          edges { node { ... on SignedRelationship { signatureBlank } } } } } }`,
        { id: p.id },
      );
      expect(read.body.errors).toBeUndefined();
      const edges = (
        read.body.data!.node as {
          relationships: { edges: { node: { signatureBlank: boolean } }[] };
        }
      ).relationships.edges;
      expect(edges.map((e) => e.node.signatureBlank)).toEqual([true]);
    }
    expect(errors).toEqual([]);
  }, 300_000);
});
