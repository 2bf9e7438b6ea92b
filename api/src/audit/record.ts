/**
 * The audit trail (issue 14 point 6, decision 0024): every change to the graph
 * writes one `:Change` node IN THE SAME TRANSACTION as the change, so a change
 * and its entry commit together or not at all. A `:Change` is not an
 * `:Entity`: it is never part of an area's canonical graph, its export or its
 * seed hash.
 */
import type { Actor } from '../auth/roles.ts';
import { cypher } from '../store/catalogue.ts';
import type { Row, Tx } from '../store/types.ts';

const RECORD_CHANGE = cypher(import.meta.url, './record-change.cypher');

/** Longest reason kept (characters); longer ones are refused by the mutations. */
export const MAX_REASON_LENGTH = 2000;

/** What one change did: who, when, what (before and after) and why. */
export interface ChangeInput {
  areaId: string;
  /** Who acted; null only for the system (e.g. the snapshot of a bundled area before its first edit). */
  actor: Pick<Actor, 'accountId' | 'displayName'> | null;
  /** What was done, e.g. `relationship.add`, `node.edit`, `area.publish`, `area.restore`. */
  action: string;
  /** The id of the thing changed (a node, relationship, document or area id). */
  target: string;
  /** The thing before the change (null: it did not exist), kept as JSON. */
  before: unknown;
  /** The thing after the change (null: it was removed), kept as JSON. */
  after: unknown;
  /** Why, in the editor's words. */
  reason: string;
}

/** One entry of the audit log, as stored (before/after as JSON text). */
export interface ChangeRecord {
  id: string;
  areaId: string;
  seq: number;
  at: string;
  accountId: string | null;
  actorName: string | null;
  action: string;
  targetId: string;
  before: string | null;
  after: string | null;
  reason: string;
}

const json = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);

/**
 * Writes one `:Change` in the caller's transaction (so it commits or rolls
 * back with the change it records) and returns its id and number.
 */
export async function recordChange(
  tx: Tx,
  change: ChangeInput,
): Promise<{ id: string; seq: number }> {
  const rows = await tx.run(
    RECORD_CHANGE.with({
      areaId: change.areaId,
      at: new Date().toISOString(),
      accountId: change.actor?.accountId ?? null,
      actorName: change.actor?.displayName ?? null,
      action: change.action,
      targetId: change.target,
      before: json(change.before),
      after: json(change.after),
      reason: change.reason,
    }),
  );
  const row = rows[0];
  if (!row) throw new Error(`recordChange wrote no change for area ${change.areaId}.`);
  return { id: String(row.id), seq: Number(row.seq) };
}

const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

/** A stored change row as a plain record. */
export function toChangeRecord(row: Row): ChangeRecord {
  return {
    id: String(row.id),
    areaId: String(row.areaId),
    seq: Number(row.seq),
    at: String(row.at),
    accountId: text(row.accountId),
    actorName: text(row.actorName),
    action: String(row.action),
    targetId: String(row.targetId),
    before: text(row.before),
    after: text(row.after),
    reason: String(row.reason ?? ''),
  };
}
