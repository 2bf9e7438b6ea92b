import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as canonical from '@accgraph/api/canonical';
import type { Store } from '@accgraph/api/store';
import { importGraphFile, seedAreas } from '@accgraph/graph-seed';
import { type CanonicalGraph, serialiseGraph } from '@accgraph/schema';
import { clearNeo4j, freshStore } from './support/stores.ts';

/**
 * Issue 14 point 4, "evidence that cannot be forged", on the store under test
 * (embedded, or Neo4j under `npm run test:neo4j`): an exported area, edited
 * and imported, was accepted with a made-up quote, shifted offsets, offsets
 * past the end of the file and a quote from another place. Each is now
 * refused with the JSON path and line of the problem, and the store is as it
 * was (its whole export, texts included, byte-equal before and after).
 */
let store: Store;
let dispose: () => Promise<void>;
let dir: string;

beforeAll(async () => {
  ({ store, dispose } = await freshStore());
  dir = mkdtempSync(path.join(tmpdir(), 'accgraph-forged-'));
}, 60_000);

afterAll(async () => {
  await dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function empty(): Promise<void> {
  if (store.kind === 'neo4j') return clearNeo4j(store);
  await store.write({ text: 'MATCH (n) DETACH DELETE n', name: 'test/empty' });
}

/** The whole store as text: every area's graph, plus the stored texts where the store keeps them. */
async function snapshot(): Promise<string> {
  const areas = await canonical.listAreas(store);
  const read =
    (canonical as { readGraphWithSources?: typeof canonical.readGraph }).readGraphWithSources ??
    canonical.readGraph;
  return store.readTransaction(async (tx) => serialiseGraph(await read(tx, { areas })));
}

const exportGraph = async (areas: string[]): Promise<CanonicalGraph> =>
  store.readTransaction((tx) => canonical.readGraph(tx, { areas }));

let n = 0;
function writeJson(graph: CanonicalGraph): string {
  const file = path.join(dir, `import-${++n}.json`);
  writeFileSync(file, serialiseGraph(graph));
  return file;
}

const HOLDS = 'wiltshire/2014:HOLDS_TO_ACCOUNT:wiltshire/wscb->wiltshire/trust-chair';

/** Imports `edit(export of wiltshire)`; expects a refusal naming `path` and an unchanged store. */
async function refused(
  edit: (graph: CanonicalGraph, rel: number) => void,
  path: RegExp,
  message: RegExp,
) {
  const graph = await exportGraph(['wiltshire']);
  const rel = graph.relationships.findIndex((r) => r.id === HOLDS);
  expect(rel).toBeGreaterThanOrEqual(0);
  edit(graph, rel);
  const before = await snapshot();
  const result = await importGraphFile(store, writeJson(graph));
  expect(result.ok).toBe(false);
  const problems = result.ok ? [] : result.problems;
  expect(problems.map((p) => p.path)).toEqual(
    expect.arrayContaining([expect.stringMatching(path)]),
  );
  const problem = problems.find((p) => path.test(p.path));
  expect(problem?.message).toMatch(message);
  expect(problem?.line).toBeGreaterThan(1);
  expect(await snapshot()).toBe(before);
}

describe('an edited export is refused on import, the store unchanged', () => {
  beforeAll(async () => {
    await empty();
    expect((await seedAreas(store, { areas: ['wiltshire'] })).ok).toBe(true);
  }, 120_000);

  it('a made-up quote (the document says something else at its offsets)', async () => {
    await refused(
      (g, r) => void (g.relationships[r]!.evidence[0]!.quote = 'Abolish the Trust at once'),
      /^relationships\[\d+\]\.evidence\[0\]\.quote$/,
      /the text of wiltshire\/2014 at \d+-\d+ \(line \d+\) is "Hold the Trust Chair/,
    );
  });

  it('shifted offsets', async () => {
    await refused(
      (g, r) => {
        const ev = g.relationships[r]!.evidence[0]!;
        ev.start += 7;
        ev.end += 7;
      },
      /^relationships\[\d+\]\.evidence\[0\]\.quote$/,
      /the quote occurs at \d+-\d+/,
    );
  });

  it('offsets past the end of the document', async () => {
    await refused(
      (g, r) => {
        const ev = g.relationships[r]!.evidence[0]!;
        ev.start = 900_000;
        ev.end = 900_000 + ev.quote.length;
      },
      /^relationships\[\d+\]\.evidence\[0\]\.end$/,
      /run past the end of document wiltshire\/2014/,
    );
  });

  it('a relationship whose quote is from another place (another statement at these offsets)', async () => {
    await refused(
      (g, r) => {
        const other = g.relationships.find(
          (x) => x.id !== HOLDS && x.evidence[0]?.documentId === 'wiltshire/2014',
        )!;
        g.relationships[r]!.evidence[0]!.quote = other.evidence[0]!.quote;
      },
      /^relationships\[\d+\]\.evidence\[0\]\.quote$/,
      /not the quote/,
    );
  });

  it('a section that is not a heading line before the quote', async () => {
    await refused(
      (g, r) => void (g.relationships[r]!.evidence[0]!.section = 'Hold the Trust Chair'),
      /^relationships\[\d+\]\.evidence\[0\]\.section$/,
      /not a whole line|not a heading/,
    );
  });

  it('an unchanged export is accepted (the check refuses only what is wrong)', async () => {
    const before = await snapshot();
    const result = await importGraphFile(store, writeJson(await exportGraph(['wiltshire'])));
    expect(result.ok).toBe(true);
    expect(await snapshot()).toBe(before.replace(/x^/, ''));
  });
});

describe('the texts an import verifies against', () => {
  beforeEach(empty, 60_000);

  it('refuses an import into an empty store that carries no text of a cited document', async () => {
    expect((await seedAreas(store, { areas: ['walsall'] })).ok).toBe(true);
    const graph = await exportGraph(['walsall']);
    await empty();
    const result = await importGraphFile(store, writeJson(graph));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(
      /no text is known for document walsall\/2017/,
    );
    expect(await canonical.listAreas(store)).toEqual([]);
  });

  it('accepts it with the texts it carries (an export), and refuses a carried text changed after export', async () => {
    expect((await seedAreas(store, { areas: ['walsall'] })).ok).toBe(true);
    const full = await store.readTransaction((tx) =>
      canonical.readGraphWithSources(tx, { areas: ['walsall'] }),
    );
    expect(full.sources?.map((s) => s.documentId)).toEqual(['walsall/2017']);
    await empty();
    const forged = structuredClone(full);
    forged.sources![0]!.text = forged.sources![0]!.text.replace('Introduction', 'Introductio');
    const bad = await importGraphFile(store, writeJson(forged));
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toContain('sources[0].sha256');
    expect(await canonical.listAreas(store)).toEqual([]);
    const good = await importGraphFile(store, writeJson(full));
    expect(good.ok).toBe(true);
    const again = await store.readTransaction((tx) =>
      canonical.readGraphWithSources(tx, { areas: ['walsall'] }),
    );
    expect(serialiseGraph(again)).toBe(serialiseGraph(full));
  });

  it('refuses a carried text (with a matching hash) that differs from the stored one', async () => {
    expect((await seedAreas(store, { areas: ['walsall'] })).ok).toBe(true);
    const full = await store.readTransaction((tx) =>
      canonical.readGraphWithSources(tx, { areas: ['walsall'] }),
    );
    const src = full.sources![0]!;
    src.text = `${src.text}\nForged addendum: the Board abolishes itself.\n`;
    src.sha256 = canonical.textSha256(src.text);
    const before = await snapshot();
    const result = await importGraphFile(store, writeJson(full));
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain('sources[0].text');
    expect(await snapshot()).toBe(before);
  });
});

describe('a bundled reload leaves imported areas alone (provenance)', () => {
  beforeAll(async () => {
    await empty();
    expect((await seedAreas(store, { areas: ['walsall'] })).ok).toBe(true);
  }, 120_000);

  it('load says it keeps the imported area; --replace-edits overwrites it', async () => {
    expect((await canonical.readAreaProvenance(store)).walsall?.kind).toBe('bundled');
    const graph = await exportGraph(['walsall']);
    const wscb = graph.nodes.find((x) => x.id === 'walsall/wscb')!;
    wscb.properties.name = 'Walsall Safeguarding Children Board (renamed on import)';
    expect((await importGraphFile(store, writeJson(graph), { by: 'ann' })).ok).toBe(true);
    const imported = await snapshot();
    expect((await canonical.readAreaProvenance(store)).walsall).toMatchObject({
      kind: 'imported',
      by: 'ann',
    });

    const lines: string[] = [];
    const kept = await seedAreas(store, {
      areas: ['walsall'],
      onProgress: (p) => lines.push(p.status),
    });
    expect(kept.ok && kept.areas.map((a) => a.status)).toEqual(['kept']);
    expect(await snapshot()).toBe(imported);

    const replaced = await seedAreas(store, { areas: ['walsall'], replaceEdits: ['walsall'] });
    expect(replaced.ok && replaced.areas.map((a) => a.status)).toEqual(['written']);
    expect(await snapshot()).not.toBe(imported);
    expect((await canonical.readAreaProvenance(store)).walsall?.kind).toBe('bundled');
  });
});
