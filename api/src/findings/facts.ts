import { byId, type NodeLabel, type RelationshipType, currentAt, firstDay } from '@accgraph/schema';
import { bool, num, str } from '../graph/records.ts';
import { DOCUMENT_PERIOD, lawApplied, type LawApplied, type LawChoice } from './law.ts';

/**
 * A node as the rules read it: its properties and the text of its quotes (in
 * stored order). Where each quote stands in its document (section, offsets) is
 * not read here: findings cite records, and the places are read from the store
 * only for the findings a client displays (evidence.ts).
 */
export interface FactNode {
  id: string;
  label: NodeLabel;
  props: Readonly<Record<string, unknown>>;
  /** The quotes' text; null when not read for this kind of record (see UNQUOTED_TYPES). */
  quotes: readonly string[] | null;
}

/** A relationship as the rules read it (see FactNode). */
export interface FactRelationship {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Readonly<Record<string, unknown>>;
  quotes: readonly string[] | null;
}

export type FactRecord = FactNode | FactRelationship;

/**
 * Relationship types whose quotes the rules never read, so the store fetch
 * leaves them out (the most numerous statements: one per obligation holder).
 * A rule that decides on their quote text fails loudly (text.ts).
 */
export const UNQUOTED_TYPES: ReadonlySet<RelationshipType> = new Set(['HAS_OBLIGATION']);

/** One obligation current at the date, with its holders, duty types and derived links. */
export interface ObligationFact {
  record: FactNode;
  id: string;
  documentId: string;
  text: string;
  lead: boolean;
  shared: boolean;
  holders: { id: string; lead: boolean; rel: FactRelationship }[];
  dutyTypes: string[];
  dischargedThrough: FactRelationship[];
  basedOn: FactRelationship[];
  deadline: { value: number; unit: string; anchor: string | null } | null;
}

/** Which duty types each obligation is of (OF_TYPE), by obligation id: codes without `duty/`. */
export type DutyTypeIndex = ReadonlyMap<string, readonly string[]>;

const NONE: readonly never[] = [];

/**
 * The statements of one area current at one date (decision 0004), indexed for
 * the rules: the current document, every relationship current at `asOf`, the
 * obligations with their holders and types, and the nodes they touch.
 */
export class AreaFacts {
  readonly relationships: FactRelationship[];
  readonly obligations: ObligationFact[];
  private readonly outIndex = new Map<string, FactRelationship[]>();
  private readonly inIndex = new Map<string, FactRelationship[]>();
  private readonly typeIndex = new Map<string, FactRelationship[]>();
  private active: FactNode[] | undefined;
  /** The law the statements are judged by (law.ts): rules read regimes and provisions at `law.asOf`. */
  readonly law: LawApplied;

  constructor(
    readonly areaId: string,
    readonly asOf: string,
    readonly document: FactNode,
    private readonly nodes: ReadonlyMap<string, FactNode>,
    relationships: FactRelationship[],
    dutyTypes: DutyTypeIndex,
    law: LawChoice = DOCUMENT_PERIOD,
  ) {
    this.law = lawApplied(law, str(document.props, 'effectiveFrom'));
    this.relationships = relationships.filter((r) => currentAt(r.props, asOf)).sort(byId);
    for (const r of this.relationships) {
      push(this.outIndex, r.from, r);
      push(this.inIndex, r.to, r);
      push(this.typeIndex, r.type, r);
    }
    this.obligations = this.buildObligations(dutyTypes);
  }

  node(id: string): FactNode | null {
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
  out(id: string, type?: string): readonly FactRelationship[] {
    const all = this.outIndex.get(id) ?? NONE;
    return type ? all.filter((r) => r.type === type) : all;
  }

  /** Current relationships arriving at `id`, optionally of one type. */
  in(id: string, type?: string): readonly FactRelationship[] {
    const all = this.inIndex.get(id) ?? NONE;
    return type ? all.filter((r) => r.type === type) : all;
  }

  /** Current relationships of one type, by id. */
  ofType(type: string): readonly FactRelationship[] {
    return this.typeIndex.get(type) ?? NONE;
  }

  /** Ids of every node some current statement mentions (either end). */
  mentioned(): IterableIterator<string> {
    return new Set([...this.outIndex.keys(), ...this.inIndex.keys()]).values();
  }

  /** Bodies that some current statement mentions, and that are themselves current; by id. */
  activeBodies(): readonly FactNode[] {
    this.active ??= [...this.mentioned()]
      .map((id) => this.nodes.get(id))
      .filter((n): n is FactNode => n?.label === 'Body' && currentAt(n.props, this.asOf))
      .sort(byId);
    return this.active;
  }

  /** Bodies the current document governs (GOVERNS), by id. */
  governed(): { body: FactNode; rel: FactRelationship }[] {
    return this.out(this.document.id, 'GOVERNS')
      .map((rel) => ({ body: this.nodes.get(rel.to), rel }))
      .filter((g): g is { body: FactNode; rel: FactRelationship } => Boolean(g.body));
  }

  private buildObligations(dutyTypes: DutyTypeIndex): ObligationFact[] {
    const out: ObligationFact[] = [];
    for (const [id, n] of this.nodes) {
      if (n.label !== 'Obligation' || !currentAt(n.props, this.asOf)) continue;
      if (str(n.props, 'areaId') !== this.areaId) continue;
      const value = num(n.props, 'deadlineValue');
      const unit = str(n.props, 'deadlineUnit');
      const links = this.outIndex.get(id) ?? NONE;
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
        dutyTypes: [...(dutyTypes.get(id) ?? NONE)],
        dischargedThrough: links.filter((r) => r.type === 'DISCHARGED_THROUGH'),
        basedOn: links.filter((r) => r.type === 'BASED_ON'),
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
export function currentDocument(documents: FactNode[], asOf: string): FactNode | null {
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

/** What buildFacts splits by area: nodes, relationships and the duty types of obligations. */
export interface FactRecords {
  nodes: readonly FactNode[];
  relationships: readonly FactRelationship[];
  dutyTypes: DutyTypeIndex;
}

/**
 * Splits fetched records by area and builds each area's facts at `asOf`.
 * Areas with no document in force at `asOf` are left out.
 */
export function buildFacts(
  areaIds: readonly string[],
  asOf: string,
  records: FactRecords,
  law: LawChoice = DOCUMENT_PERIOD,
): AreaFacts[] {
  const shared = new Map<string, FactNode>();
  const nodesByArea = new Map<string, Map<string, FactNode>>();
  for (const n of records.nodes) {
    const area = str(n.props, 'areaId');
    if (!area) shared.set(n.id, n);
    else {
      let m = nodesByArea.get(area);
      if (!m) nodesByArea.set(area, (m = new Map()));
      m.set(n.id, n);
    }
  }
  const relsByArea = new Map<string, FactRelationship[]>();
  for (const r of records.relationships) {
    const area = str(r.props, 'areaId');
    if (area) push(relsByArea, area, r);
  }
  const out: AreaFacts[] = [];
  for (const areaId of [...areaIds].sort()) {
    const own = nodesByArea.get(areaId) ?? new Map<string, FactNode>();
    const documents = [...own.values()].filter((n) => n.label === 'Document');
    const document = currentDocument(documents, asOf);
    if (!document) continue;
    const all = new Map<string, FactNode>(shared);
    for (const [id, n] of own) all.set(id, n);
    out.push(
      new AreaFacts(
        areaId,
        asOf,
        document,
        all,
        relsByArea.get(areaId) ?? [],
        records.dutyTypes,
        law,
      ),
    );
  }
  return out;
}
