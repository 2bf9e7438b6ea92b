import type { NodeRecord, RelationshipRecord } from '../graph/records.ts';
import { bool, num, str } from '../graph/records.ts';
import { currentAt, firstDay } from '../graph/temporal.ts';

/** One obligation current at the date, with its holders, duty types and derived links. */
export interface ObligationFact {
  record: NodeRecord;
  id: string;
  documentId: string;
  text: string;
  lead: boolean;
  shared: boolean;
  holders: { id: string; lead: boolean; rel: RelationshipRecord }[];
  dutyTypes: string[];
  dischargedThrough: RelationshipRecord[];
  basedOn: RelationshipRecord[];
  deadline: { value: number; unit: string; anchor: string | null } | null;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The statements of one area current at one date (decision 0004), indexed for
 * the rules: the current document, every relationship current at `asOf`, the
 * obligations with their holders and types, and the nodes they touch.
 */
export class AreaFacts {
  readonly relationships: RelationshipRecord[];
  readonly obligations: ObligationFact[];
  private readonly outIndex = new Map<string, RelationshipRecord[]>();
  private readonly inIndex = new Map<string, RelationshipRecord[]>();

  constructor(
    readonly areaId: string,
    readonly asOf: string,
    readonly document: NodeRecord,
    private readonly nodes: ReadonlyMap<string, NodeRecord>,
    relationships: RelationshipRecord[],
  ) {
    this.relationships = relationships.filter((r) => currentAt(r.props, asOf)).sort(byId);
    for (const r of this.relationships) {
      push(this.outIndex, r.from, r);
      push(this.inIndex, r.to, r);
    }
    this.obligations = this.buildObligations();
  }

  node(id: string): NodeRecord | null {
    return this.nodes.get(id) ?? null;
  }

  /** A string property of a node (null when absent). */
  prop(id: string, key: string): string | null {
    const n = this.nodes.get(id);
    return n ? str(n.props, key) : null;
  }

  label(id: string): string | null {
    return this.nodes.get(id)?.label ?? null;
  }

  /** Current relationships leaving `id`, optionally of one type. */
  out(id: string, type?: string): RelationshipRecord[] {
    const all = this.outIndex.get(id) ?? [];
    return type ? all.filter((r) => r.type === type) : all;
  }

  /** Current relationships arriving at `id`, optionally of one type. */
  in(id: string, type?: string): RelationshipRecord[] {
    const all = this.inIndex.get(id) ?? [];
    return type ? all.filter((r) => r.type === type) : all;
  }

  ofType(type: string): RelationshipRecord[] {
    return this.relationships.filter((r) => r.type === type);
  }

  /** Bodies that some current statement mentions, and that are themselves current; by id. */
  activeBodies(): NodeRecord[] {
    const ids = new Set<string>();
    for (const r of this.relationships) ids.add(r.from).add(r.to);
    return [...ids]
      .map((id) => this.nodes.get(id))
      .filter((n): n is NodeRecord => n?.label === 'Body' && currentAt(n.props, this.asOf))
      .sort(byId);
  }

  /** Bodies the current document governs (GOVERNS), by id. */
  governed(): { body: NodeRecord; rel: RelationshipRecord }[] {
    return this.out(this.document.id, 'GOVERNS')
      .map((rel) => ({ body: this.nodes.get(rel.to), rel }))
      .filter((g): g is { body: NodeRecord; rel: RelationshipRecord } => Boolean(g.body));
  }

  private buildObligations(): ObligationFact[] {
    const out: ObligationFact[] = [];
    for (const [id, n] of this.nodes) {
      if (n.label !== 'Obligation' || !currentAt(n.props, this.asOf)) continue;
      if (str(n.props, 'areaId') !== this.areaId) continue;
      const value = num(n.props, 'deadlineValue');
      const unit = str(n.props, 'deadlineUnit');
      out.push({
        record: n,
        id,
        documentId: str(n.props, 'documentId') ?? '',
        text: str(n.props, 'text') ?? '',
        lead: bool(n.props, 'lead') ?? false,
        shared: bool(n.props, 'shared') ?? false,
        holders: this.in(id, 'HAS_OBLIGATION').map((rel) => ({
          id: rel.from,
          lead: bool(rel.props, 'lead') ?? false,
          rel,
        })),
        dutyTypes: this.out(id, 'OF_TYPE').map((r) => r.to.replace(/^duty\//, '')),
        dischargedThrough: this.out(id, 'DISCHARGED_THROUGH'),
        basedOn: this.out(id, 'BASED_ON'),
        deadline:
          value !== null && unit ? { value, unit, anchor: str(n.props, 'deadlineAnchor') } : null,
      });
    }
    return out.sort(byId);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The area's document current at `asOf`: effectiveFrom <= asOf < effectiveTo. */
export function currentDocument(documents: NodeRecord[], asOf: string): NodeRecord | null {
  const at = firstDay(asOf);
  const current = documents.filter((d) => {
    const from = str(d.props, 'effectiveFrom');
    const to = str(d.props, 'effectiveTo');
    return (!from || firstDay(from) <= at) && (!to || firstDay(to) > at);
  });
  current.sort((a, b) =>
    (str(a.props, 'effectiveFrom') ?? '') < (str(b.props, 'effectiveFrom') ?? '') ? 1 : -1,
  );
  return current[0] ?? null;
}

/**
 * Splits fetched records by area and builds each area's facts at `asOf`.
 * Areas with no document in force at `asOf` are left out.
 */
export function buildFacts(
  areaIds: readonly string[],
  asOf: string,
  nodes: NodeRecord[],
  relationships: RelationshipRecord[],
): AreaFacts[] {
  const shared = new Map<string, NodeRecord>();
  const nodesByArea = new Map<string, Map<string, NodeRecord>>();
  for (const n of nodes) {
    const area = str(n.props, 'areaId');
    if (!area) shared.set(n.id, n);
    else {
      let m = nodesByArea.get(area);
      if (!m) nodesByArea.set(area, (m = new Map()));
      m.set(n.id, n);
    }
  }
  const relsByArea = new Map<string, RelationshipRecord[]>();
  for (const r of relationships) {
    const area = str(r.props, 'areaId');
    if (area) push(relsByArea, area, r);
  }
  const out: AreaFacts[] = [];
  for (const areaId of [...areaIds].sort()) {
    const own = nodesByArea.get(areaId) ?? new Map<string, NodeRecord>();
    const documents = [...own.values()].filter((n) => n.label === 'Document');
    const document = currentDocument(documents, asOf);
    if (!document) continue;
    const all = new Map<string, NodeRecord>([...shared, ...own]);
    out.push(new AreaFacts(areaId, asOf, document, all, relsByArea.get(areaId) ?? []));
  }
  return out;
}
