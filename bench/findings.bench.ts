/**
 * Benchmark: every finding for the synthetic national data set (152 areas)
 * on the embedded store. Not a test: run it by hand and copy the figure into
 * docs/benchmarks.md.
 *
 *   node --import tsx bench/findings.bench.ts [--areas 152] [--seed 1] [--runs 9] [--as-of 2026-01-01]
 *
 * Loads the generated graph into a fresh embedded (Grafeo) store (each area
 * with a seed hash, as the seed loader stores it), then times what
 * `findingsSummary` does for all areas, two ways:
 * - cold: the findings cache emptied before each run: the six catalogue
 *   queries (split into fetch and evaluate) and the rules in memory;
 * - warm: the cache filled: the area list and cached findings (no write since).
 * - evidence of a displayed page: what the explorer's findings panel asks for
 *   one area (its first 100 findings with their quotes and mitigations, read
 *   by reference from the store, evidence.ts), per area, with fresh
 *   per-request loaders.
 * Prints the row counts, and the median and p90 of each (after one warm-up run).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { areaSeedHash } from '@accgraph/schema';
import { writeGraph } from '@accgraph/api/canonical';
import { catalogue } from '../api/src/findings/catalogue.ts';
import { evaluate } from '../api/src/findings/engine.ts';
import { fetchFacts, listAreaIds } from '../api/src/findings/facts.store.ts';
import { findingsByArea } from '../api/src/findings/findings.cache.ts';
import { FindingsService } from '../api/src/findings/findings.service.ts';
import { createLogger } from '@accgraph/api/logger';
import { Services } from '../api/src/services.ts';
import { openStore, type Store } from '@accgraph/api/store';
import { countGraph, generateSynthetic } from '@accgraph/graph-seed/synthetic';

const { values } = parseArgs({
  options: {
    areas: { type: 'string', default: '152' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '9' },
    'as-of': { type: 'string', default: new Date().toISOString().slice(0, 10) },
  },
});
const areas = Number(values.areas);
const runs = Number(values.runs);
const asOf = values['as-of'];

const out = (line: string) => process.stdout.write(`${line}\n`);
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)] ?? 0;
const stats = (xs: number[]) =>
  `median ${quantile(xs, 0.5).toFixed(0)} ms, p90 ${quantile(xs, 0.9).toFixed(0)} ms`;

/** Times `work` runs + 1 times and drops the first (warm-up) run. */
async function timed(work: () => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    await work();
    if (i > 0) times.push(performance.now() - t0);
  }
  return times;
}

async function load(store: Store): Promise<void> {
  await store.ensureSchema();
  const { graph, sources } = generateSynthetic({ areas, seed: Number(values.seed) });
  const counts = countGraph(graph);
  const seedHashes = Object.fromEntries(
    graph.areas.map((a) => [a, areaSeedHash(`synthetic:${values.seed}:${a}`)]),
  );
  const t0 = performance.now();
  await store.writeTransaction((tx) =>
    writeGraph(tx, graph, { replaceAreas: graph.areas, seedHashes, texts: textsOf(sources) }),
  );
  out(
    `synthetic: ${areas} areas, ${counts.nodes} nodes, ${counts.relationships} relationships, ` +
      `loaded in ${Math.round(performance.now() - t0)} ms`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'accgraph-findings-bench-'));
const store = await openStore({ kind: 'embedded', path: join(dir, 'graph.grafeo') });
try {
  await load(store);
  catalogue(); // the rule catalogue and taxonomy are read once per process, at startup
  const ids = await listAreaIds(store);
  const facts = await fetchFacts(store, ids, asOf);
  const nodes = facts.reduce((n, f) => n + f.obligations.length, 0);
  const rels = facts.reduce((n, f) => n + f.relationships.length, 0);
  out(
    `rows at ${asOf}: ${rels} statements, ${nodes} obligations ` +
      '(plus agents, documents and the duty type links)',
  );

  const fetches: number[] = [];
  const evals: number[] = [];
  let findings = 0;
  const cold = await timed(async () => {
    const t0 = performance.now();
    const areaFacts = await fetchFacts(store, await listAreaIds(store), asOf);
    const t1 = performance.now();
    findings = evaluate(catalogue(), areaFacts).length;
    fetches.push(t1 - t0);
    evals.push(performance.now() - t1);
  });
  fetches.shift();
  evals.shift();
  out(`all findings at ${asOf}: ${findings} findings over ${areas} areas`);
  out(
    `cold (no cache): ${stats(cold)} (fetch ${stats(fetches)}; evaluate ${stats(evals)}), ${runs} runs`,
  );

  await findingsByArea(store, await listAreaIds(store), asOf);
  let cached = 0;
  const warm = await timed(async () => {
    const byArea = await findingsByArea(store, await listAreaIds(store), asOf);
    cached = byArea.reduce((n, a) => n + a.findings.length, 0);
  });
  out(`warm (cached, no write since): ${stats(warm)}, ${cached} findings, ${runs} runs`);

  // The quotes of one area's first 100 findings, as the explorer's findings
  // panel asks for them: a new request (new loaders) per area.
  const log = createLogger('silent');
  const byArea = await findingsByArea(store, await listAreaIds(store), asOf);
  const pages = byArea.slice(0, runs + 1).map((a) => a.findings.slice(0, 100));
  let quotes = 0;
  const page = await timed(async () => {
    const findingsPage = pages.shift() ?? [];
    const service = new Services(store, log).get(FindingsService);
    const resolved = await Promise.all(
      findingsPage.map(
        async (f) => [await service.evidence(f), await service.mitigation(f)] as const,
      ),
    );
    quotes = resolved.reduce((n, [evidence]) => n + evidence.length, 0);
  });
  out(
    `evidence of one area's first 100 findings (fresh loaders): ${stats(page)}, ${quotes} quotes in the last, ${runs} areas`,
  );
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
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
