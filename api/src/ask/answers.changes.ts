import type { CorpusDocument, CorpusRelationship } from '../fulltext/corpus.ts';
import { AGENT_LABELS } from './link.ts';
import { EVIDENCE_FIELDS, docLabel, list, lit, the, type Draft } from './answer.model.ts';
import type { AskContext } from './context.ts';

const DRAWN = new Set([
  'HOLDS_TO_ACCOUNT',
  'ACCOUNTABLE_TO',
  'REPORTS_TO',
  'MEMBER_OF',
  'CHAIRS',
  'SUBGROUP_OF',
  'ESCALATES_TO',
  'CONSULTS',
  'ADVISES',
  'INFORMS',
  'SUPPORTS',
  'SUCCEEDED_BY',
]);

function statements(c: AskContext, doc: CorpusDocument) {
  const byKey = new Map<string, CorpusRelationship>();
  for (const r of c.corpus.byDocument.get(doc.id) ?? []) {
    if (DRAWN.has(r.type)) byKey.set(`${r.type}|${r.from}|${r.to}`, r);
  }
  return byKey;
}

function bodies(c: AskContext, doc: CorpusDocument) {
  return new Set(
    (c.corpus.documentNodes.get(doc.id) ?? [])
      .filter((n) => n.label === 'Body' && AGENT_LABELS.has(n.label))
      .map((n) => n.id),
  );
}

/** What changed between two documents of an area (diffDocuments), from the corpus. */
export function changes(c: AskContext, from: CorpusDocument, to: CorpusDocument): Draft {
  const a = statements(c, from);
  const b = statements(c, to);
  const added = [...b.entries()].filter(([k]) => !a.has(k)).map(([, r]) => r);
  const removed = [...a.entries()].filter(([k]) => !b.has(k)).map(([, r]) => r);
  const aBodies = bodies(c, from);
  const bBodies = bodies(c, to);
  const newBodies = [...bBodies].filter((id) => !aBodies.has(id));
  const goneBodies = [...aBodies].filter((id) => !bBodies.has(id));
  const succession = (c.corpus.byType.get('SUCCEEDED_BY') ?? []).filter(
    (r) => r.documentId === to.id || r.documentId === from.id,
  );
  const succ = succession.length
    ? ` ${list(succession.map((r) => `${the(c.corpus, r.from)} is succeeded by ${the(c.corpus, r.to)}`))}.`
    : '';
  const focus = c.agents.length
    ? added.concat(removed).filter((r) => c.agents.some((x) => x.id === r.from || x.id === r.to))
    : [];
  return {
    kind: 'ANSWER',
    text: `From ${docLabel(from)} to ${docLabel(to)}, ${added.length} statements were added and ${removed.length} removed; new bodies include ${
      list(
        newBodies.map((id) => the(c.corpus, id)),
        4,
      ) || 'none'
    }, and ${
      list(
        goneBodies.map((id) => the(c.corpus, id)),
        4,
      ) || 'none'
    } ${goneBodies.length === 1 ? 'is' : 'are'} gone.${succ}`,
    evidence: [
      ...succession.flatMap((r) => r.evidence),
      ...focus.flatMap((r) => r.evidence),
      ...added.flatMap((r) => r.evidence),
      ...removed.flatMap((r) => r.evidence),
    ],
    nodes: [...new Set([...succession.flatMap((r) => [r.from, r.to]), ...newBodies.slice(0, 20)])],
    operation: `{ diffDocuments(fromDocumentId: ${lit(from.id)}, toDocumentId: ${lit(to.id)}) { relationships { added { id type fromId toId ${EVIDENCE_FIELDS} } removed { id type fromId toId } unchanged } } }`,
  };
}
