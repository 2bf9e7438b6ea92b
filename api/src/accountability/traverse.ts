import type { RelationshipRecord } from '../graph/records.ts';
import { currentAt, compareIds as compare } from '@accgraph/schema';

/**
 * The accountability feature's pure part (docs/accountability.md): how a
 * stated relationship reads as an "overseer -> overseen" hop, and chains and
 * shortest paths over those hops. No store, no GraphQL.
 */
export const HOP_KINDS = [
  'HOLDS_TO_ACCOUNT',
  'ACCOUNTABLE_TO',
  'REPORTS_TO',
  'SUBGROUP_OF',
  'THROUGH_CHAIR',
] as const;
export type HopKind = (typeof HOP_KINDS)[number];

/** Relationship types the accountability feature reads from the store. */
export const ACCOUNTABILITY_TYPES = [
  'HOLDS_TO_ACCOUNT',
  'ACCOUNTABLE_TO',
  'REPORTS_TO',
  'SUBGROUP_OF',
  'CHAIRS',
  'ESCALATES_TO',
] as const;

/** One stated relationship, normalised so that `overseer` oversees `overseen`. */
export interface OversightEdge {
  overseer: string;
  overseen: string;
  kind: HopKind;
  /** HOLDS_TO_ACCOUNT / ACCOUNTABLE_TO mode as stated; null for the other kinds. */
  mode: string | null;
  /** True when the statement points from the overseen to the overseer. */
  reversed: boolean;
  /** A through hop carries accountability held over its start on to its end. */
  through: boolean;
  record: RelationshipRecord;
}

const mode = (r: RelationshipRecord) => (typeof r.props.mode === 'string' ? r.props.mode : null);

/** The hop a relationship states, or null when it states no oversight. */
export function toOversight(r: RelationshipRecord): OversightEdge | null {
  const forward = { overseer: r.from, overseen: r.to, reversed: false };
  const backward = { overseer: r.to, overseen: r.from, reversed: true };
  const plain = { mode: null, through: false, record: r };
  switch (r.type) {
    case 'HOLDS_TO_ACCOUNT':
      return { ...forward, ...plain, kind: r.type, mode: mode(r) };
    case 'ACCOUNTABLE_TO':
      return { ...backward, ...plain, kind: r.type, mode: mode(r) };
    case 'REPORTS_TO':
    case 'SUBGROUP_OF':
      return { ...backward, ...plain, kind: r.type };
    case 'CHAIRS':
      return { ...forward, ...plain, kind: 'THROUGH_CHAIR', through: true };
    default:
      return null;
  }
}

/**
 * The oversight hops among `records` current at `asOf` (undefined = today,
 * decision 0004) whose kind is in `include`, ordered by relationship id.
 */
export function oversightEdges(
  records: readonly RelationshipRecord[],
  asOf: string | undefined,
  include: ReadonlySet<HopKind>,
): OversightEdge[] {
  const edges: OversightEdge[] = [];
  for (const r of records) {
    if (!currentAt(r.props, asOf)) continue;
    const edge = toOversight(r);
    if (edge && include.has(edge.kind)) edges.push(edge);
  }
  return edges.sort((a, b) => compare(a.record.id, b.record.id));
}

// Chains and shortest paths: pure functions over edges already filtered by period and kind.

/** HOLDERS: who holds the subject to account; HELD: whom the subject holds to account. */
export type Direction = 'HOLDERS' | 'HELD';

/** A chain from the subject outwards: `nodes[0]` is the subject, `hops[i]` joins nodes i and i+1. */
export interface Chain {
  nodes: string[];
  hops: OversightEdge[];
  /** Cut at maxHops: more hops leave its last node. */
  truncated: boolean;
}

export interface ChainsResult {
  chains: Chain[];
  /** Some chain (reported or not) was cut at maxHops. */
  truncated: boolean;
  /** More chains exist than `limit`; the ones returned are the first in order. */
  limited: boolean;
}

export interface ChainOptions {
  direction: Direction;
  maxHops: number;
  limit: number;
}

interface Step {
  next: string;
  edge: OversightEdge;
}

/** Upper bound on partial chains held at once, whatever the limit. */
const MAX_WORK = 200_000;

/** For each node, the hops leaving it in `direction`, ordered by next node id then relationship id. */
export function adjacency(edges: readonly OversightEdge[], direction: Direction) {
  const adj = new Map<string, Step[]>();
  for (const edge of edges) {
    const [at, next] =
      direction === 'HOLDERS' ? [edge.overseen, edge.overseer] : [edge.overseer, edge.overseen];
    const steps = adj.get(at);
    if (steps) steps.push({ next, edge });
    else adj.set(at, [{ next, edge }]);
  }
  for (const steps of adj.values()) {
    steps.sort((a, b) => compare(a.next, b.next) || compare(a.edge.record.id, b.edge.record.id));
  }
  return adj;
}

/**
 * Every chain of 1..maxHops hops from `subject`, never visiting a node twice,
 * ordered by length, then by the ids along it (next node id, then relationship
 * id, hop by hop). A through hop never starts a chain in overseer order: in
 * HOLDERS a chain ending with one is extended but not reported, in HELD the
 * subject's own through hops are not followed.
 */
export function chains(
  edges: readonly OversightEdge[],
  subject: string,
  { direction, maxHops, limit }: ChainOptions,
): ChainsResult {
  const adj = adjacency(edges, direction);
  const out: Chain[] = [];
  let truncated = false;
  let level: { nodes: string[]; hops: OversightEdge[] }[] = [{ nodes: [subject], hops: [] }];
  const canExtend = (nodes: string[]) =>
    (adj.get(nodes.at(-1) as string) ?? []).some((s) => !nodes.includes(s.next));

  for (let depth = 1; depth <= maxHops && level.length > 0; depth++) {
    const next: typeof level = [];
    for (const partial of level) {
      for (const step of adj.get(partial.nodes.at(-1) as string) ?? []) {
        if (partial.nodes.includes(step.next)) continue;
        if (direction === 'HELD' && depth === 1 && step.edge.through) continue;
        const nodes = [...partial.nodes, step.next];
        const hops = [...partial.hops, step.edge];
        const cut = depth === maxHops && canExtend(nodes);
        truncated ||= cut;
        if (!(direction === 'HOLDERS' && step.edge.through)) {
          if (out.length === limit) return { chains: out, truncated, limited: true };
          out.push({ nodes, hops, truncated: cut });
        }
        next.push({ nodes, hops });
        if (next.length > MAX_WORK) return { chains: out, truncated, limited: true };
      }
    }
    level = next;
  }
  return { chains: out, truncated, limited: false };
}

/**
 * The shortest overseer -> overseen path from `from` to `to` (at most maxHops
 * hops), or null. Among equally short paths, the first by the ids along it
 * (next node id, then relationship id, hop by hop). It never starts with a
 * through hop.
 */
export function shortestPath(
  edges: readonly OversightEdge[],
  from: string,
  to: string,
  maxHops: number,
): OversightEdge[] | null {
  const adj = adjacency(edges, 'HELD');
  const best = new Map<string, OversightEdge[]>([[from, []]]);
  let frontier = [from];
  // Breadth first, frontier in path order: the first path to reach a node is its smallest.
  for (let depth = 1; depth <= maxHops && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      const path = best.get(node) as OversightEdge[];
      for (const step of adj.get(node) ?? []) {
        if (best.has(step.next) || (depth === 1 && step.edge.through)) continue;
        const extended = [...path, step.edge];
        if (step.next === to) return extended;
        best.set(step.next, extended);
        next.push(step.next);
      }
    }
    frontier = next;
  }
  return null;
}
