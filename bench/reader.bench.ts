/**
 * Benchmark: the reader drafting a 30 KB document (Wiltshire 2019, 30,473
 * characters). Not a test: run it by hand and copy the figures into
 * docs/benchmarks.md ("Reader").
 *
 *   node --import tsx bench/reader.bench.ts [--runs 9]
 *
 * Prints, in one fresh process:
 * - cold: the first `draftArea` (compromise's first call warms it up) with
 *   the lexicon learned from the bundled area files (learning included);
 * - warm: the median and p90 of the next runs (wall and CPU time);
 * - end to end: extraction of the text file, the draft and the YAML text, as
 *   `npm run seed -- draft` does them (without writing), median of the runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PATHS } from '@accgraph/graph-seed';
import { areaDraftYaml, bundledLexicon, draftArea, extractFile } from '@accgraph/graph-seed/reader';
import { quantile } from '../test/bench/stats.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } });
const runs = Number(values.runs);
const FILE = join(DEFAULT_PATHS.sourcesDir, 'wiltshire-2019-safeguarding-plan-svpp.txt');
const source = readFileSync(FILE, 'utf8');

let t = performance.now();
const lexicon = bundledLexicon();
const opts = { documentId: 'wiltshire/2019' };
const draft = draftArea(source, 'wiltshire', lexicon, opts);
const cold = performance.now() - t;

// Wall time depends on what else runs on the machine; CPU time (user +
// system of this process) much less so: both are printed.
const lexiconWarm = bundledLexicon();
const warm: number[] = [];
const warmCpu: number[] = [];
for (let i = 0; i < runs; i++) {
  t = performance.now();
  const c = process.cpuUsage();
  draftArea(source, 'wiltshire', lexiconWarm, opts);
  const used = process.cpuUsage(c);
  warm.push(performance.now() - t);
  warmCpu.push((used.user + used.system) / 1000);
}
const endToEnd: number[] = [];
for (let i = 0; i < runs; i++) {
  t = performance.now();
  const extracted = await extractFile(FILE);
  const d = draftArea(extracted.text, 'wiltshire', bundledLexicon(), opts);
  areaDraftYaml({
    area: 'wiltshire',
    year: '2019',
    sourceFile: 'x.txt',
    source: extracted.text,
    draft: d,
    provenance: extracted.provenance,
  });
  endToEnd.push(performance.now() - t);
}
const ms = (x: number) => `${Math.round(x)} ms`;
console.log(`document: ${source.length} characters, ${draft.segments.length} segments`);
console.log(
  `drafted: ${draft.nodes.length} nodes, ${draft.people.length} people, ${draft.relationships.length} relationships, ${draft.obligations.length} obligations`,
);
console.log(`cold (first draft, lexicon learning included): ${ms(cold)}`);
console.log(
  `warm draft: median ${ms(quantile(warm, 0.5))}, p90 ${ms(quantile(warm, 0.9))} wall; CPU median ${ms(quantile(warmCpu, 0.5))} (${runs} runs)`,
);
console.log(
  `end to end (extract + draft + YAML): median ${ms(quantile(endToEnd, 0.5))}, p90 ${ms(quantile(endToEnd, 0.9))}`,
);
