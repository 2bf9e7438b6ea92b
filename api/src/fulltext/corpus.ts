import {
  compareIds,
  type Evidence,
  isCurrent,
  type CanonicalGraph,
  type CanonicalNode,
  type CanonicalRelationship,
} from '@accgraph/schema';
import { readAreaHashes, readDocumentTexts, readGraph } from '../canonical/index.ts';
import { sourceText } from '../graph/document-text.ts';
import { identityOf } from '../cache.ts';
import { cypher, type Store } from '../store/index.ts';
import { buildAreaIndex, joinTextIndexes, type AreaTextIndex } from './fulltext.index.ts';
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

/** One empty evidence list for every node and relationship without any (frozen: never added to). */
const NO_EVIDENCE = Object.freeze([]) as unknown as Evidence[];

/** `v`'s strings: `v` itself when it is an array of strings only (no copy), else a new array. */
const stringList = (v: unknown): string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : strings(v);

/**
 * The one Set of `ids` (in that order): nodes stating the same documents
 * share it (most state one or two; 51,000 Sets were ~100,000 objects). Never
 * added to once made: a node whose documents grow gets another Set. The table
 * holds the Sets of the latest builds (cleared when it grows large).
 */
const documentSets = new Map<string, Set<string>>();
const MAX_DOCUMENT_SETS = 50_000;
function sharedDocumentSet(ids: readonly string[]): Set<string> {
  const key = [...new Set(ids)].join('\n');
  const kept = documentSets.get(key);
  if (kept) return kept;
  if (documentSets.size >= MAX_DOCUMENT_SETS) documentSets.clear();
  const made = new Set(ids);
  documentSets.set(key, made);
  return made;
}

/**
 * A node as the corpus keeps it, built once per area read (not per join): its
 * `documents` are those its own evidence quotes; the join adds, on a copy,
 * those its relationships are stated in.
 */
function toNode(n: CanonicalNode): CorpusNode {
  const p = n.properties as Record<string, unknown>;
  return {
    id: n.id,
    label: n.labels[0] ?? 'Entity',
    name: strOf(p.name) ?? strOf(p.label) ?? strOf(p.text) ?? strOf(p.title) ?? n.id,
    aliases: stringList(p.aliases),
    kind: strOf(p.kind),
    areaId: strOf(p.areaId),
    props: p,
    evidence: n.evidence.length ? n.evidence : NO_EVIDENCE,
    documents: sharedDocumentSet(n.evidence.map((e) => e.documentId)),
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
    evidence: r.evidence.length ? r.evidence : NO_EVIDENCE,
  };
}

/**
 * One area's share of the corpus, as readGraph reads it for that area alone:
 * its nodes, its relationships, the nodes of other areas and the national
 * nodes those reach (or its Area node lists as shared), its documents with
 * their texts, and its part of the full-text index. Never changed once built.
 */
interface AreaPart {
  areaId: string;
  /** Built after every part with a lower number (the newest copy of a shared node wins). */
  seq: number;
  /** The corpus's own objects (the joined corpus holds these, not copies: the graph is kept once). */
  nodes: CorpusNode[];
  relationships: CorpusRelationship[];
  documents: CorpusDocument[];
  index: AreaTextIndex;
}

/** A corpus and the parts it was joined from (kept to rebuild only the areas written since). */
interface Built {
  corpus: Corpus;
  parts: Map<string, AreaPart>;
}

const propsOf = (x: { properties: unknown }) => x.properties as Record<string, unknown>;

/**
 * Splits one readGraph answer over `areas` into each area's part, as
 * readGraph would read it for that area alone (graph.read.ts: the area's
 * nodes and Area node, the relationships with its areaId or, without one,
 * touching its nodes, and the nodes those reach or the Area node shares).
 */
function splitByArea(graph: CanonicalGraph, areas: readonly string[]) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const wanted = new Set(areas);
  const areaOf = (n: CanonicalNode | undefined): string | null =>
    !n ? null : n.labels[0] === 'Area' ? n.id : strOf(propsOf(n).areaId);
  const parts = new Map(
    areas.map((a) => [
      a,
      { nodes: new Map<string, CanonicalNode>(), relationships: [] as CanonicalRelationship[] },
    ]),
  );
  for (const n of graph.nodes) {
    const a = areaOf(n);
    if (a !== null && wanted.has(a)) parts.get(a)!.nodes.set(n.id, n);
  }
  const reach = (part: { nodes: Map<string, CanonicalNode> }, id: string) => {
    const n = byId.get(id);
    if (n && !part.nodes.has(id)) part.nodes.set(id, n);
  };
  for (const r of graph.relationships) {
    const own = strOf(propsOf(r).areaId);
    const owners = own !== null ? [own] : [areaOf(byId.get(r.from)), areaOf(byId.get(r.to))];
    for (const a of new Set(owners)) {
      const part = a !== null ? parts.get(a) : undefined;
      if (!part) continue;
      part.relationships.push(r);
      reach(part, r.from);
      reach(part, r.to);
    }
  }
  for (const [a, part] of parts) {
    const shared = propsOf(byId.get(a) ?? { properties: {} }).sharedNodeIds;
    if (Array.isArray(shared)) for (const id of shared) reach(part, String(id));
  }
  return parts;
}

