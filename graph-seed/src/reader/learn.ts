import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PATHS } from '../paths.ts';
import { ENGLISH_STOP_WORDS, parseYaml, type RelationCue } from '@accgraph/schema';

/**
 * What the reader may learn from hand-reviewed area files: the names (and
 * their aliases) of the bodies, posts and organisations they hold, and the
 * words that join two named nodes in the quote of a relationship. `draft`
 * learns from every bundled area file; `draft-eval` learns from the tuning
 * documents of a fold only, so the held-out document's file is never read.
 */
export interface LearnedLexicon {
  /** The area files it was learned from (for the report). */
  from: string[];
  names: LearnedName[];
  cues: RelationCue[];
}
export interface LearnedName {
  label: 'Body' | 'Post' | 'Organisation';
  name: string;
  aliases: string[];
  kind: string;
}

export const EMPTY_LEXICON: LearnedLexicon = { from: [], names: [], cues: [] };

/** A hand-made area file as the reader reads it (a subset of the area-file model). */
export interface Reference {
  file: string;
  source: string;
  area: { id: string; name: string };
  document: {
    id: string;
    source: string;
    status?: string;
    aims?: { text: string; evidence: { quote: string; start?: number; end?: number }[] }[];
  };
  nodes: { id: string; label: string; name: string; aliases?: string[]; kind?: string }[];
  relationships: {
    type: string;
    from: string;
    to: string;
    evidence: { quote: string; start: number; end: number }[];
  }[];
  obligations: {
    id: string;
    holders: string[];
    modality: string;
    dutyTypes: string[];
    evidence: { quote: string; start: number; end: number }[];
  }[];
}

/** Reads an area file and its source text. */
export function readReference(areaFile: string, sourcesDir: string): Reference {
  const data = parseYaml(areaFile, readFileSync(areaFile, 'utf8')).data as Omit<
    Reference,
    'file' | 'source'
  >;
  return {
    file: areaFile,
    source: readFileSync(join(sourcesDir, data.document.source), 'utf8'),
    area: data.area,
    document: data.document,
    nodes: data.nodes ?? [],
    relationships: data.relationships ?? [],
    obligations: data.obligations ?? [],
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const norm = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();

/** A name that belongs to one area ("Wiltshire Council") teaches nothing about another. */
const placeBound = (name: string, area: Reference['area']) => {
  const place = area.name.split(/\s+/)[0]!.toLowerCase();
  return norm(name).includes(place);
};

/**
 * Learns names and joining phrases from the given area files. Phrases are
 * the words between a relationship's two named ends inside its quote (1 to
 * 6 words, at least one of them not a stop word); the end named first is
 * the subject, else the phrase is passive.
 */
export function learnLexicon(refs: Reference[]): LearnedLexicon {
  const names = new Map<string, LearnedName>();
  const cueCount = new Map<string, { cue: RelationCue; n: number }>();
  for (const ref of refs) {
    const formsById = new Map<string, string[]>();
    for (const n of ref.nodes) {
      const forms = [n.name, ...(n.aliases ?? [])].filter((f) => f.length >= 3);
      formsById.set(n.id, forms);
      if (n.label !== 'Body' && n.label !== 'Post' && n.label !== 'Organisation') continue;
      // The acronym of a place-bound name is place-bound too ("PSCB" of "Peterborough Safeguarding Children Board").
      const initial = ref.area.name[0]!.toUpperCase();
      const bound = forms.some((f) => placeBound(f, ref.area));
      const kept = forms.filter(
        (f) =>
          !placeBound(f, ref.area) &&
          /^[A-Z]/.test(f) &&
          !(bound && /^[A-Z]{2,6}s?$/.test(f) && f[0] === initial),
      );
      if (kept.length === 0) continue;
      const key = norm(kept[0]!);
      const known = names.get(key);
      if (known) {
        for (const a of kept.slice(1)) if (!known.aliases.includes(a)) known.aliases.push(a);
        continue;
      }
      names.set(key, {
        label: n.label,
        name: kept[0]!,
        aliases: kept.slice(1),
        kind: n.kind ?? 'other',
      });
    }
    for (const r of ref.relationships) {
      for (const e of r.evidence) {
        const q = norm(e.quote);
        const at = (id: string) => {
          for (const f of (formsById.get(id) ?? []).sort((a, b) => b.length - a.length)) {
            const i = q.indexOf(norm(f));
            if (i >= 0) return { start: i, end: i + norm(f).length };
          }
          return undefined;
        };
        const a = at(r.from);
        const b = at(r.to);
        if (!a || !b) continue;
        const passive = b.end <= a.start;
        const gap = passive ? q.slice(b.end, a.start) : q.slice(a.end, b.start);
        const phrase = gap
          .replace(/^[\s,;:]*(?:will|shall|must|should|may|is|are|also)?\s*/, '')
          .replace(/\s*(?:the|a|an|its|their)?[\s,;:]*$/, '')
          .trim();
        const words = phrase.split(/\s+/).filter(Boolean);
        if (words.length < 1 || words.length > 6) continue;
        if (!words.some((w) => !ENGLISH_STOP_WORDS.has(w.replace(/[^a-z']/g, '')))) continue;
        if (/[()"“”]/.test(phrase)) continue;
        const pattern = escape(phrase).replace(/ /g, '\\s+');
        const key = `${r.type}|${passive}|${pattern}`;
        const seen = cueCount.get(key);
        if (seen) seen.n++;
        else
          cueCount.set(key, {
            cue: {
              type: r.type as RelationCue['type'],
              pattern,
              ...(passive ? { passive: true } : {}),
              confidence: 0.6,
            },
            n: 1,
          });
      }
    }
  }
  return {
    from: refs.map((r) => r.file),
    names: [...names.values()],
    cues: [...cueCount.values()].map((c) => c.cue),
  };
}

/** A lexicon without the cues whose proposals were wrong more often than right on the tuning documents. */
export function pruneCues(
  lex: LearnedLexicon,
  keep: (cue: RelationCue) => boolean,
): LearnedLexicon {
  return { ...lex, cues: lex.cues.filter(keep) };
}

/**
 * The lexicon `draft` uses: learned from the reviewed area files bundled
 * with the product (graph-seed/areas; drafts are skipped).
 */
export function bundledLexicon(
  areasDir = DEFAULT_PATHS.areasDir,
  sourcesDir = DEFAULT_PATHS.sourcesDir,
): LearnedLexicon {
  if (!existsSync(areasDir)) return EMPTY_LEXICON;
  const refs = readdirSync(areasDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => readReference(join(areasDir, f), sourcesDir))
    .filter((r) => r.document.status !== 'draft');
  return learnLexicon(refs);
}
