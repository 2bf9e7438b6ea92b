/**
 * Overlays on the drawn graph that do not move anything: a highlighted chain
 * (or a post's bodies, or a finding's subjects), diff statuses and finding
 * badges. Pure: the canvas, the table and the tests read the same result.
 */
import type {
  ApiAccountability,
  ApiFinding,
  ApiFindingFlag,
  ApiGovernanceDiff,
  ApiPostObligations,
  Severity,
} from './types';
import { styleKey, type NodeStyle } from './styleRules';
import type { ViewEdge, ViewGraph } from './view';

export type Emphasis = 'subject' | 'on' | 'dim';
export type DiffStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface FlagSummary {
  count: number;
  severity: Severity;
  allAccepted: boolean;
  findingIds: readonly string[];
}

export interface Decoration {
  emphasis?: Emphasis;
  diff?: DiffStatus;
  flag?: FlagSummary;
  /** Neighbours hidden by collapsing this node. */
  hidden?: number;
  /** The reader's styling rules (graph/styleRules.ts): colour and size. */
  style?: NodeStyle;
}

export interface Decorations {
  nodes: Map<string, Decoration>;
  edges: Map<string, Decoration>;
}

/** What to highlight: these nodes and statements, the rest dimmed. */
export interface Highlight {
  /** Why: "chain", "obligations" or "finding". */
  reason: 'chain' | 'obligations' | 'finding';
  subjectId: string | null;
  nodeIds: ReadonlySet<string>;
  /** API relationship ids. */
  relationshipIds: ReadonlySet<string>;
}

/** Every node and statement on any chain of an accountability answer. */
export function chainHighlight(result: ApiAccountability): Highlight {
  const nodeIds = new Set<string>([result.subject.id]);
  const relationshipIds = new Set<string>();
  for (const chain of result.chains) {
    for (const hop of chain.hops) {
      nodeIds.add(hop.from.id);
      nodeIds.add(hop.to.id);
      relationshipIds.add(hop.relationship.id);
    }
  }
  return { reason: 'chain', subjectId: result.subject.id, nodeIds, relationshipIds };
}

/** The post, every body it sits on or chairs, and the seats (MEMBER_OF / CHAIRS). */
export function obligationsHighlight(result: ApiPostObligations): Highlight {
  const nodeIds = new Set<string>([result.post.id]);
  const relationshipIds = new Set<string>();
  for (const group of result.groups) {
    if (group.body) nodeIds.add(group.body.id);
    for (const via of group.via) relationshipIds.add(via.id);
  }
  return { reason: 'obligations', subjectId: result.post.id, nodeIds, relationshipIds };
}

export function findingHighlight(finding: ApiFinding): Highlight {
  return {
    reason: 'finding',
    subjectId: finding.nodeIds[0] ?? null,
    nodeIds: new Set(finding.nodeIds),
    relationshipIds: new Set(finding.relationshipIds),
  };
}

/** Status of each statement (API relationship id) and body in a diff. */
export interface DiffIndex {
  relationships: Map<string, DiffStatus>;
  nodes: Map<string, DiffStatus>;
}

export function diffIndex(diff: ApiGovernanceDiff): DiffIndex {
  const relationships = new Map<string, DiffStatus>();
  for (const r of diff.relationships.added) relationships.set(r.id, 'added');
  for (const r of diff.relationships.removed) relationships.set(r.id, 'removed');
  for (const c of diff.relationships.changed) {
    relationships.set(c.before.id, 'changed');
    relationships.set(c.after.id, 'changed');
  }
  const nodes = new Map<string, DiffStatus>();
  for (const b of diff.bodies.added) nodes.set(b.body.id, 'added');
  for (const b of diff.bodies.removed) nodes.set(b.body.id, 'removed');
  return { relationships, nodes };
}

/** A drawn edge's status: from the statements it draws. */
export function edgeDiffStatus(edge: ViewEdge, index: DiffIndex): DiffStatus {
  const statuses = new Set(edge.apiEdgeIds.map((id) => index.relationships.get(id) ?? 'unchanged'));
  if (statuses.has('changed')) return 'changed';
  if (statuses.has('added') && statuses.has('removed')) return 'changed';
  if (statuses.has('added')) return statuses.size === 1 ? 'added' : 'changed';
  if (statuses.has('removed')) return statuses.size === 1 ? 'removed' : 'changed';
  return 'unchanged';
}

