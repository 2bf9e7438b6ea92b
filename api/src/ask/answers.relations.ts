import type { Evidence } from '@accgraph/schema';
import type { CorpusRelationship } from '../fulltext/corpus.ts';
import {
  EVIDENCE_FIELDS,
  docPhrase,
  evidenceOf,
  list,
  lit,
  rels,
  the,
  type Draft,
} from './answer.model.ts';
import type { AskContext } from './context.ts';

const ev = (c: AskContext, rs: readonly CorpusRelationship[]): Evidence[] =>
  rs.flatMap((r) => evidenceOf(r, c.doc));
const asOfArg = (c: AskContext) => (c.asOf ? `, asOf: ${lit(c.asOf)}` : '');
const inDoc = (c: AskContext) => (c.doc ? `In ${docPhrase(c.doc)}, ` : '');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Overseers of a node: HOLDS_TO_ACCOUNT into it, ACCOUNTABLE_TO out of it. */
export function overseers(c: AskContext, id: string) {
  const holds = rels(c.corpus, id, 'IN', ['HOLDS_TO_ACCOUNT'], c.doc);
  const answers = rels(c.corpus, id, 'OUT', ['ACCOUNTABLE_TO'], c.doc);
  return {
    ids: [...holds.map((r) => r.from), ...answers.map((r) => r.to)],
    rels: [...holds, ...answers],
  };
}

/** Overseen: HOLDS_TO_ACCOUNT out of it, ACCOUNTABLE_TO into it. */
export function overseen(c: AskContext, id: string) {
  const holds = rels(c.corpus, id, 'OUT', ['HOLDS_TO_ACCOUNT'], c.doc);
  const answers = rels(c.corpus, id, 'IN', ['ACCOUNTABLE_TO'], c.doc);
  return {
    ids: [...holds.map((r) => r.to), ...answers.map((r) => r.from)],
    rels: [...holds, ...answers],
  };
}

function accountabilityOp(c: AskContext, id: string, direction: 'HOLDERS' | 'HELD') {
  return `{ accountability(id: ${lit(id)}, direction: ${direction}, maxHops: 2${asOfArg(c)}) { chains { end { id } hops { kind from { id } to { id } relationship { type ${EVIDENCE_FIELDS} } } } } }`;
}

function notStated(c: AskContext, what: string, nodes: string[], operation: string): Draft {
  const where = c.doc ? docPhrase(c.doc) : 'the documents';
  return {
    kind: 'NOT_STATED',
    text: `${cap(where)} does not say ${what}.`,
    evidence: [],
    nodes,
    operation,
  };
}

export function holders(c: AskContext): Draft {
  const x = c.agents[0]!;
  const op = accountabilityOp(c, x.id, 'HOLDERS');
  const first = overseers(c, x.id);
  // Through its chair: whoever holds the post that chairs X to account holds X to account through it.
  const chairRels = rels(c.corpus, x.id, 'IN', ['CHAIRS'], c.doc);
  const viaChair = chairRels.flatMap((cr) => {
    const o = overseers(c, cr.from);
    return o.ids.map((id, i) => ({ holder: id, chair: cr.from, rels: [o.rels[i]!, cr] }));
  });
  const reports = rels(c.corpus, x.id, 'OUT', ['REPORTS_TO', 'SUBGROUP_OF'], c.doc);
  const sentences: string[] = [];
  if (first.ids.length)
    sentences.push(
      `${inDoc(c)}${the(c.corpus, x.id)} is held to account by ${list(first.ids.map((id) => the(c.corpus, id)))}.`,
    );
  if (viaChair.length) {
    const lead = sentences.length ? '' : inDoc(c);
    sentences.push(
      `${cap(`${lead}${list(viaChair.map((v) => the(c.corpus, v.holder)))} ${viaChair.length > 1 ? 'hold' : 'holds'} ${the(c.corpus, x.id)} to account through ${list(viaChair.map((v) => the(c.corpus, v.chair)))}.`)}`,
    );
  }
  if (reports.length) {
    const lead = sentences.length
      ? 'It also'
      : `${inDoc(c)}no statement says who holds ${the(c.corpus, x.id)} to account; it`;
    sentences.push(`${cap(lead)} reports to ${list(reports.map((r) => the(c.corpus, r.to)))}.`);
  }
  if (sentences.length === 0)
    return notStated(c, `who holds ${the(c.corpus, x.id)} to account`, [x.id], op);
  return {
    kind: 'ANSWER',
    text: sentences.slice(0, 3).join(' '),
    evidence: [
      ...ev(c, first.rels),
      ...ev(
        c,
        viaChair.flatMap((v) => v.rels),
      ),
      ...ev(c, reports),
    ],
    nodes: [
      x.id,
      ...first.ids,
      ...viaChair.flatMap((v) => [v.holder, v.chair]),
      ...reports.map((r) => r.to),
    ],
    operation: op,
  };
}

