import type { Corpus, CorpusDocument, CorpusNode } from '../fulltext/corpus.ts';
import type { Services } from '../services.ts';

/** What a handler knows about the question once it is linked and scoped. */
export interface AskContext {
  corpus: Corpus;
  question: string;
  /** The normalised question (norm()). */
  q: string;
  doc: CorpusDocument | null;
  areaId: string | null;
  /** The agents the question names, resolved in scope, in question order. */
  agents: CorpusNode[];
  /** Duty type codes the question names (lexicon DUTY_TYPE_CUES). */
  duties: string[];
  asOf: string | null;
  /** The question (or its arguments) chose the document; false when it is the default. */
  docExplicit: boolean;
  services: Services;
}