/**
 * Areas read per read transaction while building the corpus: the store
 * thread builds a read's whole answer, and the main thread receives it whole,
 * before any of it is indexed; one read of every national area (156) grew
 * the process by about 1 GB (issue 16 point 3, docs/benchmarks.md "Where the
 * memory goes"). A few areas at a time bound that to a few areas' graph.
 */
export const CORPUS_AREAS_PER_READ = 2;

/** Reads `areas` (CORPUS_AREAS_PER_READ to a read transaction) and builds each one's part. */
async function readParts(
  store: Store,
  areas: readonly string[],
  areaNames: Map<string, string>,
): Promise<AreaPart[]> {
  const out: AreaPart[] = [];
  // one table of strings for the whole build: the same id, area, date or section read
  // in many rows is kept once (each row of a read arrives as its own copy)
  const strings = new Map<string, string>();
  for (let i = 0; i < areas.length; i += CORPUS_AREAS_PER_READ) {
    const batch = areas.slice(i, i + CORPUS_AREAS_PER_READ);
    out.push(...(await readBatch(store, batch, areaNames, strings)));
  }
  return out;
}

/**
 * Replaces, in place, every string of `value` no longer than `maxLength`
 * (ids, areas, dates, kinds, sections) by the one copy in `strings`.
 */
function intern<T>(value: T, strings: Map<string, string>, maxLength = 200): T {
  const one = (s: string): string => {
    if (s.length > maxLength) return s;
    const kept = strings.get(s);
    if (kept !== undefined) return kept;
    strings.set(s, s);
    return s;
  };
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (!v || typeof v !== 'object' || Object.isFrozen(v)) continue;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i += 1) {
        const item: unknown = v[i];
        if (typeof item === 'string') v[i] = one(item);
        else if (item && typeof item === 'object') stack.push(item);
      }
    } else if (Object.getPrototypeOf(v) === Object.prototype) {
      const record = v as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const item = record[key];
        if (typeof item === 'string') record[key] = one(item);
        else if (item && typeof item === 'object') stack.push(item);
      }
    }
  }
  return value;
}

/**
 * Makes every evidence item of the read a plain literal (an object a read
 * brings from the store thread keeps its fields in a second, separate array:
 * twice the objects for the garbage collector to mark), and points its quote,
 * when found at its offsets in its document's text, at those characters of
 * the text (a slice: the same characters, kept once with the text, where each
 * row of a read brings its own copy), entered in `strings` so an equal quote
 * elsewhere shares it. A quote that differs from its text there is left as is.
 */
function compactEvidence(
  graph: CanonicalGraph,
  texts: ReadonlyMap<string, string | null>,
  strings: Map<string, string>,
) {
  const slice = (e: Evidence) => {
    const text = texts.get(e.documentId);
    if (typeof e.quote !== 'string') return;
    if (!text || e.start < 0 || e.end > text.length || e.end - e.start !== e.quote.length) return;
    const kept = strings.get(e.quote);
    if (kept !== undefined) {
      e.quote = kept;
      return;
    }
    if (!text.startsWith(e.quote, e.start)) return;
    e.quote = text.slice(e.start, e.end);
    strings.set(e.quote, e.quote);
  };
  const compact = (list: Evidence[]) => {
    for (let i = 0; i < list.length; i += 1) {
      const e = list[i]!;
      slice(e);
      if (Object.keys(e).length !== 5 || !('section' in e && 'start' in e && 'end' in e)) continue;
      const { documentId, quote, section, start, end } = e;
      list[i] = { documentId, quote, section, start, end };
    }
  };
  for (const n of graph.nodes) compact(n.evidence);
  for (const r of graph.relationships) compact(r.evidence);
}

