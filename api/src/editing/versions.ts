/**
 * Versions of an area (issue 14 point 2, decision 0024). Every write of an
 * area through the API goes through `publishAreaVersion`, in the caller's
 * transaction: it checks the whole graph's evidence against the stored
 * document texts, writes the area (replacing what the graph no longer holds),
 * keeps the new version's canonical JSON as an `:AreaVersion` (earlier ones
 * stay) and records exactly one change in the audit log.
 *
 * Numbering: an area's versions count from 1. An area that was loaded (or
 * imported) but never published through the API has no `:AreaVersion` yet
 * and counts as version 1; its first publish keeps that state as version 1
 * (by the system, "as stored before the first change") and writes version 2,
 * so the state before any edit can always be restored.
 *
 * Retention (decision 0042): after each write the area keeps its newest
 * `VERSIONS_KEPT` versions, its first kept version (the state before any
 * change through the API) and its newest whole-area publish (a published
 * draft); older versions are dropped in the same transaction. The history
 * panel lists exactly the kept versions, so every version it offers can be
 * restored. The audit trail is never pruned.
 */
import { areaSeedHash, type CanonicalGraph, serialiseGraph } from '@accgraph/schema';
import { recordChange } from '../audit/record.ts';
import type { Actor } from '../auth/roles.ts';
import { readAreaProvenance, readGraph, writeGraph } from '../canonical/index.ts';
import { BadUserInputError, ConflictError } from '../errors.ts';
import { cypher, type Tx } from '../store/index.ts';
import { evidenceProblems } from './evidence.ts';

const LATEST_VERSION = cypher(import.meta.url, './latest-area-version.cypher');
const CREATE_VERSION = cypher(import.meta.url, './create-area-version.cypher');
const LIST_VERSIONS = cypher(import.meta.url, './list-area-versions.cypher');
const VERSION_GRAPH = cypher(import.meta.url, './area-version-graph.cypher');
const LOCK_AREA = cypher(import.meta.url, './lock-area.cypher');
const PRUNE_VERSIONS = cypher(import.meta.url, './prune-area-versions.cypher');

/** How many of an area's newest versions are always kept (decision 0042). */
export const VERSIONS_KEPT = 20;

/** The action of a kept version made by publishing the whole area (a reviewed draft). */
const PUBLISH = 'area.publish';

/** Where an area's current content came from (shown as `Area.provenance`). */
export type Provenance = 'bundled' | 'imported' | 'edited';

/** One kept version of an area, without its graph. */
export interface AreaVersionRecord {
  areaId: string;
  version: number;
  at: string;
  accountId: string | null;
  actorName: string | null;
  reason: string;
  provenance: string;
  sha256: string;
  nodeCount: number;
  relationshipCount: number;
  /**
   * What made it: `area.publish` (a whole-area publish), `area.load` (the
   * state before the first change), or the edit's action (`node.add`, ...);
   * null for versions kept before this was recorded.
   */
  action: string | null;
}

/**
 * The numbers of the versions an area keeps (decision 0042): the newest
 * `kept`, the first one (the state before any change through the API), and
 * the newest whole-area publish (a version kept before actions were recorded
 * counts as one). Every other version may be dropped.
 */
export function versionsToKeep(
  versions: readonly Pick<AreaVersionRecord, 'version' | 'action'>[],
  kept = VERSIONS_KEPT,
): number[] {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const keep = new Set(newestFirst.slice(0, kept).map((v) => v.version));
  const first = newestFirst[newestFirst.length - 1];
  if (first) keep.add(first.version);
  const published = newestFirst.find((v) => v.action === PUBLISH || v.action === null);
  if (published) keep.add(published.version);
  return [...keep].sort((a, b) => a - b);
}

