import { statedAims } from './area-draft.ts';
import { draftArea, type Draft } from './draft.ts';
import { learnLexicon, pruneCues, type LearnedLexicon, type Reference } from './learn.ts';

export interface Score {
  found: number;
  expected: number;
  drafted: number;
  correct: number;
}
export interface DocumentEvaluation {
  file: string;
  area: string;
  bodies: Score;
  people: Score;
  relationships: Score;
  byType: Record<string, Score>;
  obligations: Score;
  /** The document's stated aims (document facts), matched by an overlapping quote. */
  aims: Score;
  quotes: { total: number; verbatim: number };
  ms: number;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const formsOf = (n: { id: string; name: string; aliases?: string[] }) =>
  new Set([norm(n.name), ...(n.aliases ?? []).map(norm), n.id.split('/').at(-1)!]);

/** Maps each drafted node to the reference node with a shared name, alias or id tail. */
function matchNodes(draft: Draft, ref: Reference['nodes']): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of [...draft.nodes, ...draft.people.map((p) => ({ ...p, aliases: [] }))]) {
    const forms = formsOf(d);
    const hit = ref.find((r) => [...formsOf(r)].some((f) => forms.has(f)));
    if (hit) out.set(d.id, hit.id);
  }
  return out;
}

const score = (): Score => ({ found: 0, expected: 0, drafted: 0, correct: 0 });
const KEYS = ['found', 'expected', 'drafted', 'correct'] as const;
const add = (into: Score, s: Score) => {
  for (const k of KEYS) into[k] += s[k];
};

/** Drafts a reference document's source with the given lexicon and compares the draft with the reference. */
export function evaluateDocument(
  ref: Reference,
  lexicon: LearnedLexicon,
): DocumentEvaluation & { draft: Draft; map: Map<string, string> } {
  const { source } = ref;
  const t0 = performance.now();
  const draft = draftArea(source, ref.area.id, lexicon, { documentId: ref.document.id });
  const ms = performance.now() - t0;
  const map = matchNodes(draft, ref.nodes);

  const bodies = score();
  const refBodies = ref.nodes.filter((n) => n.label === 'Body');
  bodies.expected = refBodies.length;
  const mapped = new Set(map.values());
  bodies.found = refBodies.filter((b) => mapped.has(b.id)).length;
  const draftedBodies = draft.nodes.filter((n) => n.label === 'Body');
  bodies.drafted = draftedBodies.length;
  bodies.correct = draftedBodies.filter((n) => map.has(n.id)).length;

  const people = score();
  const refPeople = ref.nodes.filter((n) => n.label === 'Person');
  people.expected = refPeople.length;
  people.found = refPeople.filter((p) => mapped.has(p.id)).length;
  people.drafted = draft.people.length;
  people.correct = draft.people.filter((p) => map.has(p.id)).length;

  const key = (r: { type: string; from: string; to: string }) => `${r.type}:${r.from}->${r.to}`;
  const refKeys = new Set(ref.relationships.map(key));
  const draftedKeys = new Set(
    draft.relationships.map((r) =>
      key({ type: r.type, from: map.get(r.from) ?? r.from, to: map.get(r.to) ?? r.to }),
    ),
  );
  const byType: Record<string, Score> = {};
  const relationships = score();
  const of = (type: string) => (byType[type] ??= score());
  for (const k of refKeys) {
    const s = of(k.split(':')[0]!);
    s.expected++;
    relationships.expected++;
    if (draftedKeys.has(k)) {
      s.found++;
      relationships.found++;
    }
  }
  for (const k of draftedKeys) {
    const s = of(k.split(':')[0]!);
    s.drafted++;
    relationships.drafted++;
    if (refKeys.has(k)) {
      s.correct++;
      relationships.correct++;
    }
  }

  // An obligation matches when a quote overlaps and at least one holder is the same node.
  type Span = { start?: number; end?: number };
  const overlaps = (a: Span[], b: Span[]) =>
    a.some((x) => b.some((y) => (x.start ?? 0) < (y.end ?? 0) && (y.start ?? 0) < (x.end ?? 0)));
  const obligations = score();
  obligations.expected = ref.obligations.length;
  obligations.drafted = draft.obligations.length;
  const same = (d: Draft['obligations'][number], r: Reference['obligations'][number]) =>
    overlaps(d.evidence, r.evidence) && d.holders.some((h) => r.holders.includes(map.get(h) ?? h));
  obligations.found = ref.obligations.filter((r) =>
    draft.obligations.some((d) => same(d, r)),
  ).length;
  obligations.correct = draft.obligations.filter((d) =>
    ref.obligations.some((r) => same(d, r)),
  ).length;

  const aims = score();
  const refAims = ref.document.aims ?? [];
  const draftedAims = statedAims(draft.segments);
  aims.expected = refAims.length;
  aims.drafted = draftedAims.length;
  aims.found = refAims.filter((r) =>
    draftedAims.some((d) => overlaps(d.evidence, r.evidence)),
  ).length;
  aims.correct = draftedAims.filter((d) =>
    refAims.some((r) => overlaps(d.evidence, r.evidence)),
  ).length;

  const evidence = [
    ...draft.nodes,
    ...draft.people,
    ...draft.relationships,
    ...draft.obligations,
  ].flatMap((x) => x.evidence);
  const verbatim = evidence.filter((e) => source.slice(e.start, e.end) === e.quote).length;
  return {
    file: ref.file,
    area: ref.area.id,
    bodies,
    people,
    relationships,
    byType,
    obligations,
    aims,
    quotes: { total: evidence.length, verbatim },
    ms,
    draft,
    map,
  };
}

