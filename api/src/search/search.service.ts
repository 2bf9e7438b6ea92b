import { graphCache, graphCachesOn } from '../cache.ts';
import { builtCorpus, type Corpus } from '../fulltext/corpus.ts';
import { paginate, type ConnectionValue } from '../graph/connection.ts';
import { assertId } from '../graph/input.ts';
import { BadUserInputError } from '../errors.ts';
import type { NodeRecord } from '../graph/records.ts';
import { compareIds, firstDay, isCurrent, today } from '@accgraph/schema';
import type { ServiceDeps } from '../services.ts';
import { cypher, type Row } from '../store/index.ts';
import { CYPHER_FOLDS, FOLDABLE, foldNeedle } from './fold.ts';
import { GramIndex, HeldBytes } from './grams.ts';
import {
  foldedText,
  foldsOf,
  lowerIfPlain,
  rankScored,
  scoreFolds,
  scoreOfFolds,
  SCORES,
  withSnippet,
  type Candidate,
  type Folds,
  type MatchedOn,
  type ScoredHit,
} from './rank.ts';
import type { SearchArgs, SearchKind } from './search.type.ts';

const SEARCH_NAMES = cypher(import.meta.url, './search-names.cypher');
const SEARCH_OBLIGATIONS = cypher(import.meta.url, './search-obligations.cypher');
// The same searches within one area, anchored on the areaId index (same rows).
const SEARCH_NAMES_IN_AREA = cypher(import.meta.url, './search-names-in-area.cypher');
const SEARCH_OBLIGATIONS_IN_AREA = cypher(import.meta.url, './search-obligations-in-area.cypher');
// Every candidate of the two searches, kept per write generation (graph cache `search`).
const HAYSTACK_NAMES = cypher(import.meta.url, './search-haystack-names.cypher');
const HAYSTACK_OBLIGATIONS = cypher(import.meta.url, './search-haystack-obligations.cypher');

export const MIN_TEXT = 2;
export const MAX_TEXT = 200;
/** At most this many name matches and this many obligation-text matches are ranked. */
export const NAME_CANDIDATES = 1000;
export const TEXT_CANDIDATES = 500;

const ALL_KINDS: SearchKind[] = [
  'BODY',
  'POST',
  'ORGANISATION',
  'PERSON',
  'OBLIGATION',
  'DUTY_TYPE',
  'DOCUMENT',
];
const FOLDS = CYPHER_FOLDS.map(([from, to]) => [from, to]);
/** FOLDABLE as a JavaScript test: `raw` holds a backtick or a non-ASCII character. */
function foldable(raw: string): boolean {
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    if (code === 0x60 || code > 0x7f) return true;
  }
  return false;
}

type NamedKinds = Record<
  'body' | 'post' | 'organisation' | 'person' | 'document' | 'dutyType',
  boolean
>;

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Cypher's ascending order of possibly-null strings: nulls last. */
const cmpNullable = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string'
    ? cmpStr(a, b)
    : typeof a === 'string'
      ? -1
      : typeof b === 'string'
        ? 1
        : 0;

const NAME_KINDS = ['body', 'post', 'organisation', 'person', 'document', 'dutyType'] as const;

/** The kinds `of` says true, as bits (NAME_KINDS, one bit each). */
function kindBits(of: Partial<Record<(typeof NAME_KINDS)[number], unknown>>): number {
  let kinds = 0;
  NAME_KINDS.forEach((k, i) => {
    if (of[k] === true) kinds |= 1 << i;
  });
  return kinds;
}

/** One candidate: its row, the text matched (lower-cased) and, where foldable, folded. */
interface Straw {
  row: Row;
  raw: string;
  folded: string | null;
  /** Its kinds (NAME_KINDS, one bit each; 0 for an obligation). */
  kinds: number;
  /** What its score reads (rank.ts `Folds`), folded once per write generation. */
  folds: Folds;
  /**
   * Its place in the order hits of one score take (a name: by name, then id;
   * an obligation: by id); the order of one list's straws, unique within it.
   */
  rank: number;
  /** Its id is also another candidate's (rank's "each node appears once" then needs a look). */
  shared: boolean;
  /** Its period's bounds as first days (`isCurrent`'s reading; null: open). */
  from: string | null;
  to: string | null;
}

/** A period bound as `isCurrent` reads it: a first day, or null when open. */
const bound = (value: unknown) =>
  typeof value === 'string' && value !== '' ? firstDay(value) : null;

