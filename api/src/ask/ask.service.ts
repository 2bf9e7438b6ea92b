import { isCurrent, isIsoDate } from '@accgraph/schema';
import { BadUserInputError, NotFoundError } from '../errors.ts';
import { derivedOnce } from '../cache.ts';
import type { Corpus, CorpusDocument, CorpusNode } from '../fulltext/corpus.ts';
import { FullTextService } from '../fulltext/fulltext.service.ts';
import { fold } from '../fulltext/words.ts';
import { assertId } from '../graph/input.ts';
import type { ServiceDeps } from '../services.ts';
import {
  asOfFor,
  docLabel,
  docPhrase,
  lit,
  rankEvidence,
  type AlternativeData,
  type AnswerData,
  type Draft,
} from './answer.model.ts';
import { changes } from './answers.changes.ts';
import {
  noteEvidence,
  documentDates,
  documentReplaces,
  documentReview,
  documentSignatories,
  documentStatus,
  missingContent,
} from './answers.documents.ts';
import {
  bodyDuties,
  dutiesIn,
  dutyHolders,
  findingsAnswer,
  jointWork,
  postDuties,
  statutoryBasis,
} from './answers.duties.ts';
import {
  chain,
  chairs,
  escalation,
  held,
  holders,
  members,
  reporting,
  subgroups,
  succession,
} from './answers.relations.ts';
import type { AskContext } from './context.ts';
import { classify, type Intent } from './intent.ts';
import { areasOf, inScope, link, type Mention } from './link.ts';
import { norm } from './normalise.ts';

export const MIN_QUESTION = 2;
export const MAX_QUESTION = 300;

export interface AskArgs {
  question: string;
  areaId?: string | null;
  documentId?: string | null;
  asOf?: string | null;
}

/** Intents answered from one document, whoever the question names. */
const DOCUMENT_INTENTS = new Set<Intent>([
  'DOCUMENT_DATES',
  'DOCUMENT_REVIEW',
  'DOCUMENT_REPLACES',
  'DOCUMENT_SIGNATORIES',
  'DOCUMENT_STATUS',
  'MISSING_CONTENT',
  'ESCALATION',
]);
const NEEDS_ONE = new Set<Intent>([
  'HOLDERS',
  'HELD',
  'POST_DUTIES',
  'BODY_DUTIES',
  'REPORTING',
  'MEMBERS',
  'CHAIRS',
  'SUBGROUPS',
]);
const NEEDS_TWO = new Set<Intent>(['CHAIN', 'JOINT_WORK']);

const byDate = (a: CorpusDocument, b: CorpusDocument) =>
  (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? '') || a.id.localeCompare(b.id);

/** Per corpus: every area's name and the words naming a document, as one text (split into terms once). */
const areaWords = derivedOnce((corpus: Corpus): string =>
  [...corpus.areas.values(), 'protocol plan document arrangements model'].join(' '),
);

/** Per corpus: its documents oldest first, sorted once (read-only). */
const documentsByDate = derivedOnce((corpus: Corpus): readonly CorpusDocument[] =>
  [...corpus.documents.values()].sort(byDate),
);

/**
 * Answers a question in plain words: links its names to nodes, areas and
 * documents, recognises what it asks (intent.ts), answers from the
 * statements of one document with their quotes, and says which GraphQL
 * operation returns the same facts. Deterministic; no model, no network.
 */
export class AskService {
  constructor(private readonly deps: ServiceDeps) {}

