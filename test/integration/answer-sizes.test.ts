/**
 * No answer the explorer asks for by default is over 100 KB (issue 12 point
 * 6, decision 0028): every operation the explorer sends (and ask), with the
 * variables its hooks send, over the bundled areas' ids that the API
 * benchmark rotates through (`npm run bench:sizes` does the same on the
 * national set too).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataSet } from '../bench/datasets.ts';
import { queryOf, scenarios } from '../bench/scenarios.ts';
import { SchemaProbe } from '../bench/schema-probe.ts';
import type { TestApp } from './support/app.ts';
import { startSeededApp } from './support/seeded.ts';

const LIMIT = 100 * 1024;

let t: TestApp;
beforeAll(async () => {
  t = await startSeededApp({ embedded: true });
}, 120_000);
afterAll(async () => t?.close());

describe('the explorer default answers on the bundled areas', () => {
  it('are each at most 100 KB, and answer without errors', async () => {
    const probe = SchemaProbe.load();
    const sizes: string[] = [];
    const over: string[] = [];
    for (const scenario of scenarios(seedDataSet().ids, probe)) {
      if (!scenario.field) continue;
      const query = queryOf(scenario, probe, 0);
      for (const variables of scenario.variables) {
        const { body } = await t.graphql(query, variables);
        expect(body.errors, `${scenario.name} ${JSON.stringify(variables)}`).toBeUndefined();
        const bytes = Buffer.byteLength(JSON.stringify(body));
        sizes.push(`${scenario.name}: ${bytes}`);
        if (bytes > LIMIT)
          over.push(`${scenario.name} ${JSON.stringify(variables)}: ${bytes} bytes`);
      }
    }
    expect(sizes.length).toBeGreaterThan(50);
    expect(over).toEqual([]);
  }, 300_000);
});