/** Every candidate, in the candidate queries' order; by area too (duty types in every area). */
interface Haystack {
  names: Straw[];
  namesByArea: Map<string, Straw[]>;
  obligations: Straw[];
  obligationsByArea: Map<string, Straw[]>;
  /** Trigram lists of `names` and `obligations` (null: too many distinct characters; scan). */
  nameGrams: GramIndex | null;
  obligationGrams: GramIndex | null;
  /** What the trigram lists hold (private typed arrays): counted by the cache's estimate. */
  gramBytes: HeldBytes;
  /** Above every straw's `rank`: a hit's order key is (100 - score) * rankSpan + rank. */
  rankSpan: number;
  /** `names` by rank, `obligations` by rank. */
  namesByRank: Straw[];
  obligationsByRank: Straw[];
}

/** The trigram lists of a kept candidate list (the raw text and, where foldable, the folded). */
const gramsOf = (straws: readonly Straw[]) =>
  GramIndex.build(straws.length, (i) => {
    const s = straws[i]!;
    return s.folded === null ? [s.raw] : [s.raw, s.folded];
  });

const NO_FOLDS: Folds = { name: null, aliases: [], code: null, spaced: null, text: null };

function straw(row: Row): Straw[] {
  if (typeof row.raw !== 'string') return [];
  let folded: string | null = null;
  if (foldable(row.raw)) {
    folded = row.raw;
    for (const [from, to] of CYPHER_FOLDS) folded = folded.replaceAll(from, to);
  }
  const kinds = kindBits(row);
  return [
    {
      row,
      raw: row.raw,
      folded,
      kinds,
      folds: NO_FOLDS,
      rank: 0,
      shared: false,
      from: bound(row.validFrom),
      to: bound(row.validTo),
    },
  ];
}

/**
 * An obligation's text folded (rank.ts `foldedText`): its raw text where that
 * is so (a plain text, lower-cased alike by the store; `matching` found the
 * needle in it), else what its folds keep.
 */
function textFold(s: Straw): string | null {
  return s.folded === null && s.row.foldedText === s.raw ? s.raw : s.folds.text;
}

/** Sorts `straws` by `order`, numbers them in that order (`rank`) and returns them so sorted. */
function ranked(straws: readonly Straw[], order: (a: Straw, b: Straw) => number): Straw[] {
  const byRank = [...straws].sort(order);
  byRank.forEach((s, i) => (s.rank = i));
  return byRank;
}

function byAreaOf(straws: Straw[], everywhere: (s: Straw) => boolean): Map<string, Straw[]> {
  const areas = new Map<string, Straw[]>();
  for (const s of straws) {
    if (typeof s.row.areaId === 'string' && !areas.has(s.row.areaId)) areas.set(s.row.areaId, []);
  }
  for (const s of straws) {
    if (everywhere(s)) for (const list of areas.values()) list.push(s);
    else if (typeof s.row.areaId === 'string') areas.get(s.row.areaId)!.push(s);
  }
  return areas;
}

/** `value`, or an equal string `corpus` already holds (one copy of the text in memory). */
function same(value: unknown, ...held: unknown[]): unknown {
  if (typeof value !== 'string') return value;
  for (const h of held) if (h === value) return h;
  return value;
}

/**
 * Replaces, in the candidate rows, each string equal to one the ask corpus
 * holds for the same node (names, aliases, codes, obligation texts, ids,
 * areas, dates) by the corpus's copy, so the process keeps one copy of each
 * (issue 16 point 3). Values compare equal either way: answers do not change,
 * and a corpus older than the rows only shares less.
 */
function shareStrings(rows: Row[], corpus: Corpus | undefined): void {
  if (!corpus) return;
  for (const row of rows) {
    const node = corpus.nodes.get(String(row.id));
    if (!node) continue;
    const p = node.props;
    row.id = same(row.id, node.id);
    row.areaId = same(row.areaId, node.areaId, p.areaId);
    row.name = same(row.name, p.name, p.title, p.label);
    row.code = same(row.code, p.code);
    row.text = same(row.text, p.text);
    row.documentId = same(row.documentId, p.documentId);
    row.validFrom = same(row.validFrom, p.validFrom, p.effectiveFrom);
    row.validTo = same(row.validTo, p.validTo, p.effectiveTo);
    if (Array.isArray(row.aliases) && Array.isArray(p.aliases)) {
      const held = p.aliases as unknown[];
      row.aliases = row.aliases.map((a: unknown, i: number) => same(a, held[i]));
    }
  }
}

