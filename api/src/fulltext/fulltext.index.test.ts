import { readFileSync, readdirSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '@accgraph/schema';
import type { CorpusDocument } from './corpus.model.ts';
import type { Passage, TextQuery } from './corpus.model.ts';
import {
  buildAreaIndex,
  joinTextIndexes,
  parseQuery,
  type AreaTextIndex,
} from './fulltext.index.ts';
import { splitPassages } from './passages.ts';
import { fold, term, tokens } from './words.ts';

/**
 * The index's own typed arrays and scorer (bestOf, issues 12 and 16) must
 * answer every query, exact terms and prefixes, as MiniSearch 7.2's `search`
 * over the same passages did (the index it replaced): the same passages, the
 * same scores to the last bit, the same order of ties. Over the five bundled
 * source texts, one area each and one area holding two.
 */
const SOURCES = new URL('../../../graph-seed/sources/', import.meta.url);
const files = readdirSync(SOURCES)
  .filter((f) => f.endsWith('.txt'))
  .sort();

function documentOf(file: string, areaId: string): CorpusDocument {
  const text = readFileSync(new URL(file, SOURCES), 'utf8');
  const id = `${areaId}/${file.replace(/\.txt$/, '')}`;
  // short lines stand as section headings, so the heading field is scored too
  const evidence: Evidence[] = splitPassages(text)
    .filter((s) => s.text.length < 60 && !/[.;:]$/.test(s.text))
    .map((s) => ({ documentId: id, quote: s.text, section: s.text, start: s.start, end: s.end }));
  return {
    id,
    areaId,
    areaName: areaId,
    title: file,
    kind: null,
    status: null,
    version: null,
    year: null,
    effectiveFrom: null,
    effectiveTo: null,
    supersededBy: null,
    current: true,
    dates: [],
    notes: [{ kind: 'gap', text: 'The document does not say who chairs the panel.' }],
    evidence,
    text,
  };
}

const parts: AreaTextIndex[] = [
  buildAreaIndex('a', [documentOf(files[0]!, 'a'), documentOf(files[1]!, 'a')], [], []),
  ...files.slice(2).map((f, i) => buildAreaIndex(`b${i}`, [documentOf(f, `b${i}`)], [], [])),
];
const ours = joinTextIndexes(parts);

/** The index this one replaced: one MiniSearch per area, BM25+ with its defaults, text ×3. */
function miniSearchOf(passages: Passage[]) {
  const mini = new MiniSearch<Passage>({
    fields: ['text', 'section'],
    storeFields: [],
    tokenize: (text) => tokens(text).map((t) => t.word),
    processTerm: (word) => term(word),
    searchOptions: {
      boost: { text: 3, section: 1 },
      combineWith: 'OR',
      bm25: { k: 1.2, b: 0.7, d: 0.5 },
    },
  });
  mini.addAll(passages);
  return mini;
}
const minis = new Map(parts.map((p) => [p, miniSearchOf(p.passages)]));

/** The search as it was over MiniSearch: each area's best, merged by score then area order. */
function reference({ query, areaId, documentId, limit }: TextQuery) {
  const { phrases, stems, prefixes } = parseQuery(query);
  if (stems.length === 0) return [];
  const area = areaId ?? (documentId ? documentId.split('/')[0]! : null);
  let offset = 0;
  const out: { areaId: string; id: number; score: number; at: number }[] = [];
  for (const part of parts) {
    const base = offset;
    offset += part.passages.length;
    if (area && part.areaId !== area) continue;
    const filter = (r: { id: number }) => {
      const p = part.passages[r.id]!;
      if (documentId && p.documentId !== documentId) return false;
      return phrases.every((ph) => fold(p.text).includes(ph));
    };
    for (const r of minis
      .get(part)!
      .search(stems.join(' '), {
        filter,
        tokenize: (x) => x.split(' '),
        processTerm: (x) => x,
        prefix: (t) => prefixes.has(t),
      })
      .slice(0, limit))
      out.push({ areaId: part.areaId, id: r.id as number, score: r.score, at: base + r.id });
  }
  return out
    .sort((a, b) => b.score - a.score || a.at - b.at)
    .slice(0, limit)
    .map((r) => [r.areaId, r.id, r.score]);
}

/** Queries: single words, pairs and triples of the texts' words (seeded), repeats, stop words, phrases. */
function queries(): string[] {
  const words = [
    ...new Set(parts.flatMap((p) => p.passages.flatMap((x) => tokens(x.text).map((t) => t.word)))),
  ];
  let seed = 12;
  const pick = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return words[seed % words.length]!;
  };
  const out = words.filter((_, i) => i % 7 === 0);
  for (let i = 0; i < 200; i += 1)
    out.push(`${pick()} ${pick()}`, `${pick()} the ${pick()} ${pick()}`);
  // prefixes: of one to six letters, alone and with words
  for (let i = 0; i < 120; i += 1) {
    const w = pick();
    out.push(`${w.slice(0, 1 + (i % 6))}*`, `${pick()} ${w.slice(0, 2 + (i % 4))}* ${pick()}`);
  }
  out.push('boar* board', 'acc* acc*', 'part* "safeguarding board"', 's* t* p*');
  out.push(
    'hold to account',
    'Who holds the Trust to account?',
    'account account hold',
    'board Board BOARD partnership',
    'Tell me about the weather',
    '"safeguarding board" report',
    '"the walsall plan" partnership',
    'chairs the panel',
  );
  return out;
}

describe('bestOf: the same answers as MiniSearch', () => {
  it('for every query, unscoped, per area and per document, at several limits', () => {
    const qs = queries();
    expect(qs.length).toBeGreaterThan(400);
    let compared = 0;
    let nonEmpty = 0;
    for (const query of qs) {
      for (const limit of [1, 5, 200]) {
        for (const scope of [
          {},
          { areaId: 'a' },
          { documentId: parts[0]!.passages.at(-1)!.documentId },
          { areaId: 'b1' },
        ]) {
          const args = { query, areaId: null, documentId: null, limit, ...scope };
          // the passage and its score (highlights are the same function's on both sides)
          const got = ours.search(args).map((h) => [h.passage.areaId, h.passage.id, h.score]);
          expect(got, JSON.stringify(args)).toEqual(reference(args));
          compared += 1;
          if (got.length) nonEmpty += 1;
        }
      }
    }
    expect(nonEmpty).toBeGreaterThan(compared / 2);
  }, 120_000);

  it('ranks ties in the order MiniSearch meets the passages', () => {
    // the same sentence in two documents of one area: equal scores, MiniSearch's order kept
    const hits = ours.search({
      query: 'note chairs panel',
      areaId: 'a',
      documentId: null,
      limit: 5,
    });
    expect(hits.length).toBeGreaterThanOrEqual(2);
    expect(hits[0]!.score).toBe(hits[1]!.score);
    expect(hits.map((h) => [h.passage.areaId, h.passage.id, h.score])).toEqual(
      reference({ query: 'note chairs panel', areaId: 'a', documentId: null, limit: 5 }),
    );
  });
});
