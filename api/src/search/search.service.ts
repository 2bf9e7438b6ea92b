import { paginate, type ConnectionValue } from '../graph/connection.ts';
import { assertId } from '../graph/input.ts';
import { BadUserInputError } from '../errors.ts';
import type { NodeRecord } from '../graph/records.ts';
import { isCurrent } from '@accgraph/schema';
import type { ServiceDeps } from '../services.ts';
import { cypher, type Row } from '../store/index.ts';
import { CYPHER_FOLDS, FOLDABLE, foldNeedle } from './fold.ts';
import { rank, type Candidate, type MatchedOn } from './rank.ts';
import type { SearchArgs, SearchKind } from './search.type.ts';

const SEARCH_NAMES = cypher(import.meta.url, './search-names.cypher');
const SEARCH_OBLIGATIONS = cypher(import.meta.url, './search-obligations.cypher');
// The same searches within one area, anchored on the areaId index (same rows).
const SEARCH_NAMES_IN_AREA = cypher(import.meta.url, './search-names-in-area.cypher');
const SEARCH_OBLIGATIONS_IN_AREA = cypher(import.meta.url, './search-obligations-in-area.cypher');

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
    const [names, texts] = await Promise.all([
      !Object.values(named).some(Boolean)
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
      kinds.includes('OBLIGATION')
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
    const current = (row: Row) =>
      args.allTime || isCurrent(row.validFrom, row.validTo, args.asOf ?? undefined);
    const hits = rank(
      [...names.filter(current).map(nameCandidate), ...texts.filter(current).map(textCandidate)],
      needle,
    );
    const page = paginate(hits, args, (h) => h.id);
    const nodes = new Map(
      (await this.deps.loaders.nodes(page.edges.map((e) => e.node.id))).map((r) => [r.id, r]),
    );
    const edges = page.edges.flatMap(({ cursor, node: hit }) => {
      const node = nodes.get(hit.id);
      if (!node) return [];
      const { score, matchedOn, snippet, matchStart, matchEnd } = hit;
      return [{ cursor, node: { node, score, matchedOn, snippet, matchStart, matchEnd } }];
    });
    return { ...page, edges };
  }
}
