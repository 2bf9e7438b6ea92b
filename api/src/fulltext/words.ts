import { stemmer } from 'stemmer';

/**
 * The one way words are compared in full-text search and in `ask`: lower
 * case, accents and curly apostrophes folded, possessive 's dropped, Porter
 * stems (the `stemmer` package). Pure.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the of to and or in on at by for with from as is are be been was were it its this that these those
which who whom whose what when where how does do did has have had will would shall should can could may might
there their they them his her he she we our us you your i me my not no any all each so if than then into about`.split(
    /\s+/,
  ),
);

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

/** Word tokens with their offsets in `text` (offsets into the unfolded text). */
export function tokens(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  const re = /[A-Za-z0-9\u00C0-\u024F]+(?:['’][A-Za-z]+)?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const TERMS = new Map<string, string | null>();
const MAX_TERMS = 100_000;

/** The index term of a word: folded, possessive dropped, stemmed; null for a stop word. Memoised. */
export function term(word: string): string | null {
  const kept = TERMS.get(word);
  if (kept !== undefined) return kept;
  const w = fold(word).replace(/'s$/, '').replace(/'/g, '');
  const t = !w || STOP_WORDS.has(w) ? null : /^\d/.test(w) ? w : stemmer(w);
  if (TERMS.size >= MAX_TERMS) TERMS.clear();
  TERMS.set(word, t);
  return t;
}

/** The index terms of a text, in order (stop words left out). */
export function terms(text: string): string[] {
  return tokens(text)
    .map((t) => term(t.word))
    .filter((t): t is string => t !== null);
}