  async ask(args: AskArgs): Promise<AnswerData> {
    const question = args.question.trim();
    if (question.length < MIN_QUESTION || question.length > MAX_QUESTION) {
      throw new BadUserInputError(
        `"question" must be ${MIN_QUESTION} to ${MAX_QUESTION} characters (spaces trimmed).`,
      );
    }
    if (args.asOf && !isIsoDate(args.asOf))
      throw new BadUserInputError('"asOf" must be an ISO date (YYYY-MM-DD).');
    const corpus = await this.deps.services.get(FullTextService).corpus();
    let doc: CorpusDocument | null = null;
    if (args.documentId) {
      doc = corpus.documents.get(assertId(args.documentId, 'documentId')) ?? null;
      if (!doc) throw new NotFoundError('document', args.documentId);
    }
    if (args.areaId && !corpus.areas.has(assertId(args.areaId, 'areaId')))
      throw new NotFoundError('area', args.areaId);

    const links = link(corpus, question);
    const q = norm(question);
    // documentId binds; an area the question names wins over areaId, which is the default scope.
    let areaIds = doc
      ? [doc.areaId]
      : links.areas.length
        ? links.areas
        : args.areaId
          ? [args.areaId]
          : [];
    if (areaIds.length === 0) {
      // A name that belongs to one area only scopes the question to it.
      const implied = links.mentions
        .filter((m) => !m.loose)
        .map((m) => areasOf(corpus, m.candidates).filter((a) => a !== 'national'))
        .filter((as) => as.length === 1)
        .map((as) => as[0]!);
      if (implied.length) areaIds = [implied[0]!];
    }
    const docs = documentsByDate(corpus);
    let yearDocs = docs.filter(
      (d) =>
        d.year !== null &&
        links.years.includes(d.year) &&
        (areaIds.length === 0 || areaIds.includes(d.areaId)),
    );
    if (
      areaIds.length === 0 &&
      yearDocs.length &&
      new Set(yearDocs.map((d) => d.areaId)).size === 1
    ) {
      areaIds = [yearDocs[0]!.areaId];
    }
    if (areaIds.length === 0 && links.mentions.length) {
      // Every linked name shares one area.
      const shared = links.mentions
        .map((m) => new Set(areasOf(corpus, m.candidates)))
        .reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
      const areas = [...shared].filter((a) => a !== 'national');
      if (areas.length === 1) areaIds = areas;
    }
    yearDocs = yearDocs.filter((d) => areaIds.length === 0 || areaIds.includes(d.areaId));

    if (!doc && areaIds.length === 1) {
      const areaDocs = docs.filter((d) => d.areaId === areaIds[0]);
      if (args.asOf)
        doc = areaDocs.find((d) => isCurrent(d.effectiveFrom, d.effectiveTo, args.asOf)) ?? null;
      else if (yearDocs.length >= 1) doc = yearDocs.at(-1)!;
      else if (
        /\b(?:old|older|previous|earlier|former|superseded|first)\b/.test(q) &&
        areaDocs.length > 1
      )
        doc = areaDocs[0]!;
      else doc = this.documentFor(corpus, areaDocs, links.mentions);
    }

    const agents: CorpusNode[] = [];
    const linked: { mention: string; node: CorpusNode }[] = [];
    const ambiguous: { mention: Mention; nodes: CorpusNode[] }[] = [];
    for (const m of links.mentions) {
      const nodes = inScope(corpus, m, areaIds, doc);
      if (nodes.length === 1) {
        if (!agents.includes(nodes[0]!)) agents.push(nodes[0]!);
        linked.push({ mention: m.text, node: nodes[0]! });
      } else if (nodes.length > 1) ambiguous.push({ mention: m, nodes });
    }
    const folded = fold(question);
    const duties = dutiesIn(folded);
    // The words the intent rules read: each linked name stands as "x" ("Lead Member" is not "members").
    const qx = links.words
      .map((w, i) =>
        links.mentions.some((m) => i >= m.from && i < m.to)
          ? links.mentions.some((m) => m.from === i)
            ? 'x'
            : ''
          : w,
      )
      .filter(Boolean)
      .join(' ');
    const intent = classify({
      q: qx,
      quoted: /^\s*"[^"]+"\s*$/.test(question),
      agents: agents.length + ambiguous.length,
      firstIsPost: (agents[0] ?? ambiguous[0]?.nodes[0])?.label === 'Post',
      duty: duties.length > 0,
      years: links.years.length,
    });

    const base = {
      corpus,
      question,
      q,
      areaId: areaIds.length === 1 ? areaIds[0]! : null,
      agents,
      duties,
      services: this.deps.services,
    };
    const interpretation = (d: CorpusDocument | null, operation: string | null) => ({
      intent,
      linked: linked.map((l) => ({
        mention: l.mention,
        id: l.node.id,
        name: l.node.name,
        label: l.node.label,
      })),
      areaId: d?.areaId ?? base.areaId,
      documentId: d?.id ?? null,
      documentTitle: d?.title ?? null,
      asOf: args.asOf ?? asOfFor(d),
      operation,
    });
    // Words that name the subject, its area or its document do not tell quotes apart.
    const subjectWords = [
      [...agents.flatMap((a) => [a.name, ...a.aliases]), ...links.mentions.map((m) => m.text)].join(
        ' ',
      ),
      areaWords(corpus),
    ];
    const finish = (draft: Draft, d: CorpusDocument | null): AnswerData => ({
      kind: draft.kind,
      text: draft.text,
      // The handler's first 300 quotes are ranked (a national question can gather thousands).
      evidence: rankEvidence(
        corpus,
        question,
        draft.lead ?? [],
        draft.evidence.slice(0, 300),
        subjectWords,
      ),
      nodes: [...new Set(draft.nodes)].flatMap((id) => {
        const n = corpus.nodes.get(id);
        return n ? [{ id, name: n.name, label: n.label }] : [];
      }),
      interpretation: interpretation(d, draft.operation),
      alternatives: draft.alternatives ?? [],
    });

