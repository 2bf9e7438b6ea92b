import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PATHS, seedAreas } from '@accgraph/graph-seed';
import { draftCommand } from '@accgraph/graph-seed/reader';
import { afterAll, describe, expect, it } from 'vitest';
import { freshStore } from './support/stores.ts';

const dir = mkdtempSync(join(tmpdir(), 'reader-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a drafted area file loads, with its proposals as data', () => {
  it('drafts Walsall 2017 from its text, loads it, and the store holds each proposal', async () => {
    const paths = { areasDir: join(dir, 'areas'), sourcesDir: join(dir, 'sources') };
    const out: string[] = [];
    const code = await draftCommand(
      join(DEFAULT_PATHS.sourcesDir, 'walsall-2017-inter-board-safeguarding-protocol.txt'),
      { area: 'walsall' },
      paths,
      { out: (l) => out.push(l), err: (l) => out.push(l) },
    );
    expect(code, out.join('\n')).toBe(0);
    const { store, dispose } = await freshStore();
    try {
      const result = await seedAreas(store, paths);
      expect(result.ok, JSON.stringify(!result.ok && result.problems.slice(0, 3))).toBe(true);
      const [rels] = await store.read({
        text: 'MATCH ()-[r]->() WHERE r.proposedRule IS NOT NULL RETURN count(r) AS n, min(r.proposedConfidence) AS low',
      });
      expect(Number(rels!.n)).toBeGreaterThan(10);
      expect(Number(rels!.low)).toBeGreaterThan(0);
      const [obligations] = await store.read({
        text: 'MATCH (o:Obligation) WHERE o.proposedRule STARTS WITH "obligation:" RETURN count(o) AS n',
      });
      expect(Number(obligations!.n)).toBeGreaterThan(5);
      const [nodes] = await store.read({
        text: "MATCH (b:Body {id: 'walsall/strategic-partnership-group'}) RETURN b.proposedRule AS rule",
      });
      expect(nodes?.rule).toMatch(/^[a-z-]+$/);
    } finally {
      await dispose();
    }
  }, 60_000);
});
