import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CanonicalGraph, compareIds, serialiseGraph } from '@accgraph/schema';
import { DEFAULT_AREAS, countGraph, generateSynthetic } from '../synthetic/index.ts';
import { EXIT, type ExitCode, type Io, UsageError } from './io.ts';

export interface SyntheticCommandOptions {
  areas?: string;
  seed?: string;
  out: string;
  /** Directory to write each document's synthetic source text to. */
  sourcesDir?: string;
  taxonomyDir?: string;
}

function integer(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

/**
 * `synthetic [--areas 152] [--seed 1] --out file.json [--sources-out dir]`:
 * writes the synthetic national data set as one canonical JSON file (load it
 * with `import`); the same seed always writes the same bytes.
 */
export function syntheticCommand(options: SyntheticCommandOptions, io: Io): ExitCode {
  const areas = integer('areas', options.areas, DEFAULT_AREAS, 1, 999);
  const seed = integer('seed', options.seed, 1, 0, 2 ** 31 - 1);
  const started = performance.now();
  const { graph, sources } = generateSynthetic({ areas, seed, taxonomyDir: options.taxonomyDir });
  // the documents' texts travel with the graph, so `import` can verify every quote (decision 0022)
  writeFileSync(options.out, serialiseGraph(withSources(graph, sources)));
  if (options.sourcesDir) {
    mkdirSync(options.sourcesDir, { recursive: true });
    for (const [documentId, text] of Object.entries(sources)) {
      writeFileSync(join(options.sourcesDir, `${documentId.replace('/', '-')}.txt`), text);
    }
  }
  const counts = countGraph(graph);
  const list = (record: Record<string, number>) =>
    Object.entries(record)
      .sort(([a], [b]) => compareIds(a, b))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  io.out(
    `synthetic: ${areas} area(s), seed ${seed}: ${counts.nodes} node(s), ${counts.relationships} relationship(s) ` +
      `to ${options.out} in ${Math.round(performance.now() - started)} ms`,
  );
  io.out(`  nodes: ${list(counts.byLabel)}`);
  io.out(`  relationships: ${list(counts.byType)}`);
  return EXIT.ok;
}

/** The graph with the synthetic texts of its documents as `sources`. */
export function withSources(
  graph: CanonicalGraph,
  sources: Record<string, string>,
): CanonicalGraph {
  const files = new Map(
    graph.nodes
      .filter((n) => n.labels[0] === 'Document')
      .map((n) => [n.id, String(n.properties.sourceFile ?? '')]),
  );
  return {
    ...graph,
    sources: Object.entries(sources).map(([documentId, text]) => ({
      documentId,
      sourceFile: files.get(documentId) || `${documentId.replace('/', '-')}.txt`,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      text,
    })),
  };
}
