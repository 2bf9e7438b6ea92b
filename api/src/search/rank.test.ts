import { describe, expect, it } from 'vitest';
import { fold, foldNeedle } from './fold.ts';
import { compareIds } from '@accgraph/schema';
import { rank, rankScored, SCORES, snippetOf, withSnippet, type Candidate } from './rank.ts';

const node = (id: string, name: string | null, extra: Partial<Candidate> = {}): Candidate => ({
  id,
  label: 'Body',
  name,
  aliases: [],
  code: null,
  text: null,
  ...extra,
});

describe('fold', () => {
  it('lower-cases, strips accents and unifies apostrophes, keeping original offsets', () => {
    const f = fold('Zoë’s CAFÉ');
    expect(f.text).toBe("zoe's cafe");
    expect(f.starts[2]).toBe(2);
    expect(f.ends[9]).toBe(10);
  });

  it('folds a needle and collapses whitespace', () => {
    expect(foldNeedle('  Children’s   Trust ')).toBe("children's trust");
  });
});

describe('rank', () => {
  it('orders exact > prefix > whole word > alias > inside a word > text', () => {
    const hits = rank(
      [
        node('t', null, { label: 'Obligation', text: 'Hold the panel to account' }),
        node('c', 'Subpanel of experts'),
        node('a', 'Review group', { aliases: ['Panel B'] }),
        node('w', 'Child Death Panel'),
        node('p', 'Panel of Chairs'),
        node('e', 'Experts', { aliases: ['PANEL'] }),
      ],
      foldNeedle('panel'),
    );
    expect(hits.map((h) => [h.id, h.score, h.matchedOn])).toEqual([
      ['e', SCORES.EXACT, 'ALIAS'],
      ['p', SCORES.PREFIX, 'NAME'],
      ['w', SCORES.WORD, 'NAME'],
      ['a', SCORES.ALIAS, 'ALIAS'],
      ['c', SCORES.CONTAINS, 'NAME'],
      ['t', SCORES.TEXT, 'TEXT'],
    ]);
  });

  it('breaks ties by name, then id', () => {
    const hits = rank(
      [node('z/2', 'Board B'), node('z/1', 'Board B'), node('a/9', 'Board A')],
      'board',
    );
    expect(hits.map((h) => h.id)).toEqual(['a/9', 'z/1', 'z/2']);
  });

  it('matches a straight apostrophe against a curly one, and accents', () => {
    const [hit] = rank([node('x', 'The Children’s Trust')], foldNeedle("children's"));
    expect(hit).toMatchObject({ score: SCORES.WORD, snippet: 'The Children’s Trust' });
    expect(hit?.snippet.slice(hit.matchStart, hit.matchEnd)).toBe('Children’s');
    expect(rank([node('y', 'Café Forum')], foldNeedle('cafe'))[0]?.score).toBe(SCORES.PREFIX);
  });

  it('matches a duty type code exactly, with or without underscores', () => {
    const duty = node('duty/ANNUAL_REPORT', 'Annual report', {
      label: 'DutyType',
      code: 'ANNUAL_REPORT',
    });
    expect(rank([duty], foldNeedle('ANNUAL_REPORT'))[0]).toMatchObject({
      score: SCORES.EXACT,
      matchedOn: 'CODE',
    });
    expect(rank([duty], foldNeedle('annual report'))[0]).toMatchObject({
      score: SCORES.EXACT,
      matchedOn: 'NAME',
    });
  });

  it('prefers a whole-word occurrence for the reported position', () => {
    const [hit] = rank([node('x', 'Staysafe and Stay Safe')], foldNeedle('safe'));
    expect(hit?.score).toBe(SCORES.WORD);
    expect(hit?.matchStart).toBe(18);
  });

  it('drops candidates that do not match and lists each node once', () => {
    const hits = rank([node('x', 'Board'), node('x', 'Board'), node('y', 'Panel')], 'board');
    expect(hits.map((h) => h.id)).toEqual(['x']);
  });
});

describe('snippetOf', () => {
  it('cuts a long text around the match and shifts the offsets', () => {
    const text = `${'a'.repeat(100)}MATCH${'b'.repeat(100)}`;
    const s = snippetOf(text, 100, 105);
    expect(s.snippet.startsWith('…')).toBe(true);
    expect(s.snippet.endsWith('…')).toBe(true);
    expect(s.snippet.slice(s.matchStart, s.matchEnd)).toBe('MATCH');
  });

  it('keeps a short text whole', () => {
    expect(snippetOf('Stay Safe', 0, 4)).toEqual({
      snippet: 'Stay Safe',
      matchStart: 0,
      matchEnd: 4,
    });
  });
});

/**
 * The ranking as written before plain texts skipped `fold` and snippets were
 * left to the page (locate always folds; every hit gets its snippet): `rank`
 * and `rankScored` + `withSnippet` must answer exactly as it does.
 */
