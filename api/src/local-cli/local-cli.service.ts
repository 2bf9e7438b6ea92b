import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import {
  describeProgress,
  importCanonicalFile,
  importCanonicalText,
  seedAreas,
  seedPaths,
  type ImportOptions,
  type SeedPaths,
} from '@accgraph/graph-seed';
import { sortProblems, type Problem } from '@accgraph/schema';
import { recordChange } from '../audit/record.ts';
import type { Actor } from '../auth/roles.ts';
import { listAreas, readGraphWithSources, type WriteGraphCounts } from '../canonical/index.ts';
import { REPO_ROOT } from '../config.ts';
import { BadUserInputError } from '../errors.ts';
import { serialiseGraphInSlices } from '../export/serialise.ts';
import { outsideBudget } from '../http/limits.ts';
import type { ServiceDeps } from '../services.ts';
import type { Store, Tx } from '../store/index.ts';

/** What an operator write answers (SeedWriteResult as plain data). */
export interface SeedWriteData {
  ok: boolean;
  lines: string[];
  problems: Problem[];
  notices: string[];
  auditEntries: number;
}

const refused = (problems: Problem[]): SeedWriteData => ({
  ok: false,
  lines: [],
  problems,
  notices: [],
  auditEntries: 0,
});

const countsOf = (c: WriteGraphCounts) => ({
  nodes: c.nodes,
  relationships: c.relationships,
  deletedNodes: c.deletedNodes,
  deletedRelationships: c.deletedRelationships,
});

/** What an operator export answers (CanonicalExportResult as plain data). */
export interface CanonicalExportData {
  areas: string[];
  nodes: number;
  relationships: number;
  sources: number;
  /** The canonical JSON, when it was not written to a file. */
  text: string | null;
  /** The file it was written to. */
  out: string | null;
}

/** The national set (152 areas) takes longer than the API's 30 s on Neo4j (as the direct export). */
const EXPORT_TIMEOUT_MS = 30 * 60_000;

/**
 * The seed CLI's writes, run by the running server (decision 0030): the same
 * graph-seed code as `npm run seed -- import|load` on a closed store (same
 * checks, evidence included; same lines printed), through this server's
 * store (so its caches see the write at once), with one audit entry per area
 * written, in that area's transaction. Not cut at the request time limit:
 * a whole-area write runs to its end.
 */
export class LocalCliService {
  private readonly store: Store;

  constructor(deps: Pick<ServiceDeps, 'store'>) {
    this.store = deps.store;
  }

  /**
   * `import <file>`: the content is `source.text`, or the file at `source.path` read
   * here (the local CLI only); `file` names it in the problems.
   */
  async importCanonical(
    actor: Actor,
    file: string,
    source: { text: string } | { path: string },
  ): Promise<SeedWriteData> {
    const lines: string[] = [];
    let audited = 0;
    const options: ImportOptions = {
      by: actor.displayName,
      onArea: (area, c, ms) => {
        audited += 1;
        lines.push(
          `${area}: wrote ${c.nodes} node(s), ${c.relationships} relationship(s) in ${ms} ms`,
        );
      },
      inTransaction: (tx, areaId, counts) =>
        audit(tx, actor, areaId, 'area.import', counts, `npm run seed -- import ${basename(file)}`),
    };
    const result = await outsideBudget(() =>
      'path' in source
        ? importCanonicalFile(this.store, source.path, file, options)
        : importCanonicalText(this.store, file, source.text, options),
    );
    if (!result.ok) return refused(result.problems);
    const { graph, counts } = result;
    lines.push(
      `imported ${graph.areas.join(', ') || 'no areas'}: ${counts.nodes} node(s), ${counts.relationships} relationship(s)` +
        ` (deleted ${counts.deletedNodes} stale node(s), ${counts.deletedRelationships} relationship(s))`,
    );
    return { ok: true, lines, problems: [], notices: [], auditEntries: audited };
  }

  /**
   * `export [--area …] --out file` (a read, through the server so it does not meet the file
   * lock): the same reader and bytes as the direct path, read in one transaction, outside the
   * request budget; written to `out` (the local CLI: same OS user) or answered as text.
   */
  async exportCanonical(areas: string[], out: string | null): Promise<CanonicalExportData> {
    return outsideBudget(async () => {
      const present = await listAreas(this.store);
      const wanted = areas.length ? areas : present;
      const missing = wanted.filter((a) => !present.includes(a));
      if (missing.length > 0) {
        throw new BadUserInputError(
          `area(s) not in the store: ${missing.join(', ')} (present: ${present.join(', ') || 'none'})`,
        );
      }
      const graph = await this.store.readTransaction(
        (tx) => readGraphWithSources(tx, { areas: wanted }),
        {
          metadata: { app: 'api', action: 'export', via: 'local-cli' },
          timeoutMs: EXPORT_TIMEOUT_MS,
        },
      );
      const text = await serialiseGraphInSlices(graph);
      if (out) writeFileSync(out, text);
      return {
        areas: wanted,
        nodes: graph.nodes.length,
        relationships: graph.relationships.length,
        sources: graph.sources?.length ?? 0,
        text: out ? null : text,
        out,
      };
    });
  }

  /** `load [--area …] [--replace-edits …]` from the area files under `paths`. */
  async loadBundled(
    actor: Actor,
    options: { areas: string[]; replaceEdits: string[]; paths: Partial<SeedPaths> },
  ): Promise<SeedWriteData> {
    const lines: string[] = [];
    let audited = 0;
    const reason =
      'npm run seed -- load' +
      (options.replaceEdits.length ? ` --replace-edits ${options.replaceEdits.join(' ')}` : '');
    const result = await outsideBudget(() =>
      seedAreas(this.store, {
        ...seedPaths({ areasDir: serverAreasDir(), ...options.paths }),
        ...(options.areas.length ? { areas: options.areas } : {}),
        ...(options.replaceEdits.length ? { replaceEdits: options.replaceEdits } : {}),
        onProgress: (p) => {
          if (p.status === 'written') audited += 1;
          lines.push(describeProgress(p));
        },
        inTransaction: (tx, areaId, counts) =>
          audit(tx, actor, areaId, 'area.load', counts, reason),
      }),
    );
    if (!result.ok) return refused(sortProblems(result.problems));
    const notices =
      result.ignoredProblems.length > 0
        ? [
            `(${result.ignoredProblems.length} problem(s) in other areas' files were not blocking; run validate)`,
          ]
        : [];
    return { ok: true, lines, problems: [], notices, auditEntries: audited };
  }
}

/** The bundled areas the server loads at startup (AREAS_DIR, as api/src/config.ts reads it). */
function serverAreasDir(): string {
  return resolve(REPO_ROOT, process.env.AREAS_DIR || 'graph-seed/areas');
}

async function audit(
  tx: Tx,
  actor: Actor,
  areaId: string,
  action: 'area.import' | 'area.load',
  counts: WriteGraphCounts,
  reason: string,
): Promise<void> {
  await recordChange(tx, {
    areaId,
    actor,
    action,
    target: areaId,
    // the area is replaced whole: its earlier content is not copied into the log (decision 0030)
    before: null,
    after: countsOf(counts),
    reason,
  });
}