export function held(c: AskContext): Draft {
  const x = c.agents[0]!;
  const first = overseen(c, x.id);
  const op = accountabilityOp(c, x.id, 'HELD');
  // Holding a chair to account reaches the body it chairs.
  const chaired = first.ids.flatMap((id) => rels(c.corpus, id, 'OUT', ['CHAIRS'], c.doc));
  const reporters = rels(c.corpus, x.id, 'IN', ['REPORTS_TO'], c.doc);
  const sentences: string[] = [];
  if (first.ids.length) {
    const through = chaired.length
      ? ` (and through ${chaired.length > 1 ? 'them' : 'it'}, ${list(chaired.map((r) => the(c.corpus, r.to)))})`
      : '';
    sentences.push(
      `${inDoc(c)}${the(c.corpus, x.id)} holds ${list(first.ids.map((id) => the(c.corpus, id)))}${through} to account.`,
    );
  }
  if (reporters.length) {
    const lead = sentences.length
      ? ''
      : `${inDoc(c)}no statement says whom ${the(c.corpus, x.id)} holds to account, but `;
    sentences.push(
      cap(
        `${lead}${list(reporters.map((r) => the(c.corpus, r.from)))} ${reporters.length > 1 ? 'report' : 'reports'} to it.`,
      ),
    );
  }
  if (sentences.length === 0)
    return notStated(c, `whom ${the(c.corpus, x.id)} holds to account`, [x.id], op);
  return {
    kind: 'ANSWER',
    text: sentences.join(' '),
    evidence: [...ev(c, first.rels), ...ev(c, chaired), ...ev(c, reporters)],
    nodes: [x.id, ...first.ids, ...chaired.map((r) => r.to), ...reporters.map((r) => r.from)],
    operation: op,
  };
}

/**
 * One hop of oversight, overseer -> overseen, over statements of the document:
 * explicit accountability (and through a chair), or also reporting and sub-groups.
 */
function oversightEdges(
  c: AskContext,
  id: string,
  loose: boolean,
): { next: string; rel: CorpusRelationship }[] {
  const out: { next: string; rel: CorpusRelationship }[] = [];
  for (const r of rels(c.corpus, id, 'OUT', ['HOLDS_TO_ACCOUNT', 'CHAIRS'], c.doc))
    out.push({ next: r.to, rel: r });
  const back = loose ? ['ACCOUNTABLE_TO', 'REPORTS_TO', 'SUBGROUP_OF'] : ['ACCOUNTABLE_TO'];
  for (const r of rels(c.corpus, id, 'IN', back, c.doc)) out.push({ next: r.from, rel: r });
  return out;
}

function shortestPath(c: AskContext, from: string, to: string, loose: boolean, maxHops = 6) {
  const prev = new Map<string, { id: string; rel: CorpusRelationship } | null>([[from, null]]);
  let frontier = [from];
  for (let hop = 0; hop < maxHops && frontier.length; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of oversightEdges(c, id, loose)) {
        if (prev.has(e.next)) continue;
        prev.set(e.next, { id, rel: e.rel });
        if (e.next === to) {
          const path: { from: string; to: string; rel: CorpusRelationship }[] = [];
          for (let at = to; at !== from;) {
            const p = prev.get(at)!;
            path.unshift({ from: p.id, to: at, rel: p.rel });
            at = p.id;
          }
          return path;
        }
        next.push(e.next);
      }
    }
    frontier = next;
  }
  return null;
}

