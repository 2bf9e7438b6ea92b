import { today } from '@accgraph/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

/**
 * Issue 12 point 5: a document's findings are judged by the law in force during
 * its period unless the client asks for today's law, and each finding says which.
 */
interface Row {
  ruleId: string;
  message: string;
  nodeIds: string[];
  law: { kind: string; asOf: string; label: string };
}

const FINDINGS = `query ($document: ID, $area: ID, $asOf: IsoDate, $law: FindingLaw) {
  findings(document: $document, area: $area, asOf: $asOf, law: $law, first: 200) {
    edges { node { ruleId message nodeIds law { kind asOf label } } }
  }
}`;

describe('findings judged by the law of the document period, or by today (explicit)', () => {
  let t: TestApp;
  const run = async (variables: Record<string, unknown>): Promise<Row[]> =>
    dataOf<{ findings: { edges: { node: Row }[] } }>(
      await t.graphql(FINDINGS, variables),
    ).findings.edges.map((e) => e.node);

  beforeAll(async () => {
    t = await startSeededApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('judges Wiltshire 2014 by 2014 law by default: the WSCB is not yet a board the law ended', async () => {
    const rows = await run({ document: 'wiltshire/2014' });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.law).toEqual({
        kind: 'DOCUMENT_PERIOD',
        asOf: '2014-12-15',
        label: "the law in force on 15 December 2014 (the document's period)",
      });
    }
    expect(rows.filter((r) => r.ruleId === 'REGIME_ROLE_MISMATCH')).toEqual([]);
  });

  it("judges the same document by today's law only when asked, and says so", async () => {
    const rows = await run({ document: 'wiltshire/2014', law: 'TODAY' });
    const now = today();
    for (const r of rows) expect(r.law.kind).toBe('TODAY');
    expect(rows[0]?.law.asOf).toBe(now);
    expect(rows[0]?.law.label).toMatch(/^today's law \(/);
    const ended = rows.filter((r) => r.ruleId === 'REGIME_ROLE_MISMATCH');
    expect(ended.map((r) => r.nodeIds)).toContainEqual(['wiltshire/wscb']);
    expect(ended[0]?.message).toContain('although such boards ended by 29 September 2019');
  });

  it('the latest document of an area is judged by the law of its own period, not today', async () => {
    const byPeriod = await run({ area: 'oxfordshire' });
    const byToday = await run({ area: 'oxfordshire', law: 'TODAY' });
    expect(byPeriod[0]?.law.asOf).toBe('2009-01-01');
    expect(byPeriod.some((r) => r.ruleId === 'REGIME_ROLE_MISMATCH')).toBe(false);
    expect(byToday.some((r) => r.ruleId === 'REGIME_ROLE_MISMATCH')).toBe(true);
  });

  it('an explicit asOf is the date of both the statements and the law', async () => {
    const rows = await run({ document: 'wiltshire/2014', asOf: '2018-12-31' });
    expect(rows[0]?.law).toMatchObject({ kind: 'DOCUMENT_PERIOD', asOf: '2018-12-31' });
  });
});
