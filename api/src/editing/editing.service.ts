import type { CanonicalGraph, Evidence } from '@accgraph/schema';
import { MAX_REASON_LENGTH } from '../audit/record.ts';
import type { Actor } from '../auth/roles.ts';
import { readGraph } from '../canonical/index.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors.ts';
import type { ServiceDeps } from '../services.ts';
import type { Tx } from '../store/index.ts';
import { evidenceFromSelection, type Selection } from './evidence.ts';
import * as edits from './edits.ts';
import {
  currentVersion,
  listAreaVersions,
  publishAreaVersion,
  readAreaVersion,
  type AreaVersionRecord,
} from './versions.ts';

/** What a change through the API did (the mutations' answer). */
export interface AreaEditRecord {
  areaId: string;
  version: number;
  action: string;
  targetId: string;
}

export interface EditCommon {
  areaId: string;
  expectedVersion: number;
  reason: string;
}

/** The reason an edit must carry: not blank, at most MAX_REASON_LENGTH characters. */
export function requireReason(reason: string, field = 'reason'): string {
  const trimmed = reason.trim();
  if (!trimmed)
    throw new BadUserInputError(`${field}: say why (kept in the audit trail with the change).`);
  if (trimmed.length > MAX_REASON_LENGTH)
    throw new BadUserInputError(
      `${field} is ${trimmed.length} characters; at most ${MAX_REASON_LENGTH}.`,
    );
  return trimmed;
}