export function chain(c: AskContext): Draft {
  const [a, b] = [c.agents[0]!, c.agents[1]!];
  // Explicit accountability first, either way round; reporting lines and sub-groups only if it finds none.
  let forward = shortestPath(c, a.id, b.id, false);
  let backward = forward ? null : shortestPath(c, b.id, a.id, false);
  if (!forward && !backward) {
    forward = shortestPath(c, a.id, b.id, true);
    backward = forward ? null : shortestPath(c, b.id, a.id, true);
  }
  const path = forward ?? backward;
  const [top, bottom] = forward ? [a, b] : [b, a];
  const op = `{ accountabilityPath(from: ${lit(top.id)}, to: ${lit(bottom.id)}${asOfArg(c)}) { length hops { kind from { id } to { id } relationship { type ${EVIDENCE_FIELDS} } } } }`;
  if (!path)
    return notStated(
      c,
      `any line of accountability between ${the(c.corpus, a.id)} and ${the(c.corpus, b.id)}`,
      [a.id, b.id],
      op,
    );
  const steps = [top.id, ...path.map((p) => p.to)].map((id) => the(c.corpus, id));
  return {
    kind: 'ANSWER',
    text: `${inDoc(c)}${the(c.corpus, top.id)} oversees ${the(c.corpus, bottom.id)} in ${path.length} step${path.length > 1 ? 's' : ''}: ${steps.join(' → ')}.`,
    evidence: ev(
      c,
      path.map((p) => p.rel),
    ),
    nodes: [top.id, ...path.map((p) => p.to)],
    operation: op,
  };
}

export function reporting(c: AskContext): Draft {
  const x = c.agents[0]!;
  let out = rels(c.corpus, x.id, 'OUT', ['REPORTS_TO'], c.doc);
  if (out.length === 0 && x.label === 'Post') {
    // A chair presents the reports of the bodies it chairs.
    const chaired = rels(c.corpus, x.id, 'OUT', ['CHAIRS'], c.doc).map((r) => r.to);
    out = chaired.flatMap((b) => rels(c.corpus, b, 'OUT', ['REPORTS_TO'], c.doc));
  }
  const inn = rels(c.corpus, x.id, 'IN', ['REPORTS_TO'], c.doc);
  const incomingFirst =
    /\b(?:who|what|which)\b.*\breports? to\b|\bto (?:the )?\w+.*\breport|\breceives?\b/.test(c.q) &&
    !/\bdoes (?:the )?\w+.*\breport\b/.test(c.q);
  const ordered = incomingFirst ? [...inn, ...out] : [...out, ...inn];
  const op = `{ reportingLines(id: ${lit(x.id)}${asOfArg(c)}) { direction counterpart { id } artefact cadence timing ${EVIDENCE_FIELDS} } }`;
  if (ordered.length === 0)
    return notStated(c, `what ${the(c.corpus, x.id)} reports or to whom`, [x.id], op);
  const describe = (r: CorpusRelationship) => {
    const what = [r.props.artefact, r.props.cadence, r.props.timing]
      .filter((v) => typeof v === 'string')
      .join(', ');
    return `${the(c.corpus, r.from)} reports to ${the(c.corpus, r.to)}${what ? ` (${String(what).replace(/-/g, ' ')})` : ''}`;
  };
  const shown = ordered.slice(0, 3).map(describe);
  const more = ordered.length > 3 ? ` There are ${ordered.length} reporting lines in all.` : '';
  return {
    kind: 'ANSWER',
    text: `${inDoc(c)}${shown.join('; ')}.${more}`,
    evidence: ev(c, ordered),
    nodes: [x.id, ...ordered.map((r) => (r.from === x.id ? r.to : r.from))],
    operation: op,
  };
}