    // Ambiguity: a name that means several nodes in scope.
    if (ambiguous.length && !DOCUMENT_INTENTS.has(intent) && intent !== 'CHANGES') {
      const { mention, nodes } = ambiguous[0]!;
      const alternatives = nodes
        .slice(0, 10)
        .map((n) => this.alternative(corpus, links.words, mention, n));
      return finish(
        {
          kind: 'AMBIGUOUS',
          text: `"${mention.text}" could mean ${nodes.length} things: ${alternatives
            .map((a) => a.label)
            .slice(0, 4)
            .join('; ')}. Choose one.`,
          evidence: [],
          nodes: nodes.map((n) => n.id),
          operation: null,
          alternatives,
        },
        doc,
      );
    }

    // Questions about documents need one document.
    const needsDoc = DOCUMENT_INTENTS.has(intent) || intent === 'CHANGES';
    if (needsDoc && !doc && areaIds.length !== 1) {
      const choices = (yearDocs.length ? yearDocs : docs).slice(0, 10);
      return finish(
        {
          kind: 'AMBIGUOUS',
          text: `Which document? ${choices.length} could answer: ${choices.map(docLabel).slice(0, 5).join('; ')}.`,
          evidence: [],
          nodes: [],
          operation: null,
          alternatives: choices.map((d) => ({
            label: docLabel(d),
            question:
              `${question.replace(/[?.!\s]+$/, '')} in ${d.areaName} ${d.year ?? ''}?`.replace(
                ' ?',
                '?',
              ),
            nodeId: null,
            areaId: d.areaId,
            documentId: d.id,
          })),
        },
        null,
      );
    }

