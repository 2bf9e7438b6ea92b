import type { Evidence } from '@accgraph/schema';
import type { CorpusDocument } from '../fulltext/corpus.ts';
import { fold } from '../fulltext/words.ts';
import {
  EVIDENCE_FIELDS,
  docLabel,
  docPhrase,
  list,
  lit,
  the,
  type Draft,
} from './answer.model.ts';
import type { AskContext } from './context.ts';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const docOp = (doc: CorpusDocument, extra = '') =>
  `{ node(id: ${lit(doc.id)}) { ... on Document { title status version effectiveFrom effectiveTo supersededBy dates { kind date } notes { kind text }${extra} } ${EVIDENCE_FIELDS} } }`;

/** The quotes of a document that hold `needle` (folded), in document order. */
function quotesWith(doc: CorpusDocument, needle: RegExp): Evidence[] {
  return doc.evidence.filter((e) => needle.test(fold(e.quote)));
}

/**
 * The evidence of a note: the document's words it quotes ("…" inside the
 * note, found in the text with their offsets), else its best full-text passages.
 */
export function noteEvidence(c: AskContext, doc: CorpusDocument, note: string): Evidence[] {
  const out: Evidence[] = [];
  if (doc.text) {
    for (const m of note.matchAll(/"([^"]{4,200})"/g)) {
      const quote = (m[1] ?? '').replace(/ \.\.\. .*$/, '');
      const at = doc.text.indexOf(quote);
      if (at >= 0)
        out.push({
          documentId: doc.id,
          quote,
          section: sectionOf(c, doc, at),
          start: at,
          end: at + quote.length,
        });
    }
  }
  if (out.length === 0) {
    for (const hit of c.corpus.index.search({
      query: note.slice(0, 400),
      documentId: doc.id,
      limit: 4,
    })) {
      if (hit.passage.kind === 'TEXT' || hit.passage.kind === 'QUOTE') {
        out.push({
          documentId: doc.id,
          quote: hit.passage.text,
          section: hit.passage.section,
          start: hit.passage.start,
          end: hit.passage.end,
        });
      }
    }
  }
  return out.slice(0, 3);
}

function sectionOf(c: AskContext, doc: CorpusDocument, at: number): string {
  const p = c.corpus.index
    .ofDocument(doc.id)
    .find((x) => x.kind === 'TEXT' && x.start <= at && at < x.end);
  return p?.section ?? '';
}

function notesMatching(doc: CorpusDocument, re: RegExp) {
  return doc.notes.filter((n) => re.test(fold(n.text)));
}

function firstSentence(text: string): string {
  const m = /^(.{20,400}?[.;:])(?:\s|$)/.exec(text);
  return (m?.[1] ?? text.slice(0, 300)).replace(/[;:]$/, '.');
}

/** A NOT_STATED answer that cites the document's own note about it. */
function fromNote(
  c: AskContext,
  doc: CorpusDocument,
  note: { kind: string; text: string },
  what: string,
): Draft {
  return {
    kind: 'NOT_STATED',
    text: `${cap(docPhrase(doc))} does not give ${what}. Its record says: ${firstSentence(note.text)}`,
    evidence: noteEvidence(c, doc, note.text),
    lead: noteEvidence(c, doc, note.text).slice(0, 1),
    nodes: [],
    operation: docOp(doc),
  };
}

const DATE_WORDS: Record<string, RegExp> = {
  'as-at': /\bas at\b/,
  signed: /\bsign/,
  dated: /\bdated\b|\bwritten\b|\bissued\b|\bpublished\b|\bdate of the\b|\bwhat date\b/,
  effective: /\beffect|\bforce\b|\bstart/,
};

function dateEvidence(doc: CorpusDocument, date: string): Evidence[] {
  const year = date.slice(0, 4);
  const [y, m, d] = date.split('-');
  const forms = [
    year,
    d && m ? `${d}.${m}` : '',
    d && m ? `${d}/${m}` : '',
    d && m ? `${Number(d)}.${Number(m)}` : '',
  ].filter(Boolean);
  return doc.evidence
    .filter(
      (e) => forms.some((f) => e.quote.includes(f)) && e.quote.length < 300 && /\d/.test(e.quote),
    )
    .slice(0, 3)
    .concat(y ? [] : []);
}

