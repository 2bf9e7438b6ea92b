import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '@accgraph/schema';
import type { CorpusDocument } from './corpus.model.ts';
import { buildAreaIndex, joinTextIndexes, type AreaTextIndex } from './fulltext.index.ts';
import { splitPassages } from './passages.ts';
import { tokens } from './words.ts';

/**
 * The index's own scorer (PassageSearch.bestOf, issue 12) must answer every
 * exact-term query as MiniSearch's `search` does: the same passages, the same
 * scores to the last bit, the same order of ties. Over the five bundled
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
const reference = joinTextIndexes(parts, true);

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

describe('PassageSearch.bestOf: the same answers as MiniSearch', () => {
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
          const got = ours.search(args).map((h) => [h.passage.id, h.score]);
          expect(got, JSON.stringify(args)).toEqual(
            reference.search(args).map((h) => [h.passage.id, h.score]),
          );
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
    expect(hits).toEqual(
      reference.search({ query: 'note chairs panel', areaId: 'a', documentId: null, limit: 5 }),
    );
  });
});
