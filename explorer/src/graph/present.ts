/**
 * "Present" mode and the path on the canvas: a chain answer or an
 * accountability path as a list of steps walked one hop at a time, each with
 * its quotes, and what the canvas highlights at each step. Pure.
 */
import { hopSentence, nodeName } from './chain';
import type { Highlight } from './decorations';
import type { ApiAccountability, ApiEvidence, ApiHop } from './types';

/** The parts of a hop (a chain's or a path's) a step reads. */
export interface HopLike {
  kind: string;
  mode?: string | null;
  from: { id: string; name?: string | null };
  to: { id: string; name?: string | null };
  relationship: { id: string; evidence: readonly ApiEvidence[] };
}

export interface PresentStep {
  /** "Chain 2 of 4" or "Path". */
  group: string;
  from: { id: string; name: string };
  to: { id: string; name: string };
  relationshipId: string;
  /** "Wiltshire Safeguarding Children Board holds Chair of the Trust to account". */
  sentence: string;
  evidence: readonly ApiEvidence[];
}

function step(hop: HopLike, group: string): PresentStep {
  return {
    group,
    from: {
      id: hop.from.id,
      name: nodeName({ id: hop.from.id, name: hop.from.name ?? null } as ApiHop['from']),
    },
    to: {
      id: hop.to.id,
      name: nodeName({ id: hop.to.id, name: hop.to.name ?? null } as ApiHop['to']),
    },
    relationshipId: hop.relationship.id,
    sentence: hopSentence({ ...hop, mode: hop.mode ?? null } as unknown as ApiHop),
    evidence: hop.relationship.evidence,
  };
}

/** Every chain of an answer, in the panel's order, hop by hop. */
export function chainSteps(result: Pick<ApiAccountability, 'chains'>): PresentStep[] {
  const n = result.chains.length;
  return result.chains.flatMap((chain, i) =>
    (chain.hops as readonly HopLike[]).map((hop) => step(hop, `Chain ${i + 1} of ${n}`)),
  );
}

/** An accountability path, from the overseer to the node chosen. */
export function pathSteps(path: { hops: readonly HopLike[] }): PresentStep[] {
  return path.hops.map((hop) => step(hop, 'Path'));
}

/** The step shown: 1-based, within the steps, or null when not presenting. */
export function clampStep(step: number | null, count: number): number | null {
  if (step === null || count === 0) return null;
  return Math.min(Math.max(1, step), count);
}

/** The path on the canvas: its nodes and statements, the rest dimmed. */
export function pathHighlight(path: { hops: readonly HopLike[] }, fromId: string): Highlight {
  const nodeIds = new Set<string>([fromId]);
  const relationshipIds = new Set<string>();
  for (const hop of path.hops) {
    nodeIds.add(hop.from.id);
    nodeIds.add(hop.to.id);
    relationshipIds.add(hop.relationship.id);
  }
  return { reason: 'chain', subjectId: fromId, nodeIds, relationshipIds };
}

/** One step on the canvas: its two nodes and its statement, the rest dimmed. */
export function stepHighlight(s: PresentStep): Highlight {
  return {
    reason: 'chain',
    subjectId: s.to.id,
    nodeIds: new Set([s.from.id, s.to.id]),
    relationshipIds: new Set([s.relationshipId]),
  };
}