/**
 * A node's status: a body's from the diff; any other node is added (or
 * removed) when every statement it takes part in is.
 */
export function nodeDiffStatus(
  id: string,
  incident: readonly DiffStatus[],
  index: DiffIndex,
): DiffStatus {
  const own = index.nodes.get(id);
  if (own) return own;
  if (incident.length === 0) return 'unchanged';
  if (incident.every((s) => s === 'added')) return 'added';
  if (incident.every((s) => s === 'removed')) return 'removed';
  return 'unchanged';
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { INFO: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

export function moreSevere(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

export interface DecorationInput {
  highlight?: Highlight | null;
  diff?: DiffIndex | null;
  flags?: readonly ApiFindingFlag[] | null;
  /** Node styles from the reader's styling rules. */
  styles?: ReadonlyMap<string, NodeStyle> | null;
}

export function computeDecorations(view: ViewGraph, input: DecorationInput): Decorations {
  const nodes = new Map<string, Decoration>();
  const edges = new Map<string, Decoration>();
  const node = (id: string): Decoration => {
    let d = nodes.get(id);
    if (!d) nodes.set(id, (d = {}));
    return d;
  };
  const edge = (id: string): Decoration => {
    let d = edges.get(id);
    if (!d) edges.set(id, (d = {}));
    return d;
  };

  const { highlight, diff, flags } = input;
  if (highlight) {
    for (const n of view.nodes) {
      node(n.id).emphasis =
        n.id === highlight.subjectId ? 'subject' : highlight.nodeIds.has(n.id) ? 'on' : 'dim';
    }
    for (const e of view.edges) {
      const on = e.apiEdgeIds.some((id) => highlight.relationshipIds.has(id));
      edge(e.id).emphasis = on ? 'on' : 'dim';
    }
  }

  if (diff) {
    const incident = new Map<string, DiffStatus[]>();
    for (const e of view.edges) {
      const status = edgeDiffStatus(e, diff);
      edge(e.id).diff = status;
      for (const end of [e.source, e.target]) {
        const list = incident.get(end) ?? [];
        list.push(status);
        incident.set(end, list);
      }
    }
    for (const n of view.nodes)
      node(n.id).diff = nodeDiffStatus(n.id, incident.get(n.id) ?? [], diff);
  }

  if (flags?.length) {
    const byId = new Map(flags.map((f) => [f.subjectId, f]));
    for (const n of view.nodes) {
      const f = byId.get(n.id);
      if (f) node(n.id).flag = toSummary([f]);
    }
    for (const e of view.edges) {
      const fs = e.apiEdgeIds.map((id) => byId.get(id)).filter((f) => f !== undefined);
      if (fs.length) edge(e.id).flag = toSummary(fs);
    }
  }

  for (const [id, count] of view.hiddenBy) if (count > 0) node(id).hidden = count;
  for (const [id, style] of input.styles ?? []) node(id).style = style;
  return { nodes, edges };
}

function toSummary(flags: readonly ApiFindingFlag[]): FlagSummary {
  const ids = [...new Set(flags.flatMap((f) => f.findingIds))].sort();
  return {
    count: ids.length,
    severity: flags.map((f) => f.highestSeverity).reduce(moreSevere),
    allAccepted: flags.every((f) => f.allAccepted),
    findingIds: ids,
  };
}

/** A short, stable string of a decoration: unchanged strings keep node objects (and renders). */
export function decorationKey(d: Decoration | undefined): string {
  if (!d) return '';
  const f = d.flag;
  return [
    d.emphasis ?? '',
    d.diff ?? '',
    f ? `${f.count}${f.severity}${f.allAccepted ? 'a' : ''}${f.findingIds.join(',')}` : '',
    d.hidden ?? '',
    styleKey(d.style),
  ].join('|');
}

/** Whether any node or edge carries a finding badge. */
export function hasFlags(decorations: Decorations): boolean {
  for (const d of decorations.nodes.values()) if (d.flag) return true;
  for (const d of decorations.edges.values()) if (d.flag) return true;
  return false;
}
