/**
 * Search ranking, a pure function over the candidates the store returned.
 *
 * Tiers (best first); a candidate scores by its best tier:
 *   100 EXACT        the whole name, an alias or the duty type code equals the text
 *    80 PREFIX       the name starts with the text
 *    60 WORD         the text is a whole word (or words) in the name
 *    40 ALIAS        an alias (or the code) contains the text
 *    30 CONTAINS     the name contains the text inside a word
 *    10 TEXT         an obligation's text contains the text
 * Ties: by name (code-point order), then id. Comparison is case-, accent- and
 * apostrophe-insensitive (see fold.ts). "Name" is a node's name, a document's
 * title or a duty type's label.
 */
import { compareIds } from '@accgraph/schema';
import { fold } from './fold.ts';

export type MatchedOn = 'NAME' | 'ALIAS' | 'TEXT' | 'CODE';

export const SCORES = {
  EXACT: 100,
  PREFIX: 80,
  WORD: 60,
  ALIAS: 40,
  CONTAINS: 30,
  TEXT: 10,
} as const;

/** What the store returned for one node. */
export interface Candidate {
  id: string;
  label: string;
  /** Name, title or label; null for an obligation. */
  name: string | null;
  aliases: readonly string[];
  code: string | null;
  /** Obligation text. */
  text: string | null;
  /** `fold(text).text`, when the caller already holds it (ranking then skips folding the text). */
  foldedText?: string;
}

export interface RankedHit {
  id: string;
  label: string;
  score: number;
  matchedOn: MatchedOn;
  /** The matching text (a window of it for long texts). */
  snippet: string;
  /** Offsets of the match in `snippet` (UTF-16 units, end exclusive). */
  matchStart: number;
  matchEnd: number;
  /** Sort key after score. */
  sortName: string;
}

/** Longer texts are cut to this many characters either side of the match. */
export const SNIPPET_CONTEXT = 60;

const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Match {
  score: number;
  matchedOn: MatchedOn;
  source: string;
  start: number;
  end: number;
}

/**
 * True when `fold` would only lower-case `source`, unit for unit: every unit
 * is ASCII and none is a backtick (ASCII has no marks, and the backtick is
 * the one ASCII character folded to another). Most texts are so; they skip
 * `fold`'s per-character work and keep their offsets.
 */
function plain(source: string): boolean {
  for (let i = 0; i < source.length; i += 1) {
    const code = source.charCodeAt(i);
    if (code === 0x60 || code > 0x7f) return false;
  }
  return true;
}

/** `fold(source).text`, without the offset map. */
export function foldedText(source: string): string {
  return plain(source) ? source.toLowerCase() : fold(source).text;
}

/** `fold(source).text` when that is only `source` lower-cased (see `plain`), else null. */
export function lowerIfPlain(source: string): string | null {
  return plain(source) ? source.toLowerCase() : null;
}

/** The `length` units at `at` of `text` are whole words (no closure per call: they cost under tsx). */
function isWord(text: string, at: number, length: number): boolean {
  return !WORD_CHAR.test(text[at - 1] ?? ' ') && !WORD_CHAR.test(text[at + length] ?? ' ');
}

/**
 * Where `needle` (folded) occurs in `source`, in original offsets: at the
 * start if it starts there, else its first whole-word occurrence, else its
 * first occurrence.
 */
function locate(source: string, needle: string) {
  const folded = plain(source) ? null : fold(source);
  const text = folded ? folded.text : source.toLowerCase();
  let at = text.indexOf(needle);
  if (at < 0) return null;
  let word = isWord(text, at, needle.length);
  if (at > 0 && !word) {
    for (
      let next = text.indexOf(needle, at + 1);
      next >= 0;
      next = text.indexOf(needle, next + 1)
    ) {
      if (isWord(text, next, needle.length)) {
        [at, word] = [next, true];
        break;
      }
    }
  }
  return {
    exact: text === needle,
    prefix: at === 0,
    word,
    // a plain text's units are its folded units
    start: folded ? (folded.starts[at] ?? 0) : at,
    end: folded ? (folded.ends[at + needle.length - 1] ?? source.length) : at + needle.length,
  };
}

