import {
  type AreaProvenance,
  citedDocuments,
  type DocumentTextInput,
  readAreaHashes,
  readAreaProvenance,
  readDocumentTextHashes,
  storedContentHash,
  textSha256,
  writeGraph,
  type WriteGraphCounts,
} from '@accgraph/api/canonical';
import type { Store, Tx } from '@accgraph/api/store';
import type { CanonicalGraph, Problem } from '@accgraph/schema';
import { validateSeed } from './area-files.ts';
import { compileAreas } from './model/compile.ts';
import { problemArea, type Validation } from './model/validate.ts';
import type { SeedPaths } from './paths.ts';

export type SeedProgress =
  | { areaId: string; status: 'unchanged'; seedHash: string }
  /** Imported or edited since the bundled load: left alone (decision 0022). */
  | { areaId: string; status: 'kept'; seedHash: string; provenance: AreaProvenance }
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
  /**
   * Areas whose imported or edited content this load replaces with the
   * bundled files (`seed load --replace-edits <area>`); any other imported or
   * edited area is left as it is.
   */
  replaceEdits?: readonly string[];
  /**
   * Runs in each written area's transaction, after the area is written (the
   * server's audit entry: it commits with the area or not at all).
   */
  inTransaction?: (tx: Tx, areaId: string, counts: WriteGraphCounts) => Promise<void>;
}

/**
 * The source texts a bundled area graph needs: its own documents' texts, and
 * those of other areas' documents its (shared) nodes cite, read from the
 * bundled files the validation read.
 */
export function bundledTexts(validation: Validation, graph: CanonicalGraph): DocumentTextInput[] {
  const own = graph.nodes.filter((n) => n.labels[0] === 'Document').map((n) => n.id);
  const ids = [...new Set([...own, ...citedDocuments(graph)])].sort();
  const out: DocumentTextInput[] = [];
  for (const documentId of ids) {
    const file = validation.files.find((f) => f.document.id === documentId);
    const text = file && validation.sources.get(file.document.source);
    if (file && text !== undefined)
      out.push({ documentId, text, sourceFile: file.document.source, provenance: 'bundled' });
  }
  return out;
}

/** True when the store holds every one of `texts` as it is. */
async function textsStored(tx: Tx, texts: readonly DocumentTextInput[]): Promise<boolean> {
  const stored = await readDocumentTextHashes(
    tx,
    texts.map((t) => t.documentId),
  );
  return texts.every((t) => stored.get(t.documentId) === textSha256(t.text));
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
  const provenance = await readAreaProvenance(store);
  const replaceEdits = new Set(options.replaceEdits ?? []);
  const areas: SeedProgress[] = [];
  for (const { areaId, seedHash, graph } of compiled) {
    let progress: SeedProgress;
    const was = provenance[areaId];
    if (was?.kind && was.kind !== 'bundled' && !replaceEdits.has(areaId)) {
      progress = { areaId, status: 'kept', seedHash, provenance: was };
      areas.push(progress);
      options.onProgress?.(progress);
      continue;
    }
    const texts = bundledTexts(validation, graph);
    // The stored hash says which file the area was loaded from; the content hash
    // recomputed from the stored graph says whether it still is that file's graph.
    const recorded = stored[areaId] === seedHash;
    const intact =
      recorded &&
      (await store.readTransaction(
        async (tx) =>
          (await storedContentHash(tx, areaId)) === seedHash && (await textsStored(tx, texts)),
        { metadata: { app: 'graph-seed', action: 'load-check', area: areaId } },
      ));
    if (intact) {
      progress = { areaId, status: 'unchanged', seedHash };
    } else {
      const started = Date.now();
      const counts = await store.writeTransaction(
        async (tx) => {
          // another area's document is written only where no text is stored
          // (its own load wrote it, or an import did): checked against it otherwise
          const storedTexts = await readDocumentTextHashes(
            tx,
            texts.map((t) => t.documentId),
          );
          const own = new Set(graph.nodes.map((n) => n.id));
          const write = texts.filter(
            (t) => own.has(t.documentId) || !storedTexts.has(t.documentId),
          );
          const written = await writeGraph(tx, graph, {
            replaceAreas: [areaId],
            seedHashes: { [areaId]: seedHash },
            texts: write,
            provenance: { kind: 'bundled', by: null },
          });
          await options.inTransaction?.(tx, areaId, written);
          return written;
        },
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
  if (p.status === 'kept') {
    const { kind, at, by } = p.provenance;
    return (
      `${p.areaId}: left as ${kind}${at ? ` on ${at}` : ''}${by ? ` by ${by}` : ''}, not reloaded from the bundled files ` +
      `(\`npm run seed -- load --replace-edits ${p.areaId}\` replaces it)`
    );
  }
  const c = p.counts;
  const deleted =
    c.deletedNodes || c.deletedRelationships
      ? `, deleted ${c.deletedNodes} stale node(s) and ${c.deletedRelationships} relationship(s)`
      : '';
  const repaired = p.repaired ? ' (the stored graph differed from its files: repaired)' : '';
  return `${p.areaId}: wrote ${c.nodes} node(s), ${c.relationships} relationship(s)${deleted} in ${p.ms} ms${repaired}`;
}
