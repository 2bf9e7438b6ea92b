import { describe, expect, it } from 'vitest';
import { bytesOf, freezeAndMeasure } from '../cache.ts';
import { GramIndex, HeldBytes } from './grams.ts';

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// few units, so trigrams repeat and lists overlap (as in templated governance text)
const UNITS = [...'abcde ', '|', "'", '`', 'é', 'ë', '’', '\u{1F600}'];

function text(next: () => number, max: number): string {
  const length = Math.floor(next() * max);
  let s = '';
  for (let i = 0; i < length; i += 1) s += UNITS[Math.floor(next() * UNITS.length)];
  return s;
}

/** The first `limit` texts (of each candidate's strings) containing `needle`, in order. */
function scan(texts: readonly string[][], needle: string, limit: number): number[] {
  const found: number[] = [];
  for (let i = 0; i < texts.length && found.length < limit; i += 1) {
    if (texts[i]!.some((s) => s.includes(needle))) found.push(i);
  }
  return found;
}

function viaIndex(index: GramIndex, texts: readonly string[][], needle: string, limit: number) {
  const found: number[] = [];
  const visited: number[] = [];
  index.candidates(needle, (i) => {
    visited.push(i);
    if (texts[i]!.some((s) => s.includes(needle))) found.push(i);
    return found.length < limit;
  });
  return { found, visited };
}

describe('GramIndex', () => {
  it('gives, in order, every text a scan finds (2-unit needles, text ends, several strings, limits)', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const next = random(seed);
      const texts = Array.from({ length: 1 + Math.floor(next() * 120) }, () =>
        next() < 0.2 ? [text(next, 30), text(next, 30)] : [text(next, 30)],
      );
      const index = GramIndex.build(texts.length, (i) => texts[i]!)!;
      const needles = new Set<string>(['ab', 'zz', 'e|', '\u{1F600}a']);
      for (let k = 0; k < 60; k += 1) {
        // mostly pieces of the texts (their ends too), some random
        const source = texts[Math.floor(next() * texts.length)]![0]!;
        const length = 2 + Math.floor(next() * 5);
        const at = next() < 0.3 ? source.length - length : Math.floor(next() * source.length);
        const piece = source.slice(Math.max(0, at), Math.max(0, at) + length);
        needles.add(piece.length >= 2 ? piece : text(next, 6).padEnd(2, 'a'));
      }
      for (const needle of needles) {
        for (const limit of [1, 3, 1e9]) {
          const { found, visited } = viaIndex(index, texts, needle, limit);
          expect(found, `seed ${seed} needle ${JSON.stringify(needle)} limit ${limit}`).toEqual(
            scan(texts, needle, limit),
          );
          expect(visited).toEqual([...new Set(visited)].sort((a, b) => a - b));
        }
      }
    }
  });

  it('gives every text a scan finds when lists are long and some are dropped (words of one vocabulary)', () => {
    const words = ['board', 'boarding', 'panel', 'annual', 'report', 'the', 'annually', 'partners'];
    for (let seed = 1; seed <= 4; seed += 1) {
      const next = random(seed);
      const texts = Array.from({ length: 1500 }, () => [
        Array.from({ length: 1 + Math.floor(next() * 6) }, () =>
          next() < 0.05 ? text(next, 4) : words[Math.floor(next() * words.length)],
        ).join(' '),
      ]);
      const index = GramIndex.build(texts.length, (i) => texts[i]!)!;
      for (const needle of [
        'board',
        'the annual',
        'annual report',
        'boarding panel',
        'rd pa',
        'annually partners',
        'report the board',
        'nnual',
      ]) {
        for (const limit of [1, 50, 1e9]) {
          const { found, visited } = viaIndex(index, texts, needle, limit);
          expect(found, `seed ${seed} needle ${needle} limit ${limit}`).toEqual(
            scan(texts, needle, limit),
          );
          expect(visited).toEqual([...new Set(visited)].sort((a, b) => a - b));
        }
      }
    }
  });

  it('skips texts that cannot hold the needle', () => {
    const texts = [['the board'], ['a panel'], ['board of the panel'], ['boa'], ['bo']];
    const index = GramIndex.build(texts.length, (i) => texts[i]!)!;
    expect(viaIndex(index, texts, 'board', 10).visited).toEqual([0, 2]);
    expect(viaIndex(index, texts, 'bo', 10).visited).toEqual([0, 2, 3, 4]);
    expect(viaIndex(index, texts, 'xyz', 10).visited).toEqual([]);
    expect(() => index.candidates('b', () => true)).toThrow();
  });

  it('is not built over too many distinct units (callers scan)', () => {
    const texts = [
      [Array.from({ length: 1300 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('')],
    ];
    expect(GramIndex.build(texts.length, (i) => texts[i]!)).toBeNull();
  });
});

describe('HeldBytes', () => {
  it("counts, in the graph caches' estimate, bytes a kept value holds out of its sight", () => {
    const plain = { lists: 'x' };
    const held = { lists: 'x', bytes: new HeldBytes(240_000) };
    expect(bytesOf(held) - bytesOf(plain)).toBeGreaterThanOrEqual(240_000);
    expect(freezeAndMeasure(structuredClone(plain)).bytes).toBe(bytesOf(plain));
    expect(freezeAndMeasure(held).bytes).toBe(bytesOf(held));
    expect([...held.bytes]).toEqual([]);
  });
});