/** What the audit entry of a publish says; by default the whole area's summary. */
export interface ChangeOverride {
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

export interface PublishAreaVersion {
  areaId: string;
  graph: CanonicalGraph;
  actor: Pick<Actor, 'accountId' | 'displayName'> | null;
  reason: string;
  provenance: Provenance;
  /**
   * The version the caller read (optimistic concurrency): when the area's
   * current version differs, CONFLICT and nothing is written. Omitted: no check.
   */
  expectedVersion?: number | null;
  /** The audit entry to write instead of the whole-area one (an edit names its fact). */
  change?: ChangeOverride;
}

/** Whether the area exists and its newest kept version (null: none kept yet). */
async function latest(tx: Tx, areaId: string): Promise<{ exists: boolean; kept: number | null }> {
  const row = (await tx.run(LATEST_VERSION.with({ areaId })))[0];
  const kept = row?.version === null || row?.version === undefined ? null : Number(row.version);
  return { exists: row?.exists === true, kept };
}

/** The current version of an area: its newest kept version, else 1 when it exists, else 0. */
export async function currentVersion(tx: Tx, areaId: string): Promise<number> {
  const { exists, kept } = await latest(tx, areaId);
  return kept ?? (exists ? 1 : 0);
}

async function keepVersion(
  tx: Tx,
  v: {
    areaId: string;
    version: number;
    graph: CanonicalGraph;
    actor: PublishAreaVersion['actor'];
    reason: string;
    provenance: string;
    action: string;
  },
): Promise<AreaVersionRecord> {
  const text = serialiseGraph(v.graph);
  const record: AreaVersionRecord = {
    areaId: v.areaId,
    version: v.version,
    at: new Date().toISOString(),
    accountId: v.actor?.accountId ?? null,
    actorName: v.actor?.displayName ?? null,
    reason: v.reason,
    provenance: v.provenance,
    sha256: areaSeedHash(text),
    nodeCount: v.graph.nodes.length,
    relationshipCount: v.graph.relationships.length,
    action: v.action,
  };
  await tx.run(CREATE_VERSION.with({ ...record, id: `${v.areaId}@${v.version}`, graph: text }));
  return record;
}

function checkShape(areaId: string, graph: CanonicalGraph): void {
  if (graph.areas.length !== 1 || graph.areas[0] !== areaId) {
    throw new BadUserInputError(
      `The graph describes areas ${JSON.stringify(graph.areas)}; a version is of one area, "${areaId}" ($.areas).`,
    );
  }
  if (!graph.nodes.some((n) => n.id === areaId && n.labels[0] === 'Area')) {
    throw new BadUserInputError(`The graph has no Area node "${areaId}" ($.nodes).`);
  }
  graph.nodes.forEach((n, i) => {
    const owner = n.properties.areaId;
    if (typeof owner === 'string' && owner !== areaId) {
      throw new BadUserInputError(
        `Node "${n.id}" belongs to area "${owner}", not "${areaId}" ($.nodes[${i}].properties.areaId).`,
      );
    }
  });
}

/**
 * Publishes `graph` as the next version of its area, in the caller's
 * transaction (BRIEF contract 3). Refuses (BAD_USER_INPUT, with every problem
 * and its JSON path in `extensions.problems`) a graph whose evidence does not
 * match the stored document texts, and (CONFLICT) a stale `expectedVersion`;
 * either way before anything is written. Returns the new version.
 */
export async function publishAreaVersion(
  tx: Tx,
  p: PublishAreaVersion,
): Promise<AreaVersionRecord> {
  checkShape(p.areaId, p.graph);
  const problems = await evidenceProblems(tx, p.graph);
  if (problems.length > 0) {
    throw new BadUserInputError(
      `The evidence of ${problems.length} fact(s) does not match the stored document text; nothing was written. ` +
        problems
          .slice(0, 5)
          .map((q) => `${q.path}: ${q.message}`)
          .join('; '),
      { problems: problems.slice(0, 50) },
    );
  }
  await tx.run(LOCK_AREA.with({ areaId: p.areaId }));
  const { exists, kept } = await latest(tx, p.areaId);
  const current = kept ?? (exists ? 1 : 0);
  if (p.expectedVersion !== undefined && p.expectedVersion !== null) {
    if (p.expectedVersion !== current) {
      throw new ConflictError(
        `Area "${p.areaId}" is at version ${current}, not ${p.expectedVersion}: someone changed it since you read it. ` +
          'Nothing was written; reload the area and make your change again.',
        { areaId: p.areaId, currentVersion: current, expectedVersion: p.expectedVersion },
      );
    }
  }
  let previous: AreaVersionRecord | null = null;
  if (kept === null && exists) {
    const stored = await readGraph(tx, { areas: [p.areaId] });
    const was = (await readAreaProvenance({ read: (statement) => tx.run(statement) }))[p.areaId];
    previous = await keepVersion(tx, {
      areaId: p.areaId,
      version: 1,
      graph: stored,
      actor: null,
      reason: 'As stored before the first change through the API.',
      provenance: was?.kind ?? 'bundled',
      action: 'area.load',
    });
  }
  await writeGraph(tx, p.graph, {
    replaceAreas: [p.areaId],
    seedHashes: { [p.areaId]: areaSeedHash(p.graph) },
    provenance: { kind: p.provenance, by: p.actor?.displayName ?? null },
  });
  const made = await keepVersion(tx, {
    areaId: p.areaId,
    version: current + 1,
    graph: p.graph,
    actor: p.actor,
    reason: p.reason,
    provenance: p.provenance,
    action: p.change?.action ?? PUBLISH,
  });
  // bounded retention: the versions the rule lets go are dropped with this write
  const keep = versionsToKeep(await listAreaVersions(tx, p.areaId));
  await tx.run(PRUNE_VERSIONS.with({ areaId: p.areaId, keep }));
  const summary = (v: AreaVersionRecord | null) =>
    v && {
      version: v.version,
      sha256: v.sha256,
      nodes: v.nodeCount,
      relationships: v.relationshipCount,
    };
  await recordChange(tx, {
    areaId: p.areaId,
    actor: p.actor,
    reason: p.reason,
    ...(p.change ?? {
      action: 'area.publish',
      target: p.areaId,
      before: summary(previous) ?? (current > 0 ? { version: current } : null),
      after: summary(made),
    }),
  });
  return made;
}

/** An area's kept versions, newest first. */
export async function listAreaVersions(tx: Tx, areaId: string): Promise<AreaVersionRecord[]> {
  const rows = await tx.run(LIST_VERSIONS.with({ areaId }));
  return rows.map((r) => ({
    areaId: String(r.areaId),
    version: Number(r.version),
    at: String(r.at),
    accountId: r.accountId === null || r.accountId === undefined ? null : String(r.accountId),
    actorName: r.actorName === null || r.actorName === undefined ? null : String(r.actorName),
    reason: String(r.reason ?? ''),
    provenance: String(r.provenance ?? ''),
    sha256: String(r.sha256),
    nodeCount: Number(r.nodeCount),
    relationshipCount: Number(r.relationshipCount),
    action: r.action === null || r.action === undefined ? null : String(r.action),
  }));
}

/** The canonical graph kept as `version` of the area, or null when there is no such version. */
export async function readAreaVersion(
  tx: Tx,
  areaId: string,
  version: number,
): Promise<CanonicalGraph | null> {
  const row = (await tx.run(VERSION_GRAPH.with({ areaId, version })))[0];
  return row ? (JSON.parse(String(row.graph)) as CanonicalGraph) : null;
}
