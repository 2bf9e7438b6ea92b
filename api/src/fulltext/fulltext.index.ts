import MiniSearch from 'minisearch';
import type { Evidence } from '@accgraph/schema';
import type {
  CorpusDocument,
  CorpusNode,
  CorpusRelationship,
  Passage,
  TextIndex,
} from './corpus.model.ts';

export type { Passage, PassageKind, TextHit, TextIndex, TextQuery } from './corpus.model.ts';
import { sectionAt, splitPassages } from './passages.ts';
import { fold, term, tokens } from './words.ts';

/** A query's words, prefixes (`word*`) and phrases (`"..."`). */
export function parseQuery(query: string) {
  const phrases = [...query.matchAll(/"([^"]+)"/g)]
    .map((m) => fold(m[1] ?? '').trim())
    .filter(Boolean);
  const words = tokens(query.replace(/"/g, ' '));
  const prefixes = new Set<string>();
  const stems: string[] = [];
  for (const t of words) {
    const star = query[t.end] === '*';
    const s = star ? fold(t.word) : term(t.word);
    if (!s) continue;
    stems.push(s);
    if (star) prefixes.add(s);
  }
  return { phrases, stems, prefixes };
}

function passagesOf(doc: CorpusDocument, quotes: Evidence[]): Omit<Passage, 'id'>[] {
  const sections = [...doc.evidence, ...quotes]
    .filter((e) => e.documentId === doc.id)
    .map((e) => ({ start: e.start, section: e.section }))
    .sort((a, b) => a.start - b.start);
  const out: Omit<Passage, 'id'>[] = [];
  const base = { documentId: doc.id, areaId: doc.areaId };
  if (doc.text !== null) {
    for (const span of splitPassages(doc.text)) {
      out.push({ ...base, kind: 'TEXT', section: sectionAt(sections, span.start), ...span });
    }
  } else {
    const seen = new Set<string>();
    for (const e of quotes) {
      const key = `${e.start}:${e.end}`;
      if (e.documentId !== doc.id || seen.has(key)) continue;
      seen.add(key);
      out.push({
        ...base,
        kind: 'QUOTE',
        section: e.section,
        start: e.start,
        end: e.end,
        text: e.quote,
      });
    }
  }
  for (const note of doc.notes) {
    out.push({
      ...base,
      kind: 'NOTE',
      section: `Note (${note.kind})`,
      start: -1,
      end: -1,
      text: note.text,
    });
  }
  for (const date of doc.dates) {
    const quote = doc.evidence.find((e) => e.quote.includes(date.date.slice(0, 4)));
    out.push({
      ...base,
      kind: 'DATE',
      section: quote?.section ?? 'Dates',
      start: quote?.start ?? -1,
      end: quote?.end ?? -1,
      text: `${date.kind.replace(/-/g, ' ')} date: ${date.date}${quote ? ` ("${quote.quote}")` : ''}`,
    });
  }
  return out;
}

/** One area's passages (ids from 0 within the area) and its MiniSearch index. */
export interface AreaTextIndex {
  areaId: string;
  passages: Passage[];
  mini: MiniSearch<Passage>;
}

/**
 * One area's part of the full-text index (MiniSearch 7.2, BM25+): every
 * sentence and bullet of the source texts of `documents` (the area's own),
 * plus notes and dates (and, for a document whose text is not bundled, its
 * quotes, found in the evidence of `nodes` and `relationships`). Terms are
 * folded, stop-word-free Porter stems (words.ts), so "holds to account" finds
 * "held to account". Built again only when the area is written (corpus.ts).
 */
export function buildAreaIndex(
  areaId: string,
  documents: readonly CorpusDocument[],
  nodes: Iterable<{ evidence: Evidence[] }>,
  relationships: Iterable<{ evidence: Evidence[] }>,
): AreaTextIndex {
  const quotes = new Map<string, Evidence[]>();
  const keep = (e: Evidence) =>
    (quotes.get(e.documentId) ?? quotes.set(e.documentId, []).get(e.documentId)!).push(e);
  for (const n of nodes) n.evidence.forEach(keep);
  for (const r of relationships) r.evidence.forEach(keep);
  const passages: Passage[] = [];
  for (const doc of documents) {
    for (const p of passagesOf(doc, quotes.get(doc.id) ?? []))
      passages.push({ ...p, id: passages.length });
  }
  const mini = new MiniSearch<Passage>({
    fields: ['text', 'section'],
    storeFields: [],
    tokenize: (text) => tokens(text).map((t) => t.word),
    processTerm: (word) => term(word),
    searchOptions: { boost: { text: 3, section: 1 }, combineWith: 'OR' },
  });
  mini.addAll(passages);
  return { areaId, passages, mini };
}

/**
 * The full-text index over every area's part, in the order given (one index
 * per area: a scoped search reads only its area; an unscoped one merges every
 * area's best). Parts are shared between indexes, never changed.
 */
export function joinTextIndexes(parts: readonly AreaTextIndex[]): TextIndex {
  const passages: Passage[] = [];
  const offsets = new Map<AreaTextIndex, number>();
  for (const part of parts) {
    offsets.set(part, passages.length);
    for (const p of part.passages) passages.push({ ...p, id: passages.length });
  }
  const byArea = new Map(parts.map((part) => [part.areaId, part]));
  const byDocument = new Map<string, Passage[]>();
  for (const p of passages)
    (byDocument.get(p.documentId) ?? byDocument.set(p.documentId, []).get(p.documentId)!).push(p);
  return {
    size: passages.length,
    passages,
    ofDocument: (id) => byDocument.get(id) ?? [],
    search({ query, areaId, documentId, limit }) {
      const { phrases, stems, prefixes } = parseQuery(query);
      if (stems.length === 0) return [];
      const area = areaId ?? (documentId ? documentId.split('/')[0]! : null);
      const searched = area
        ? [byArea.get(area)].filter((i) => i !== undefined)
        : [...byArea.values()];
      const results = searched
        .flatMap((part) => {
          const offset = offsets.get(part)!;
          const filter = (r: { id: number }) => {
            const p = part.passages[r.id]!;
            if (documentId && p.documentId !== documentId) return false;
            if (phrases.length) {
              const text = fold(p.text);
              return phrases.every((ph) => text.includes(ph));
            }
            return true;
          };
          // The stems are already index terms: split on spaces, keep as they are.
          return part.mini
            .search(stems.join(' '), {
              filter,
              tokenize: (s) => s.split(' '),
              processTerm: (s) => s,
              prefix: (t) => prefixes.has(t),
            })
            .slice(0, limit)
            .map((r) => ({ id: offset + (r.id as number), score: r.score }));
        })
        .sort((a, b) => b.score - a.score || a.id - b.id);
      return results.slice(0, limit).map((r) => {
        const passage = passages[r.id]!;
        return { passage, score: r.score, highlights: highlights(passage.text, stems, prefixes) };
      });
    },
  };
}

/** The full-text index over `documents` of every area (each area's part built, then joined). */
export async function buildTextIndex(
  documents: CorpusDocument[],
  nodes: Map<string, CorpusNode>,
  relationships: CorpusRelationship[],
): Promise<TextIndex> {
  const byArea = new Map<string, CorpusDocument[]>();
  for (const d of documents)
    (byArea.get(d.areaId) ?? byArea.set(d.areaId, []).get(d.areaId)!).push(d);
  const parts: AreaTextIndex[] = [];
  for (const [areaId, list] of byArea) {
    // One area at a time, letting other requests run between them (decision 0015).
    await new Promise<void>((resolve) => setImmediate(resolve));
    parts.push(buildAreaIndex(areaId, list, nodes.values(), relationships));
  }
  return joinTextIndexes(parts);
}

/** Offsets of the words of `text` that match a query stem (or prefix). */
export function highlights(text: string, stems: string[], prefixes: ReadonlySet<string>) {
  const wanted = new Set(stems);
  const out: { start: number; end: number }[] = [];
  for (const t of tokens(text)) {
    const s = term(t.word);
    const folded = fold(t.word);
    if ((s && wanted.has(s)) || [...prefixes].some((p) => folded.startsWith(p))) {
      out.push({ start: t.start, end: t.end });
    }
  }
  return out;
}
