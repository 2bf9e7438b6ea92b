import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  areaSeedHash,
  type CanonicalGraph,
  canonicaliseGraph,
  serialiseGraph,
} from '@accgraph/schema';
import { listAreas, readAreaHashes, readGraph, writeGraph } from '@accgraph/api/canonical';
import type { Store } from '@accgraph/api/store';
import { backends } from './backends.ts';
import { fixture } from './fixtures.ts';

function only(graph: CanonicalGraph, area: string): CanonicalGraph {
  const rels = graph.relationships.filter(
    (r) => r.properties.areaId === area || r.from.startsWith(`${area}/`),
  );
  const ids = new Set(rels.flatMap((r) => [r.from, r.to]));
  const nodes = graph.nodes.filter(
    (n) => n.properties.areaId === area || n.id === area || ids.has(n.id),
  );
  return { ...graph, areas: [area], nodes, relationships: rels };
}

for (const backend of backends()) {
  describe(`canonical round trip on ${backend.name}`, () => {
    let store: Store;
    const write = (g: CanonicalGraph, replaceAreas?: string[]) =>
      store.writeTransaction((tx) =>
        writeGraph(tx, g, { replaceAreas, uncheckedEvidence: 'test-fixture' }),
      );
    const read = (areas: string[]) => store.readTransaction((tx) => readGraph(tx, { areas }));

    beforeAll(async () => {
      store = await backend.open();
    }, 30_000);
    afterAll(() => backend.dispose(store));
    beforeEach(() => backend.clear(store));

    it('the fixture is canonical and serialises stably', () => {
      const g = fixture('two-areas');
      expect(canonicaliseGraph(g)).toEqual(g);
      const text = serialiseGraph(g);
      expect(serialiseGraph(JSON.parse(text) as CanonicalGraph)).toBe(text);
      expect(text.endsWith('}\n')).toBe(true);
    });

    it('serialise(read(write(g))) === serialise(g)', async () => {
      const g = canonicaliseGraph(fixture('two-areas'));
      const counts = await write(g, g.areas);
      expect(counts).toMatchObject({
        nodes: g.nodes.length,
        relationships: g.relationships.length,
      });
      expect(serialiseGraph(await read(g.areas))).toBe(serialiseGraph(g));
    });

    it('reads one area with the national and taxonomy nodes it refers to', async () => {
      const g = fixture('two-areas');
      await write(g);
      expect(serialiseGraph(await read(['wiltshire']))).toBe(serialiseGraph(only(g, 'wiltshire')));
      expect(serialiseGraph(await read(['walsall']))).toBe(serialiseGraph(only(g, 'walsall')));
    });

    it('a reload with replaceAreas removes stale nodes, relationships, properties and evidence', async () => {
      const g = fixture('two-areas');
      await write(g, g.areas);
      const next = structuredClone(g);
      next.nodes = next.nodes.filter((n) => n.id !== 'wiltshire/jane-doe');
      next.relationships = next.relationships.filter(
        (r) => r.to !== 'wiltshire/trust-chair' && r.from !== 'wiltshire/jane-doe',
      );
      const wscb = next.nodes.find((n) => n.id === 'wiltshire/wscb');
      if (!wscb) throw new Error('fixture changed');
      delete wscb.properties.validFrom;
      wscb.evidence = wscb.evidence.slice(1);
      const reload = only(next, 'wiltshire');
      const counts = await write(reload, ['wiltshire']);
      expect(counts.deletedNodes).toBe(1);
      expect(counts.deletedRelationships).toBe(2);
      expect(serialiseGraph(await read(['wiltshire']))).toBe(serialiseGraph(reload));
      expect(serialiseGraph(await read(['walsall']))).toBe(serialiseGraph(only(g, 'walsall')));
    });

    it('writing the same graph twice changes nothing', async () => {
      const g = fixture('two-areas');
      await write(g, g.areas);
      await write(g, g.areas);
      expect(serialiseGraph(await read(g.areas))).toBe(serialiseGraph(g));
    });

    it('records seed hashes that readAreaHashes returns', async () => {
      const g = fixture('two-areas');
      const hash = areaSeedHash(only(g, 'wiltshire'));
      await store.writeTransaction((tx) =>
        writeGraph(tx, g, { seedHashes: { wiltshire: hash }, uncheckedEvidence: 'test-fixture' }),
      );
      expect(await readAreaHashes(store)).toEqual({ wiltshire: hash });
      expect(await listAreas(store)).toEqual(['walsall', 'wiltshire']);
      expect(serialiseGraph(await read(g.areas))).toBe(serialiseGraph(g));
    });

    it('refuses a relationship to a node that exists nowhere, writing nothing', async () => {
      const g = fixture('two-areas');
      g.relationships.push({
        id: 'x:CHAIRS:wiltshire/trust-chair->wiltshire/ghost',
        type: 'CHAIRS',
        from: 'wiltshire/trust-chair',
        to: 'wiltshire/ghost',
        properties: { areaId: 'wiltshire' },
        evidence: [],
      });
      await expect(write(g)).rejects.toThrow(/wiltshire\/ghost/);
      expect(await listAreas(store)).toEqual([]);
    });
  });
}