/**
 * Learns a lexicon from the tuning documents only, then drops each learned
 * joining phrase whose proposals on those same documents were more often
 * wrong than right. Nothing of any other document is read.
 */
export function tune(tuning: Reference[]): LearnedLexicon {
  const lexicon = learnLexicon(tuning);
  const tally = new Map<number, { right: number; wrong: number }>();
  for (const ref of tuning) {
    const e = evaluateDocument(ref, lexicon);
    const refKeys = new Set(ref.relationships.map((r) => `${r.type}:${r.from}->${r.to}`));
    for (const r of e.draft.relationships) {
      const m = /:learned-(\d+)$/.exec(r.proposal.rule);
      if (!m) continue;
      const t = tally.get(Number(m[1])) ?? { right: 0, wrong: 0 };
      const k = `${r.type}:${e.map.get(r.from) ?? r.from}->${e.map.get(r.to) ?? r.to}`;
      if (refKeys.has(k)) t.right++;
      else t.wrong++;
      tally.set(Number(m[1]), t);
    }
  }
  const keep = new Set(
    lexicon.cues
      .map((_, i) => i)
      .filter((i) => {
        const t = tally.get(i);
        return t !== undefined && t.right >= t.wrong;
      }),
  );
  return pruneCues(lexicon, (c) => keep.has(lexicon.cues.indexOf(c)));
}

/**
 * What a draft missed and what it proposed wrongly, against the reference:
 * bodies not drafted, relationships not found (with the reference's quote and
 * which ends the draft lacks) and drafted relationships the reference does not
 * hold (with their rule). Lines for `draft-eval --misses`.
 */
export function missesOf(ref: Reference, lexicon: LearnedLexicon): string[] {
  const e = evaluateDocument(ref, lexicon);
  const mapped = new Set(e.map.values());
  const nameOf = (id: string) => ref.nodes.find((n) => n.id === id)?.name ?? id;
  const lines = [`## ${name(ref.file)}`];
  for (const b of ref.nodes.filter((n) => n.label === 'Body' && !mapped.has(n.id)))
    lines.push(`missed body: ${b.name}${b.aliases?.length ? ` (${b.aliases.join(', ')})` : ''}`);
  const key = (r: { type: string; from: string; to: string }) => `${r.type}:${r.from}->${r.to}`;
  const drafted = new Set(
    e.draft.relationships.map((r) =>
      key({ type: r.type, from: e.map.get(r.from) ?? r.from, to: e.map.get(r.to) ?? r.to }),
    ),
  );
  const short = (q: string) => q.replace(/\s+/g, ' ').slice(0, 160);
  for (const r of ref.relationships) {
    if (drafted.has(key(r))) continue;
    const lacks = [r.from, r.to].filter((x) => !mapped.has(x)).map(nameOf);
    lines.push(
      `missed ${r.type} ${nameOf(r.from)} -> ${nameOf(r.to)}${lacks.length ? ` [not drafted: ${lacks.join('; ')}]` : ''}`,
      ...r.evidence.map((x) => `    ${x.start}: ${short(x.quote)}`),
    );
  }
  const refKeys = new Set(ref.relationships.map(key));
  for (const r of e.draft.relationships) {
    const k = key({ type: r.type, from: e.map.get(r.from) ?? r.from, to: e.map.get(r.to) ?? r.to });
    if (refKeys.has(k)) continue;
    lines.push(
      `wrong ${r.type} ${e.map.has(r.from) ? nameOf(e.map.get(r.from)!) : `(${r.from})`} -> ${e.map.has(r.to) ? nameOf(e.map.get(r.to)!) : `(${r.to})`} by ${r.proposal.rule}`,
      `    ${r.evidence[0]!.start}: ${short(r.evidence[0]!.quote)}`,
    );
  }
  return lines;
}

export interface Fold {
  tuning: string[];
  heldOut: string[];
  /** Figures on the tuning documents, drafted with the lexicon learned from them. */
  tuned: DocumentEvaluation[];
  /** Figures on the held-out documents, drafted with the same lexicon. */
  measured: DocumentEvaluation[];
}