function nameMatch(name: string, needle: string, on: MatchedOn): Match | null {
  const hit = locate(name, needle);
  if (!hit) return null;
  const score = hit.exact
    ? SCORES.EXACT
    : hit.prefix
      ? SCORES.PREFIX
      : hit.word
        ? SCORES.WORD
        : SCORES.CONTAINS;
  return { score, matchedOn: on, source: name, start: hit.start, end: hit.end };
}

function aliasMatch(alias: string, needle: string, on: MatchedOn): Match | null {
  const hit = locate(alias, needle);
  if (!hit) return null;
  return {
    score: hit.exact ? SCORES.EXACT : SCORES.ALIAS,
    matchedOn: on,
    source: alias,
    start: hit.start,
    end: hit.end,
  };
}

function textMatch(text: string, needle: string): Match | null {
  const hit = locate(text, needle);
  return hit
    ? { score: SCORES.TEXT, matchedOn: 'TEXT', source: text, start: hit.start, end: hit.end }
    : null;
}

/** A code matched with its underscores read as spaces; the snippet keeps the real code. */
function spaced(code: string, needle: string): Match | null {
  const match = aliasMatch(code.replace(/_/g, ' '), needle, 'CODE');
  return match ? { ...match, source: code } : null;
}

/** The best match of one candidate (earlier fields win a tie: name, aliases, code, text). */
export function bestMatch(candidate: Candidate, needle: string): Match | null {
  const matches: (Match | null)[] = [
    candidate.name ? nameMatch(candidate.name, needle, 'NAME') : null,
    ...candidate.aliases.map((a) => aliasMatch(a, needle, 'ALIAS')),
    candidate.code ? aliasMatch(candidate.code, needle, 'CODE') : null,
    candidate.code ? spaced(candidate.code, needle) : null,
    candidate.text ? textMatch(candidate.text, needle) : null,
  ];
  let best: Match | null = null;
  for (const m of matches) if (m && (!best || m.score > best.score)) best = m;
  return best;
}

/** Cuts a long text to a window around the match, with ellipses; shifts the offsets. */
export function snippetOf(source: string, start: number, end: number) {
  if (source.length <= 2 * SNIPPET_CONTEXT + (end - start)) {
    return { snippet: source, matchStart: start, matchEnd: end };
  }
  const from = Math.max(0, start - SNIPPET_CONTEXT);
  const to = Math.min(source.length, end + SNIPPET_CONTEXT);
  const lead = from > 0 ? '…' : '';
  const tail = to < source.length ? '…' : '';
  return {
    snippet: `${lead}${source.slice(from, to)}${tail}`,
    matchStart: start - from + lead.length,
    matchEnd: end - from + lead.length,
  };
}

/** A ranked hit before its snippet: where it matched is found again for the page only. */
export interface ScoredHit {
  candidate: Candidate;
  score: number;
  matchedOn: MatchedOn;
  /** Sort key after score. */
  sortName: string;
}

/**
 * What scoring a candidate reads, folded (`foldedText`) once: each field of
 * `bestMatch` (null or empty where it has none). A kept candidate list holds
 * these, so a search folds and lower-cases nothing to score its candidates.
 */
export interface Folds {
  name: string | null;
  aliases: readonly string[];
  code: string | null;
  /** The code with its underscores read as spaces. */
  spaced: string | null;
  text: string | null;
}

/** The folded fields of `candidate` (see `Folds`). */
export function foldsOf(candidate: Candidate): Folds {
  const { name, code, text } = candidate;
  return {
    name: name ? foldedText(name) : null,
    aliases: candidate.aliases.map(foldedText),
    code: code ? foldedText(code) : null,
    spaced: code ? foldedText(code.replace(/_/g, ' ')) : null,
    text: text ? (candidate.foldedText ?? foldedText(text)) : null,
  };
}

