import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApp } from './support/seeded.ts';
import type { TestApp } from './support/app.ts';

/** Audits a bare Apollo Server 5 passes (shared stack notes); we stay at least that good. */
const BARE_APOLLO_PASSES = 55;

/**
 * The audits not passed, all SHOULD/MAY: Apollo answers 400 (not 200) to
 * parse, validation and variable-coercion failures under application/json
 * (572B, FDE2, 7B9B), and CSRF prevention refuses GETs without a preflight
 * header, which the three GET audits do not send (5A70, D6D5, 6A70).
 */
const KNOWN_NOT_PASSED = ['572B', 'FDE2', '7B9B', '5A70', 'D6D5', '6A70'];

describe('GraphQL over HTTP conformance (graphql-http server audits, real server)', () => {
  let t: TestApp;
  let results: AuditResult[];
  beforeAll(async () => {
    t = await startSeededApp();
    const audits = serverAudits({ url: `${t.url}/graphql` });
    results = [];
    for (const audit of audits) results.push(await audit.fn());
  });
  afterAll(async () => {
    await t.close();
  });

  it('fails no MUST audit', () => {
    const failed = results
      .filter((r) => r.status === 'error' || (r.name.startsWith('MUST') && r.status !== 'ok'))
      .map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failed).toEqual([]);
  });

  it(`passes at least the ${BARE_APOLLO_PASSES} audits a bare Apollo Server 5 passes`, () => {
    const passed = results.filter((r) => r.status === 'ok').length;
    expect(passed).toBeGreaterThanOrEqual(BARE_APOLLO_PASSES);
    // Every audit we do not pass is one of these known, documented ones (docs/security.md).
    const notPassed = results.filter((r) => r.status !== 'ok').map((r) => r.id);
    expect(KNOWN_NOT_PASSED).toEqual(expect.arrayContaining(notPassed));
  });
});
