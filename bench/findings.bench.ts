/**
 * Benchmark: every finding for the synthetic national data set (152 areas)
 * on the embedded store. Not a test: run it by hand and copy the figure into
 * docs/benchmarks.md.
 *
 *   node --import tsx bench/findings.bench.ts [--areas 152] [--seed 1] [--runs 7] [--as-of 2026-01-01]
 *
 * Loads the generated graph into a fresh embedded (Grafeo) store, then times
 * what `findingsSummary` does for all areas: the two catalogue queries
 * (finding-nodes, finding-relationships), building each area's facts at the
 * date and evaluating all rules in memory. Prints the median and the slowest
 * run, split into fetch and evaluate.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeGraph } from '../api/src/canonical/index.ts';
import { catalogue } from '../api/src/findings/catalogue.ts';
import { evaluate } from '../api/src/findings/engine.ts';
import { allAreaIds, fetchFacts } from '../api/src/findings/facts.store.ts';
import { openStore } from '../api/src/store/index.ts';
import { countGraph, generateSynthetic } from '../graph-seed/src/synthetic/index.ts';

const { values } = parseArgs({
  options: {
    areas: { type: 'string', default: '152' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '7' },
    'as-of': { type: 'string', default: new Date().toISOString().slice(0, 10) },
  },
});
const areas = Number(values.areas);
const runs = Number(values.runs);
const asOf = values['as-of'];

const out = (line: string) => process.stdout.write(`${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const dir = mkdtempSync(join(tmpdir(), 'accgraph-findings-bench-'));
const store = await openStore({ kind: 'embedded', path: join(dir, 'graph.grafeo') });
try {
  await store.ensureSchema();
  const { graph } = generateSynthetic({ areas, seed: Number(values.seed) });
  const counts = countGraph(graph);
  const loadStart = performance.now();
  await store.writeTransaction((tx) => writeGraph(tx, graph, { replaceAreas: graph.areas }));
  out(
    `synthetic: ${areas} areas, ${counts.nodes} nodes, ${counts.relationships} relationships, ` +
      `loaded in ${Math.round(performance.now() - loadStart)} ms`,
  );
  catalogue(); // the rule catalogue and taxonomy are read once per process, at startup
  const totals: number[] = [];
  const fetches: number[] = [];
  const evals: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const ids = await allAreaIds(store);
    const facts = await fetchFacts(store, ids, asOf);
    const t1 = performance.now();
    findings = evaluate(catalogue(), facts).length;
    const t2 = performance.now();
    if (i === 0) continue; // warm-up
    fetches.push(t1 - t0);
    evals.push(t2 - t1);
    totals.push(t2 - t0);
  }
  out(`all findings at ${asOf}: ${findings} findings over ${areas} areas`);
  out(
    `median ${median(totals).toFixed(0)} ms (fetch ${median(fetches).toFixed(0)} ms, ` +
      `evaluate ${median(evals).toFixed(0)} ms), slowest ${Math.max(...totals).toFixed(0)} ms, ${runs} runs`,
  );
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
