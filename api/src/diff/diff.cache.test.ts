import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalGraph } from '@accgraph/schema';
import { writeGraph } from '../canonical/index.ts';
import { createLogger } from '../logger.ts';
import { Services } from '../services.ts';
import { openStore, type Store } from '../store/index.ts';
import { DiffService } from './diff.service.ts';

// A real embedded store (it has a write generation, so graph caches keep):
// a diff is kept until the next write, and after a write it says what the
// graph now says (graph cache `document-diffs`, issue 12 point 6).
const q = (documentId: string, quote: string) => ({
  documentId,
  quote,
  section: '1. Roles',
  start: 0,
  end: quote.length,
});
const HOLDS: CanonicalGraph['relationships'][number] = {
  id: 'shire/2014:HOLDS_TO_ACCOUNT:shire/board->shire/chair',
  type: 'HOLDS_TO_ACCOUNT',
  from: 'shire/board',
  to: 'shire/chair',
  properties: {
    areaId: 'shire',
    documentId: 'shire/2014',
    mode: 'call-to-account',
    validFrom: '2014',
    validTo: '2020',
  },
  evidence: [q('shire/2014', 'Hold the Chair to account')],
};
const MEMBER: CanonicalGraph['relationships'][number] = {
  id: 'shire/2020:MEMBER_OF:shire/chair->shire/board',
  type: 'MEMBER_OF',
  from: 'shire/chair',
  to: 'shire/board',
  properties: { areaId: 'shire', capacity: 'member', documentId: 'shire/2020', validFrom: '2020' },
  evidence: [q('shire/2020', 'The Chair sits on the Board')],
};
const graph = (relationships: CanonicalGraph['relationships']): CanonicalGraph => ({
  format: 'accgraph-export/1',
  areas: ['shire'],
  nodes: [
    { id: 'shire', labels: ['Area'], properties: { name: 'Shire' }, evidence: [] },
    {
      id: 'shire/board',
      labels: ['Body'],
      properties: { areaId: 'shire', name: 'Shire Board', aliases: [] },
      evidence: [],
    },
    {
      id: 'shire/chair',
      labels: ['Post'],
      properties: { areaId: 'shire', name: 'Chair', aliases: [] },
      evidence: [],
    },
  ],
  relationships,
});

let dir: string;
let store: Store;
const write = (g: CanonicalGraph) =>
  store.writeTransaction((tx) =>
    writeGraph(tx, g, { replaceAreas: g.areas, uncheckedEvidence: 'test-fixture' }),
  );
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'accgraph-diff-cache-'));
  store = await openStore({ kind: 'embedded', path: path.join(dir, 'graph.grafeo') });
  await store.ensureSchema();
  await write(graph([HOLDS, MEMBER]));
}, 60_000);
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const diff = () =>
  new Services(store, createLogger('silent'))
    .get(DiffService)
    .betweenDates('shire', '2015-01-01', '2021-01-01');
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe('a kept diff (graph cache document-diffs)', () => {
  it('is shared by the next request while the store is not written', async () => {
    const first = await diff();
    expect(ids(first.relationships.removed)).toEqual([HOLDS.id]);
    expect(ids(first.relationships.added)).toEqual([MEMBER.id]);
    expect(await diff()).toBe(first);
  });

  it('is computed again after a write, and says what the graph now says', async () => {
    const before = await diff();
    await write(graph([HOLDS]));
    const after = await diff();
    expect(after).not.toBe(before);
    expect(ids(after.relationships.removed)).toEqual([HOLDS.id]);
    expect(ids(after.relationships.added)).toEqual([]);
  });
});
