import { BadUserInputError } from '../errors.ts';
import { assertId } from '../graph/input.ts';
import type { ServiceDeps } from '../services.ts';
import { corpusOf, type Corpus } from './corpus.ts';
import { parseQuery, type TextHit as Hit } from './fulltext.index.ts';

export const MAX_FIRST = 50;

export interface TextSearchArgs {
  query: string;
  areaId?: string | null;
  documentId?: string | null;
  first?: number | null;
}

/** Full-text search over the documents' own words (the corpus index, corpus.ts). */
export class FullTextService {
  constructor(private readonly deps: ServiceDeps) {}

  corpus(): Promise<Corpus> {
    return corpusOf(this.deps.store);
  }

  async search(args: TextSearchArgs) {
    const query = args.query.trim();
    if (query.length < 2 || query.length > 200) {
      throw new BadUserInputError('"query" must be 2 to 200 characters (spaces trimmed).');
    }
    const first = args.first ?? 10;
    if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
      throw new BadUserInputError(`"first" must be 1 to ${MAX_FIRST}.`);
    }
    const areaId = args.areaId ? assertId(args.areaId, 'areaId') : null;
    const documentId = args.documentId ? assertId(args.documentId, 'documentId') : null;
    if (areaId) await this.deps.loaders.required(areaId, 'area');
    if (documentId) await this.deps.loaders.required(documentId, 'document');
    const corpus = await this.corpus();
    const hits = corpus.index.search({ query, areaId, documentId, limit: first });
    const { phrases, stems, prefixes } = parseQuery(query);
    return {
      understood: [
        ...stems.map((s) => (prefixes.has(s) ? `${s}*` : s)),
        ...phrases.map((p) => `"${p}"`),
      ].join(' '),
      indexed: corpus.index.size,
      hits: hits.map((h) => textHit(corpus, h)),
    };
  }
}

/** A hit as the API shows it: with its document's title, year and whether it is current. */
export function textHit(corpus: Corpus, { passage, score, highlights }: Hit) {
  const doc = corpus.documents.get(passage.documentId);
  return {
    kind: passage.kind,
    documentId: passage.documentId,
    documentTitle: doc?.title ?? passage.documentId,
    areaId: passage.areaId,
    year: doc?.year ?? null,
    current: doc?.current ?? false,
    section: passage.section,
    snippet: passage.text,
    highlights,
    start: passage.start,
    end: passage.end,
    score: Math.round(score * 1000) / 1000,
  };
}
