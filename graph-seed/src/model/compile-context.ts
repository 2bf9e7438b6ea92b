import {
  type CanonicalNode,
  type CanonicalRelationship,
  type Evidence,
  type PropertyValue,
  type RelationshipType,
  relationshipId,
} from '@accgraph/schema';
import type { EvidenceEntry } from './area-file.schema.ts';
import { effectiveFrom } from './ids.ts';
import type { AreaFile } from './schema-check.ts';

/** Drops undefined values so that optional properties are simply absent. */
export function props(
  record: Record<string, PropertyValue | undefined>,
): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out;
}

/** Validated evidence (offsets are present once validation passed). */
export function toEvidence(documentId: string, entries: readonly EvidenceEntry[]): Evidence[] {
  return entries.map((e) => ({
    documentId,
    quote: e.quote,
    section: e.section,
    start: e.start ?? -1,
    end: e.end ?? -1,
  }));
}

/** Collects the nodes and relationships of one area. */
export class GraphBuilder {
  readonly nodes = new Map<string, CanonicalNode>();
  readonly relationships = new Map<string, CanonicalRelationship>();
  /** Document id -> the effectiveFrom of the area's next document (see docs/decisions/0004). */
  readonly documentEnds = new Map<string, string>();

  constructor(readonly areaId: string) {}

  /** When the statements of a document stop being current (undefined while it is the latest). */
  documentEnd(documentId: string): string | undefined {
    return this.documentEnds.get(documentId);
  }

  node(node: CanonicalNode) {
    this.nodes.set(node.id, node);
  }

  /** A relationship stated by (or derived from) the document of file `f`. */
  rel(
    f: AreaFile,
    type: RelationshipType,
    from: string,
    to: string,
    properties: Record<string, PropertyValue | undefined>,
    evidence: Evidence[],
    key?: string,
  ) {
    const id = relationshipId(f.document.id, type, from, to, key);
    const period: Record<string, PropertyValue | undefined> = {
      areaId: this.areaId,
      documentId: f.document.id,
      validFrom: effectiveFrom(f.document),
      ...properties,
    };
    // PART_OF is structural (a node belongs to its area whatever the document).
    if (period.validTo === undefined && type !== 'PART_OF') {
      period.validTo = this.documentEnd(f.document.id);
    }
    this.relationships.set(id, { id, type, from, to, properties: props(period), evidence });
  }
}