/** `locate`'s tier of a folded name (`asName`) or alias/code: the score, 0 when it does not hold the needle. */
function tierOf(text: string, needle: string, asName: boolean): number {
  const at = text.indexOf(needle);
  if (at < 0) return 0;
  if (text === needle) return SCORES.EXACT;
  if (!asName) return SCORES.ALIAS;
  if (at === 0) return SCORES.PREFIX;
  for (let next = at; next >= 0; next = text.indexOf(needle, next + 1)) {
    if (isWord(text, next, needle.length)) return SCORES.WORD;
  }
  return SCORES.CONTAINS;
}

const FIELDS: readonly MatchedOn[] = ['NAME', 'ALIAS', 'CODE', 'TEXT'];

/**
 * `bestMatch`'s score and field from the folded fields, as one number
 * (score * 4 + the field's place in FIELDS; 0: no match), allocating nothing:
 * what ranking reads of every candidate.
 */
export function scoreFolds(f: Folds, needle: string): number {
  let best = 0;
  if (f.name) best = tierOf(f.name, needle, true) * 4;
  for (let i = 0; i < f.aliases.length; i += 1) {
    const s = tierOf(f.aliases[i]!, needle, false) * 4 + 1;
    if (s >> 2 > best >> 2) best = s;
  }
  if (f.code !== null) {
    const s = tierOf(f.code, needle, false) * 4 + 2;
    if (s >> 2 > best >> 2) best = s;
  }
  if (f.spaced !== null) {
    const s = tierOf(f.spaced, needle, false) * 4 + 2;
    if (s >> 2 > best >> 2) best = s;
  }
  if (f.text !== null && best < SCORES.TEXT * 4 && f.text.includes(needle))
    best = SCORES.TEXT * 4 + 3;
  return best;
}

/** A `scoreFolds` number read back (null for 0: no match). */
export function scoreOfFolds(scored: number): { score: number; matchedOn: MatchedOn } | null {
  return scored === 0 ? null : { score: scored >> 2, matchedOn: FIELDS[scored & 3]! };
}

/**
 * The score and field of `bestMatch(candidate, needle)`, without locating the
 * match (`scoreFolds` over the candidate's folded fields).
 */
function scoreOf(
  candidate: Candidate,
  needle: string,
): { score: number; matchedOn: MatchedOn } | null {
  if (candidate.name === null && candidate.aliases.length === 0 && candidate.code === null) {
    return candidate.text && (candidate.foldedText ?? foldedText(candidate.text)).includes(needle)
      ? { score: SCORES.TEXT, matchedOn: 'TEXT' }
      : null;
  }
  return scoreOfFolds(scoreFolds(foldsOf(candidate), needle));
}

/**
 * Ranks candidates for a folded needle (see `foldNeedle`): best tier first,
 * then name, then id. Candidates that do not match (the store's fold is
 * coarser in places) are dropped; each node appears once. Snippets are left
 * to `withSnippet`, for the hits a page shows.
 */
export function rankScored(candidates: readonly Candidate[], needle: string): ScoredHit[] {
  const seen = new Set<string>();
  const hits: ScoredHit[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.id)) continue;
    const match = scoreOf(candidate, needle);
    if (!match) continue;
    seen.add(candidate.id);
    hits.push({
      candidate,
      score: match.score,
      matchedOn: match.matchedOn,
      sortName: candidate.name ?? '',
    });
  }
  return hits.sort((a, b) => {
    if (a.score !== b.score) return b.score - a.score;
    if (a.sortName !== b.sortName) return a.sortName < b.sortName ? -1 : 1;
    return compareIds(a.candidate.id, b.candidate.id);
  });
}

/** A scored hit with its snippet (the match located again, as `rank` does). */
export function withSnippet(hit: ScoredHit, needle: string): RankedHit {
  const match = bestMatch(hit.candidate, needle);
  if (!match) throw new Error(`search: ${hit.candidate.id} scored but does not match`);
  return {
    id: hit.candidate.id,
    label: hit.candidate.label,
    score: hit.score,
    matchedOn: hit.matchedOn,
    ...snippetOf(match.source, match.start, match.end),
    sortName: hit.sortName,
  };
}

/** `rankScored` with every hit's snippet. */
export function rank(candidates: readonly Candidate[], needle: string): RankedHit[] {
  return rankScored(candidates, needle).map((hit) => withSnippet(hit, needle));
}
