import { LOOSE_REFERENCES } from '@accgraph/schema';
import type { Corpus, CorpusDocument, CorpusNode } from '../fulltext/corpus.ts';
import { acronym, norm, words } from './normalise.ts';

export const AGENT_LABELS = new Set(['Body', 'Post', 'Organisation', 'Person']);
const MAX_GRAM = 12;

/** A span of the question that names something. */
export interface Mention {
  text: string;
  /** Word offsets in the normalised question. */
  from: number;
  to: number;
  /** Node ids it may mean (all areas). */
  candidates: string[];
  /** A loose reference ("the Trust") rather than a name or alias. */
  loose: boolean;
}

/** The names of a corpus, for linking: normalised form -> node ids. */
export interface Lexicon {
  forms: Map<string, Set<string>>;
  byKind: Map<string, string[]>;
  areaForms: Map<string, string>;
  /** `re` finds a loose reference in a question; `whole` tests that a name is one. */
  loose: { re: RegExp; whole: RegExp; label: string; kinds: readonly string[] }[];
}

const lexicons = new WeakMap<Corpus, Lexicon>();

function add(forms: Map<string, Set<string>>, form: string | null, id: string) {
  if (!form) return;
  const variants = [
    form,
    form.replace(/\s*\([^)]*\)/g, ''),
    ...[...form.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!),
  ];
  for (const v of variants) {
    const n = norm(v).replace(/^the /, '');
    if (!n || n.length < 2) continue;
    (forms.get(n) ?? forms.set(n, new Set()).get(n)!).add(id);
  }
}

/** The corpus's names, aliases, acronyms and names without their area prefix (built once per corpus). */
export function lexiconOf(corpus: Corpus): Lexicon {
  const kept = lexicons.get(corpus);
  if (kept) return kept;
  const forms = new Map<string, Set<string>>();
  const byKind = new Map<string, string[]>();
  const areaForms = new Map<string, string>();
  for (const [id, name] of corpus.areas) {
    for (const f of [id, name, `${name}s`]) areaForms.set(norm(f), id);
  }
  for (const node of corpus.nodes.values()) {
    if (!AGENT_LABELS.has(node.label)) continue;
    const areaName = node.areaId ? (corpus.areas.get(node.areaId) ?? '') : '';
    for (const form of [node.name, ...node.aliases]) {
      add(forms, form, node.id);
      const n = norm(form);
      const a = norm(areaName);
      if (a && n.startsWith(`${a} `)) add(forms, n.slice(a.length + 1), node.id);
      if (a && n.startsWith(`${a}s `)) add(forms, n.slice(a.length + 2), node.id);
    }
    if (node.label === 'Body') add(forms, acronym(node.name), node.id);
    // "Chair of the OSCB" is also "the OSCB chair".
    for (const form of [node.name, ...node.aliases]) {
      const m = /^((?:independent |vice[- ])?chair) of (?:the )?(.+)$/i.exec(form);
      if (m) add(forms, `${m[2]} ${m[1]}`, node.id);
    }
    if (node.kind) {
      const key = `${node.label}:${node.kind}`;
      (byKind.get(key) ?? byKind.set(key, []).get(key)!).push(node.id);
    }
  }
  // Generic one-word forms that would link everything ("board", "group") are not names.
  for (const generic of [
    'board',
    'group',
    'partnership',
    'panel',
    'chair',
    'partners',
    'the board',
    'the panel',
  ]) {
    forms.delete(generic);
  }
  const loose = LOOSE_REFERENCES.map((r) => ({
    re: new RegExp(String.raw`\b(?:${r.pattern})\b`, 'g'),
    whole: new RegExp(String.raw`^(?:\b(?:${r.pattern})\b)$`),
    label: r.label,
    kinds: r.kinds,
  }));
  const lexicon = { forms, byKind, areaForms, loose };
  lexicons.set(corpus, lexicon);
  return lexicon;
}

/** What a question names: nodes (by name, alias, acronym or loose reference), areas and years. */
export interface Links {
  mentions: Mention[];
  areas: string[];
  years: number[];
  /** Words of the normalised question. */
  words: string[];
}

