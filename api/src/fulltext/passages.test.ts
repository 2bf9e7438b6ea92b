import { describe, expect, it } from 'vitest';
import { sectionAt, splitPassages } from './passages.ts';
import { parseQuery, highlights } from './fulltext.index.ts';

describe('splitPassages', () => {
  it('cuts lines into sentences and bullets whose offsets slice the text', () => {
    const text =
      '2. The Wiltshire SCB\n\nThe WSCB is not a delivery body, it is a scrutiny body. It challenges.\n- Hold the Trust Chair to account\n';
    const spans = splitPassages(text);
    expect(spans.map((s) => s.text)).toEqual([
      '2. The Wiltshire SCB',
      'The WSCB is not a delivery body, it is a scrutiny body.',
      'It challenges.',
      '- Hold the Trust Chair to account',
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not cut after an abbreviation followed by a lower-case word', () => {
    expect(splitPassages('See e.g. such as the panel. Then more.').map((s) => s.text)).toEqual([
      'See e.g. such as the panel.',
      'Then more.',
    ]);
  });

  it('finds the section of an offset from the nearest heading before it', () => {
    const sections = [
      { start: 0, section: 'Aim' },
      { start: 100, section: 'Roles' },
    ];
    expect(sectionAt(sections, 50)).toBe('Aim');
    expect(sectionAt(sections, 100)).toBe('Roles');
    expect(sectionAt([], 5)).toBe('');
  });
});

describe('queries and highlights', () => {
  it('stems words, keeps prefixes and phrases', () => {
    const q = parseQuery('"does not duplicate" held ratif*');
    expect(q.phrases).toEqual(['does not duplicate']);
    expect(q.stems).toEqual(expect.arrayContaining(['duplic', 'held', 'ratif']));
    expect([...q.prefixes]).toEqual(['ratif']);
  });

  it('marks the words that match a stem, at their offsets', () => {
    const text = 'Boards will hold organisations to account.';
    const marks = highlights(text, ['hold', 'account'], new Set());
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['hold', 'account']);
  });
});