    const c: AskContext = {
      ...base,
      doc,
      asOf: args.asOf ?? asOfFor(doc),
      docExplicit: !!args.documentId || yearDocs.length > 0 || !!args.asOf,
    };
    if (intent === 'CHANGES') {
      const areaDocs = docs.filter((d) => d.areaId === (doc?.areaId ?? areaIds[0]));
      const pair: [CorpusDocument, CorpusDocument] | null =
        yearDocs.length >= 2
          ? [yearDocs[0]!, yearDocs.at(-1)!]
          : areaDocs.length >= 2
            ? [areaDocs.at(-2)!, areaDocs.at(-1)!]
            : null;
      if (pair && pair[0] !== pair[1]) return finish(changes(c, pair[0], pair[1]), pair[1]);
      return finish(
        {
          kind: 'NOT_STATED',
          text: `${doc ? docPhrase(doc) : 'This area'} has no other document to compare with.`.replace(
            /^./,
            (s) => s.toUpperCase(),
          ),
          evidence: [],
          nodes: [],
          operation: null,
        },
        doc,
      );
    }
    if (
      agents.length === 0 &&
      doc &&
      ['MEMBERS', 'CHAIRS', 'SUBGROUPS', 'BODY_DUTIES', 'STATUTORY_BASIS'].includes(intent)
    ) {
      // No body named: the document's own body, when it governs just one.
      const governed = (corpus.outgoing.get(doc.id) ?? []).filter((r) => r.type === 'GOVERNS');
      const only = governed.length === 1 ? corpus.nodes.get(governed[0]!.to) : undefined;
      if (only) agents.push(only);
    }
    if (
      (NEEDS_ONE.has(intent) && agents.length < 1) ||
      (NEEDS_TWO.has(intent) && agents.length < 2)
    ) {
      return finish(this.search(c), doc);
    }
    const draft = await this.dispatch(intent, c);
    return finish(
      draft.kind === 'NOT_STATED' && draft.evidence.length === 0 ? this.withNote(c, draft) : draft,
      doc,
    );
  }

  private async dispatch(intent: Intent, c: AskContext): Promise<Draft> {
    switch (intent) {
      case 'HOLDERS':
        return holders(c);
      case 'HELD':
        return held(c);
      case 'CHAIN':
        return chain(c);
      case 'POST_DUTIES':
        return postDuties(c);
      case 'BODY_DUTIES':
        return bodyDuties(c);
      case 'REPORTING':
        return reporting(c);
      case 'ESCALATION':
        return escalation(c);
      case 'MEMBERS':
        return members(c);
      case 'CHAIRS':
        return chairs(c);
      case 'SUBGROUPS':
        return subgroups(c);
      case 'STATUTORY_BASIS':
        return statutoryBasis(c);
      case 'DUTY_HOLDERS':
        return dutyHolders(c);
      case 'JOINT_WORK':
        return jointWork(c);
      case 'GAPS':
        return findingsAnswer(c, 'DUTY_COVERAGE_GAP');
      case 'DUPLICATION':
        return findingsAnswer(c, 'DUPLICATE_DUTY_HOLDERS');
      case 'SUCCESSION':
        return succession(c);
      case 'DOCUMENT_DATES':
        return documentDates(c);
      case 'DOCUMENT_REVIEW':
        return documentReview(c);
      case 'DOCUMENT_REPLACES':
        return documentReplaces(c);
      case 'DOCUMENT_SIGNATORIES':
        return documentSignatories(c);
      case 'DOCUMENT_STATUS':
        return documentStatus(c);
      case 'MISSING_CONTENT':
        return missingContent(c);
      default:
        return this.search(c);
    }
  }

  /** No intent fits: the best passages of the documents, quoted, never a fact of our own. */
  private search(c: AskContext): Draft {
    // A document the question picked (a year, documentId, asOf) bounds the search; a default one does not.
    const docId = c.docExplicit ? (c.doc?.id ?? null) : null;
    const areaId = docId ? null : (c.doc?.areaId ?? c.areaId);
    const hits = c.corpus.index.search({
      query: c.question.slice(0, 200),
      documentId: docId,
      areaId,
      limit: 5,
    });
    const operation = `{ searchText(query: ${lit(c.question.slice(0, 200))}${docId ? `, documentId: ${lit(docId)}` : areaId ? `, areaId: ${lit(areaId)}` : ''}, first: 5) { hits { documentId current section snippet start end } } }`;
    const quoted = hits.filter((h) => h.passage.kind !== 'DATE');
    if (quoted.length === 0 || quoted[0]!.highlights.length === 0) {
      return {
        kind: 'NOT_UNDERSTOOD',
        text: 'This question matches no kind of question I know and no passage of the documents. Try naming a body or post and what you want to know about it.',
        evidence: [],
        nodes: [],
        operation,
      };
    }
    const top = quoted[0]!.passage;
    const d = c.corpus.documents.get(top.documentId);
    return {
      kind: 'ANSWER',
      text: `No statement answers this directly; the closest passage${quoted.length > 1 ? 's are' : ' is'} from ${d ? docPhrase(d) : top.documentId}: "${top.text.slice(0, 240)}".`,
      evidence: [],
      lead: quoted.map((h) => ({
        documentId: h.passage.documentId,
        quote: h.passage.text,
        section: h.passage.section,
        start: h.passage.start,
        end: h.passage.end,
      })),
      nodes: [],
      operation,
    };
  }

  /** A "not stated" answer cites the document's own note on the matter, when one is recorded. */
  private withNote(c: AskContext, draft: Draft): Draft {
    if (!c.doc) return draft;
    const hit = c.corpus.index
      .search({ query: c.question.slice(0, 200), documentId: c.doc.id, limit: 20 })
      .find((h) => h.passage.kind === 'NOTE' && h.highlights.length >= 2);
    if (!hit) return draft;
    const evidence = noteEvidence(c, c.doc, hit.passage.text);
    const sentence =
      /^(.{20,300}?[.;])(?:\s|$)/.exec(hit.passage.text)?.[1] ?? hit.passage.text.slice(0, 240);
    return {
      ...draft,
      text: `${draft.text} Its record says: ${sentence}`,
      evidence,
      lead: evidence.slice(0, 1),
    };
  }

  /** The document of an area that states what the question names: the current one if it does, else the latest that does. */
  private documentFor(
    corpus: Corpus,
    areaDocs: CorpusDocument[],
    mentions: Mention[],
  ): CorpusDocument | null {
    if (areaDocs.length === 0) return null;
    const current = areaDocs.filter((d) => d.current).at(-1) ?? areaDocs.at(-1)!;
    if (mentions.length === 0) return current;
    const states = (d: CorpusDocument) =>
      mentions.every((m) => m.candidates.some((id) => corpus.nodes.get(id)?.documents.has(d.id)));
    if (states(current)) return current;
    return [...areaDocs].reverse().find(states) ?? current;
  }

  private alternative(
    corpus: Corpus,
    words: string[],
    mention: Mention,
    node: CorpusNode,
  ): AlternativeData {
    const area = node.areaId ? corpus.areas.get(node.areaId) : undefined;
    const replaced = [...words.slice(0, mention.from), node.name, ...words.slice(mention.to)].join(
      ' ',
    );
    const inArea =
      area && !node.name.toLowerCase().includes(area.toLowerCase()) ? ` in ${area}` : '';
    const docs = [...node.documents]
      .map((id) => corpus.documents.get(id))
      .filter((d): d is CorpusDocument => !!d);
    return {
      label: `${node.name}${area ? ` (${area}${docs.length ? `, ${docs.map((d) => d.year).join(' and ')}` : ''})` : ''}`,
      question: `${replaced.charAt(0).toUpperCase()}${replaced.slice(1)}${inArea}?`,
      nodeId: node.id,
      areaId: node.areaId,
      documentId: docs.length === 1 ? docs[0]!.id : null,
    };
  }
}
