import { DUTY_TYPE_CUES, dutyTypeId, type Evidence } from '@accgraph/schema';
import type { Corpus, CorpusDocument, CorpusNode, CorpusRelationship } from '../fulltext/corpus.ts';
import { FindingsService } from '../findings/findings.service.ts';
import type { FindingsFilter } from '../findings/findings.args.ts';
import {
  EVIDENCE_FIELDS,
  docPhrase,
  evidenceOf,
  list,
  lit,
  nameOf,
  rels,
  the,
  type Draft,
} from './answer.model.ts';
import type { AskContext } from './context.ts';

/** The statement types that tie two bodies together, in either direction. */
const RELATED = [
  'HOLDS_TO_ACCOUNT',
  'ACCOUNTABLE_TO',
  'REPORTS_TO',
  'CONSULTS',
  'ADVISES',
  'INFORMS',
  'SUPPORTS',
  'ESCALATES_TO',
  'MEMBER_OF',
  'CHAIRS',
  'SUBGROUP_OF',
];
/** What the document states between two nodes, either way (x's statements about y first). */
const statedBetween = (c: AskContext, x: string, y: string) => [
  ...rels(c.corpus, x, 'OUT', RELATED, c.doc).filter((r) => r.to === y),
  ...rels(c.corpus, y, 'OUT', RELATED, c.doc).filter((r) => r.to === x),
];
const asOfArg = (c: AskContext) => (c.asOf ? `, asOf: ${lit(c.asOf)}` : '');
const inDoc = (c: AskContext) => (c.doc ? `In ${docPhrase(c.doc)}, ` : '');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The lexicon's duty type cues, compiled once (not on every question). */
const CUES = DUTY_TYPE_CUES.map((cue) => ({ code: cue.code, re: new RegExp(cue.pattern) }));

/** Duty type codes named in a question (lexicon DUTY_TYPE_CUES on the folded, lower-case question). */
export function dutiesIn(folded: string): string[] {
  return CUES.filter((cue) => cue.re.test(folded))
    .map((cue) => cue.code)
    .filter(
      (code) =>
        code !== 'HOLD_TO_ACCOUNT' &&
        code !== 'DISPUTE_RESOLUTION' &&
        code !== 'INDEPENDENT_SCRUTINY',
    );
}

/** Obligations a holder carries in the document: HAS_OBLIGATION out of it. */
function obligationsOf(c: AskContext, id: string): { rel: CorpusRelationship; ob: CorpusNode }[] {
  return rels(c.corpus, id, 'OUT', ['HAS_OBLIGATION'], c.doc).flatMap((rel) => {
    const ob = c.corpus.nodes.get(rel.to);
    return ob ? [{ rel, ob }] : [];
  });
}