export function documentDates(c: AskContext): Draft {
  const doc = c.doc!;
  const wanted = Object.entries(DATE_WORDS).find(([, re]) => re.test(c.q))?.[0];
  const dates = doc.dates.filter(
    (d) => !wanted || d.kind === wanted || (wanted === 'effective' && true),
  );
  if (wanted && wanted !== 'effective' && dates.length === 0) {
    const note = notesMatching(
      doc,
      wanted === 'signed' ? /sign|undated|no date/ : /undated|no date|date/,
    )[0];
    if (note) return fromNote(c, doc, note, wanted === 'signed' ? 'a signing date' : 'that date');
    return {
      kind: 'NOT_STATED',
      text: `${cap(docPhrase(doc))} does not give a ${wanted} date.`,
      evidence: [],
      nodes: [],
      operation: docOp(doc),
    };
  }
  const shown = (dates.length ? dates : doc.dates).map(
    (d) => `${d.kind.replace(/-/g, ' ')} ${d.date}`,
  );
  const undated = doc.dates.every((d) => d.kind === 'year')
    ? notesMatching(doc, /undated|no date|gives no date|only "?\d{4}/)[0]
    : undefined;
  return {
    kind: 'ANSWER',
    text: `${cap(docPhrase(doc))}: ${list(shown)}${doc.effectiveFrom ? `; in force from ${doc.effectiveFrom}${doc.effectiveTo ? ` to ${doc.effectiveTo}` : ''}` : ''}.${undated ? ` ${firstSentence(undated.text)}` : ''}`,
    evidence: [
      ...(dates.length ? dates : doc.dates).flatMap((d) => dateEvidence(doc, d.date)),
      ...(undated ? noteEvidence(c, doc, undated.text) : []),
    ],
    nodes: [],
    operation: docOp(doc),
  };
}

export function documentReview(c: AskContext): Draft {
  const doc = c.doc!;
  const review = doc.dates.find((d) => d.kind === 'review-due');
  if (review) {
    const overdue =
      review.date < new Date().toISOString().slice(0, 10) ? ' That date has passed.' : '';
    const how = quotesWith(doc, /review|revis/);
    return {
      kind: 'ANSWER',
      text: `${cap(docPhrase(doc))} is due for review on ${review.date}.${overdue}`,
      evidence: [...dateEvidence(doc, review.date), ...how],
      nodes: [],
      operation: docOp(doc),
    };
  }
  const note =
    notesMatching(doc, /review date|no review/)[0] ??
    notesMatching(doc, /will be revised|be revised/)[0] ??
    notesMatching(doc, /review/)[0] ??
    notesMatching(doc, /undated|no date/)[0];
  if (note) return fromNote(c, doc, note, 'a review date');
  return {
    kind: 'NOT_STATED',
    text: `${cap(docPhrase(doc))} gives no review date.`,
    evidence: [],
    nodes: [],
    operation: docOp(doc),
  };
}

export function documentSignatories(c: AskContext): Draft {
  const doc = c.doc!;
  const op = `{ node(id: ${lit(doc.id)}) { relationships(types: [SIGNED], direction: IN, allTime: true) { edges { node { fromId ${EVIDENCE_FIELDS} } } } } }`;
  if (/ratif/.test(c.q)) {
    const note = notesMatching(doc, /ratif/)[0];
    if (note) return { ...fromNote(c, doc, note, 'ratification dates'), operation: docOp(doc) };
  }
  const signed = (c.corpus.incoming.get(doc.id) ?? []).filter((r) => r.type === 'SIGNED');
  const note = notesMatching(doc, /signat|signed|sign/)[0];
  if (signed.length === 0) {
    if (note) return fromNote(c, doc, note, 'its signatories');
    return {
      kind: 'NOT_STATED',
      text: `${cap(docPhrase(doc))} names no signatories.`,
      evidence: [],
      nodes: [],
      operation: op,
    };
  }
  return {
    kind: 'ANSWER',
    text: `${cap(docPhrase(doc))} was signed by ${list(signed.map((r) => the(c.corpus, r.from)))}.${note ? ` ${firstSentence(note.text)}` : ''}`,
    evidence: signed.flatMap((r) => r.evidence),
    nodes: signed.map((r) => r.from),
    operation: op,
  };
}

export function documentStatus(c: AskContext): Draft {
  const doc = c.doc!;
  const later = doc.supersededBy ? c.corpus.documents.get(doc.supersededBy) : undefined;
  const force = doc.current
    ? 'It is the current document of its area.'
    : `It was superseded${later ? ` by ${docLabel(later)}` : ''}${doc.effectiveTo ? ` in ${doc.effectiveTo}` : ''}.`;
  const status =
    doc.status && doc.status !== 'not-stated'
      ? `is ${doc.status}${doc.version ? ` (version "${doc.version}")` : ''}`
      : 'does not state whether it is draft or final';
  const note = notesMatching(doc, /draft|status|final|version|approv|ratif/)[0];
  return {
    kind: doc.status && doc.status !== 'not-stated' ? 'ANSWER' : 'NOT_STATED',
    text: `${cap(docPhrase(doc))} ${status}. ${force}`,
    evidence: [
      ...quotesWith(doc, /draft|final|version|proposed/),
      ...(note ? noteEvidence(c, doc, note.text) : []),
    ],
    nodes: [],
    operation: docOp(doc),
  };
}

export function documentReplaces(c: AskContext): Draft {
  const doc = c.doc!;
  const succession = (c.corpus.byDocument.get(doc.id) ?? []).filter(
    (r) => r.type === 'SUCCEEDED_BY',
  );
  const earlier = [...c.corpus.documents.values()].find((d) => d.supersededBy === doc.id);
  const replaceQuotes = quotesWith(doc, /replac|supersed|instead of|predecessor/);
  if (succession.length) {
    return {
      kind: 'ANSWER',
      text: `${cap(docPhrase(doc))} replaces ${list(succession.map((r) => the(c.corpus, r.from)))} with ${list(succession.map((r) => the(c.corpus, r.to)))}${earlier ? `; it takes over from ${docLabel(earlier)}` : ''}.`,
      evidence: [...succession.flatMap((r) => r.evidence), ...replaceQuotes],
      nodes: succession.flatMap((r) => [r.from, r.to]),
      operation: docOp(doc),
    };
  }
  if (earlier) {
    return {
      kind: 'ANSWER',
      text: `${cap(docPhrase(doc))} takes over from ${docLabel(earlier)}; it does not itself say what it replaces.`,
      evidence: replaceQuotes,
      nodes: [],
      operation: docOp(doc),
    };
  }
  return {
    kind: 'NOT_STATED',
    text: `${cap(docPhrase(doc))} does not say that it replaces anything.`,
    evidence: replaceQuotes,
    nodes: [],
    operation: docOp(doc),
  };
}

const LOST = /\b(figure|diagram|matrix|appendix|table|chart|picture)\b/;

export function missingContent(c: AskContext): Draft {
  const doc = c.doc!;
  const word = LOST.exec(c.q)?.[1];
  const lost = doc.notes.filter((n) =>
    ['lost-figure', 'lost-table', 'blank-field'].includes(n.kind),
  );
  const num = /\b(?:figure|appendix|table) (\d+)\b/.exec(c.q)?.[0];
  const note =
    (num && lost.find((n) => fold(n.text).includes(num))) ||
    (word && lost.find((n) => fold(n.text).includes(word))) ||
    lost[0];
  if (!note) {
    return {
      kind: 'NOT_STATED',
      text: `${cap(docPhrase(doc))} records nothing lost in conversion${word ? ` about a ${word}` : ''}.`,
      evidence: [],
      nodes: [],
      operation: docOp(doc),
    };
  }
  return fromNote(c, doc, note, `what the ${word ?? 'missing part'} showed`);
}
