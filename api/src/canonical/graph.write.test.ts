import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrafeoStore } from '../store/grafeo.store.ts';
import type { CanonicalGraph } from '@accgraph/schema';
import { writeGraph } from './graph.write.ts';
import { readGraph } from './graph.read.ts';
import { readAreaProvenance } from './area-hashes.ts';
import { readDocumentText } from '../documents/texts.ts';

let dir: string;
let store: GrafeoStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accgraph-write-'));
  store = GrafeoStore.open({ kind: 'embedded', path: join(dir, 'graph.grafeo') });
  await store.ensureSchema();
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function bigGraph(n: number): CanonicalGraph {
  const id = (i: number): string => `big/body-${i}`;
  return {
    format: 'accgraph-export/1',
    areas: ['big'],
    nodes: Array.from({ length: n }, (_, i) => ({
      id: id(i),
      labels: ['Body'],
      properties: { areaId: 'big', name: `Body ${i}` },
      evidence: [{ documentId: 'big/2020', quote: 'q', section: 's', start: i, end: i + 1 }],
    })),
    relationships: Array.from({ length: n }, (_, i) => ({
      id: `big/2020:SUPPORTS:${id(i)}->${id((i + 1) % n)}`,
      type: 'SUPPORTS',
      from: id(i),
      to: id((i + 1) % n),
      properties: { areaId: 'big' },
      evidence: [],
    })),
  };
}

describe('writeGraph', () => {
  it('loads 10k nodes and 10k relationships in batches, fast (the id index is in place)', async () => {
    const unchecked = { uncheckedEvidence: 'test-fixture' } as const;
    const counts = await store.writeTransaction((tx) =>
      writeGraph(tx, bigGraph(10_000), unchecked),
    );
    const reload = await store.writeTransaction((tx) =>
      writeGraph(tx, bigGraph(10_000), { replaceAreas: ['big'], ...unchecked }),
    );
    // Speed is measured in `bench/import.bench.ts` (docs/benchmarks.md), not here: a
    // wall-clock bound fails whenever the shared 2-core machine is busy. Measured on
    // 2 cores: load 0.8 s, reload with replaceAreas 1.6 s; without the id index one
    // load takes ~46 s (stack notes), which the vitest timeout below still catches.
    expect(counts).toEqual({
      nodes: 10_000,
      relationships: 10_000,
      deletedNodes: 0,
      deletedRelationships: 0,
    });
    expect(reload).toEqual(counts);
  }, 60_000);

  it('refuses store-managed property keys and unknown labels', async () => {
    const graph = bigGraph(1);
    graph.nodes[0]!.properties.evidenceQuotes = ['x'];
    await expect(store.writeTransaction((tx) => writeGraph(tx, graph))).rejects.toThrow(/reserved/);
    const other = bigGraph(1);
    (other.nodes[0]!.labels as string[]) = ['Nope'];
    await expect(store.writeTransaction((tx) => writeGraph(tx, other))).rejects.toThrow(/label/);
  });
});

describe('writeGraph checks every quote against its document text (decision 0022)', () => {
  const TEXT = 'Small protocol\n\n## 1. Duties\n\nThe Board will publish an annual report.\n';
  const quote = 'publish an annual report';
  const start = TEXT.indexOf(quote);
  const graph = (q = quote, s = start): CanonicalGraph => ({
    format: 'accgraph-export/1',
    areas: ['small'],
    nodes: [
      { id: 'small', labels: ['Area'], properties: { name: 'Small' }, evidence: [] },
      {
        id: 'small/board',
        labels: ['Body'],
        properties: { areaId: 'small', name: 'Board' },
        evidence: [
          { documentId: 'small/2020', quote: q, section: '1. Duties', start: s, end: s + q.length },
        ],
      },
    ],
    relationships: [],
  });
  const texts = [
    {
      documentId: 'small/2020',
      text: TEXT,
      sourceFile: 'small.txt',
      provenance: 'imported' as const,
    },
  ];
  const stored = () => store.readTransaction((tx) => readGraph(tx, { areas: ['small'] }));

  it('refuses a graph citing a document with no text, writing nothing', async () => {
    await expect(store.writeTransaction((tx) => writeGraph(tx, graph()))).rejects.toThrow(
      /no text is known for document small\/2020/,
    );
    expect((await stored()).nodes).toEqual([]);
  });

  it('stores the texts it is given, checks against them, and records provenance', async () => {
    await store.writeTransaction((tx) =>
      writeGraph(tx, graph(), {
        texts,
        provenance: { kind: 'imported', by: 'Ann', at: '2026-12-07' },
      }),
    );
    const text = await store.readTransaction((tx) => readDocumentText(tx, 'small/2020'));
    expect(text?.text).toBe(TEXT);
    expect(text?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await readAreaProvenance(store)).small).toEqual({
      kind: 'imported',
      at: '2026-12-07',
      by: 'Ann',
    });
  });

  it('then refuses a forged quote and shifted offsets against the stored text, store unchanged', async () => {
    const before = await stored();
    await expect(
      store.writeTransaction((tx) => writeGraph(tx, graph('abolish the Trust entirely'))),
    ).rejects.toThrow(/nodes\[1\]\.evidence\[0\]\.quote: the text of small\/2020 at/);
    await expect(
      store.writeTransaction((tx) => writeGraph(tx, graph(quote, start + 1))),
    ).rejects.toThrow(/the quote occurs at/);
    expect(await stored()).toEqual(before);
  });
});