const codesOf = (c: AskContext, obId: string) =>
  rels(c.corpus, obId, 'OUT', ['OF_TYPE'], null).map((r) => r.to.replace(/^.*\//, ''));

/** Obligations best first: those of the question's duty types, then the rest. */
function prefer(c: AskContext, items: { rel: CorpusRelationship; ob: CorpusNode }[]) {
  if (c.duties.length === 0) return items;
  const typed = (o: CorpusNode) => codesOf(c, o.id).some((code) => c.duties.includes(code));
  return [...items.filter((i) => typed(i.ob)), ...items.filter((i) => !typed(i.ob))];
}

const obEvidence = (
  c: AskContext,
  items: { rel: CorpusRelationship; ob: CorpusNode }[],
): Evidence[] =>
  items.flatMap((i) =>
    c.doc ? i.ob.evidence.filter((e) => e.documentId === c.doc!.id) : i.ob.evidence,
  );

const quoteText = (ob: CorpusNode) => String(ob.props.text ?? ob.name).replace(/\s+/g, ' ');

export function postDuties(c: AskContext): Draft {
  const x = c.agents[0]!;
  const own = prefer(c, obligationsOf(c, x.id));
  const seats = rels(c.corpus, x.id, 'OUT', ['MEMBER_OF', 'CHAIRS'], c.doc);
  const bodies = [...new Set(seats.map((r) => r.to))];
  const shared = prefer(
    c,
    bodies.flatMap((b) => obligationsOf(c, b)),
  );
  const op = `{ postObligations(postId: ${lit(x.id)}${asOfArg(c)}) { groups { body { id name } via { type } obligations { text ${EVIDENCE_FIELDS} } } } }`;
  if (own.length === 0 && shared.length === 0 && seats.length === 0) {
    return {
      kind: 'NOT_STATED',
      text: `${cap(c.doc ? docPhrase(c.doc) : 'the documents')} gives ${the(c.corpus, x.id)} no duties and no seat on a body.`,
      evidence: [],
      nodes: [x.id],
      operation: op,
    };
  }
  const seatText = bodies.length ? ` sits on ${list(bodies.map((b) => the(c.corpus, b)))}` : '';
  const ownText = own.length
    ? ` carries ${own.length} dut${own.length > 1 ? 'ies' : 'y'} of its own`
    : '';
  const joined = [seatText, ownText].filter(Boolean).join(' and');
  const example = (own[0] ?? shared[0])?.ob;
  return {
    kind: 'ANSWER',
    text: `${inDoc(c)}${the(c.corpus, x.id)}${joined}${shared.length ? `, sharing those bodies' ${shared.length} duties` : ''}.${example ? ` For example: "${quoteText(example)}".` : ''}`,
    evidence: [
      ...obEvidence(c, own),
      ...seats.flatMap((r) => evidenceOf(r, c.doc)),
      ...obEvidence(c, shared),
    ],
    nodes: [x.id, ...bodies],
    operation: op,
  };
}

export function bodyDuties(c: AskContext): Draft {
  const x = c.agents[0]!;
  const items = prefer(c, obligationsOf(c, x.id));
  // A second name: what the document states between the two comes first.
  const other = c.agents[1];
  const between = other ? statedBetween(c, x.id, other.id) : [];
  const op = `{ node(id: ${lit(x.id)}) { relationships(types: [HAS_OBLIGATION], direction: OUT${asOfArg(c)}, first: 100) { edges { node { toId ${EVIDENCE_FIELDS} } } } } }`;
  if (items.length === 0) {
    const ev = c.doc ? x.evidence.filter((e) => e.documentId === c.doc!.id) : x.evidence;
    if (ev.length) {
      return {
        kind: 'ANSWER',
        text: `${inDoc(c)}${the(c.corpus, x.id)} has no duties of its own; the document describes it as follows.`,
        evidence: ev,
        nodes: [x.id],
        operation: `{ node(id: ${lit(x.id)}) { ${EVIDENCE_FIELDS} } }`,
      };
    }
    return {
      kind: 'NOT_STATED',
      text: `${cap(c.doc ? docPhrase(c.doc) : 'the documents')} gives ${the(c.corpus, x.id)} no duties.`,
      evidence: [],
      nodes: [x.id],
      operation: op,
    };
  }
  const shown = items.slice(0, 2).map((i) => `"${quoteText(i.ob)}"`);
  return {
    kind: 'ANSWER',
    text: `${inDoc(c)}${the(c.corpus, x.id)} has ${items.length} stated dut${items.length > 1 ? 'ies' : 'y'}, including ${shown.join(' and ')}.`,
    evidence: [
      ...between.flatMap((r) => evidenceOf(r, c.doc)),
      ...obEvidence(c, items),
      ...(c.doc ? x.evidence.filter((e) => e.documentId === c.doc!.id) : []),
    ],
    nodes: [x.id, ...(other ? [other.id] : [])],
    operation: op,
  };
}

/** An obligation of a duty type: its document, its holders and its quotes from that document. */
interface TypedObligation {
  doc: CorpusDocument;
  ob: CorpusNode;
  holders: string[];
  evidence: Evidence[];
}

/** Per corpus (one per write generation): each duty type's obligations, found once. */
const typed = new WeakMap<Corpus, Map<string, TypedObligation[]>>();

/**
 * Every obligation of a duty type in every document, in the order the duty
 * type's OF_TYPE relationships come, each with its HAS_OBLIGATION holders
 * (issue 12: a national question walked every obligation and its holders
 * on every ask). Never changed once built; the corpus is rebuilt on a write.
 */
function typedObligations(corpus: Corpus, code: string): readonly TypedObligation[] {
  const byCode = typed.get(corpus) ?? typed.set(corpus, new Map()).get(corpus)!;
  const kept = byCode.get(code);
  if (kept) return kept;
  const out: TypedObligation[] = [];
  for (const r of corpus.incoming.get(dutyTypeId(code)) ?? []) {
    if (r.type !== 'OF_TYPE') continue;
    const ob = corpus.nodes.get(r.from);
    const doc = ob ? corpus.documents.get(String(ob.props.documentId)) : undefined;
    if (!ob || !doc) continue;
    const holders = (corpus.incoming.get(ob.id) ?? [])
      .filter((h) => h.type === 'HAS_OBLIGATION')
      .map((h) => h.from);
    out.push({ doc, ob, holders, evidence: ob.evidence.filter((e) => e.documentId === doc.id) });
  }
  byCode.set(code, out);
  return out;
}

/** Obligations of the question's duty types in the document (or every current document), with holders. */
export function dutyHolders(c: AskContext): Draft {
  const codes = c.duties;
  const docs = new Set(
    c.doc
      ? [c.doc]
      : [...c.corpus.documents.values()].filter(
          (d) => d.current && (!c.areaId || d.areaId === c.areaId),
        ),
  );
  const found = codes.flatMap((code) =>
    typedObligations(c.corpus, code).filter((f) => docs.has(f.doc)),
  );
  const label = codes.map((code) => nameOf(c.corpus, dutyTypeId(code)).toLowerCase()).join(' / ');
  const op = `{ node(id: ${lit(dutyTypeId(codes[0] ?? ''))}) { relationships(types: [OF_TYPE], direction: IN${asOfArg(c)}, first: 100) { edges { node { fromId } } } } }`;
  if (found.length === 0) {
    return {
      kind: 'NOT_STATED',
      text: `${cap(c.doc ? docPhrase(c.doc) : 'no current document')} gives nobody a duty of type ${label}.`,
      evidence: [],
      nodes: [],
      operation: op,
    };
  }
  const byDoc = new Map<CorpusDocument, string[]>();
  for (const f of found) (byDoc.get(f.doc) ?? byDoc.set(f.doc, []).get(f.doc)!).push(...f.holders);
  const parts = [...byDoc.entries()]
    .slice(0, 3)
    .map(([doc, hs]) => `in ${docPhrase(doc)}, ${list(hs.map((h) => the(c.corpus, h)))}`);
  return {
    kind: 'ANSWER',
    text: `${cap(label)} is carried ${parts.join('; ')}.`,
    evidence: found.flatMap((f) => f.evidence),
    nodes: [...new Set(found.flatMap((f) => f.holders))],
    operation: op,
  };
}

export function statutoryBasis(c: AskContext): Draft {
  const x = c.agents[0];
  if (!x && c.doc) {
    const doc = c.doc;
    const based = (c.corpus.byDocument.get(doc.id) ?? []).filter((r) => r.type === 'BASED_ON');
    const cited = doc.evidence.filter((e) =>
      /\bact\b|regulations?|working together|statut|guidance|section \d/i.test(e.quote),
    );
    const provisions = [...new Set(based.map((r) => nameOf(c.corpus, r.to)))];
    return {
      kind: provisions.length || cited.length ? 'ANSWER' : 'NOT_STATED',
      text: provisions.length
        ? `${cap(docPhrase(doc))} rests on ${list(provisions)}.`
        : `${cap(docPhrase(doc))} cites no statute for its duties.`,
      evidence: [...cited, ...based.flatMap((r) => r.evidence)],
      nodes: [],
      operation: `{ node(id: ${lit(doc.id)}) { ${EVIDENCE_FIELDS} } }`,
    };
  }
  if (!x) {
    if (c.duties.length) return dutyHolders(c);
    return {
      kind: 'NOT_UNDERSTOOD',
      text: 'Name a body, post or duty to ask about its statutory basis.',
      evidence: [],
      nodes: [],
      operation: null,
    };
  }
  const own = rels(c.corpus, x.id, 'OUT', ['BASED_ON'], c.doc);
  const obs = prefer(c, obligationsOf(c, x.id));
  const viaObs = obs.flatMap((i) => rels(c.corpus, i.ob.id, 'OUT', ['BASED_ON'], null));
  const provisions = [...new Set([...own, ...viaObs].map((r) => r.to))];
  const statutory = x.props.statutory;
  const op = `{ node(id: ${lit(x.id)}) { ... on Body { statutory } relationships(types: [BASED_ON], direction: OUT${asOfArg(c)}) { edges { node { toId ${EVIDENCE_FIELDS} } } } } }`;
  const status =
    statutory === 'statutory'
      ? `${the(c.corpus, x.id)} is a statutory body`
      : statutory === 'non-statutory'
        ? `${the(c.corpus, x.id)} is not a statutory body`
        : `the document does not say whether ${the(c.corpus, x.id)} is statutory`;
  const statusEvidence = (
    c.doc ? x.evidence.filter((e) => e.documentId === c.doc!.id) : x.evidence
  ).filter((e) => /statut|act |regulation|section|s\.\s?\d|law|legislat|guidance/i.test(e.quote));
  if (provisions.length === 0) {
    const kind =
      statusEvidence.length || statutory === 'statutory' || statutory === 'non-statutory'
        ? 'ANSWER'
        : 'NOT_STATED';
    return {
      kind,
      text: `${inDoc(c)}${status}; no statute is cited for its duties.`,
      evidence: statusEvidence,
      nodes: [x.id],
      operation: op,
    };
  }
  return {
    kind: 'ANSWER',
    text: `${inDoc(c)}${status}; its duties rest on ${list(provisions.map((p) => nameOf(c.corpus, p)))}.`,
    evidence: [
      ...statusEvidence,
      ...own.flatMap((r) => evidenceOf(r, c.doc)),
      ...viaObs.flatMap((r) => evidenceOf(r, c.doc)),
    ],
    nodes: [x.id],
    operation: op,
  };
}

export function jointWork(c: AskContext): Draft {
  const [a, b] = [c.agents[0]!, c.agents[1]!];
  const aObs = obligationsOf(c, a.id);
  const bIds = new Set(obligationsOf(c, b.id).map((i) => i.ob.id));
  const shared = prefer(
    c,
    aObs.filter((i) => bIds.has(i.ob.id)),
  );
  const between = statedBetween(c, a.id, b.id);
  const op = `{ node(id: ${lit(a.id)}) { relationships(direction: BOTH${asOfArg(c)}, first: 200) { edges { node { type fromId toId ${EVIDENCE_FIELDS} } } } } }`;
  if (shared.length === 0 && between.length === 0) {
    return {
      kind: 'NOT_STATED',
      text: `${cap(c.doc ? docPhrase(c.doc) : 'the documents')} states no shared duty or direct relationship between ${the(c.corpus, a.id)} and ${the(c.corpus, b.id)}.`,
      evidence: [],
      nodes: [a.id, b.id],
      operation: op,
    };
  }
  const verbs = [...new Set(between.map((r) => r.type.toLowerCase().replace(/_/g, ' ')))];
  const sharedText = shared.length
    ? `${the(c.corpus, a.id)} and ${the(c.corpus, b.id)} share ${shared.length} dut${shared.length > 1 ? 'ies' : 'y'}, such as "${quoteText(shared[0]!.ob)}"`
    : `${the(c.corpus, a.id)} and ${the(c.corpus, b.id)} share no stated duty`;
  const betweenText = between.length
    ? ` Between them the document states: ${verbs.join(', ')}.`
    : '';
  return {
    kind: 'ANSWER',
    text: `${inDoc(c)}${sharedText}.${betweenText}`,
    evidence: [...obEvidence(c, shared), ...between.flatMap((r) => evidenceOf(r, c.doc))],
    nodes: [a.id, b.id],
    operation: op,
  };
}

/** Gaps and duplication: the findings engine's rules for the document. */
export async function findingsAnswer(
  c: AskContext,
  rule: 'DUTY_COVERAGE_GAP' | 'DUPLICATE_DUTY_HOLDERS',
): Promise<Draft> {
  const service = c.services.get(FindingsService);
  const filter = {
    rules: [rule],
    ...(c.doc ? { document: c.doc.id } : c.areaId ? { area: c.areaId } : {}),
  } as FindingsFilter;
  const result = await service.run(filter);
  const findings = result.findings.filter(
    (f) => !c.agents.length || f.nodeIds.some((id) => c.agents.some((a) => a.id === id)),
  );
  const op = `{ findings(${c.doc ? `document: ${lit(c.doc.id)}, ` : c.areaId ? `area: ${lit(c.areaId)}, ` : ''}rules: [${lit(rule)}]) { edges { node { message severity evidence { quote section start end } } } } }`;
  const what = rule === 'DUTY_COVERAGE_GAP' ? 'duty gaps' : 'duplicated duties';
  if (findings.length === 0) {
    return {
      kind: 'ANSWER',
      text: `${inDoc(c)}the rules find no ${what}.`,
      evidence: [],
      nodes: [],
      operation: op,
    };
  }
  const evidence = (await Promise.all(findings.slice(0, 5).map((f) => service.evidence(f)))).flat();
  const messages = findings.slice(0, 2).map((f) => f.message.replace(/\.$/, ''));
  return {
    kind: 'ANSWER',
    text: `${inDoc(c)}${findings.length} finding${findings.length > 1 ? 's' : ''} of ${what}: ${messages.join('; ')}.`,
    evidence,
    nodes: [...new Set(findings.flatMap((f) => f.nodeIds))].filter((id) => c.corpus.nodes.has(id)),
    operation: op,
  };
}
