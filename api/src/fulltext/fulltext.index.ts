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

/** The index's fields and their weights (a word of the text counts three times one of its heading). */
const BOOSTS: Readonly<Record<'text' | 'section', number>> = { text: 3, section: 1 };
/** MiniSearch 7.2's BM25+ parameters (its defaults, stated so both scorers read the same). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** Scratch arrays of `bestOf`, grown to the largest area, reused by every search (one thread). */
const scratch = {
  score: new Float64Array(0),
  termScore: new Float64Array(0),
  terms: new Uint16Array(0),
  seen: new Uint32Array(0),
  termSeen: new Uint32Array(0),
  /** The passages met, in first-met order, for the query and for one term. */
  touched: new Uint32Array(0),
  termTouched: new Uint32Array(0),
  stamp: 0,
};
function scratchFor(size: number) {
  if (scratch.score.length < size || scratch.stamp > 0xfff00000) {
    const n = Math.max(size, scratch.score.length);
    scratch.score = new Float64Array(n);
    scratch.termScore = new Float64Array(n);
    scratch.terms = new Uint16Array(n);
    scratch.seen = new Uint32Array(n);
    scratch.termSeen = new Uint32Array(n);
    scratch.touched = new Uint32Array(n);
    scratch.termTouched = new Uint32Array(n);
    scratch.stamp = 0;
  }
  return scratch;
}

/**
 * MiniSearch with a scorer of its own for exact-term queries (no prefix, no
 * fuzzy): the same BM25+ scores, summed in the same order (so the same
 * floating-point numbers), the same ties, but over typed arrays and keeping
 * only the best `limit`, where MiniSearch builds an object per matching
 * passage and sorts them all. An unscoped question reads every area's index
 * (issue 12: "hold to account" over 156 areas cost ~18 ms of CPU this way).
 * fulltext.index.test.ts holds it to MiniSearch's own `search`.
 */
export class PassageSearch extends MiniSearch<Passage> {
  /**
   * The best `limit` passages (ids within the area) for `stems` (index terms,
   * duplicates kept as MiniSearch keeps them), best first; ties in the order
   * MiniSearch first meets the passages. `keep` filters as `search`'s filter.
   */
  bestOf(
    stems: readonly string[],
    limit: number,
    keep: (id: number) => boolean,
  ): { id: number; score: number }[] {
    const s = scratchFor(this._nextId);
    const call = ++s.stamp;
    const touched = s.touched;
    let met = 0;
    const first = stems.map((t, i) => stems.indexOf(t) === i);
    const fields = this.fieldLengths();
    for (let q = 0; q < stems.length; q += 1) {
      const data = this._index.get(stems[q]!);
      if (!data) continue;
      // MiniSearch's termResults: per passage, the text's score then the heading's added to it
      const term = ++s.stamp;
      const termTouched = s.termTouched;
      let termMet = 0;
      for (const field of fields) {
        const freqs = data.get(field.id);
        if (!freqs) continue;
        const matching = freqs.size;
        const avg = this._avgFieldLength[field.id]!;
        const lengths = field.lengths;
        const boost = field.boost;
        // MiniSearch's calcBM25Score, term for term (the same operations in the same order)
        const idf = Math.log(1 + (this._documentCount - matching + 0.5) / (matching + 0.5));
        // (every passage is live: parts are built once and never have a passage removed)
        freqs.forEach((tf, doc) => {
          const raw =
            idf *
            (BM25.d +
              (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * lengths[doc]!) / avg)));
          const weighted = boost * raw;
          if (s.termSeen[doc] !== term) {
            s.termSeen[doc] = term;
            s.termScore[doc] = weighted;
            termTouched[termMet++] = doc;
          } else s.termScore[doc] = s.termScore[doc]! + weighted;
        });
      }
      // MiniSearch's OR: each term's score added in query order; a term counted once however often asked
      for (let i = 0; i < termMet; i += 1) {
        const doc = termTouched[i]!;
        if (s.seen[doc] !== call) {
          s.seen[doc] = call;
          s.score[doc] = s.termScore[doc]!;
          s.terms[doc] = 0;
          touched[met++] = doc;
        } else s.score[doc] = s.score[doc]! + s.termScore[doc]!;
        if (first[q]) s.terms[doc] = s.terms[doc]! + 1;
      }
    }
    // the best `limit`, ties in first-met order (MiniSearch's sort is stable)
    const best: { id: number; score: number }[] = [];
    for (let i = 0; i < met; i += 1) {
      const doc = touched[i]!;
      const score = s.score[doc]! * (s.terms[doc]! || 1);
      if (best.length === limit && score <= best[limit - 1]!.score) continue;
      const id = this._documentIds.get(doc) as number;
      if (!keep(id)) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.score < score) at -= 1;
      best.splice(at, 0, { id, score });
      if (best.length > limit) best.pop();
    }
    return best;
  }

  private lengths?: { id: number; boost: number; lengths: Uint32Array }[];

  /** Each field's id, boost and every passage's length in it (MiniSearch's _fieldLength, as arrays). */
  private fieldLengths() {
    if (this.lengths) return this.lengths;
    this.lengths = (Object.keys(BOOSTS) as (keyof typeof BOOSTS)[]).map((f) => {
      const id = this._fieldIds[f]!;
      const lengths = new Uint32Array(this._nextId);
      for (const [doc, perField] of this._fieldLength) lengths[doc] = perField[id] ?? 0;
      return { id, boost: BOOSTS[f], lengths };
    });
    return this.lengths;
  }
}

/** One area's passages (ids from 0 within the area) and its MiniSearch index. */
export interface AreaTextIndex {
  areaId: string;
  passages: Passage[];
  mini: PassageSearch;
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
  const mini = new PassageSearch({
    fields: Object.keys(BOOSTS),
    storeFields: [],
    tokenize: (text) => tokens(text).map((t) => t.word),
    processTerm: (word) => term(word),
    searchOptions: { boost: { ...BOOSTS }, combineWith: 'OR', bm25: { ...BM25 } },
  });
  mini.addAll(passages);
  return { areaId, passages, mini };
}

/**
 * The full-text index over every area's part, in the order given (one index
 * per area: a scoped search reads only its area; an unscoped one merges every
 * area's best). Parts are shared between indexes, never changed.
 */
export function joinTextIndexes(
  parts: readonly AreaTextIndex[],
  /** Score every query with MiniSearch's own `search` (the reference the tests compare with). */
  useMiniSearch = false,
): TextIndex {
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
          const best =
            prefixes.size === 0 && !useMiniSearch
              ? part.mini.bestOf(stems, limit, (id) => filter({ id }))
              : // The stems are already index terms: split on spaces, keep as they are.
                part.mini
                  .search(stems.join(' '), {
                    filter,
                    tokenize: (s) => s.split(' '),
                    processTerm: (s) => s,
                    prefix: (t) => prefixes.has(t),
                  })
                  .slice(0, limit)
                  .map((r) => ({ id: r.id as number, score: r.score }));
          return best.map((r) => ({ id: offset + r.id, score: r.score }));
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
