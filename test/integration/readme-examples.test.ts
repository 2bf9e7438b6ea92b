import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@accgraph/api/config';
import type { TestApp } from './support/app.ts';
import { startSeededApp } from './support/seeded.ts';

/** Every ```graphql block of the README, in order. */
function readmeExamples(): string[] {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
}

/** True when some leaf of the answer is a non-empty value (the example found something). */
function hasContent(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasContent);
  if (value && typeof value === 'object') return Object.values(value).some(hasContent);
  return value !== null && value !== undefined && value !== '' && value !== 0;
}

describe('README examples run as written on the bundled data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startSeededApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const examples = readmeExamples();
  it('documents a runnable example for every query', () => {
    const queries = examples.join('\n');
    for (const name of [
      'area(',
      'node(',
      'search(',
      'accountability(',
      'accountabilityPath(',
      'postObligations(',
      'obligationsByPostKind(',
      'reportingLines(',
      'escalationRoute(',
      'members(',
      'neighbourhood(',
      'compareAreas(',
      'diff(',
      'findings(',
      'findingsSummary',
      'exportArea(',
    ]) {
      expect(queries, name).toContain(name);
    }
  });

  it.each(examples.map((query, i) => [i + 1, query.split('\n')[1]?.trim() ?? query, query]))(
    'example %i (%s) answers without errors and finds something',
    async (_i, _title, query) => {
      const { status, body } = await t.graphql(query as string);
      expect(body.errors ?? []).toEqual([]);
      expect(status).toBe(200);
      for (const value of Object.values(body.data ?? {})) expect(hasContent(value)).toBe(true);
    },
  );
});
