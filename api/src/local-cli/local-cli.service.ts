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
import type { WriteGraphCounts } from '../canonical/index.ts';
import { REPO_ROOT } from '../config.ts';
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