function referenceRank(candidates: readonly Candidate[], needle: string) {
  const WORD = /[\p{L}\p{N}]/u;
  const locate = (source: string) => {
    const { text, starts, ends } = fold(source);
    const isWord = (at: number) =>
      !WORD.test(text[at - 1] ?? ' ') && !WORD.test(text[at + needle.length] ?? ' ');
    let at = text.indexOf(needle);
    if (at < 0) return null;
    let word = isWord(at);
    if (at > 0 && !word) {
      for (let n = text.indexOf(needle, at + 1); n >= 0; n = text.indexOf(needle, n + 1)) {
        if (isWord(n)) {
          [at, word] = [n, true];
          break;
        }
      }
    }
    const start = starts[at] ?? 0;
    const end = ends[at + needle.length - 1] ?? source.length;
    return { exact: text === needle, prefix: at === 0, word, start, end };
  };
  type M = { score: number; matchedOn: string; source: string; start: number; end: number };
  const on = (
    source: string,
    matchedOn: string,
    score: (h: NonNullable<ReturnType<typeof locate>>) => number,
  ): M | null => {
    const h = locate(source);
    return h ? { score: score(h), matchedOn, source, start: h.start, end: h.end } : null;
  };
  const alias = (h: { exact: boolean }) => (h.exact ? SCORES.EXACT : SCORES.ALIAS);
  const hits = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.id)) continue;
    const spaced = c.code ? on(c.code.replace(/_/g, ' '), 'CODE', alias) : null;
    const matches = [
      c.name
        ? on(c.name, 'NAME', (h) =>
            h.exact
              ? SCORES.EXACT
              : h.prefix
                ? SCORES.PREFIX
                : h.word
                  ? SCORES.WORD
                  : SCORES.CONTAINS,
          )
        : null,
      ...c.aliases.map((a) => on(a, 'ALIAS', alias)),
      c.code ? on(c.code, 'CODE', alias) : null,
      spaced && c.code ? { ...spaced, source: c.code } : null,
      c.text ? on(c.text, 'TEXT', () => SCORES.TEXT) : null,
    ];
    let best: M | null = null;
    for (const m of matches) if (m && (!best || m.score > best.score)) best = m;
    if (!best) continue;
    seen.add(c.id);
    hits.push({
      id: c.id,
      label: c.label,
      score: best.score,
      matchedOn: best.matchedOn,
      ...snippetOf(best.source, best.start, best.end),
      sortName: c.name ?? '',
    });
  }
  return hits.sort((a, b) => {
    if (a.score !== b.score) return b.score - a.score;
    if (a.sortName !== b.sortName) return a.sortName < b.sortName ? -1 : 1;
    return compareIds(a.id, b.id);
  });
}

describe('rank answers as the folding reference does', () => {
  it('for plain and foldable names, aliases, codes and texts, long and short', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pieces = [
      'Board',
      'board',
      'BOARD',
      'Café',
      'cafe',
      'Zoë’s',
      "zoe's",
      '`Forum`',
      'forum',
      'safe',
      'Staysafe',
      ' ',
      ' ',
      '_',
      'é',
      'x',
      'Ø',
    ];
    const words = (n: number) =>
      Array.from({ length: n }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    const candidates: Candidate[] = [];
    for (let i = 0; i < 400; i += 1) {
      const kind = Math.floor(next() * 3);
      candidates.push(
        kind === 0
          ? node(`t/${i % 350}`, null, {
              label: 'Obligation',
              text: words(1 + Math.floor(next() * 60)),
            })
          : node(`n/${i % 350}`, next() < 0.1 ? '' : words(1 + Math.floor(next() * 5)), {
              aliases: next() < 0.3 ? [words(2), words(1)] : [],
              code: next() < 0.2 ? words(2).toUpperCase() : null,
            }),
      );
    }
    // half the texts come with their fold, as the kept candidates give it
    for (const [i, c] of candidates.entries()) {
      if (c.text && i % 2 === 0) candidates[i] = { ...c, foldedText: fold(c.text).text };
    }
    for (const text of [
      'board',
      'cafe',
      "zoe's",
      "'forum'",
      'safe',
      'oard c',
      'o',
      'e',
      'x_',
      'board board',
      'staysafe',
      "s 'f",
      'zz',
    ]) {
      const needle = foldNeedle(text);
      const expected = referenceRank(candidates, needle);
      expect(expected.length, text).toBeGreaterThanOrEqual(text === 'zz' ? 0 : 1);
      expect(rank(candidates, needle), text).toEqual(expected);
      expect(
        rankScored(candidates, needle).map((h) => withSnippet(h, needle)),
        text,
      ).toEqual(expected);
    }
  });
});
