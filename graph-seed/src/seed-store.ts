import {
  readAreaHashes,
  storedContentHash,
  writeGraph,
  type WriteGraphCounts,
} from '@accgraph/api/canonical';
import type { Store } from '@accgraph/api/store';
import type { Problem } from '@accgraph/schema';
import { validateSeed } from './area-files.ts';
import { compileAreas } from './model/compile.ts';
import { problemArea } from './model/validate.ts';
import type { SeedPaths } from './paths.ts';

export type SeedProgress =
  | { areaId: string; status: 'unchanged'; seedHash: string }
  | {
      areaId: string;
      status: 'written';
      seedHash: string;
      counts: WriteGraphCounts;
      ms: number;
      /** The store held this seed's hash but other content (an edit behind load's back): repaired. */
      repaired?: boolean;
    };

export interface SeedOptions extends Partial<SeedPaths> {
  /** Load only these areas (default: every area with files). */
  areas?: readonly string[];
  /** Called once per area, after its transaction committed (or was skipped). */
  onProgress?: (progress: SeedProgress) => void;
}

export type SeedResult =
  | { ok: true; areas: SeedProgress[]; ignoredProblems: Problem[] }
  | { ok: false; problems: Problem[] };

/**
 * Validates and compiles the area files, then writes each area whose seedHash
 * differs from the store's, or whose stored graph no longer hashes to it
 * (changed by hand or by another writer), in its own write transaction (all-or-nothing per
 * area, stale facts of the area deleted). Nothing touches the store unless
 * validation of the selected areas (and of the taxonomy) passed completely.
 */
export async function seedAreas(store: Store, options: SeedOptions = {}): Promise<SeedResult> {
  const validation = validateSeed(options);
  const wanted = options.areas ? new Set(options.areas) : null;
  const blocking: Problem[] = [];
  const ignoredProblems: Problem[] = [];
  for (const p of validation.problems) {
    const area = problemArea(validation, p);
    if (wanted === null || area === null || wanted.has(area)) blocking.push(p);
    else ignoredProblems.push(p);
  }
  if (wanted) {
    const known = new Set(validation.fileAreas.values());
    for (const area of wanted) {
      if (!known.has(area)) {
        blocking.push({
          file: options.areasDir ?? 'graph-seed/areas',
          line: 1,
          column: 1,
          path: '',
          message: `no area file describes area ${area}`,
          expected: `a file <area>-<year>.yaml with area.id: ${area}`,
        });
      }
    }
  }
  if (blocking.length > 0) return { ok: false, problems: blocking };
  const compiled = compileAreas(validation, wanted ? { areas: [...wanted] } : {});
  const stored = await readAreaHashes(store);
  const areas: SeedProgress[] = [];
  for (const { areaId, seedHash, graph } of compiled) {
    let progress: SeedProgress;
    // The stored hash says which file the area was loaded from; the content hash
    // recomputed from the stored graph says whether it still is that file's graph.
    const recorded = stored[areaId] === seedHash;
    const intact =
      recorded &&
      (await store.readTransaction((tx) => storedContentHash(tx, areaId), {
        metadata: { app: 'graph-seed', action: 'load-check', area: areaId },
      })) === seedHash;
    if (intact) {
      progress = { areaId, status: 'unchanged', seedHash };
    } else {
      const started = Date.now();
      const counts = await store.writeTransaction(
        (tx) =>
          writeGraph(tx, graph, { replaceAreas: [areaId], seedHashes: { [areaId]: seedHash } }),
        { metadata: { app: 'graph-seed', action: 'load', area: areaId } },
      );
      progress = { areaId, status: 'written', seedHash, counts, ms: Date.now() - started };
      if (recorded) progress.repaired = true;
    }
    areas.push(progress);
    options.onProgress?.(progress);
  }
  return { ok: true, areas, ignoredProblems };
}

/** One line per area: `wiltshire: unchanged`, or what was written and how long it took. */
export function describeProgress(p: SeedProgress): string {
  if (p.status === 'unchanged') return `${p.areaId}: unchanged`;
  const c = p.counts;
  const deleted =
    c.deletedNodes || c.deletedRelationships
      ? `, deleted ${c.deletedNodes} stale node(s) and ${c.deletedRelationships} relationship(s)`
      : '';
  const repaired = p.repaired ? ' (the stored graph differed from its files: repaired)' : '';
  return `${p.areaId}: wrote ${c.nodes} node(s), ${c.relationships} relationship(s)${deleted} in ${p.ms} ms${repaired}`;
}