/** Reads `areas` (one read transaction) and builds each one's part: documents, texts, index. */
async function readBatch(
  store: Store,
  areas: readonly string[],
  areaNames: Map<string, string>,
  strings: Map<string, string>,
): Promise<AreaPart[]> {
  if (areas.length === 0) return [];
  // the stored texts (decision 0022), read with the graph; the bundled file where none is stored
  const { graph, texts } = await store.readTransaction(
    async (tx) => {
      const graph = await readGraph(tx, { areas });
      const ids = graph.nodes.filter((n) => n.labels[0] === 'Document').map((n) => n.id);
      return { graph, texts: await readDocumentTexts(tx, ids) };
    },
    { metadata: { app: 'api', action: 'corpus', areas: areas.join(',') } },
  );
  // each document's text: the stored one, else the bundled file
  const docTexts = new Map<string, string | null>();
  for (const n of graph.nodes) {
    if (n.labels[0] !== 'Document') continue;
    // One document at a time, letting other requests run between them (decision 0015).
    await yieldToLoop();
    const file = strOf(propsOf(n).sourceFile);
    docTexts.set(n.id, texts.get(n.id)?.text ?? (file ? await sourceText(file) : null));
  }
  compactEvidence(graph, docTexts, strings);
  intern(graph, strings);
  // one corpus object per node and relationship of the read, shared by the parts that reach it
  const corpusNodes = new Map<CanonicalNode, CorpusNode>();
  const corpusRelationships = new Map<CanonicalRelationship, CorpusRelationship>();
  const out: AreaPart[] = [];
  for (const [areaId, { nodes, relationships }] of splitByArea(graph, areas)) {
    const documents: CorpusDocument[] = [];
    for (const n of nodes.values()) {
      const p = propsOf(n);
      if (n.labels[0] !== 'Document' || strOf(p.areaId) !== areaId) continue;
      documents.push(toDocument(n, areaNames.get(areaId) ?? areaId, docTexts.get(n.id) ?? null));
    }
    const nodeList = [...nodes.values()].map(
      (n) => corpusNodes.get(n) ?? corpusNodes.set(n, toNode(n)).get(n)!,
    );
    const relationshipList = relationships.map(
      (r) => corpusRelationships.get(r) ?? corpusRelationships.set(r, toRelationship(r)).get(r)!,
    );
    await yieldToLoop();
    const index = intern(buildAreaIndex(areaId, documents, nodeList, relationshipList), strings);
    out.push({
      areaId,
      seq: ++partSeq,
      nodes: nodeList,
      relationships: relationshipList,
      documents,
      index,
    });
    areaBuilds.set(store, (areaBuilds.get(store) ?? 0) + 1);
  }
  return out;
}

/** The corpus joined from the parts of every area, in area order. */
function join(areas: Map<string, string>, parts: readonly AreaPart[]): Corpus {
  const byId = <T extends { id: string }>(a: T, b: T) => compareIds(a.id, b.id);
  const picked = new Map<string, CorpusNode>();
  const owner = (n: CorpusNode) => (n.label === 'Area' ? n.id : n.areaId);
  // an area's own nodes from its part; shared and national ones from the newest part that reached them
  for (const part of parts)
    for (const n of part.nodes) if (owner(n) === part.areaId) picked.set(n.id, n);
  for (const part of [...parts].sort((a, b) => b.seq - a.seq))
    for (const n of part.nodes) if (!picked.has(n.id)) picked.set(n.id, n);
  // in id order, as one readGraph of every area gives them
  const nodes = new Map<string, CorpusNode>([...picked.values()].sort(byId).map((n) => [n.id, n]));
  const documents = new Map<string, CorpusDocument>(
    parts
      .flatMap((p) => p.documents)
      .sort(byId)
      .map((d) => [d.id, d]),
  );
  const unique = new Map<string, CorpusRelationship>();
  for (const part of parts) for (const r of part.relationships) unique.set(r.id, r);
  const relationships = [...unique.values()].sort(byId);
  const outgoing = new Map<string, CorpusRelationship[]>();
  const incoming = new Map<string, CorpusRelationship[]>();
  // a node's documents: its evidence's, then those its relationships are stated in (in their order)
  const stated = new Map<string, string[]>();
  const state = (id: string, documentId: string) => {
    const n = nodes.get(id);
    if (!n || n.documents.has(documentId)) return;
    const more = stated.get(id) ?? stated.set(id, []).get(id)!;
    if (!more.includes(documentId)) more.push(documentId);
  };
  for (const r of relationships) {
    (outgoing.get(r.from) ?? outgoing.set(r.from, []).get(r.from)!).push(r);
    (incoming.get(r.to) ?? incoming.set(r.to, []).get(r.to)!).push(r);
    if (r.documentId) {
      state(r.from, r.documentId);
      state(r.to, r.documentId);
    }
  }
  // (on a copy: the part's node is shared with other joins)
  for (const [id, more] of stated) {
    const n = nodes.get(id)!;
    nodes.set(id, { ...n, documents: sharedDocumentSet([...n.documents, ...more]) });
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
    index: joinTextIndexes(parts.map((p) => p.index)),
  };
}

