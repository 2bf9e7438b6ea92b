/**
 * The two editing contracts the review flow writes through (BRIEF contract 3):
 * `recordChange` (api/src/audit/record.ts) and `publishAreaVersion`
 * (api/src/editing/versions.ts). Until the editing branch is merged these
 * stand in with the same signatures: no audit node, and publishing writes the
 * area with writeGraph (replacing the area) in the caller's transaction.
 * At merge: re-export the two real functions here.
 */
import type { CanonicalGraph } from '@accgraph/schema';
import type { Actor } from '../auth/roles.ts';
import { writeGraph } from '../canonical/index.ts';
import type { Tx } from '../store/index.ts';

export interface ChangeInput {
  areaId: string;
  actor: Pick<Actor, 'accountId' | 'displayName'> | null;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

export async function recordChange(_tx: Tx, _change: ChangeInput): Promise<void> {
  // stand-in: the editing branch's recordChange writes one :Change node here
}

export interface PublishInput {
  areaId: string;
  graph: CanonicalGraph;
  actor: Pick<Actor, 'accountId' | 'displayName'> | null;
  reason: string;
  provenance: 'bundled' | 'imported' | 'edited';
}

export async function publishAreaVersion(tx: Tx, input: PublishInput): Promise<unknown> {
  // writeGraph checks every quote against the stored texts (the caller stored the draft's)
  return writeGraph(tx, input.graph, {
    replaceAreas: [input.areaId],
    provenance: { kind: input.provenance, by: input.actor?.displayName ?? null },
  });
}
