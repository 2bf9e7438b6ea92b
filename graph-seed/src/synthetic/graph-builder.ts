import type {
  CanonicalNode,
  CanonicalRelationship,
  Evidence,
  NodeLabel,
  PropertyValue,
  RelationshipType,
} from '@accgraph/schema';
import type { SourceText } from './source-text.ts';

/** Evidence kept per node at most (a node is mentioned many times). */
const MAX_NODE_EVIDENCE = 3;

/** One synthetic document being written: its id, validity and source text. */
export interface DocumentContext {
  id: string;
  areaId: string;
  validFrom: string;
  /** The next document's effectiveFrom (decision 0004), if superseded. */
  validTo?: string;
  text: SourceText;
}

type Props = Record<string, PropertyValue | undefined>;

function defined(props: Props): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * Collects the nodes and relationships of one area with the id conventions of
 * docs/data-model.md: relationship ids `<documentId>:<TYPE>:<from>-><to>[#key]`,
 * one PART_OF per area node (from the document that first mentions it).
 */
export class GraphBuilder {
  readonly nodes = new Map<string, CanonicalNode>();
  readonly relationships = new Map<string, CanonicalRelationship>();
  private readonly partOf = new Set<string>();

  /** Taxonomy node ids (DutyType, StatutoryProvision) this area referred to. */
  readonly usedExternal = new Set<string>();

  /** `external`: nodes declared outside the area (the taxonomy). */
  constructor(
    readonly areaId: string,
    private readonly external: ReadonlySet<string> = new Set(),
  ) {}

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Declares a node, or adds evidence to it when it exists. */
  node(id: string, label: NodeLabel, properties: Props, evidence: Evidence[] = []): string {
    const existing = this.nodes.get(id);
    if (existing) {
      for (const e of evidence) {
        if (existing.evidence.length < MAX_NODE_EVIDENCE) existing.evidence.push(e);
      }
      return id;
    }
    this.nodes.set(id, { id, labels: [label], properties: defined(properties), evidence });
    return id;
  }

  /** Adds evidence to a declared node (the sentence that mentions it). */
  mention(id: string, evidence: Evidence): void {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`mention of undeclared node ${id}`);
    if (node.evidence.length < MAX_NODE_EVIDENCE) node.evidence.push(evidence);
  }

  /** A statement of `doc`; a repeated (type, from, to, key) adds its evidence. */
  rel(
    doc: DocumentContext,
    type: RelationshipType,
    from: string,
    to: string,
    properties: Props,
    evidence: Evidence[],
    key?: string,
  ): string {
    for (const end of [from, to]) {
      if (this.nodes.has(end)) continue;
      if (!this.external.has(end))
        throw new Error(`${type} ${from}->${to}: ${end} is not declared`);
      this.usedExternal.add(end);
    }
    const id = `${doc.id}:${type}:${from}->${to}${key ? `#${key}` : ''}`;
    const existing = this.relationships.get(id);
    if (existing) {
      existing.evidence.push(...evidence);
      return id;
    }
    this.relationships.set(id, {
      id,
      type,
      from,
      to,
      properties: defined({
        areaId: doc.areaId,
        documentId: doc.id,
        validFrom: doc.validFrom,
        validTo: doc.validTo,
        key,
        ...properties,
      }),
      evidence,
    });
    this.linkToArea(doc, from);
    this.linkToArea(doc, to);
    return id;
  }

  /** PART_OF (derived, no evidence, never ended) for an area node, once. */
  linkToArea(doc: DocumentContext, nodeId: string): void {
    const node = this.nodes.get(nodeId);
    if (!node || this.partOf.has(nodeId) || nodeId === this.areaId) return;
    const label = node.labels[0];
    if (label === 'Obligation' || label === 'DutyType' || label === 'StatutoryProvision') return;
    if (!nodeId.startsWith(`${this.areaId}/`)) return;
    this.partOf.add(nodeId);
    const id = `${doc.id}:PART_OF:${nodeId}->${this.areaId}`;
    this.relationships.set(id, {
      id,
      type: 'PART_OF',
      from: nodeId,
      to: this.areaId,
      properties: { areaId: doc.areaId, documentId: doc.id, validFrom: doc.validFrom },
      evidence: [],
    });
  }
}
