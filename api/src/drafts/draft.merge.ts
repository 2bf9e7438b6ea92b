/**
 * A drafted document joins an area that already holds other documents (issue
 * 14: a 2019 protocol for an area with a 2014 one). Pure: the area's stored
 * graph (with every user edit) plus the draft's compiled graph make the
 * area's next version. What the area holds is kept as it is; the draft adds
 * its document, its relationships and obligations, the nodes the area does
 * not have yet, and to the nodes it shares with the area its evidence and the
 * names it uses (as aliases). The documents' periods then follow decision
 * 0004: each document is current until the next one's effectiveFrom.
 */
import {
  type CanonicalGraph,
  type CanonicalNode,
  type Evidence,
  firstDay,
  type PropertyValue,
  sortEvidence,
} from '@accgraph/schema';

const evidenceKey = (e: Evidence) => `${e.documentId}\u0000${e.start}\u0000${e.end}`;

function unionEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const seen = new Set(a.map(evidenceKey));
  return sortEvidence([...a, ...b.filter((e) => !seen.has(evidenceKey(e)))]);
}

/** A node of the area that the new document names too: its evidence and names join. */
function joinNode(stored: CanonicalNode, drafted: CanonicalNode): CanonicalNode {
  const props = { ...stored.properties };
  if (Array.isArray(props.aliases)) {
    const aliases = new Set(props.aliases.map(String));
    const names = [drafted.properties.name, ...((drafted.properties.aliases as string[]) ?? [])];
    for (const n of names) {
      if (typeof n === 'string' && n !== props.name) aliases.add(n);
    }
    props.aliases = [...aliases].sort();
  }
  return {
    ...stored,
    properties: props,
    evidence: unionEvidence(stored.evidence, drafted.evidence),
  };
}

const effectiveFromOf = (n: CanonicalNode): string => {
  const v = n.properties.effectiveFrom;
  return typeof v === 'string' ? firstDay(v) : '';
};

/**
 * The area's graph with the drafted document added. `stored` is the area as
 * it is (all its documents); `drafted` the draft's compiled graph of document
 * `documentId` alone.
 */
export function addDocumentToArea(
  stored: CanonicalGraph,
  drafted: CanonicalGraph,
  documentId: string,
): CanonicalGraph {
  const nodes = new Map(stored.nodes.map((n) => [n.id, structuredClone(n)]));
  for (const n of drafted.nodes) {
    const have = nodes.get(n.id);
    if (!have) nodes.set(n.id, structuredClone(n));
    // The Area, national and taxonomy nodes stay as stored; an area node gains the new quotes.
    else if (n.labels[0] !== 'Area' && typeof have.properties.areaId === 'string')
      nodes.set(n.id, joinNode(have, n));
  }
  const rels = new Map(stored.relationships.map((r) => [r.id, structuredClone(r)]));
  const partOf = new Set(
    stored.relationships.filter((r) => r.type === 'PART_OF').map((r) => r.from),
  );
  for (const r of drafted.relationships) {
    if (rels.has(r.id)) continue;
    // A node belongs to its area once (its first document's PART_OF stays).
    if (r.type === 'PART_OF' && partOf.has(r.from)) continue;
    rels.set(r.id, structuredClone(r));
  }

  // Periods (decision 0004): documents by effectiveFrom, each current until the next one.
  const documents = [...nodes.values()]
    .filter((n) => n.labels[0] === 'Document')
    .sort(
      (a, b) => effectiveFromOf(a).localeCompare(effectiveFromOf(b)) || a.id.localeCompare(b.id),
    );
  documents.forEach((doc, i) => {
    const next = documents[i + 1];
    const end = next?.properties.effectiveFrom;
    const oldEnd = doc.properties.effectiveTo;
    const newEnd = typeof end === 'string' ? end : undefined;
    if (oldEnd === newEnd) return;
    // Only the documents whose successor changed: the earlier neighbour, or the new one itself.
    if (doc.id !== documentId && next?.id !== documentId) return;
    const props: Record<string, PropertyValue> = { ...doc.properties };
    delete props.effectiveTo;
    delete props.supersededBy;
    if (newEnd !== undefined && next) {
      props.effectiveTo = newEnd;
      props.supersededBy = next.id;
    }
    nodes.set(doc.id, { ...doc, properties: props });
    // A statement ends with its document unless it states its own end.
    const ended = (p: Record<string, PropertyValue>) => {
      if (p.validTo !== undefined && p.validTo !== oldEnd) return p;
      const out = { ...p };
      delete out.validTo;
      if (newEnd !== undefined) out.validTo = newEnd;
      return out;
    };
    for (const [id, r] of rels) {
      if (r.properties.documentId === doc.id && r.type !== 'PART_OF')
        rels.set(id, { ...r, properties: ended(r.properties) });
    }
    for (const [id, n] of nodes) {
      if (n.labels[0] === 'Obligation' && n.properties.documentId === doc.id)
        nodes.set(id, { ...n, properties: ended(n.properties) });
    }
  });
  return {
    format: stored.format,
    areas: stored.areas,
    nodes: [...nodes.values()],
    relationships: [...rels.values()],
  };
}
