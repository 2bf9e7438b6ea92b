import { isCurrent, type CanonicalNode, type CanonicalRelationship } from '@accgraph/schema';
import { readAreaHashes, readDocumentTexts, readGraph } from '../canonical/index.ts';
import { sourceText } from '../graph/document-text.ts';
import { identityOf } from '../cache.ts';
import { cypher, type Store } from '../store/index.ts';
import { buildTextIndex } from './fulltext.index.ts';
import type { Corpus, CorpusDocument, CorpusNode, CorpusRelationship } from './corpus.model.ts';

export type { Corpus, CorpusDocument, CorpusNode, CorpusRelationship } from './corpus.model.ts';

// The area list (ids and names): the area feature's own catalogue query.
const LIST_AREAS = cypher(import.meta.url, '../area/list-areas.cypher');

const strOf = (v: unknown): string | null =>
  typeof v === 'string' ? v : v == null ? null : String(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

function toDocument(n: CanonicalNode, areaName: string, text: string | null): CorpusDocument {
  const p = n.properties as Record<string, unknown>;
  const effectiveFrom = strOf(p.effectiveFrom);
  const effectiveTo = strOf(p.effectiveTo);
  const kinds = strings(p.dateKinds);
  const values = strings(p.dateValues);
  const noteKinds = strings(p.noteKinds);
  const noteTexts = strings(p.noteTexts);
  return {
    id: n.id,
    areaId: String(p.areaId),
    areaName,
    title: strOf(p.title) ?? n.id,
    kind: strOf(p.kind),
    status: strOf(p.status),
    version: strOf(p.version),
    year: effectiveFrom ? Number(effectiveFrom.slice(0, 4)) : null,
    effectiveFrom,
    effectiveTo,
    supersededBy: strOf(p.supersededBy),
    current: isCurrent(effectiveFrom, effectiveTo),
    dates: kinds.map((kind, i) => ({ kind, date: values[i] ?? '' })),
    notes: noteKinds.map((kind, i) => ({ kind, text: noteTexts[i] ?? '' })),
    evidence: n.evidence,
    text,
  };
}

function toNode(n: CanonicalNode): CorpusNode {
  const p = n.properties as Record<string, unknown>;
  return {
    id: n.id,
    label: n.labels[0] ?? 'Entity',
    name: strOf(p.name) ?? strOf(p.label) ?? strOf(p.text) ?? strOf(p.title) ?? n.id,
    aliases: strings(p.aliases),
    kind: strOf(p.kind),
    areaId: strOf(p.areaId),
    props: p,
    evidence: n.evidence,
    documents: new Set(n.evidence.map((e) => e.documentId)),
  };
}

function toRelationship(r: CanonicalRelationship): CorpusRelationship {
  const p = r.properties as Record<string, unknown>;
  return {
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    documentId: strOf(p.documentId) ?? r.evidence[0]?.documentId ?? null,
    props: p,
    evidence: r.evidence,
  };
}

async function loadCorpus(store: Store): Promise<Corpus> {
  const areaRows = await store.read(LIST_AREAS.with());
  const areaIds = areaRows.map((r) => String(r.id));
  const areas = new Map(areaRows.map((r) => [String(r.id), strOf(r.name) ?? String(r.id)]));
  // the stored texts (decision 0022), read with the graph; the bundled file where none is stored
  const { graph, texts } = await store.readTransaction(
    async (tx) => {
      const graph = await readGraph(tx, { areas: areaIds });
      const ids = graph.nodes.filter((n) => n.labels[0] === 'Document').map((n) => n.id);
      return { graph, texts: await readDocumentTexts(tx, ids) };
    },
    { metadata: { app: 'api', action: 'corpus' } },
  );
  const documents = new Map<string, CorpusDocument>();
  const nodes = new Map<string, CorpusNode>();
  for (const n of graph.nodes) {
    if (n.labels[0] === 'Document') {
      // One document at a time, letting other requests run between them (decision 0015).
      await yieldToLoop();
      const p = n.properties as Record<string, unknown>;
      const file = strOf(p.sourceFile);
      const text = texts.get(n.id)?.text ?? (file ? await sourceText(file) : null);
      const areaId = String(p.areaId);
      documents.set(n.id, toDocument(n, areas.get(areaId) ?? areaId, text));
    }
    nodes.set(n.id, toNode(n));
  }
  const relationships = graph.relationships.map(toRelationship);
  const outgoing = new Map<string, CorpusRelationship[]>();
  const incoming = new Map<string, CorpusRelationship[]>();
  for (const r of relationships) {
    (outgoing.get(r.from) ?? outgoing.set(r.from, []).get(r.from)!).push(r);
    (incoming.get(r.to) ?? incoming.set(r.to, []).get(r.to)!).push(r);
    if (r.documentId) {
      nodes.get(r.from)?.documents.add(r.documentId);
      nodes.get(r.to)?.documents.add(r.documentId);
    }
  }
  const byDocument = new Map<string, CorpusRelationship[]>();
  const byType = new Map<string, CorpusRelationship[]>();
  for (const r of relationships) {
    if (r.documentId)
      (byDocument.get(r.documentId) ?? byDocument.set(r.documentId, []).get(r.documentId)!).push(r);
    (byType.get(r.type) ?? byType.set(r.type, []).get(r.type)!).push(r);
  }
  const documentNodes = new Map<string, CorpusNode[]>();
  for (const n of nodes.values()) {
    for (const d of n.documents) (documentNodes.get(d) ?? documentNodes.set(d, []).get(d)!).push(n);
  }
  const index = await buildTextIndex([...documents.values()], nodes, relationships);
  return {
    areas,
    documents,
    nodes,
    relationships,
    outgoing,
    incoming,
    byDocument,
    byType,
    documentNodes,
    index,
  };
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const corpora = new WeakMap<Store, { key: string; corpus: Promise<Corpus> }>();
const builds = new WeakMap<Store, number>();

/** How many corpus builds this store has started (a build is shared by every request that waits on it). */
export function corpusBuilds(store: Store): number {
  return builds.get(identityOf(store)) ?? 0;
}

/**
 * The store's corpus, built on first use and rebuilt when the store's write
 * generation moves (embedded) or, on a store without one (Neo4j), when the
 * areas' seed hashes change (one small read per call). A request arriving
 * during a build waits for that build; it never starts a second one.
 */
export async function corpusOf(store: Store): Promise<Corpus> {
  const generation = store.writeGeneration?.();
  const key =
    generation !== undefined ? `g${generation}` : JSON.stringify(await readAreaHashes(store));
  // Keyed on the store underneath the HTTP layer's wrapper, so the background build serves requests.
  const base = identityOf(store);
  const kept = corpora.get(base);
  if (kept && kept.key === key) return kept.corpus;
  builds.set(base, corpusBuilds(base) + 1);
  const corpus = loadCorpus(store);
  corpora.set(base, { key, corpus });
  corpus.catch(() => {
    if (corpora.get(base)?.corpus === corpus) corpora.delete(base);
  });
  return corpus;
}

/** Drops the store's corpus, so the next question builds it again (tests that pin a cold request's statements). */
export function forgetCorpus(store: Store): void {
  corpora.delete(identityOf(store));
}

/**
 * Builds (or reuses) the corpus and its indexes ahead of the first question:
 * the server calls it in the background after startup, as it warms findings.
 * Returns the number of areas indexed.
 */
export async function warmCorpus(store: Store): Promise<number> {
  return (await corpusOf(store)).areas.size;
}