export function link(corpus: Corpus, question: string): Links {
  const lex = lexiconOf(corpus);
  const w = words(question);
  const taken = new Array<boolean>(w.length).fill(false);
  const mentions: Mention[] = [];
  const areas: string[] = [];
  // Names and aliases: longest first, left to right.
  for (let i = 0; i < w.length; i++) {
    for (let n = Math.min(MAX_GRAM, w.length - i); n >= 1; n--) {
      if (taken.slice(i, i + n).some(Boolean)) continue;
      const form = w.slice(i, i + n).join(' ');
      const ids = lex.forms.get(form);
      if (ids && !(n === 1 && lex.areaForms.has(form))) {
        // A name that is also a loose reference ("Children's Trust") may mean that kind in another area.
        const kinds = lex.loose.filter((r) => r.whole.test(form));
        const more = kinds.flatMap((r) =>
          r.kinds.flatMap((k) => lex.byKind.get(`${r.label}:${k}`) ?? []),
        );
        mentions.push({
          text: form,
          from: i,
          to: i + n,
          candidates: [...new Set([...ids, ...more])],
          loose: false,
        });
        taken.fill(true, i, i + n);
        break;
      }
    }
  }
  // Loose references on the words left.
  const joined = w.join(' ');
  const offsets: number[] = [];
  for (let i = 0, at = 0; i < w.length; i++) {
    offsets.push(at);
    at += w[i]!.length + 1;
  }
  const wordAt = (charOffset: number) =>
    offsets.findIndex((o, i) => charOffset < o + w[i]!.length + 1);
  for (const ref of lex.loose) {
    ref.re.lastIndex = 0;
    for (let m = ref.re.exec(joined); m; m = ref.re.exec(joined)) {
      const from = wordAt(m.index);
      const to = wordAt(m.index + m[0].length - 1) + 1;
      if (from < 0 || taken.slice(from, to).some(Boolean)) continue;
      const candidates = ref.kinds.flatMap((k) => lex.byKind.get(`${ref.label}:${k}`) ?? []);
      if (candidates.length === 0) continue;
      mentions.push({ text: m[0], from, to, candidates, loose: true });
      taken.fill(true, from, to);
    }
  }
  // Areas named on their own ("in Walsall", "Wiltshire's").
  w.forEach((word, i) => {
    const area = lex.areaForms.get(word);
    if (area && !taken[i] && !areas.includes(area)) areas.push(area);
  });
  const years = [...new Set(w.filter((x) => /^(19|20)\d\d$/.test(x)).map(Number))];
  mentions.sort((a, b) => a.from - b.from);
  return { mentions, areas, years, words: w };
}

/** The area(s) a mention's candidates belong to. */
export function areasOf(corpus: Corpus, ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => corpus.nodes.get(id)?.areaId ?? 'national'))];
}

/** Candidates of a mention kept by the scope (area and document), best first. */
export function inScope(
  corpus: Corpus,
  mention: Mention,
  areaIds: readonly string[],
  doc: CorpusDocument | null,
): CorpusNode[] {
  let nodes = mention.candidates
    .map((id) => corpus.nodes.get(id))
    .filter((n): n is CorpusNode => n !== undefined);
  if (areaIds.length) {
    // A name of another area is not what a question scoped to this one means.
    nodes = nodes.filter(
      (n) => n.areaId === null || n.areaId === 'national' || areaIds.includes(n.areaId),
    );
  }
  if (doc) {
    const inDoc = nodes.filter((n) => n.documents.has(doc.id));
    if (inDoc.length) nodes = inDoc;
  }
  if (nodes.length > 1 && areaIds.length) {
    // Within an area, a reference that is someone's exact name or alias means that one.
    const exact = nodes.filter((n) => [n.name, ...n.aliases].some((f) => norm(f) === mention.text));
    if (exact.length >= 1 && exact.length < nodes.length) nodes = exact;
  }
  return nodes;
}