function parseProps(
  json: string | null | undefined,
  field: string,
): Record<string, unknown> | null {
  if (json === null || json === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new BadUserInputError(
      `${field} is not JSON (expected an object such as {"mode":"challenge"}).`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new BadUserInputError(`${field} is a JSON object.`);
  return value as Record<string, unknown>;
}

export { parseProps };

/**
 * Editing a published area (issue 14 point 3), versions and restore (point 2):
 * each edit runs in ONE write transaction that reads the area, applies the
 * edit (edits.ts), and publishes the result as the area's next version
 * (versions.ts: evidence checked, change recorded). Any refusal throws before
 * the transaction commits, so the store is left as it was.
 */
export class EditingService {
  constructor(private readonly deps: ServiceDeps) {}

  async versions(areaId: string): Promise<{ current: number; versions: AreaVersionRecord[] }> {
    await this.deps.loaders.required(areaId, 'area');
    return this.deps.store.readTransaction(
      async (tx) => ({
        current: await currentVersion(tx, areaId),
        versions: await listAreaVersions(tx, areaId),
      }),
      { metadata: { app: 'api', action: 'area-versions', area: areaId } },
    );
  }

  /** Evidence for the selections, each of a document of the area. */
  private async evidence(
    tx: Tx,
    graph: CanonicalGraph,
    selections: readonly Selection[] | null | undefined,
    field = 'input.evidence',
  ): Promise<Evidence[] | null> {
    if (selections === null || selections === undefined) return null;
    if (selections.length > 50) throw new BadUserInputError(`${field}: at most 50 passages.`);
    const docs = new Set(graph.nodes.filter((n) => n.labels[0] === 'Document').map((n) => n.id));
    const out: Evidence[] = [];
    for (const [i, s] of selections.entries()) {
      if (!docs.has(s.documentId))
        throw new BadUserInputError(
          `${field}[${i}].documentId: "${s.documentId}" is not a document of area "${graph.areas[0]}".`,
        );
      out.push(await evidenceFromSelection(tx, s, `${field}[${i}]`));
    }
    return out;
  }

  /**
   * Reads the area, checks the version read, applies `make` and publishes the
   * result as the next version, all in one write transaction.
   */
  private async edit(
    actor: Actor,
    common: EditCommon,
    make: (tx: Tx, graph: CanonicalGraph) => Promise<edits.EditResult>,
  ): Promise<AreaEditRecord> {
    const reason = requireReason(common.reason);
    const { areaId, expectedVersion } = common;
    return this.deps.store.writeTransaction(
      async (tx) => {
        const current = await currentVersion(tx, areaId);
        if (current === 0) throw new NotFoundError('area', areaId);
        if (current !== expectedVersion) throw conflict(areaId, current, expectedVersion);
        const graph = await readGraph(tx, { areas: [areaId] });
        const result = await make(tx, graph);
        const made = await publishAreaVersion(tx, {
          areaId,
          graph: result.graph,
          actor,
          reason,
          provenance: 'edited',
          expectedVersion,
          change: result,
        });
        return { areaId, version: made.version, action: result.action, targetId: result.target };
      },
      { metadata: { app: 'api', action: 'edit', area: areaId }, areas: [areaId] },
    );
  }

  addRelationship(
    actor: Actor,
    input: EditCommon &
      Omit<edits.AddRelationshipEdit, 'evidence' | 'properties'> & {
        evidence: Selection[];
        properties: string | null;
      },
  ): Promise<AreaEditRecord> {
    return this.edit(actor, input, async (tx, graph) =>
      edits.addRelationship(graph, {
        ...input,
        properties: parseProps(input.properties, 'input.properties') ?? {},
        evidence: (await this.evidence(tx, graph, input.evidence)) ?? [],
      }),
    );
  }

  correctRelationship(
    actor: Actor,
    input: EditCommon & {
      id: string;
      evidence: Selection[] | null;
      properties: string | null;
      basis: edits.BasisInput | null;
    },
  ): Promise<AreaEditRecord> {
    return this.edit(actor, input, async (tx, graph) =>
      edits.correctRelationship(graph, {
        id: input.id,
        properties: parseProps(input.properties, 'input.properties'),
        basis: input.basis,
        evidence: await this.evidence(tx, graph, input.evidence),
      }),
    );
  }

  addObligation(
    actor: Actor,
    input: EditCommon & Omit<edits.AddObligationEdit, 'evidence'> & { evidence: Selection[] },
  ): Promise<AreaEditRecord> {
    return this.edit(actor, input, async (tx, graph) =>
      edits.addObligation(graph, {
        ...input,
        evidence: (await this.evidence(tx, graph, input.evidence)) ?? [],
      }),
    );
  }

  correctObligation(
    actor: Actor,
    input: EditCommon &
      Omit<edits.CorrectObligationEdit, 'evidence'> & {
        evidence: Selection[] | null;
      },
  ): Promise<AreaEditRecord> {
    return this.edit(actor, input, async (tx, graph) =>
      edits.correctObligation(graph, {
        ...input,
        evidence: await this.evidence(tx, graph, input.evidence),
      }),
    );
  }

  addNode(
    actor: Actor,
    input: EditCommon & Omit<edits.AddNodeEdit, 'evidence'> & { evidence: Selection[] },
  ): Promise<AreaEditRecord> {
    return this.edit(actor, input, async (tx, graph) =>
      edits.addNode(graph, {
        ...input,
        evidence: (await this.evidence(tx, graph, input.evidence)) ?? [],
      }),
    );
  }

  editNode(
    actor: Actor,
    input: EditCommon & Omit<edits.EditNodeEdit, 'evidence'> & { evidence: Selection[] | null },
  ): Promise<AreaEditRecord> {
    return this.edit(actor, input, async (tx, graph) =>
      edits.editNode(graph, { ...input, evidence: await this.evidence(tx, graph, input.evidence) }),
    );
  }

  setDocumentFact(
    actor: Actor,
    input: EditCommon & Omit<edits.DocumentFactEdit, 'evidence'> & { evidence: Selection[] },
  ): Promise<AreaEditRecord> {
    return this.edit(actor, input, async (tx, graph) =>
      edits.setDocumentFact(graph, {
        ...input,
        evidence: (await this.evidence(tx, graph, input.evidence)) ?? [],
      }),
    );
  }

  /** Makes a new version equal to an earlier one (its graph, evidence checked again). */
  restore(
    actor: Actor,
    input: { areaId: string; version: number; reason: string; expectedVersion: number | null },
  ): Promise<AreaEditRecord> {
    const reason = requireReason(input.reason);
    const { areaId, version } = input;
    return this.deps.store.writeTransaction(
      async (tx) => {
        const current = await currentVersion(tx, areaId);
        if (current === 0) throw new NotFoundError('area', areaId);
        if (input.expectedVersion !== null && current !== input.expectedVersion)
          throw conflict(areaId, current, input.expectedVersion);
        const graph = await readAreaVersion(tx, areaId, version);
        if (!graph) {
          throw new BadUserInputError(
            `version: area "${areaId}" has no kept version ${version} (areaVersions lists them).`,
          );
        }
        const made = await publishAreaVersion(tx, {
          areaId,
          graph,
          actor,
          reason,
          provenance: 'edited',
          expectedVersion: current,
          change: {
            action: 'area.restore',
            target: areaId,
            before: { version: current },
            after: { version: current + 1, restoredFrom: version },
          },
        });
        return { areaId, version: made.version, action: 'area.restore', targetId: areaId };
      },
      { metadata: { app: 'api', action: 'restore', area: areaId }, areas: [areaId] },
    );
  }
}

function conflict(areaId: string, current: number, expected: number): ConflictError {
  return new ConflictError(
    `Area "${areaId}" is at version ${current}, not ${expected}: someone changed it since you read it. ` +
      'Nothing was written; reload the area and make your change again.',
    { areaId, currentVersion: current, expectedVersion: expected },
  );
}