export function escalation(c: AskContext): Draft {
  const areaId = c.doc?.areaId ?? c.areaId;
  const op = `{ escalationRoute(areaId: ${lit(areaId ?? '')}${asOfArg(c)}) { route steps { step from { id } to { id } relationship { ${EVIDENCE_FIELDS} } } endsAt { id } } }`;
  const all = (c.doc ? (c.corpus.byDocument.get(c.doc.id) ?? []) : []).filter(
    (r) => r.type === 'ESCALATES_TO',
  );
  const x = c.agents[0];
  const routes = new Map<string, CorpusRelationship[]>();
  for (const r of all) {
    const key = String(r.props.route ?? 'route');
    (routes.get(key) ?? routes.set(key, []).get(key)!).push(r);
  }
  let chosen = [...routes.values()];
  if (x) {
    const touching = chosen.filter((steps) => steps.some((r) => r.from === x.id || r.to === x.id));
    if (touching.length) chosen = touching;
  }
  if (chosen.length === 0)
    return notStated(c, 'where a dispute or concern escalates to', x ? [x.id] : [], op);
  const sentences = chosen.slice(0, 2).map((steps) => {
    const sorted = [...steps].sort((p, q) => Number(p.props.step ?? 0) - Number(q.props.step ?? 0));
    const last = sorted.at(-1)!;
    const byStep = new Map<number, CorpusRelationship[]>();
    for (const r of sorted) {
      const s = Number(r.props.step ?? 0);
      (byStep.get(s) ?? byStep.set(s, []).get(s)!).push(r);
    }
    const parts = [...byStep.entries()].map(
      ([s, rs]) =>
        `step ${s}: ${list(rs.map((r) => the(c.corpus, r.from)))} to ${list([...new Set(rs.map((r) => the(c.corpus, r.to)))])}`,
    );
    return `${parts.join('; ')}; it ends at ${the(c.corpus, last.to)}`;
  });
  const routeCount = chosen.length > 1 ? ` (${chosen.length} routes)` : '';
  return {
    kind: 'ANSWER',
    text: `${inDoc(c)}the escalation route${routeCount} runs ${sentences.join('. Another runs ')}.`,
    evidence: ev(
      c,
      chosen.flat().sort((p, q) => Number(p.props.step ?? 0) - Number(q.props.step ?? 0)),
    ),
    nodes: [...new Set(chosen.flat().flatMap((r) => [r.from, r.to]))],
    operation: op,
  };
}

export function members(c: AskContext): Draft {
  const x = c.agents[0]!;
  const op = `{ node(id: ${lit(x.id)}) { ... on Body { members${c.asOf ? `(asOf: ${lit(c.asOf)})` : ''} { member { id } capacity relationship { ${EVIDENCE_FIELDS} } } chairs${c.asOf ? `(asOf: ${lit(c.asOf)})` : ''} { chair { id } } } } }`;
  if (x.label !== 'Body') {
    const on = rels(c.corpus, x.id, 'OUT', ['MEMBER_OF', 'CHAIRS'], c.doc);
    if (on.length === 0)
      return notStated(c, `which bodies ${the(c.corpus, x.id)} sits on`, [x.id], op);
    return {
      kind: 'ANSWER',
      text: `${inDoc(c)}${the(c.corpus, x.id)} sits on ${list(on.map((r) => the(c.corpus, r.to)))}.`,
      evidence: ev(c, on),
      nodes: [x.id, ...on.map((r) => r.to)],
      operation: op,
    };
  }
  const mem = rels(c.corpus, x.id, 'IN', ['MEMBER_OF'], c.doc);
  const chairs = rels(c.corpus, x.id, 'IN', ['CHAIRS'], c.doc);
  if (mem.length === 0 && chairs.length === 0)
    return notStated(c, `who the members of ${the(c.corpus, x.id)} are`, [x.id], op);
  const chairText = chairs.length
    ? ` It is chaired by ${list(chairs.map((r) => the(c.corpus, r.from)))}.`
    : '';
  return {
    kind: 'ANSWER',
    text: `${inDoc(c)}the members of ${the(c.corpus, x.id)} are ${
      list(
        mem.map((r) => the(c.corpus, r.from)),
        8,
      ) || 'not listed'
    }.${chairText}`,
    evidence: ev(c, [...mem, ...chairs]),
    nodes: [x.id, ...mem.map((r) => r.from), ...chairs.map((r) => r.from)],
    operation: op,
  };
}

