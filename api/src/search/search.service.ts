import { graphCache, graphCachesOn } from '../cache.ts';
import { builtCorpus, type Corpus } from '../fulltext/corpus.ts';
import { paginate, type ConnectionValue } from '../graph/connection.ts';
import { assertId } from '../graph/input.ts';
import { BadUserInputError } from '../errors.ts';
import type { NodeRecord } from '../graph/records.ts';
import { isCurrent, today } from '@accgraph/schema';
import type { ServiceDeps } from '../services.ts';
import { cypher, type Row } from '../store/index.ts';
import { CYPHER_FOLDS, FOLDABLE, foldNeedle } from './fold.ts';
import { GramIndex } from './grams.ts';
import { lowerIfPlain, rankScored, withSnippet, type Candidate, type MatchedOn } from './rank.ts';
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

/** One candidate: its row, the text matched (lower-cased) and, where foldable, folded. */
interface Straw {
  row: Row;
  raw: string;
  folded: string | null;
}

/** Every candidate, in the candidate queries' order; by area too (duty types in every area). */
interface Haystack {
  names: Straw[];
  namesByArea: Map<string, Straw[]>;
  obligations: Straw[];
  obligationsByArea: Map<string, Straw[]>;
  /** Trigram lists of `names` and `obligations` (null: too many distinct characters; scan). */
  nameGrams: GramIndex | null;
  obligationGrams: GramIndex | null;
}

/** The trigram lists of a kept candidate list (the raw text and, where foldable, the folded). */
const gramsOf = (straws: readonly Straw[]) =>
  GramIndex.build(straws.length, (i) => {
    const s = straws[i]!;
    return s.folded === null ? [s.raw] : [s.raw, s.folded];
  });

function straw(row: Row): Straw[] {
  if (typeof row.raw !== 'string') return [];
  let folded: string | null = null;
  if (foldable(row.raw)) {
    folded = row.raw;
    for (const [from, to] of CYPHER_FOLDS) folded = folded.replaceAll(from, to);
  }
  return [{ row, raw: row.raw, folded }];
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
  return {
    names: n,
    namesByArea: byAreaOf(n, (s) => s.row.dutyType === true),
    obligations: o,
    obligationsByArea: byAreaOf(o, () => false),
    nameGrams: gramsOf(n),
    obligationGrams: gramsOf(o),
  };
}

/**
 * The first `limit` candidates that contain `needle`, in order: those the
 * trigram lists `grams` (of all of `straws`) give, else every one, tested alike.
 */
function matching(
  straws: readonly Straw[],
  grams: GramIndex | null,
  needle: string,
  limit: number,
  keep: (row: Row) => boolean = () => true,
): Row[] {
  const found: Row[] = [];
  if (limit <= 0) return found;
  const test = (s: Straw) => {
    if ((s.raw.includes(needle) || s.folded?.includes(needle)) && keep(s.row)) found.push(s.row);
    return found.length < limit;
  };
  if (grams) grams.candidates(needle, (i) => test(straws[i]!));
  else for (const s of straws) if (!test(s)) break;
  return found;
}

/**
 * The rows search-names(-in-area).cypher and search-obligations(-in-area).cypher
 * would answer, filtered from every candidate kept in memory (graph cache
 * `search`, loaded once per write generation): a search no longer reads
 * every name and obligation of the store.
 */
function fromHaystack(
  haystack: Haystack,
  needle: string,
  areaId: string | null,
  named: NamedKinds,
  obligations: boolean,
): [Row[], Row[]] {
  const kinds = NAME_KINDS.filter((k) => named[k]);
  // every area: the trigram lists; one area: its (short) lists, scanned
  const names =
    areaId === null ? haystack.names : (haystack.namesByArea.get(areaId) ?? dutyTypes(haystack));
  const texts =
    areaId === null ? haystack.obligations : (haystack.obligationsByArea.get(areaId) ?? []);
  const keep = (row: Row) => kinds.some((k) => row[k] === true);
  return [
    kinds.length === 0
      ? []
      : matching(names, areaId === null ? haystack.nameGrams : null, needle, NAME_CANDIDATES, keep),
    obligations
      ? matching(texts, areaId === null ? haystack.obligationGrams : null, needle, TEXT_CANDIDATES)
      : [],
  ];
}

/** An area without names still has the duty types (they belong to no area). */
function dutyTypes(haystack: Haystack): Straw[] {
  return haystack.names.filter((s) => s.row.dutyType === true);
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

/**
 * Ranked search over names, aliases, codes and obligation texts. Candidates
 * come from two bounded Cypher queries (lower-cased, folded CONTAINS); the
 * ranking is the pure `rank` (rank.ts); only the page's nodes are loaded.
 * Returns plain records; the resolver shapes them.
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
    const fold = { folds: FOLDS, foldable: FOLDABLE };
    const { store } = this.deps;
    const anyName = Object.values(named).some(Boolean);
    const wantTexts = kinds.includes('OBLIGATION');
    const [names, texts] = graphCachesOn(store)
      ? fromHaystack(
          await graphCache<Haystack>(store, 'search').fetch('haystack', async () => {
            const [n, o] = await Promise.all([
              store.read(HAYSTACK_NAMES.with({})),
              store.read(HAYSTACK_OBLIGATIONS.with({})),
            ]);
            const corpus = builtCorpus(store);
            shareStrings(n, corpus);
            shareStrings(o, corpus);
            return haystackOf(n, o);
          }),
          needle,
          areaId,
          named,
          wantTexts,
        )
      : await Promise.all([
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
    const asOf = args.asOf ?? today();
    const current = (row: Row) => args.allTime || isCurrent(row.validFrom, row.validTo, asOf);
    // every candidate scored and ordered; snippets only for the page's hits
    const hits = rankScored(
      [...names.filter(current).map(nameCandidate), ...texts.filter(current).map(textCandidate)],
      needle,
    );
    const page = paginate(hits, args, (h) => h.candidate.id);
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
}