/**
 * Rotating held-out measurement over the reference documents: fold k holds
 * out documents k and k+1 (mod n), tunes on the other n-2 and measures
 * document k (its pair-mate is held out of tuning too, but measured in its
 * own fold), so every document is measured held-out exactly once.
 */
export function crossValidate(refs: Reference[]): Fold[] {
  const n = refs.length;
  const folds: Fold[] = [];
  for (let k = 0; k < n; k++) {
    const out = n > 2 ? new Set([k, (k + 1) % n]) : new Set([k]);
    const tuning = refs.filter((_, i) => !out.has(i));
    const lexicon = tune(tuning);
    const strip = ({ draft: _d, map: _m, ...e }: ReturnType<typeof evaluateDocument>) => e;
    folds.push({
      tuning: tuning.map((r) => r.file),
      heldOut: [...out].map((i) => refs[i]!.file),
      tuned: tuning.map((r) => strip(evaluateDocument(r, lexicon))),
      measured: [strip(evaluateDocument(refs[k]!, lexicon))],
    });
  }
  return folds;
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${Math.round((100 * a) / b)}%`);
const cell = (s: Score, kind: 'recall' | 'precision') =>
  kind === 'recall'
    ? `${pct(s.found, s.expected)} (${s.found}/${s.expected})`
    : `${pct(s.correct, s.drafted)} (${s.correct}/${s.drafted})`;

/** Totals of a set of evaluations. */
export function totals(results: DocumentEvaluation[]) {
  const t = {
    bodies: score(),
    people: score(),
    relationships: score(),
    obligations: score(),
    aims: score(),
    byType: new Map<string, Score>(),
    quotes: { total: 0, verbatim: 0 },
  };
  for (const e of results) {
    add(t.bodies, e.bodies);
    add(t.people, e.people);
    add(t.aims, e.aims);
    add(t.relationships, e.relationships);
    add(t.obligations, e.obligations);
    for (const [type, s] of Object.entries(e.byType)) {
      const acc = t.byType.get(type) ?? score();
      add(acc, s);
      t.byType.set(type, acc);
    }
    t.quotes.total += e.quotes.total;
    t.quotes.verbatim += e.quotes.verbatim;
  }
  return t;
}

const name = (file: string) => file.split('/').at(-1)!;

/** Markdown tables of a cross-validation: per held-out document, then tuned vs held-out totals and by type. */
export function evaluationTable(folds: Fold[]): string[] {
  const lines = [
    '| held-out document (tuned on) | bodies R | bodies P | relationships R | relationships P | obligations R | obligations P | quotes verbatim | draft time |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const f of folds) {
    for (const e of f.measured) {
      lines.push(
        `| ${name(e.file)} (${f.tuning.map((t) => name(t).replace(/\.yaml$/, '')).join(', ')}) | ${cell(e.bodies, 'recall')} | ${cell(e.bodies, 'precision')} | ${cell(e.relationships, 'recall')} | ${cell(e.relationships, 'precision')} | ${cell(e.obligations, 'recall')} | ${cell(e.obligations, 'precision')} | ${pct(e.quotes.verbatim, e.quotes.total)} (${e.quotes.verbatim}/${e.quotes.total}) | ${Math.round(e.ms)} ms |`,
      );
    }
  }
  const held = totals(folds.flatMap((f) => f.measured));
  const tuned = totals(folds.flatMap((f) => f.tuned));
  lines.push(
    '',
    '| figures | bodies R | bodies P | people R | people P | relationships R | relationships P | obligations R | obligations P | aims R | aims P | quotes verbatim |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const [label, t] of [
    ['tuned (each document in the three folds that tune on it)', tuned],
    ['**held-out** (each document once)', held],
  ] as const) {
    lines.push(
      `| ${label} | ${cell(t.bodies, 'recall')} | ${cell(t.bodies, 'precision')} | ${cell(t.people, 'recall')} | ${cell(t.people, 'precision')} | ${cell(t.relationships, 'recall')} | ${cell(t.relationships, 'precision')} | ${cell(t.obligations, 'recall')} | ${cell(t.obligations, 'precision')} | ${cell(t.aims, 'recall')} | ${cell(t.aims, 'precision')} | ${pct(t.quotes.verbatim, t.quotes.total)} (${t.quotes.verbatim}/${t.quotes.total}) |`,
    );
  }
  lines.push(
    '',
    '| relationship type | tuned R | tuned P | held-out R | held-out P |',
    '|---|---|---|---|---|',
  );
  const types = [...new Set([...tuned.byType.keys(), ...held.byType.keys()])].sort();
  for (const type of types) {
    const a = tuned.byType.get(type) ?? score();
    const b = held.byType.get(type) ?? score();
    lines.push(
      `| ${type} | ${cell(a, 'recall')} | ${cell(a, 'precision')} | ${cell(b, 'recall')} | ${cell(b, 'precision')} |`,
    );
  }
  return lines;
}
