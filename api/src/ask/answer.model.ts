import { basisOf, firstDay, type Evidence } from '@accgraph/schema';
import type { Corpus, CorpusDocument, CorpusRelationship } from '../fulltext/corpus.ts';
import { terms } from '../fulltext/words.ts';
import type { Intent } from './intent.ts';

export type AnswerKind = 'ANSWER' | 'NOT_STATED' | 'NOT_UNDERSTOOD' | 'AMBIGUOUS';

export interface AnswerEvidenceData {
  documentId: string;
  documentTitle: string;
  current: boolean;
  section: string;
  quote: string;
  start: number;
  end: number;
  /** Why, when the quote supports a fact that is our reading (INTERPRETED), else null. */
  interpretation: string | null;
}

/** A quote with the reason of the INTERPRETED fact it supports (decision 0026). */
type QuotedEvidence = Evidence & { interpretation?: string };

export interface AnswerNodeData {
  id: string;
  name: string;
  label: string;
}

export interface LinkedData {
  mention: string;
  id: string;
  name: string;
  label: string;
}

export interface AlternativeData {
  label: string;
  question: string;
  nodeId: string | null;
  areaId: string | null;
  documentId: string | null;
}

export interface InterpretationData {
  intent: Intent;
  linked: LinkedData[];
  areaId: string | null;
  documentId: string | null;
  documentTitle: string | null;
  asOf: string | null;
  operation: string | null;
}

export interface AnswerData {
  kind: AnswerKind;
  text: string;
  evidence: AnswerEvidenceData[];
  nodes: AnswerNodeData[];
  interpretation: InterpretationData;
  alternatives: AlternativeData[];
}

export const MAX_EVIDENCE = 10;

/** What an intent's handler hands back; the service adds the interpretation. */
export interface Draft {
  kind: AnswerKind;
  text: string;
  /** Evidence in the handler's order of importance (ranked again against the question). */
  evidence: Evidence[];
  /** Evidence that must come first whatever the question's words (e.g. a note's own words). */
  lead?: Evidence[];
  nodes: string[];
  operation: string | null;
  alternatives?: AlternativeData[];
}

/** "Wiltshire's 2014 protocol", "Oxfordshire's 2009 working arrangements". */
export function docLabel(doc: CorpusDocument): string {
  const kind = (doc.kind ?? 'document').replace(/-/g, ' ');
  return `${doc.areaName}'s ${doc.year ?? ''} ${kind}`.replace(/\s+/g, ' ');
}

/** docLabel plus "(superseded)" when a later document took over. */
export function docPhrase(doc: CorpusDocument): string {
  return doc.current ? docLabel(doc) : `${docLabel(doc)} (superseded)`;
}

/** The asOf that selects a document's statements (its first day in force). */
export function asOfFor(doc: CorpusDocument | null): string | null {
  return doc?.effectiveFrom ? firstDay(doc.effectiveFrom) : null;
}

/** "A", "A and B", "A, B and C" (at most `max` names, then "and N others"). */
export function list(items: readonly string[], max = 5): string {
  const unique = [...new Set(items)];
  if (unique.length > max) {
    const shown = unique.slice(0, max);
    return `${shown.join(', ')} and ${unique.length - max} other${unique.length - max > 1 ? 's' : ''}`;
  }
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

export function nameOf(corpus: Corpus, id: string): string {
  return corpus.nodes.get(id)?.name ?? id;
}

/** "the X" for a name that is a common noun ("Chair of the WSCB"), the name otherwise. */
export function the(corpus: Corpus, id: string): string {
  const n = nameOf(corpus, id);
  return /^(?:Chair|Director|Lead|Independent|Board|Training|Corporate|Chief|Partner|Relevant|Elected|Practitioners|Health|Multi|Community|Business|Children|Safeguarding|Strategic|Public|Joint|Voice|Quality|Practice|Service|Carers)\b/.test(
    n,
  ) && !/^Children's Trust$/.test(n)
    ? `the ${n}`
    : n;
}

/** Relationships of a node in one document (or all when doc is null). */
export function rels(
  corpus: Corpus,
  id: string,
  direction: 'OUT' | 'IN',
  types: readonly string[],
  doc: CorpusDocument | null,
): CorpusRelationship[] {
  const all = (direction === 'OUT' ? corpus.outgoing : corpus.incoming).get(id) ?? [];
  return all.filter((r) => types.includes(r.type) && (!doc || r.documentId === doc.id));
}

/**
 * Evidence of a relationship quoted from one document (all when doc is null);
 * the quotes of an INTERPRETED relationship carry its reason.
 */
export function evidenceOf(
  r: { evidence: Evidence[]; props?: Record<string, unknown> },
  doc: CorpusDocument | null,
): Evidence[] {
  const quotes = doc ? r.evidence.filter((e) => e.documentId === doc.id) : r.evidence;
  const { interpretation } = basisOf(r.props ?? {});
  return interpretation === null
    ? quotes
    : quotes.map((e): QuotedEvidence => ({ ...e, interpretation }));
}

/** Quotes and headings already split into their index terms (a national answer ranks 300 quotes). */
const TERMS_OF = new Map<string, readonly string[]>();
const MAX_TERMS_OF = 20_000;

/** The distinct index terms of a text (words.ts `terms`), memoised (the same quotes come back). */
function distinctTerms(text: string): readonly string[] {
  const kept = TERMS_OF.get(text);
  if (kept) return kept;
  const out = [...new Set(terms(text))];
  if (TERMS_OF.size >= MAX_TERMS_OF) TERMS_OF.clear();
  TERMS_OF.set(text, out);
  return out;
}

/**
 * Evidence best first: the lead items, then by how many of the question's
 * words each quote shares (stable, so the handler's order breaks ties),
 * deduplicated by place, at most MAX_EVIDENCE.
 */
export function rankEvidence(
  corpus: Corpus,
  question: string,
  lead: readonly Evidence[],
  evidence: readonly Evidence[],
  /** Texts whose words name the subject (a long one that comes back is split into terms once). */
  subjectWords: string | readonly string[] = '',
): AnswerEvidenceData[] {
  const subject = new Set(
    typeof subjectWords === 'string'
      ? terms(subjectWords)
      : subjectWords.flatMap((text) => distinctTerms(text)),
  );
  const wanted = new Set(terms(question).filter((t) => !subject.has(t)));
  const shared = (text: string) => {
    let n = 0;
    for (const t of distinctTerms(text)) if (wanted.has(t)) n += 1;
    return n;
  };
  // Words of the quote count twice, words of its section heading once.
  const score = (e: Evidence) => (wanted.size === 0 ? 0 : 2 * shared(e.quote) + shared(e.section));
  const ranked = evidence
    .map((e, i) => ({ e, i, s: score(e) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.e);
  const seen = new Set<string>();
  const out: AnswerEvidenceData[] = [];
  for (const e of [...lead, ...ranked]) {
    const key = `${e.documentId}:${e.start}:${e.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const doc = corpus.documents.get(e.documentId);
    out.push({
      documentId: e.documentId,
      documentTitle: doc?.title ?? e.documentId,
      current: doc?.current ?? false,
      section: e.section,
      quote: e.quote,
      start: e.start,
      end: e.end,
      interpretation: (e as QuotedEvidence).interpretation ?? null,
    });
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}

/** GraphQL string literal. */
export const lit = (s: string) => JSON.stringify(s);
export const EVIDENCE_FIELDS = 'evidence { quote section start end document { title } }';
