/**
 * Benchmark: importing the synthetic national data set (152 areas), then
 * importing it again (every area replaced), on the store the environment
 * names (Neo4j when NEO4J_URI is set, EMPTIED first; else a fresh embedded
 * file). Not a test: run it by hand and copy the figures into
 * docs/benchmarks.md.
 *
 *   node --import tsx bench/import.bench.ts [--areas 152] [--mode per-area|one]
 *
 * `per-area` is what `npm run seed -- import` does (importGraphFile: file and
 * store checks, one transaction per area); `one` is what it did before issue
 * 16 (one transaction for the whole file, 30 min timeout), for comparison.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeGraph } from '@accgraph/api/canonical';
import { openStore, storeConfigFromEnv, type Store } from '@accgraph/api/store';
import { importGraphFile } from '@accgraph/graph-seed';
import { generateSynthetic } from '@accgraph/graph-seed/synthetic';
import { type CanonicalGraph, serialiseGraph } from '@accgraph/schema';
import { clearNeo4j } from '../test/integration/support/stores.ts';

const { values } = parseArgs({
  options: {
    areas: { type: 'string', default: '152' },
    mode: { type: 'string', default: 'per-area' },
  },
});
const mode = values.mode === 'one' ? 'one' : 'per-area';
const dir = mkdtempSync(join(tmpdir(), 'accgraph-import-bench-'));
const config = storeConfigFromEnv(process.env);
const store: Store = await openStore(
  config.kind === 'neo4j' ? config : { kind: 'embedded', path: join(dir, 'graph.grafeo') },
);
try {
  if (store.kind === 'neo4j') await clearNeo4j(store);
  await store.ensureSchema();
  const { graph, sources } = generateSynthetic({ areas: Number(values.areas), seed: 1 });
  const file = join(dir, 'national.json');
  // the texts travel with the graph, as `seed synthetic` writes them (decision 0022)
  writeFileSync(
    file,
    serialiseGraph({
      ...graph,
      sources: textsOf(sources).map((t) => ({
        documentId: t.documentId,
        sourceFile: t.sourceFile,
        sha256: createHash('sha256').update(t.text, 'utf8').digest('hex'),
        text: t.text,
      })),
    }),
  );
  const once = async (): Promise<string> => {
    const started = performance.now();
    try {
      if (mode === 'one') await importOne(store, graph, sources);
      else {
        const result = await importGraphFile(store, file);
        if (!result.ok) throw new Error(result.problems[0]?.message);
      }
      return `${((performance.now() - started) / 1000).toFixed(1)} s`;
    } catch (e) {
      return `FAILED after ${((performance.now() - started) / 1000).toFixed(1)} s: ${(e as Error).message.slice(0, 200)}`;
    }
  };
  const first = await once();
  const again = await once();
  console.log(
    `import ${mode} on ${store.kind}: ${graph.areas.length} areas, ${graph.nodes.length} nodes, ` +
      `${graph.relationships.length} relationships: first ${first}, again (replacing) ${again}`,
  );
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

function importOne(s: Store, g: CanonicalGraph, sources: Record<string, string>) {
  const texts = textsOf(sources);
  return s.writeTransaction((tx) => writeGraph(tx, g, { replaceAreas: g.areas, texts }), {
    metadata: { app: 'bench', action: 'import-one' },
    timeoutMs: 30 * 60_000,
  });
}

/** The synthetic documents' texts, stored with the graph so its quotes are checked (decision 0022). */
function textsOf(sources: Record<string, string>) {
  return Object.entries(sources).map(([documentId, text]) => ({
    documentId,
    text,
    sourceFile: `${documentId.replace('/', '-')}.txt`,
    provenance: 'imported' as const,
  }));
}
