/**
 * Case-, accent- and apostrophe-insensitive text: the one normal form search
 * compares in. `fold` keeps, for every folded character, where it came from
 * in the original, so a match can be shown at its real position.
 */

/**
 * [from, to] pairs the Cypher candidate queries apply (after toLower) to the
 * stored text, so stored accents and curly apostrophes match a plain needle.
 * `fold` does the same and more (any combining mark) in TypeScript.
 */
export const CYPHER_FOLDS: readonly (readonly [string, string])[] = [
  ...[...'’‘ʼ`´'].map((c) => [c, "'"] as const),
  ...(
    [
      ['e', 'éèêë'],
      ['a', 'áàâäãå'],
      ['i', 'íìîï'],
      ['o', 'óòôöõø'],
      ['u', 'úùûü'],
      ['c', 'ç'],
      ['n', 'ñ'],
      ['y', 'ýÿ'],
    ] as const
  ).flatMap(([base, accented]) => [...accented].map((c) => [c, base] as const)),
];

/**
 * Matches (as a whole-string Cypher regex) a lower-cased text that holds a
 * character the folds could change: any non-ASCII character or a backtick.
 * Texts it does not match are compared as they are, which keeps the
 * candidate queries fast (folding every text costs ~6x).
 */
export const FOLDABLE = '(?s).*[^\\x00-\\x5f\\x61-\\x7f].*';

const APOSTROPHES = /[’‘ʼ`´]/g;
const MARKS = /\p{M}/gu;

function foldChar(char: string): string {
  return char
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace('ø', 'o');
}

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each folded UTF-16 unit, the offset of the original character it came from. */
  starts: number[];
  /** For each folded UTF-16 unit, the offset just after that original character. */
  ends: number[];
}

/** Lower-cases, strips accents and unifies apostrophes, keeping the offset map. */
export function fold(original: string): Folded {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of original) {
    const out = foldChar(char);
    for (let i = 0; i < out.length; i += 1) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    text += out;
    offset += char.length;
  }
  return { text, starts, ends };
}

/** The folded needle: folded, whitespace runs collapsed to one space, trimmed. */
export function foldNeedle(text: string): string {
  return fold(text.trim().replace(/\s+/g, ' ')).text;
}
