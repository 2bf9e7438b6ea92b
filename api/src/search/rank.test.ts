import { describe, expect, it } from 'vitest';
import { fold, foldNeedle } from './fold.ts';
import { rank, SCORES, snippetOf, type Candidate } from './rank.ts';

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