export function chairs(c: AskContext): Draft {
  const x = c.agents[0]!;
  const op = `{ node(id: ${lit(x.id)}) { ... on Body { chairs${c.asOf ? `(asOf: ${lit(c.asOf)})` : ''} { chair { id } relationship { ${EVIDENCE_FIELDS} } } } } }`;
  if (x.label !== 'Body') {
    const what = rels(c.corpus, x.id, 'OUT', ['CHAIRS'], c.doc);
    if (what.length === 0)
      return notStated(c, `which body ${the(c.corpus, x.id)} chairs`, [x.id], op);
    return {
      kind: 'ANSWER',
      text: `${inDoc(c)}${the(c.corpus, x.id)} chairs ${list(what.map((r) => the(c.corpus, r.to)))}.`,
      evidence: ev(c, what),
      nodes: [x.id, ...what.map((r) => r.to)],
      operation: op,
    };
  }
  const by = rels(c.corpus, x.id, 'IN', ['CHAIRS'], c.doc);
  if (by.length === 0) return notStated(c, `who chairs ${the(c.corpus, x.id)}`, [x.id], op);
  return {
    kind: 'ANSWER',
    text: `${inDoc(c)}${the(c.corpus, x.id)} is chaired by ${list(by.map((r) => the(c.corpus, r.from)))}.`,
    evidence: ev(c, by),
    nodes: [x.id, ...by.map((r) => r.from)],
    operation: op,
  };
}

export function subgroups(c: AskContext): Draft {
  const x = c.agents[0]!;
  const op = `{ node(id: ${lit(x.id)}) { ... on Body { subgroups${c.asOf ? `(asOf: ${lit(c.asOf)})` : ''} { subgroup { id name } relationship { ${EVIDENCE_FIELDS} } } } } }`;
  const subs = rels(c.corpus, x.id, 'IN', ['SUBGROUP_OF'], c.doc);
  if (subs.length === 0) {
    const parents = rels(c.corpus, x.id, 'OUT', ['SUBGROUP_OF'], c.doc);
    if (parents.length) {
      return {
        kind: 'ANSWER',
        text: `${inDoc(c)}${the(c.corpus, x.id)} is a sub-group of ${list(parents.map((r) => the(c.corpus, r.to)))}.`,
        evidence: ev(c, parents),
        nodes: [x.id, ...parents.map((r) => r.to)],
        operation: op,
      };
    }
    return notStated(c, `that ${the(c.corpus, x.id)} has sub-groups`, [x.id], op);
  }
  return {
    kind: 'ANSWER',
    text: `${inDoc(c)}${the(c.corpus, x.id)} has ${subs.length} sub-group${subs.length > 1 ? 's' : ''}: ${list(
      subs.map((r) => the(c.corpus, r.from)),
      8,
    )}.`,
    evidence: ev(c, subs),
    nodes: [x.id, ...subs.map((r) => r.from)],
    operation: op,
  };
}

export function succession(c: AskContext): Draft {
  const x = c.agents[0];
  const all = (c.corpus.byType.get('SUCCEEDED_BY') ?? []).filter((r) =>
    x
      ? r.from === x.id || r.to === x.id
      : c.areaId
        ? c.corpus.nodes.get(r.from)?.areaId === c.areaId
        : true,
  );
  const op = x
    ? `{ node(id: ${lit(x.id)}) { relationships(types: [SUCCEEDED_BY], direction: BOTH, allTime: true) { edges { node { type fromId toId ${EVIDENCE_FIELDS} } } } } }`
    : null;
  if (all.length === 0)
    return notStated(
      c,
      x ? `that ${the(c.corpus, x.id)} was replaced or replaced anything` : 'what was replaced',
      x ? [x.id] : [],
      op ?? '',
    );
  const r = all[0]!;
  const doc = r.documentId ? c.corpus.documents.get(r.documentId) : null;
  return {
    kind: 'ANSWER',
    text: `${doc ? `In ${docPhrase(doc)}, ` : ''}${the(c.corpus, r.from)} is succeeded by ${the(c.corpus, r.to)}.`,
    evidence: all.flatMap((x2) => x2.evidence),
    nodes: [r.from, r.to],
    operation: op,
  };
}