/** The kept candidates from the rows of the two haystack queries. */
function haystackOf(names: Row[], obligations: Row[]): Haystack {
  const n = names
    .flatMap(straw)
    .sort(
      (a, b) =>
        Number(a.row.nameLength) - Number(b.row.nameLength) ||
        cmpStr(String(a.row.id), String(b.row.id)),
    );
  const o = obligations
    .flatMap(straw)
    .sort(
      (a, b) =>
        cmpNullable(a.row.documentId, b.row.documentId) ||
        cmpStr(String(a.row.id), String(b.row.id)),
    );
  // a plain text's fold is its lower-cased self: where that is the store's, ranking reuses it
  for (const s of o) {
    if (s.folded === null && typeof s.row.text === 'string' && lowerIfPlain(s.row.text) === s.raw) {
      s.row.foldedText = s.raw;
    }
  }
  // what scoring reads, folded now rather than by every search
  for (const s of n) s.folds = foldsOf(nameCandidate(s.row));
  // (a plain text's fold is its raw text, kept once: `textFold`)
  for (const s of o) {
    const text = typeof s.row.text === 'string' ? s.row.text : '';
    if (text && s.row.foldedText !== s.raw) s.folds = { ...NO_FOLDS, text: foldedText(text) };
  }
  const ids = new Map<string, number>();
  for (const s of [...n, ...o]) ids.set(String(s.row.id), (ids.get(String(s.row.id)) ?? 0) + 1);
  for (const s of [...n, ...o]) s.shared = ids.get(String(s.row.id))! > 1;
  const nameGrams = gramsOf(n);
  const obligationGrams = gramsOf(o);
  const sortName = (s: Straw) => (typeof s.row.name === 'string' ? s.row.name : '');
  return {
    names: n,
    namesByArea: byAreaOf(n, (s) => s.row.dutyType === true),
    obligations: o,
    obligationsByArea: byAreaOf(o, () => false),
    nameGrams,
    obligationGrams,
    gramBytes: new HeldBytes((nameGrams?.bytes ?? 0) + (obligationGrams?.bytes ?? 0)),
    rankSpan: Math.max(n.length, o.length) + 1,
    // rank.ts's order of hits of one score: by name (code units), then id
    namesByRank: ranked(n, (a, b) => {
      const an = sortName(a);
      const bn = sortName(b);
      return an !== bn ? (an < bn ? -1 : 1) : compareIds(String(a.row.id), String(b.row.id));
    }),
    // obligations have no name: by id
    obligationsByRank: ranked(o, (a, b) => compareIds(String(a.row.id), String(b.row.id))),
  };
}

/**
 * The first `limit` candidates that contain `needle`, in order: those the
 * trigram lists `grams` (of all of `straws`) give, else every one, tested alike.
 * A candidate of names is kept when it is of a kind in `kinds` (a bit mask).
 */
function matching(
  straws: readonly Straw[],
  grams: GramIndex | null,
  needle: string,
  limit: number,
  kinds: number,
): Straw[] {
  const found: Straw[] = [];
  if (limit <= 0) return found;
  const test = (s: Straw) => {
    if (
      (s.raw.includes(needle) || s.folded?.includes(needle)) &&
      (kinds === 0 || s.kinds & kinds)
    ) {
      found.push(s);
    }
    return found.length < limit;
  };
  if (grams) grams.candidates(needle, (i) => test(straws[i]!));
  else for (const s of straws) if (!test(s)) break;
  return found;
}

/**
 * The straws search-names(-in-area).cypher and search-obligations(-in-area).cypher
 * would answer rows of, filtered from every candidate kept in memory (graph cache
 * `search`, loaded once per write generation): a search no longer reads
 * every name and obligation of the store.
 */
function fromHaystack(
  haystack: Haystack,
  needle: string,
  areaId: string | null,
  named: NamedKinds,
  obligations: boolean,
): [Straw[], Straw[]] {
  const kinds = kindBits(named);
  // every area: the trigram lists; one area: its (short) lists, scanned
  const names =
    areaId === null ? haystack.names : (haystack.namesByArea.get(areaId) ?? dutyTypes(haystack));
  const texts =
    areaId === null ? haystack.obligations : (haystack.obligationsByArea.get(areaId) ?? []);
  return [
    kinds === 0
      ? []
      : matching(
          names,
          areaId === null ? haystack.nameGrams : null,
          needle,
          NAME_CANDIDATES,
          kinds,
        ),
    obligations
      ? matching(
          texts,
          areaId === null ? haystack.obligationGrams : null,
          needle,
          TEXT_CANDIDATES,
          0,
        )
      : [],
  ];
}