/**
 * Builds the corpus, reading only the areas not in `previous` or in
 * `changed` (null: every area) and reusing the other areas' parts.
 */
async function loadCorpus(
  store: Store,
  previous: Built | undefined,
  changed: ReadonlySet<string> | null,
): Promise<Built> {
  const areaRows = await store.read(LIST_AREAS.with());
  const areaIds = areaRows.map((r) => String(r.id)).sort(compareIds);
  const areas = new Map(areaRows.map((r) => [String(r.id), strOf(r.name) ?? String(r.id)]));
  const keep = (a: string) =>
    previous?.parts.has(a) && changed !== null && !changed.has(a) ? previous.parts.get(a) : null;
  const stale = areaIds.filter((a) => !keep(a));
  const fresh = new Map((await readParts(store, stale, areas)).map((p) => [p.areaId, p]));
  const parts = new Map<string, AreaPart>();
  for (const a of areaIds) {
    const part = keep(a) ?? fresh.get(a);
    if (part) parts.set(a, part);
  }
  return { corpus: join(areas, [...parts.values()]), parts };
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
let partSeq = 0;

/** Per store: the latest build, the generation (or area hashes) it stands for. */
const corpora = new WeakMap<
  Store,
  { key: string; since: number | undefined; hashes: Record<string, string>; built: Promise<Built> }
>();
const builds = new WeakMap<Store, number>();
const areaBuilds = new WeakMap<Store, number>();

/** How many corpus builds this store has started (a build is shared by every request that waits on it). */
export function corpusBuilds(store: Store): number {
  return builds.get(identityOf(store)) ?? 0;
}

/** How many area parts (an area's read and index) corpus builds of this store have made. */
export function corpusAreaBuilds(store: Store): number {
  return areaBuilds.get(identityOf(store)) ?? 0;
}

/**
 * The store's corpus, built on first use and rebuilt when the store's write
 * generation moves (embedded) or, on a store without one (Neo4j), when the
 * areas' seed hashes change (one small read per call). A rebuild reads only
 * the areas written since (the store's `areasWrittenSince`, from each
 * write's `TxOptions.areas`; on Neo4j the areas whose hash changed) and
 * reuses every other area's part; a write that names no area rebuilds all.
 * A request arriving during a build waits for that build; it never starts a
 * second one.
 */
export async function corpusOf(store: Store): Promise<Corpus> {
  const generation = store.writeGeneration?.();
  const hashes = generation !== undefined ? {} : await readAreaHashes(store);
  const key = generation !== undefined ? `g${generation}` : JSON.stringify(hashes);
  // Keyed on the store underneath the HTTP layer's wrapper, so the background build serves requests.
  const base = identityOf(store);
  const kept = corpora.get(base);
  if (kept && kept.key === key) return (await kept.built).corpus;
  builds.set(base, corpusBuilds(base) + 1);
  let changed: ReadonlySet<string> | null = null;
  if (kept && generation !== undefined && kept.since !== undefined) {
    changed = base.areasWrittenSince?.(kept.since) ?? null;
  } else if (kept && generation === undefined) {
    const ids = new Set([...Object.keys(hashes), ...Object.keys(kept.hashes)]);
    changed = new Set([...ids].filter((a) => hashes[a] !== kept.hashes[a]));
  }
  const previous = kept?.built.catch(() => undefined);
  const built = (async () => loadCorpus(base, await previous, changed))();
  corpora.set(base, { key, since: generation, hashes, built });
  built.then(
    (b) => {
      if (corpora.get(base)?.built === built) ready.set(base, b.corpus);
    },
    () => {
      if (corpora.get(base)?.built !== built) return;
      corpora.delete(base);
      ready.delete(base);
    },
  );
  return (await built).corpus;
}

/** Drops the store's corpus, so the next question builds it again (tests that pin a cold request's statements). */
export function forgetCorpus(store: Store): void {
  corpora.delete(identityOf(store));
  ready.delete(identityOf(store));
}

/** Per store: the newest corpus whose build has ended (it may be older than the store's graph). */
const ready = new WeakMap<Store, Corpus>();

/**
 * The newest corpus built for the store, without waiting and whatever write
 * generation it stands for (possibly older than the graph now), or undefined.
 * For sharing its strings only (search's candidate list): never for answers.
 */
export function builtCorpus(store: Store): Corpus | undefined {
  return ready.get(identityOf(store));
}

/**
 * Builds (or reuses) the corpus and its indexes ahead of the first question:
 * the server calls it in the background after startup, as it warms findings.
 * Returns the number of areas indexed.
 */
export async function warmCorpus(store: Store): Promise<number> {
  return (await corpusOf(store)).areas.size;
}