/** An area without names still has the duty types (they belong to no area). */
function dutyTypes(haystack: Haystack): Straw[] {
  return haystack.names.filter((s) => s.row.dutyType === true);
}

/**
 * `rankScored` over the candidates of `names` then `texts` (kept straws), as
 * order keys: only what the order needs is computed per search (each straw's
 * score from its kept folds; its place among hits of one score is its kept
 * rank; whether it is current at `at` (a first day; null: every period)
 * from its kept bounds), and no candidate object is built. Returns the hits
 * in rank's order.
 */
function rankStraws(
  haystack: Haystack,
  names: readonly Straw[],
  texts: readonly Straw[],
  needle: string,
  at: string | null,
): Straw[] {
  const span = haystack.rankSpan;
  const keys = new Float64Array(names.length + texts.length);
  let count = 0;
  let seen: Set<string> | null = null;
  /** rank's "each node appears once": the first candidate of an id that matches keeps it. */
  const first = (s: Straw) => {
    seen ??= new Set();
    const id = String(s.row.id);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  };
  for (const s of names) {
    // isCurrent(validFrom, validTo, at) from the kept bounds (at null: every period)
    if (at !== null && ((s.from !== null && s.from > at) || (s.to !== null && s.to <= at)))
      continue;
    const score = scoreFolds(s.folds, needle) >> 2;
    if (score === 0 || (s.shared && !first(s))) continue;
    keys[count++] = (SCORES.EXACT - score) * span + s.rank;
  }
  const textKey = (SCORES.EXACT - SCORES.TEXT) * span;
  for (const s of texts) {
    if (at !== null && ((s.from !== null && s.from > at) || (s.to !== null && s.to <= at)))
      continue;
    // a plain text's fold is the raw text `matching` found the needle in
    if (textFold(s) !== s.raw) {
      const text = s.folds.text;
      if (text === null || !text.includes(needle)) continue;
    }
    if (s.shared && !first(s)) continue;
    keys[count++] = textKey + s.rank;
  }
  const order = keys.subarray(0, count).sort();
  const hits: Straw[] = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const key = order[i]!;
    const rank = key % span;
    hits[i] = key >= textKey ? haystack.obligationsByRank[rank]! : haystack.namesByRank[rank]!;
  }
  return hits;
}

const nameCandidate = (row: Row): Candidate => ({
  id: String(row.id),
  label: String(row.label),
  name: typeof row.name === 'string' ? row.name : null,
  aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
  code: typeof row.code === 'string' ? row.code : null,
  text: null,
});

const textCandidate = (row: Row): Candidate => ({
  id: String(row.id),
  label: 'Obligation',
  name: null,
  aliases: [],
  code: null,
  text: String(row.text ?? ''),
  ...(typeof row.foldedText === 'string' ? { foldedText: row.foldedText } : {}),
});

/** One ranked hit with its node's record (the resolver shapes it into a SearchHit). */
export interface SearchHitData {
  node: NodeRecord;
  score: number;
  matchedOn: MatchedOn;
  snippet: string;
  matchStart: number;
  matchEnd: number;
}

/** A kept straw's hit as `rankScored` gives it (score and field from its kept folds). */
function scoredStraw(s: Straw, needle: string): ScoredHit {
  // names carry their kinds; obligations none
  const candidate = s.kinds === 0 ? textCandidate(s.row) : nameCandidate(s.row);
  const folds = s.kinds === 0 && textFold(s) === s.raw ? { ...NO_FOLDS, text: s.raw } : s.folds;
  const match = scoreOfFolds(scoreFolds(folds, needle));
  if (!match) throw new Error(`search: ${candidate.id} ranked but does not match`);
  return { candidate, ...match, sortName: candidate.name ?? '' };
}

/**
 * Ranked search over names, aliases, codes and obligation texts. Candidates
 * come from two bounded Cypher queries (lower-cased, folded CONTAINS) or,
 * with graph caches, from every candidate kept in memory; the ranking is
 * `rank`'s (rank.ts); only the page's nodes are loaded and only its hits get
 * snippets. Returns plain records; the resolver shapes them.
 */
export class SearchService {
  constructor(private readonly deps: ServiceDeps) {}

  async search(args: SearchArgs): Promise<ConnectionValue<SearchHitData>> {
    const needle = foldNeedle(args.text);
    if (needle.length < MIN_TEXT || needle.length > MAX_TEXT) {
      throw new BadUserInputError(
        `"text" must be ${MIN_TEXT} to ${MAX_TEXT} characters (spaces trimmed).`,
      );
    }
    const areaId = args.areaId ? assertId(args.areaId, 'areaId') : null;
    const kinds = args.kinds?.length ? args.kinds : ALL_KINDS;
    const wanted = new Set(kinds);
    const named = {
      body: wanted.has('BODY'),
      post: wanted.has('POST'),
      organisation: wanted.has('ORGANISATION'),
      person: wanted.has('PERSON'),
      document: wanted.has('DOCUMENT'),
      dutyType: wanted.has('DUTY_TYPE'),
    };
    const wantTexts = wanted.has('OBLIGATION');
    const asOf = args.asOf ?? today();
    const current = (row: Row) => args.allTime || isCurrent(row.validFrom, row.validTo, asOf);
    const page = graphCachesOn(this.deps.store)
      ? await this.keptPage(args, needle, areaId, named, wantTexts)
      : await this.queriedPage(args, needle, areaId, named, wantTexts, current);
    const nodes = new Map(
      (await this.deps.loaders.nodes(page.edges.map((e) => e.node.candidate.id))).map((r) => [
        r.id,
        r,
      ]),
    );
    const edges = page.edges.flatMap(({ cursor, node: scored }) => {
      const node = nodes.get(scored.candidate.id);
      if (!node) return [];
      const { score, matchedOn, snippet, matchStart, matchEnd } = withSnippet(scored, needle);
      return [{ cursor, node: { node, score, matchedOn, snippet, matchStart, matchEnd } }];
    });
    return { ...page, edges };
  }

  /** The page from the kept candidates (graph cache `search`): scored by their kept folds, ordered by key. */
  private async keptPage(
    args: SearchArgs,
    needle: string,
    areaId: string | null,
    named: NamedKinds,
    wantTexts: boolean,
  ): Promise<ConnectionValue<ScoredHit>> {
    const { store } = this.deps;
    const haystack = await graphCache<Haystack>(store, 'search').fetch('haystack', async () => {
      const [n, o] = await Promise.all([
        store.read(HAYSTACK_NAMES.with({})),
        store.read(HAYSTACK_OBLIGATIONS.with({})),
      ]);
      const corpus = builtCorpus(store);
      shareStrings(n, corpus);
      shareStrings(o, corpus);
      return haystackOf(n, o);
    });
    const [names, texts] = fromHaystack(haystack, needle, areaId, named, wantTexts);
    const at = args.allTime ? null : firstDay(args.asOf ?? today());
    const hits = rankStraws(haystack, names, texts, needle, at);
    const page = paginate(hits, args, (s) => String(s.row.id));
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: scoredStraw(node, needle) })),
    };
  }

  /** The page from the candidate queries (no graph caches: Neo4j, GRAPH_CACHES=off). */
  private async queriedPage(
    args: SearchArgs,
    needle: string,
    areaId: string | null,
    named: NamedKinds,
    wantTexts: boolean,
    current: (row: Row) => boolean,
  ): Promise<ConnectionValue<ScoredHit>> {
    const { store } = this.deps;
    const fold = { folds: FOLDS, foldable: FOLDABLE };
    const anyName = Object.values(named).some(Boolean);
    const [names, texts] = await Promise.all([
      !anyName
        ? []
        : store.read(
            (areaId ? SEARCH_NAMES_IN_AREA : SEARCH_NAMES).with({
              needle,
              areaId,
              ...named,
              ...fold,
              candidateLimit: NAME_CANDIDATES,
            }),
          ),
      wantTexts
        ? store.read(
            (areaId ? SEARCH_OBLIGATIONS_IN_AREA : SEARCH_OBLIGATIONS).with({
              needle,
              areaId,
              ...fold,
              candidateLimit: TEXT_CANDIDATES,
            }),
          )
        : [],
    ]);
    const hits = rankScored(
      [...names.filter(current).map(nameCandidate), ...texts.filter(current).map(textCandidate)],
      needle,
    );
    return paginate(hits, args, (h) => h.candidate.id);
  }
}
