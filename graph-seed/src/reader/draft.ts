import {
  BODY_KIND_CUES,
  DUTY_TYPE_CUES,
  MODALITY_CUES,
  ORGANISATION_CUES,
  POST_CUES,
  READER_RELATION_CUES,
  RELATION_CUES,
  cueRegExp,
  type RelationCue,
} from '@accgraph/schema';
import type { EvidenceEntry } from '../model/area-file.schema.ts';
import { EMPTY_LEXICON, type LearnedLexicon } from './learn.ts';
import { headingText, segment, type Segment } from './segment.ts';
import { draftStatedFacts, type FactContext, type FactNode } from './statements.ts';

/** A drafted fact's provenance: which rule proposed it and how sure it is. */
export interface Proposal {
  rule: string;
  confidence: number;
  /**
   * Set when the proposal goes beyond the sentence's words (basis INTERPRETED,
   * docs/data-model.md): why, in one plain sentence. Absent for stated readings.
   */
  interpretation?: string;
}

export interface DraftNode {
  id: string;
  label: 'Body' | 'Post' | 'Organisation';
  name: string;
  aliases: string[];
  kind: string;
  evidence: EvidenceEntry[];
  proposal: Proposal;
}

/** A person the document names (signature blocks, lists of names); no kind. */
export interface DraftPerson {
  id: string;
  label: 'Person';
  name: string;
  evidence: EvidenceEntry[];
  proposal: Proposal;
}

export interface DraftRelationship {
  type:
    | RelationCue['type']
    | 'HOLDS_POST'
    | 'SIGNED'
    | 'REPRESENTS'
    | 'COVERS'
    | 'DELEGATES_TO'
    | 'SAFEGUARDING_PARTNER_OF';
  from: string;
  to: string;
  props: Record<string, string | number>;
  /** Boolean properties (`signatureBlank`). */
  flags?: Record<string, boolean>;
  evidence: EvidenceEntry[];
  proposal: Proposal;
}

export interface DraftObligation {
  id: string;
  holders: string[];
  text: string;
  modality: string;
  dutyTypes: string[];
  shared: boolean;
  cadence?: string;
  deadline?: { value: number; unit: string; anchor?: string };
  evidence: EvidenceEntry[];
  proposal: Proposal;
}

export interface Draft {
  segments: Segment[];
  nodes: DraftNode[];
  /**
   * People the document names. Relationships to them (HOLDS_POST, SIGNED by a
   * person) and SIGNED edges (to the document) are in `relationships` only when
   * `draftArea` was given the document's id.
   */
  people: DraftPerson[];
  relationships: DraftRelationship[];
  obligations: DraftObligation[];
  /** Sentences and bullets (not headings) that produced nothing. */
  silent: Segment[];
  /** Proposals left out because no section heading precedes their quote. */
  unplaced: number;
}

/**
 * Scrutiny received, as a noun: "it will benefit from the close scrutiny and advice of the
 * Board", "subject to the challenge of X": X holds the subject to account (beside "advice ...
 * of", which reads X as the adviser).
 */
const NOMINAL_PASSIVE_CUES: readonly RelationCue[] = [
  {
    type: 'HOLDS_TO_ACCOUNT',
    pattern: String.raw`(?:benefit(?:s|ing)? from|subject to|under) (?:the )?(?:\w+ )?(?:scrutiny|challenge|oversight)(?: and \w+(?: \w+)?)? (?:of|from)`,
    passive: true,
    combines: true,
    mode: 'scrutiny',
    confidence: 0.7,
  },
];

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const NAME_WORD = String.raw`(?:[A-Z][\p{L}'’-]*|of|and|for|the|&)`;
/** "Local Safeguarding Children Board (LSCB)", "... Trust ('Children's Trust')". */
const DEFINED = new RegExp(
  String.raw`((?:[A-Z][\p{L}'’-]*)(?:\s+${NAME_WORD}){0,9})\s*\(\s*(?:the\s+)?['‘"“]?([A-Z][\p{L}'’ ]{0,40}?)['’"”]?\s*\)`,
  'gu',
);
const HEAD = String.raw`(?:Board|Trust|Partnership|Group|Panel|Forums?|Committee|[Ss]ub[- ]?[Gg]roup|Executive|Unit|Programme|Hub|Team|Summit|Networks)`;
/** "Family and Children's Transformation (FACT) Programme": an acronym defined before the head. */
const DEFINED_BEFORE_HEAD = new RegExp(
  String.raw`((?:[A-Z][\p{L}'’-]*)(?:\s+${NAME_WORD}){0,9})\s+\(([A-Z]{2,})\)\s+(${HEAD})(?![\p{L}])`,
  'gu',
);
/** A capitalised name ending in a body head: "Health and Wellbeing Board". */
const HEADED = new RegExp(
  String.raw`(?<![\p{L}])((?:[A-Z][\p{L}'’-]* +)(?:${NAME_WORD} +){0,7}${HEAD})(?![\p{L}])`,
  'gu',
);

const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');

function bodyKind(name: string): string {
  const lower = name.toLowerCase();
  return BODY_KIND_CUES.find((c) => cueRegExp(c.pattern).test(lower))?.kind ?? 'other';
}

/**
 * Drops a leading article, a leading verb or list ("Advise the X", "A and
 * the X": the last name) and a trailing possessive; keeps "Chair of the X".
 */
const cleanName = (s: string) => {
  const parts = s.split(/\s+(?:and\s+)?the\s+/);
  let name = parts.pop() ?? s;
  while (parts.length > 0 && /\bof$/.test(parts.at(-1)!)) {
    name = `${parts.pop()!} the ${name}`;
    // "Invite the Chair of the X": keep from the post title on.
    const title = /(?:(?:Vice|Co|Independent)[- ]?)?Chair\b.*$/.exec(name);
    if (title) name = title[0];
  }
  return name
    .replace(/^(?:The|the|A|An|Our|Each|All|Both)\s+/, '')
    .replace(/['’]s$/, '')
    .trim();
};

/**
 * A body name's words as a set: lower case, without apostrophes, hyphens, a
 * plural or possessive "s", "the" and the area's own name, in alphabetical
 * order. Two names with the same set are one body written two ways.
 */
export function canonicalName(name: string, area: string): string {
  const place = area.split('-')[0]!.toLowerCase();
  return name
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/(\p{L})-\s?(\p{L})/gu, '$1$2')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== 'the' && w !== place)
    .map((w) => w.replace(/s$/, ''))
    .sort()
    .join(' ');
}

interface Mention {
  /** One node, or the members of a collective ("the Partnership Boards"). */
  nodes: DraftNode[];
  start: number;
  end: number;
  /** Why reading the words as these nodes is ours, when it is ("both bodies" from the title). */
  interpretation?: string;
}

/** Why "all agencies represented on the X" drafted as one organisation is an interpretation. */
const representedOnReason = (noun: string, body: string) =>
  `The document speaks of the ${noun} represented on the ${body} without naming them; ` +
  `reading them as one collective organisation that is a member of it is ours.`;

/**
 * Drafts nodes and relationships from a saved source text. Every evidence
 * quote is a segment of `source`, with its offsets.
 */
export interface DraftOptions {
  /**
   * The drafted document's id (`<area>/<year>`). Given, the draft also holds
   * the people the document names, their posts (HOLDS_POST) and signatures
   * (SIGNED to this id); without it, facts about people are left out of
   * `relationships` (a caller that cannot write Person nodes stays valid).
   */
  documentId?: string;
}

export function draftArea(
  source: string,
  area: string,
  lexicon: LearnedLexicon = EMPTY_LEXICON,
  options: DraftOptions = {},
): Draft {
  const segments = segment(source);
  const nodes = new Map<string, DraftNode>();
  const byForm = new Map<string, DraftNode>();
  const byCanon = new Map<string, DraftNode>();
  let unplaced = 0;
  /** The lookup key of a surface form: lower case, without the area's name in front. */
  const formKey = (f: string) =>
    f
      .toLowerCase()
      .replace(/’/g, "'")
      .replace(new RegExp(`^${area.replace(/-/g, ' ')}(?:'s)?\\s+`), '');
  const evidenceOf = (s: Segment): EvidenceEntry | undefined => {
    if (s.section === null) return undefined;
    return { quote: s.text, section: s.section, start: s.start, end: s.end };
  };

  const addNode = (
    name: string,
    alias: string | undefined,
    s: Segment,
    proposal: Proposal,
    known?: { label: DraftNode['label']; kind: string },
  ): DraftNode | undefined => {
    const label: DraftNode['label'] = known
      ? known.label
      : /^(?:(?:Vice|Co|Independent)[- ]?)?Chair of\b/i.test(name)
        ? 'Post'
        : POST_CUES.some((c) => cueRegExp(c.pattern).test(name.toLowerCase())) &&
            (!/board|trust|partnership|group|panel|forum/i.test(name) ||
              // "Board manager": the title ends the name.
              POST_CUES.some((c) =>
                [...name.toLowerCase().matchAll(cueRegExp(c.pattern))].some(
                  (m) => m.index + m[0].length === name.length,
                ),
              ))
          ? 'Post'
          : 'Body';
    let existing = byForm.get(formKey(name)) ?? (alias ? byForm.get(formKey(alias)) : undefined);
    // The same words in another order or spelling ("Children's Safe-guarding Board" for
    // "Walsall Safeguarding Children Board"): one body, the later form an alias.
    const canon = label === 'Body' ? canonicalName(name, area) : undefined;
    if (!existing && canon) {
      existing = byCanon.get(canon);
      if (existing && name !== existing.name && !existing.aliases.includes(name))
        existing.aliases.push(name);
    }
    const ev = evidenceOf(s);
    if (existing) {
      if (alias && !existing.aliases.includes(alias) && alias !== existing.name)
        existing.aliases.push(alias);
      if (alias) byForm.set(formKey(alias), existing);
      byForm.set(name.toLowerCase(), existing);
      if (ev && existing.evidence.length === 0) existing.evidence.push(ev);
      return existing;
    }
    const key = alias && /^[A-Z]{2,}$/.test(alias) ? alias : name;
    let id = `${area}/${slugify(key)}`;
    for (let n = 2; nodes.has(id); n++) id = `${area}/${slugify(key)}-${n}`;
    const kind = known
      ? known.kind
      : label === 'Post'
        ? (POST_CUES.find((c) => cueRegExp(c.pattern).test(name.toLowerCase()))?.kind ?? 'other')
        : bodyKind(`${name} ${alias ?? ''}`);
    const node: DraftNode = {
      id,
      label,
      name,
      aliases: alias ? [alias] : [],
      kind,
      evidence: ev ? [ev] : [],
      proposal,
    };
    nodes.set(id, node);
    if (canon && !byCanon.has(canon)) byCanon.set(canon, node);
    byForm.set(name.toLowerCase(), node);
    byForm.set(formKey(name), node);
    if (alias) byForm.set(alias.toLowerCase(), node);
    return node;
  };

  // 1. Names defined with a bracketed acronym or short form.
  for (const s of segments) {
    for (const m of s.text.matchAll(DEFINED)) {
      const alias = m[2]!.trim();
      let words = m[1]!.trim().split(/\s+/);
      const acronym = /^[A-Z&]{2,}s?$|^[A-Z]+[a-z][A-Z]+$/.test(alias);
      if (acronym) {
        // Keep the shortest tail of the name whose initials cover the acronym.
        const caps = alias.replace(/[^A-Z]/g, '');
        for (let i = words.length - 1; i >= 0; i--) {
          const tail = words.slice(i).join(' ');
          if (initials(tail).length >= caps.length && initials(tail).startsWith(caps[0]!)) {
            words = words.slice(i);
            break;
          }
        }
        const tail = words.join(' ');
        if (initials(tail)[0] !== caps[0]) continue;
      }
      const name = cleanName(words.join(' '));
      if (name.split(/\s+/).length < 2) continue;
      const isBodyOrPost =
        new RegExp(`${HEAD}$`).test(name) ||
        POST_CUES.some((c) => cueRegExp(c.pattern).test(name.toLowerCase()));
      if (!isBodyOrPost) continue;
      addNode(name, cleanName(alias), s, { rule: 'defined-acronym', confidence: 0.9 });
    }
  }
  // 1a. An acronym defined before the head: the name as written, with "FACT Programme" and "FACT".
  for (const s of segments) {
    for (const m of s.text.matchAll(DEFINED_BEFORE_HEAD)) {
      const acronym = m[2]!;
      let words = m[1]!.trim().split(/\s+/);
      // Initials of the capitalised words, or of every word ("Family and Children's Transformation": FACT).
      const fits = (ws: string[]) =>
        initials(ws.join(' ')).toUpperCase() === acronym ||
        ws
          .map((w) => w[0])
          .join('')
          .toUpperCase() === acronym;
      for (let i = words.length - 1; i >= 0; i--) {
        if (fits(words.slice(i))) {
          words = words.slice(i);
          break;
        }
      }
      if (!fits(words)) continue;
      const name = `${cleanName(words.join(' '))} (${acronym}) ${m[3]}`;
      const node = addNode(name, `${acronym} ${m[3]}`, s, {
        rule: 'defined-acronym:before-head',
        confidence: 0.8,
      });
      if (node && !node.aliases.includes(acronym) && !byForm.has(acronym.toLowerCase())) {
        node.aliases.push(acronym);
        byForm.set(acronym.toLowerCase(), node);
      }
    }
  }
  // 1b. Names learned from reviewed area files, where the text uses them.
  for (const known of lexicon.names) {
    const forms = [known.name, ...known.aliases].map((f) => ({
      f,
      re: new RegExp(
        `(?<![\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")}(?![\\p{L}])`,
        /^[A-Z]{2,}$/.test(f) ? 'u' : 'iu',
      ),
    }));
    // Most learned names are not in this document: one look at the whole text first.
    const used = forms.filter(({ re }) => re.test(source));
    if (used.length === 0) continue;
    for (const s of segments) {
      const hit = used.find(({ re }) => {
        const m = re.exec(s.text);
        return m !== null && /^[A-Z]/.test(m[0]);
      })?.f;
      if (!hit) continue;
      const node = addNode(
        known.name,
        hit !== known.name ? hit : undefined,
        s,
        { rule: 'known-name', confidence: 0.75 },
        { label: known.label, kind: known.kind },
      );
      if (node)
        for (const a of known.aliases) {
          if (
            !byForm.has(formKey(a)) &&
            new RegExp(
              `(?<![\\p{L}])${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
              'u',
            ).test(source)
          ) {
            byForm.set(formKey(a), node);
            if (!node.aliases.includes(a) && a !== node.name) node.aliases.push(a);
          }
        }
      break;
    }
  }
  // Organisation names anywhere in the text, lines joined: "Clinical Commissioning Group" on a
  // line of its own is the end of "NHS Wiltshire Clinical Commissioning Group", not a body.
  const orgNames = ORGANISATION_CUES.flatMap((c) =>
    [...source.replace(/\s+/g, ' ').matchAll(cueRegExp(c.pattern))].map((m) => m[0]),
  ).filter((n) => /^[A-Z]/.test(n));
  // 2. Capitalised names with a body head, and capitalised post titles.
  for (const s of segments) {
    for (const m of s.text.matchAll(HEADED)) {
      const name = cleanName(m[1]!);
      if (
        name.split(/\s+/).length < 2 ||
        /^(?:This|These|Each|All|Both|Other|Any)\b/.test(name) ||
        // "Partnership Boards" is a kind of body; a name in quotes ("A 'Partnership Summit'") is a name.
        (/^Partnership\b/.test(name) &&
          !/['‘"“]$/.test(s.text.slice(0, m.index + m[1]!.length - name.length))) ||
        // A section title ("Key Functions of the Childrens Trust"), two heads ("Board and Trust").
        /^(?:(?:Key )?Functions?|Accountabilit(?:y|ies)|Roles?|Purpose|Membership|Structure|Terms of Reference) of\b/.test(
          name,
        ) ||
        /^(?:Board|Trust) and\b/.test(name)
      )
        continue;
      if (byForm.has(formKey(name))) continue;
      // "NHS Wiltshire Clinical Commissioning Group" ends in a body head but names an organisation.
      if (
        ORGANISATION_CUES.some((c) => {
          const m = cueRegExp(c.pattern).exec(name.toLowerCase());
          // The whole name, or its end ("Testshire Police and NHS Testshire Clinical Commissioning Group").
          return m !== null && m.index + m[0].length === name.length;
        }) ||
        orgNames.some((o) => o.length > name.length && o.endsWith(` ${name}`))
      )
        continue;
      addNode(name, undefined, s, { rule: 'body-head', confidence: 0.7 });
    }
    for (const c of POST_CUES) {
      if (c.kind === 'chair') continue;
      for (const m of s.text.matchAll(cueRegExp(c.pattern))) {
        const name = m[0];
        if (!/^[A-Z]/.test(name) || /^[A-Z]+$/.test(name)) continue;
        if (byForm.has(name.toLowerCase())) continue;
        addNode(name, undefined, s, { rule: 'post-title', confidence: 0.7 });
      }
    }
  }
  // Organisations: councils, police forces, CCGs, inspectorates, national bodies.
  for (const s of segments) {
    for (const c of ORGANISATION_CUES) {
      for (const m of s.text.matchAll(cueRegExp(c.pattern))) {
        const name = m[0];
        if (
          !/^[A-Z]/.test(name) ||
          !name.split(/\s+/).every((w) => /^(?:[A-Z&]|of|and|the|for)/.test(w))
        )
          continue;
        if (byForm.has(formKey(name)) || byForm.has(name.toLowerCase())) continue;
        addNode(
          name,
          undefined,
          s,
          { rule: 'organisation-name', confidence: 0.75 },
          {
            label: 'Organisation',
            kind: c.kind,
          },
        );
      }
    }
  }
  // "Multi-Agency Safeguarding Hub for adults (the adult MASH)": a body name with a lower-case
  // qualifier after its head, and a bracketed short form whose acronym is the name's initials.
  for (const s of segments)
    for (const m of s.text.matchAll(
      new RegExp(
        String.raw`((?:[A-Z][\p{L}'’-]*\s+){1,6}${HEAD}\s+for\s+[a-z]+)\s*\(\s*(?:the\s+)?([a-z]+\s+([A-Z]{2,}))\s*\)`,
        'gu',
      ),
    )) {
      const name = cleanName(m[1]!.trim());
      if (initials(name.replace(/\s+for\s+[a-z]+$/, '')).toUpperCase() !== m[3]) continue;
      addNode(
        name,
        m[2]!,
        s,
        { rule: 'defined-acronym:qualified', confidence: 0.8 },
        {
          label: 'Body',
          kind: bodyKind(name),
        },
      );
    }
  // A list of bodies: "there are a number of other professional forums ... These include:" and
  // items that are each a capitalised name ("NHS England Safeguarding Meetings").
  for (const s of segments) {
    if (s.kind !== 'bullet' || !s.leadIn) continue;
    const lead = s.leadIn;
    const before = segments[segments.indexOf(lead) - 1];
    const PLURAL_BODIES =
      /\b(?:forums|groups|boards|bodies|partnerships|panels|committees|meetings|networks)\b/i;
    if (
      !PLURAL_BODIES.test(lead.text) &&
      !(before && /^(?:these|they|which)\b/i.test(lead.text) && PLURAL_BODIES.test(before.text))
    )
      continue;
    const item = s.text
      .replace(/^(?:The|A|An)\s+/, '')
      .replace(/\s*\([^)]*\)\s*$/, '')
      .replace(/[.;,]$/, '');
    const words = item.split(/\s+/);
    if (words.length < 2 || words.length > 10) continue;
    if (!words.every((w) => /^(?:[A-Z&][\p{L}'’-]*|of|and|for|the|&)$/u.test(w))) continue;
    if (!/^[A-Z]/.test(words.at(-1)!)) continue;
    if (byForm.has(formKey(item)) || byForm.has(item.toLowerCase())) continue;
    addNode(
      item,
      undefined,
      s,
      { rule: 'list:named-bodies', confidence: 0.55 },
      {
        label: ORGANISATION_CUES.some(
          (c) =>
            cueRegExp(c.pattern).test(item.toLowerCase()) &&
            new RegExp(`^${cueRegExp(c.pattern).source}$`, 'i').test(item),
        )
          ? 'Organisation'
          : 'Body',
        kind: bodyKind(item),
      },
    );
  }
  // Sub-groups listed as the headings that follow "The following sub groups will operate under
  // the auspices of the PSCB:" (Peterborough 2009), up to a heading about something else.
  const headedSubgroups: { node: DraftNode; lead: Segment; heading: Segment }[] = [];
  segments.forEach((lead, i) => {
    if (lead.kind !== 'sentence' || !/^the following sub[- ]?groups?\b[^:]*:$/i.test(lead.text))
      return;
    if (segments[i + 1]?.kind !== 'heading') return;
    for (const h of segments.slice(i + 1)) {
      if (h.kind !== 'heading') continue;
      const name = headingText(h.text)
        .replace(/\s*[[(][A-Z]{2,}[\])]$/, '')
        .trim();
      if (
        /\b(?:functions?|roles?|responsibilit(?:y|ies)|membership|communication|introduction|appendix|annex|governance|accountabilit(?:y|ies))\b/i.test(
          name,
        ) ||
        name.split(/\s+/).length > 8
      )
        break;
      const node = addNode(
        name,
        undefined,
        h,
        { rule: 'list:sub-group-headings', confidence: 0.6 },
        {
          label: 'Body',
          kind: bodyKind(name),
        },
      );
      if (node) headedSubgroups.push({ node, lead, heading: h });
    }
  });
  // An acronym the text uses but never defines ("PSCB", "CDOP") is the drafted body or
  // organisation whose capitalised words it abbreviates, when exactly one does.
  {
    const counts = new Map<string, number>();
    for (const m of source.matchAll(/(?<![\p{L}])[A-Z]{3,6}(?![\p{L}])/gu))
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    // Two-letter acronyms ("CT") count too, when used three times or more.
    for (const m of source.matchAll(/(?<![\p{L}])[A-Z]{2}(?![\p{L}])/gu))
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    // The initials of a name without the area's name in front ("Wiltshire Safeguarding Adults
    // Board": SAB as well as WSAB).
    const place = area.split('-')[0]!.toLowerCase();
    const initialsOf = (x: DraftNode) => {
      const all = initials(x.name).toUpperCase();
      const words = x.name.split(/\s+/);
      const local =
        words[0]!.toLowerCase() === place ? initials(words.slice(1).join(' ')).toUpperCase() : all;
      return [all, local];
    };
    for (const [acronym, n] of counts) {
      if (byForm.has(acronym.toLowerCase())) continue;
      if (n < 2 || (acronym.length === 2 && n < 3)) {
        // Once is enough for a four-letter-or-longer acronym of a body without its head.
        const headless = [...nodes.values()].filter(
          (x) =>
            x.label === 'Body' &&
            new RegExp(`${HEAD}$`).test(x.name) &&
            initialsOf(x).some((i) => i.slice(0, -1) === acronym),
        );
        if (acronym.length >= 4 && headless.length === 1) {
          byForm.set(acronym.toLowerCase(), headless[0]!);
          if (!headless[0]!.aliases.includes(acronym)) headless[0]!.aliases.push(acronym);
        }
        continue;
      }
      let hits = [...nodes.values()].filter(
        (x) => x.label !== 'Post' && initialsOf(x)[0] === acronym,
      );
      if (hits.length === 0)
        hits = [...nodes.values()].filter(
          (x) => x.label !== 'Post' && initialsOf(x)[1] === acronym,
        );
      // A body's acronym without its head's initial ("FCSA" for "Families and Children Systems
      // Assurance Board"), when no other node has those initials.
      if (hits.length === 0 && acronym.length >= 3)
        hits = [...nodes.values()].filter(
          (x) =>
            x.label === 'Body' &&
            new RegExp(`${HEAD}$`).test(x.name) &&
            initialsOf(x).some((i) => i.slice(0, -1) === acronym),
        );
      // An organisation's acronym without its place ("CCG" for "NHS Wiltshire Clinical
      // Commissioning Group"): the end of its name, when exactly one organisation's.
      if (hits.length === 0 && acronym.length >= 3)
        hits = [...nodes.values()].filter(
          (x) =>
            x.label === 'Organisation' &&
            initials(x.name).toUpperCase().endsWith(acronym) &&
            initials(x.name).length > acronym.length,
        );
      if (hits.length === 0 && n >= 3 && /^[A-Z]{1,3}S[A-Z]?[BP]$/.test(acronym)) {
        // Used three times or more, never spelled out, shaped like a safeguarding board or
        // partnership ("WSAB", "CSP"): a body by that name, at low confidence.
        const s = segments.find(
          (x) =>
            x.section !== null &&
            new RegExp(`(?<![\\p{L}])${acronym}(?![\\p{L}])`, 'u').test(x.text),
        );
        if (s)
          addNode(
            acronym,
            undefined,
            s,
            { rule: 'undefined-acronym', confidence: 0.5 },
            {
              label: 'Body',
              kind: /P$/.test(acronym) ? 'partnership-board' : 'other',
            },
          );
        continue;
      }
      if (hits.length !== 1) continue;
      const node = hits[0]!;
      byForm.set(acronym.toLowerCase(), node);
      if (!node.aliases.includes(acronym)) node.aliases.push(acronym);
    }
  }
  // A head alone ("the Trust", "the Board") names the one body with that head.
  for (const head of ['Trust', 'Board', 'Partnership', 'Panel', 'Forum']) {
    const bodies = new Set(
      [...nodes.values()].filter((n) => n.label === 'Body' && n.name.endsWith(head)),
    );
    if (bodies.size === 1 && !byForm.has(head.toLowerCase()))
      byForm.set(head.toLowerCase(), [...bodies][0]!);
  }
  // Coordinated names that share their end ("the children's and adults Safeguarding Boards",
  // "Children and Adult Safeguarding Board"): the two bodies whose names differ in that one
  // word ("Safeguarding Children Board", "Safeguarding Adult Board"), not a third body.
  const ellipses: { re: RegExp; members: DraftNode[]; plural: string }[] = [];
  {
    const bodies = [...nodes.values()].filter((n) => n.label === 'Body');
    const words = (n: DraftNode) => canonicalName(n.name, area).split(' ');
    const stem = (w: string) => `${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\p{L}'’]*`;
    for (const [i, x] of bodies.entries())
      for (const y of bodies.slice(i + 1)) {
        const wx = words(x);
        const wy = words(y);
        const onlyX = wx.filter((w) => !wy.includes(w));
        const onlyY = wy.filter((w) => !wx.includes(w));
        if (onlyX.length !== 1 || onlyY.length !== 1 || wx.length < 3 || wx.length !== wy.length)
          continue;
        // The shared words in the order x's name has them: "Safeguarding Board".
        const place = area.split('-')[0]!.toLowerCase();
        const restWords = x.name
          .split(/\s+/)
          .filter((w) => w.toLowerCase() !== place && w.toLowerCase() !== 'the')
          .filter((w) => canonicalName(w, area) !== onlyX[0]);
        const rest = restWords.map((w) => stem(canonicalName(w, area))).join('\\s+');
        const re = new RegExp(
          `(?<![\\p{L}])(?:${stem(onlyX[0]!)}\\s+and\\s+${stem(onlyY[0]!)}|${stem(onlyY[0]!)}\\s+and\\s+${stem(onlyX[0]!)})\\s+${rest}(?![\\p{L}])`,
          'giu',
        );
        if (!re.test(source)) continue;
        re.lastIndex = 0;
        const last = restWords.length - 1;
        const plural = restWords
          .map((w, k) => (k === last ? `${w.replace(/s$/, '')}s` : w))
          .join(' ');
        ellipses.push({ re, members: [x, y], plural });
        // A body drafted from the coordinated name itself is those two, not a third.
        const joint = canonicalName(`${onlyX[0]} and ${onlyY[0]} ${restWords.join(' ')}`, area);
        for (const n of bodies)
          if (n !== x && n !== y && canonicalName(n.name, area) === joint) {
            nodes.delete(n.id);
            for (const [f, m] of [...byForm]) if (m === n) byForm.delete(f);
          }
      }
  }
  // Chairs of known bodies: "Chair of the WSCB", "the WSCB Chair" (a Post that CHAIRS the body).
  const chairs: { post: DraftNode; body: DraftNode; s: Segment; role?: string }[] = [];
  const bodyForms = () =>
    [...byForm]
      .filter(([, n]) => n.label === 'Body')
      .map(([f]) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
      .sort((a, b) => b.length - a.length)
      .join('|');
  const chairRe = new RegExp(
    `(?:(?:vice|co|independent)[- ]?)?chair of (?:the )?(${bodyForms()})(?![\\p{L}])|(?<![\\p{L}])(${bodyForms()}) (?:(?:vice|co|independent)[- ]?)?chair(?![\\p{L}])`,
    'giu',
  );
  for (const s of segments) {
    // Words that are part of a coordinated name ("Children and Adult Safeguarding Board Chair")
    // chair both bodies (chair-of-collective), not a body their tail names.
    const coordinated = ellipses.flatMap((e) =>
      [...s.text.matchAll(new RegExp(e.re.source, e.re.flags))].map(
        (m) => [m.index, m.index + m[0].length] as const,
      ),
    );
    for (const m of s.text.matchAll(chairRe)) {
      if (coordinated.some(([a, b]) => m.index < b && a < m.index + m[0].length)) continue;
      const body = byForm.get(formKey(m[1] ?? m[2]!));
      if (!body || body.label !== 'Body') continue;
      const tail = body.id.split('/').at(-1)!;
      const named = byForm.get(formKey(`chair of the ${m[1] ?? m[2]}`));
      const independent = /independent/i.test(m[0]);
      const postId = `${area}/${tail}-${independent ? 'independent-' : ''}chair`;
      let post = named?.label === 'Post' ? named : nodes.get(postId);
      if (!post) {
        const ev = evidenceOf(s);
        post = {
          id: postId,
          label: 'Post',
          name: `${independent ? 'Independent Chair' : 'Chair'} of the ${body.aliases[0] ?? body.name}`,
          aliases: [],
          kind: /independent/i.test(m[0]) ? 'independent-chair' : 'chair',
          evidence: ev ? [ev] : [],
          proposal: { rule: 'chair-of-body', confidence: 0.8 },
        };
        nodes.set(post.id, post);
      }
      for (const form of [
        m[0].replace(/^the\s+/i, ''),
        `${m[1] ?? m[2]} chair`,
        `chair of the ${m[1] ?? m[2]}`,
      ]) {
        if (!byForm.has(formKey(form))) byForm.set(formKey(form), post);
      }
      const role = /\bco-?\s?chair/i.test(m[0])
        ? 'co-chair'
        : /\bvice[- ]?chair/i.test(m[0])
          ? 'vice-chair'
          : undefined;
      chairs.push({ post, body, s, ...(role ? { role } : {}) });
    }
  }
  // "a Carers Reference Group supported by Carer Support Wiltshire": a capitalised name right after
  // "supported by" (or hosted, facilitated, funded) that names no known node is an organisation.
  for (const s of segments) {
    if (s.kind === 'heading' || s.kind === 'row') continue;
    for (const m of s.text.matchAll(
      /\b(?:supported|hosted|facilitated|funded)\s+by\s+(?:the\s+)?((?:[A-Z][\p{L}'’-]+)(?:\s+(?:(?:for|of|and)\s+)?[A-Z][\p{L}'’-]+){1,5})/gu,
    )) {
      // "Carer Support Wiltshire and a Service Users ...": the name stops at a lower-case word.
      const name = m[1]!.replace(/\s+and\s+[A-Z].*$/u, '').replace(/\s+(?:for|of|and)$/, '');
      if (name.split(/\s+/).length < 2 || /^[A-Z]+$/.test(name)) continue;
      if (byForm.has(formKey(name)) || byForm.has(name.toLowerCase())) continue;
      if (new RegExp(`${HEAD}$`).test(name)) continue;
      addNode(
        name,
        undefined,
        s,
        { rule: 'agent-name:organisation', confidence: 0.55 },
        { label: 'Organisation', kind: 'other' },
      );
    }
  }
  // Mentions: longest surface form first, non-overlapping.
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const formRes = forms.map((f) => ({
    form: f,
    re: new RegExp(
      `(?<![\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")}(?![\\p{L}])`,
      'giu',
    ),
  }));
  // Collectives: "the Partnership Boards", "each of the Safeguarding Boards", "each Partnership Board":
  // the members a list names ("the following Partnership Boards:" and its bullets), else the
  // drafted bodies whose name carries the modifier and the head ("Safeguarding" ... "Board").
  const collectives: {
    re: RegExp;
    members: DraftNode[];
    plural?: string;
    /** Why reading these words as the members is ours; given the words the sentence uses. */
    interpretation?: (said: string) => string;
  }[] = [...ellipses];
  {
    const plural =
      /(?<![\p{L}])((?:[A-Z][\p{L}'’-]*\s+){0,2}?)([A-Z][\p{L}'’-]*)\s+(Boards|Partnerships|Groups|Panels|Committees)(?![\p{L}])/gu;
    const seen = new Set<string>();
    for (const m of source.matchAll(plural)) {
      const mod = m[2]!;
      const head = m[3]!;
      if (/^(?:The|These|All|Both|Each|Other|Those|Two)$/.test(mod)) continue;
      const key = `${mod} ${head}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const singular = head.replace(/s$/, '');
      let members: DraftNode[] = [];
      const leadIn = segments.find((x) =>
        new RegExp(`following (?:[\\p{L}'’]+ ){0,2}${key}\\b[^.]*:$`, 'u').test(x.text),
      );
      if (leadIn) {
        // The bullets under it, or the table rows right after it.
        const listed = segments.filter((x) => x.kind === 'bullet' && x.leadIn === leadIn);
        if (listed.length === 0)
          for (const x of segments.slice(segments.indexOf(leadIn) + 1)) {
            if (x.kind !== 'row') break;
            // Not the header row ("Partnership Board<TAB>Date of meeting").
            if (x.text.split('\t')[0]!.trim().toLowerCase() === `${mod} ${singular}`.toLowerCase())
              continue;
            listed.push(x);
          }
        for (const b of listed) {
          const first = mentionsOfSingles(b.text)[0];
          if (first && first.start <= 6) members.push(...first.nodes);
        }
      }
      if (members.length < 2)
        members = [...nodes.values()].filter(
          (n) =>
            n.label === 'Body' &&
            // By its name or an alias ("Children's Safe-guarding Board", alias "Walsall
            // Safeguarding Children Board").
            [n.name, ...n.aliases].some(
              (f) =>
                f.includes(mod) && new RegExp(`${singular}$`).test(f) && f !== `${mod} ${singular}`,
            ),
        );
      members = [...new Set(members)];
      if (members.length < 2) continue;
      const k = key.replace(/s$/, '');
      collectives.push({
        re: new RegExp(
          `(?<![\\p{L}])(?:(?:[A-Z][\\p{L}'’-]*\\s+){0,2}${key}|each (?:${k}|${mod} ${singular}))(?![\\p{L}])`,
          'gu',
        ),
        members,
        plural: key,
      });
    }
  }
  // The chair of a collective ("the independent chair of the Safeguarding Boards", "Chair of the
  // children's and adults Safeguarding Boards", "Children and Adult Safeguarding Board
  // Independent Chair"): one post that chairs each member.
  const collectiveChairs: { post: DraftNode; members: DraftNode[]; s: Segment }[] = [];
  for (const c of collectives) {
    if (!c.plural) continue;
    const coll = c.re.source
      .replace(/^\(\?<!\[\\p\{L\}\]\)/, '')
      .replace(/\(\?!\[\\p\{L\}\]\)$/, '');
    const re = new RegExp(
      `(?<![\\p{L}])(?:(independent|vice|co)[- ]?)?chair of (?:the )?(?:${coll})(?![\\p{L}])|(?<![\\p{L}])(?:${coll}) (independent )?chair(?![\\p{L}])`,
      'giu',
    );
    for (const s of segments) {
      for (const m of s.text.matchAll(re)) {
        const ev = evidenceOf(s);
        if (!ev) continue;
        const independent = /independent/i.test(m[1] ?? m[2] ?? '');
        if (m[1] && !independent) continue; // vice-/co-chairs of a collective: not read here
        const id = `${area}/${slugify(c.plural)}-${independent ? 'independent-' : ''}chair`;
        let post = nodes.get(id);
        if (!post) {
          post = {
            id,
            label: 'Post',
            name: `${independent ? 'Independent Chair' : 'Chair'} of the ${c.plural}`,
            aliases: [],
            kind: independent ? 'independent-chair' : 'chair',
            evidence: [ev],
            proposal: { rule: 'chair-of-collective', confidence: 0.65 },
          };
          nodes.set(id, post);
        }
        if (!post.aliases.includes(m[0]) && m[0] !== post.name) post.aliases.push(m[0]);
        collectiveChairs.push({ post, members: c.members, s });
      }
    }
  }
  // "all agencies represented on the CT": the agencies a body's membership stands for, as one
  // collective organisation named after that body, a member of it.
  const representedOn: { node: DraftNode; body: DraftNode; s: Segment }[] = [];
  for (const s of segments) {
    if (s.kind === 'heading' || s.kind === 'row') continue;
    for (const m of s.text.matchAll(
      /(?<![\p{L}])(?:all\s+)?(agencies|organisations|partners)\s+represented\s+on\s+(?:the\s+)?/giu,
    )) {
      const at = m.index + m[0].length;
      const body = mentionsOfSingles(s.text).find((x) => x.start === at)?.nodes[0];
      if (!body || body.label !== 'Body') continue;
      const noun = m[1]!.toLowerCase();
      const name = `${noun[0]!.toUpperCase()}${noun.slice(1)} represented on the ${body.name}`;
      const interpretation = representedOnReason(noun, body.name);
      const node = addNode(
        name,
        undefined,
        s,
        { rule: 'collective:represented-on', confidence: 0.55, interpretation },
        { label: 'Organisation', kind: 'other' },
      );
      if (!node) continue;
      representedOn.push({ node, body, s });
      const forms = [body.name, ...body.aliases]
        .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
        .join('|');
      collectives.push({
        re: new RegExp(
          `(?<![\\p{L}])(?:all\\s+)?${noun}\\s+represented\\s+on\\s+(?:the\\s+)?(?:${forms})(?![\\p{L}])`,
          'giu',
        ),
        members: [node],
        interpretation: () => interpretation,
      });
    }
  }
  // "hold individual organisations to account", "relevant partners organisations", "relevant
  // agencies": organisations the text speaks of in lower case without naming them, as one
  // collective organisation named as first written, the other wordings its aliases.
  {
    const said =
      /(?<![\p{L}])(?:(?:relevant\s+)?(?:partners?|individual)|relevant)\s+(?:organisations|organizations|agencies)(?![\p{L}])/giu;
    let node: DraftNode | undefined;
    const wordings = new Set<string>();
    for (const s of segments) {
      if (s.kind === 'heading' || s.kind === 'row') continue;
      for (const m of s.text.matchAll(said)) {
        const words = m[0].replace(/\s+/g, ' ').toLowerCase();
        node ??= addNode(
          `${words[0]!.toUpperCase()}${words.slice(1)}`,
          undefined,
          s,
          { rule: 'collective:unnamed-organisations', confidence: 0.5 },
          { label: 'Organisation', kind: 'other' },
        );
        if (node && words !== node.name.toLowerCase() && !node.aliases.includes(words))
          node.aliases.push(words);
        wordings.add(words);
      }
    }
    if (node) {
      const named = node;
      named.proposal.interpretation =
        `The document speaks of ${[...wordings].map((w) => `"${w}"`).join(', ')} without naming ` +
        `them; reading them as one collective organisation is ours.`;
      collectives.push({
        re: new RegExp(
          `(?<![\\p{L}])(?:${[...wordings].map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`,
          'giu',
        ),
        members: [named],
        interpretation: (w) =>
          `The sentence says "${w.replace(/\s+/g, ' ')}" without naming them; reading them as ` +
          `the collective ${named.name} is ours.`,
      });
    }
  }
  // "Both bodies", "the two Boards", "either body": the two bodies a document is between, as
  // its title or opening sentence names them ("Protocol between the X (XX) and the Y").
  {
    const opening = segments.slice(0, 6).find((x) => /\bbetween\b/i.test(x.text));
    const between = opening ? /\bbetween\s+(.+?)\s+and\s+(.+)$/i.exec(opening.text) : null;
    if (opening && between) {
      const at = opening.text.length - between[0].length;
      const named = mentionsOfSingles(opening.text).filter((m) => m.start >= at);
      const a = named.find((m) => m.start < at + between[0].indexOf(' and '));
      const b = named.find((m) => m.start > at + between[0].indexOf(' and '));
      const pair = [a?.nodes[0], b?.nodes[0]];
      if (pair.every((n) => n?.label === 'Body') && pair[0] !== pair[1])
        collectives.push({
          re: /(?<![\p{L}])(?:[Bb]oth|[Ee]ither|[Tt]he two)\s+(?:bodies|body|[Bb]oards?|[Pp]artnerships?)(?![\p{L}])/gu,
          members: pair as DraftNode[],
          interpretation: (said) =>
            `The sentence says "${said.toLowerCase()}" without naming them; reading them as ` +
            `the ${pair[0]!.name} and the ${pair[1]!.name} is ours, from the document's title.`,
        });
    }
  }
  function mentionsOfSingles(text: string, taken: Mention[] = []): Mention[] {
    for (const { form, re } of formRes) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        // Acronyms must be written in capitals, a lone head ("the Trust") capitalised.
        if (/^[a-z]{2,}$/.test(form) && m[0] !== m[0].toUpperCase() && !/^[A-Z][a-z]/.test(m[0]))
          continue;
        // Names are capitalised; a chair's title of a named body need not be ("the chair of the OSCB").
        if (/^[a-z]/.test(m[0]) && !/^(?:(?:vice|co|independent)[- ]?)?chair of /.test(m[0]))
          continue;
        if (taken.some((t) => start < t.end && end > t.start)) continue;
        taken.push({ nodes: [byForm.get(form)!], start, end });
      }
    }
    return taken.sort((a, b) => a.start - b.start);
  }
  const mentionCache = new Map<string, Mention[]>();
  /** "this partnership group": the body the sentences just before name (see below). */
  const anaphors = new Map<string, Mention[]>();
  const mentionsOf = (text: string): Mention[] => {
    const cached = mentionCache.get(text);
    if (cached) return cached;
    const taken: Mention[] = [...(anaphors.get(text) ?? [])];
    mentionCache.set(text, taken);
    for (const c of collectives) {
      c.re.lastIndex = 0;
      for (const m of text.matchAll(c.re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some((t) => start < t.end && end > t.start)) continue;
        taken.push({
          nodes: c.members,
          start,
          end,
          ...(c.interpretation ? { interpretation: c.interpretation(m[0]) } : {}),
        });
      }
    }
    return mentionsOfSingles(text, taken);
  };

  // "In order that this partnership group delivers ...": "this" with a body's head in
  // lower case is the body named last, in this sentence or the three before it (same section),
  // whose name ends in those words ("Staying Safe Partnership Group"); our reading.
  for (const [i, s] of segments.entries()) {
    if (s.kind === 'heading' || s.kind === 'row') continue;
    for (const m of s.text.matchAll(
      /(?<![\p{L}])[Tt]his\s+((?:[a-z]+\s+)?(?:group|board|partnership|panel|forum|committee|sub-?group|team|hub|summit|programme))(?![\p{L}])/gu,
    )) {
      const words = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const said = (x: Segment, before: number) =>
        mentionsOf(x.text)
          .filter((y) => y.end <= before && y.nodes.length === 1)
          .map((y) => y.nodes[0]!)
          .filter((n) => n.label === 'Body' && n.name.toLowerCase().endsWith(words));
      let named = said(s, m.index).at(-1);
      for (let j = i - 1; !named && j >= Math.max(0, i - 3); j--) {
        const x = segments[j]!;
        if (x.section !== s.section || x.kind === 'heading') break;
        named = said(x, x.text.length).at(-1);
      }
      if (!named) continue;
      const list = anaphors.get(s.text) ?? [];
      list.push({
        nodes: [named],
        start: m.index,
        end: m.index + m[0].length,
        interpretation: `The sentence says "${m[0]}"; reading it as the ${named.name}, named just before, is ours.`,
      });
      anaphors.set(s.text, list);
      mentionCache.delete(s.text);
    }
  }
  // 3. Relationships: two known nodes with a lexicon cue between them.
  const rels = new Map<string, DraftRelationship>();
  const producing = new Set<Segment>();
  let escalationStep = 0;
  const propose = (
    cue: RelationCue,
    from: DraftNode,
    to: DraftNode,
    s: Segment,
    text: string,
    confidence: number,
    rule: string,
    interpretation?: string,
  ) => {
    if (from.id === to.id) return;
    if (cue.type === 'CHAIRS' && (from.label !== 'Post' || to.label !== 'Body')) return;
    if (cue.type === 'SUBGROUP_OF' && (from.label !== 'Body' || to.label !== 'Body')) return;
    if (cue.type === 'SUCCEEDED_BY' && (from.label !== 'Body' || to.label !== 'Body')) return;
    if (cue.type === 'MEMBER_OF' && to.label !== 'Body') return;
    // Types whose ends the data model fixes (a learned phrase may propose any type):
    // people, signatures and partners come from their own rules (statements.ts).
    if (
      (cue.type as string) === 'HOLDS_POST' ||
      (cue.type as string) === 'SIGNED' ||
      (cue.type as string) === 'SAFEGUARDING_PARTNER_OF'
    )
      return;
    if (cue.type === 'POST_OF' && (from.label !== 'Post' || to.label === 'Post')) return;
    if ((cue.type as string) === 'COVERS' && (from.label !== 'Body' || to.label !== 'Organisation'))
      return;
    if ((cue.type as string) === 'REPRESENTS' && to.label === 'Post') return;
    if (
      (cue.type as string) === 'DELEGATES_TO' &&
      (from.label === 'Organisation' || to.label === 'Organisation')
    )
      return;
    const ev = evidenceOf(s);
    if (!ev) {
      unplaced++;
      return;
    }
    const key = `${cue.type}:${from.id}->${to.id}`;
    const existing = rels.get(key);
    producing.add(s);
    if (existing) {
      if (!existing.evidence.some((e) => e.start === ev.start)) existing.evidence.push(ev);
      existing.proposal.confidence = Math.max(existing.proposal.confidence, confidence);
      // A sentence that states it outweighs one we read it into.
      if (!interpretation) delete existing.proposal.interpretation;
      return;
    }
    const props: Record<string, string | number> = {};
    const lower = text.toLowerCase();
    switch (cue.type) {
      case 'HOLDS_TO_ACCOUNT':
        props.mode = cue.mode ?? 'challenge';
        break;
      case 'MEMBER_OF':
        props.capacity = 'member';
        break;
      case 'REPORTS_TO':
        props.artefact = /annual report/.test(lower)
          ? 'annual report'
          : /six-monthly|six monthly/.test(lower)
            ? 'six-monthly report'
            : 'report';
        break;
      case 'CONSULTS':
        props.subject = 'not stated (drafted: see quote)';
        break;
      case 'ESCALATES_TO':
        props.route = slugify(`${area}-draft-escalation`);
        props.step = ++escalationStep;
        break;
      default:
    }
    const evidence = [ev];
    rels.set(key, {
      type: cue.type,
      from: from.id,
      to: to.id,
      props,
      evidence,
      proposal: { rule, confidence, ...(interpretation ? { interpretation } : {}) },
    });
  };

  const cuesIn = (text: string, names: Mention[] = []) => {
    const lower = text.toLowerCase();
    const found: { cue: RelationCue & { learned?: number }; start: number; end: number }[] = [];
    for (const cue of [...RELATION_CUES, ...READER_RELATION_CUES, ...NOMINAL_PASSIVE_CUES]) {
      for (const m of lower.matchAll(cueRegExp(cue.pattern))) {
        found.push({ cue, start: m.index, end: m.index + m[0].length });
      }
    }
    lexicon.cues.forEach((cue, i) => {
      for (const m of lower.matchAll(cueRegExp(cue.pattern))) {
        found.push({ cue: { ...cue, learned: i }, start: m.index, end: m.index + m[0].length });
      }
    });
    // A cue inside a name ("chair of" in "the Chair of the Children's Trust") is no verb.
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i]!;
      if (names.some((m) => m.start <= f.start && f.end <= m.end)) found.splice(i, 1);
    }
    // Where cues overlap ("report to" reads as REPORTS_TO and SUBGROUP_OF), the surest wins;
    // of two readings of one type ("supported by" active and passive), the surer one too.
    // Cues marked `combines` ("seek advice and support from") stand beside each other.
    const kept: typeof found = [];
    for (const f of found.sort((a, b) => b.cue.confidence - a.cue.confidence)) {
      if (
        kept.some(
          (k) =>
            f.start < k.end &&
            k.start < f.end &&
            (k.cue.type !== f.cue.type
              ? !(k.cue.combines && f.cue.combines)
              : Boolean(k.cue.passive) !== Boolean(f.cue.passive)),
        )
      )
        continue;
      kept.push(f);
    }
    return kept.sort((a, b) => a.start - b.start || b.cue.confidence - a.cue.confidence);
  };

  for (const s of segments) {
    if (s.kind === 'heading' || s.kind === 'row') continue;
    const mentions = mentionsOf(s.text);
    const cues = cuesIn(s.text, mentions);
    if (cues.length === 0) continue;
    // A bullet with a lead-in: the lead-in's last named node ("In relation to the Trust, the WSCB will:") is the subject.
    const inherited =
      s.kind === 'bullet' && s.leadIn && (mentions[0]?.start ?? Infinity) > 0
        ? mentionsOf(s.leadIn.text).at(-1)?.nodes
        : undefined;
    // A name right after a preposition ("seek agreement from the Chair", "made by the Board") is
    // not the subject of a later verb: "The PRG will seek agreement from the Chair ... and ensure
    // that the notification is forwarded to Ofsted" has the PRG as the subject of "forwarded".
    const PREPOSITION =
      /\b(?:from|with|by|of|to|for|on|at|in|into|between)\s+(?:the\s+|each of the\s+|all\s+)?$/i;
    const prepositional = (m: Mention) =>
      PREPOSITION.test(s.text.slice(Math.max(0, m.start - 20), m.start));
    for (const c of cues) {
      // "Invite the Chair of X to attend the Y meetings": the invited one attends Y (MEMBER_OF),
      // whoever invites; the name between "invite" and "to attend" is the member.
      if (c.cue.type === 'MEMBER_OF' && /^invit/i.test(s.text.slice(c.start, c.end))) {
        const invited = mentions.find((m) => m.start >= c.start && m.end <= c.end);
        const attended = mentions.find((m) => m.start >= c.end && m.start - c.end <= 6);
        if (invited && attended)
          for (const a of invited.nodes)
            for (const b of attended.nodes)
              propose(c.cue, a, b, s, s.text, c.cue.confidence, 'cue:member_of:invited');
        continue;
      }
      let before = mentions.filter((m) => m.end <= c.start);
      if (
        before.length > 1 &&
        prepositional(before.at(-1)!) &&
        !/^[\s,]*(?:and|&|,)\s*(?:the\s+)?$/i.test(
          s.text.slice(before.at(-2)!.end, before.at(-1)!.start),
        )
      ) {
        const clauseSubject = before.findLast((m) => !prepositional(m));
        if (clauseSubject) before = before.slice(0, before.indexOf(clauseSubject) + 1);
      }
      // "The CYPT will: - Take note of recommendations made by the OSCB and report back to the
      // OSCB": names after prepositions only, so the subject is the lead-in's.
      if (inherited && before.length > 0 && before.every(prepositional)) before = [];
      // The object comes before the next verb cue ("established to oversee quality assurance ...
      // and will report into the SVPP": the SVPP is what it reports to, not what it oversees),
      // unless the verbs share one object ("influencing, informing and challenging the Board").
      const next = cues.find((x) => x.start >= c.end && x.cue.type !== c.cue.type);
      const shares =
        next !== undefined && /^[\s,]*(?:(?:and|or|&)\s+)?$/i.test(s.text.slice(c.end, next.start));
      // "the CCG's non-executive directors": a possessor in front of people it has qualifies
      // whom the sentence speaks of; it is not the object ("the NAB's activities" still is).
      const objects = mentions.filter(
        (m) =>
          m.start >= c.start &&
          (!next || shares || m.start < next.start) &&
          !/^['’]s\s+(?:[a-z-]+\s+){0,2}(?:directors?|members?|officers?|staff|representatives?|chairs?|leads?|managers?|deput(?:y|ies)|executives?|employees?|nominees?)\b/.test(
            s.text.slice(m.end),
          ),
      );
      if (objects.length === 0) continue;
      // The subject: the mention nearest before the cue, else the inherited one.
      // Coordinated subjects ("The DCS and the Lead Member will ...").
      const subjects: DraftNode[] = [];
      // Why a subject or object is our reading rather than the words (a mention's own reason).
      const reasons: string[] = [];
      for (let i = before.length - 1; i >= 0; i--) {
        const gap = s.text.slice(
          before[i]!.end,
          i === before.length - 1 ? c.start : before[i + 1]!.start,
        );
        if (i < before.length - 1 && !/^[\s,]*(?:and|&|,)\s*(?:the\s+)?$/i.test(gap)) break;
        subjects.unshift(...before[i]!.nodes);
        if (before[i]!.interpretation) reasons.push(before[i]!.interpretation!);
      }
      if (subjects.length === 0 && inherited) subjects.push(...inherited);
      // "Where either body is concerned ... . Where the challenger is not satisfied, the matter can
      // be referred to the Board": an escalation without a named subject continues the sentence
      // before it (same section), whose first named party raised the matter.
      if (subjects.length === 0 && c.cue.type === 'ESCALATES_TO') {
        const prev = segments[segments.indexOf(s) - 1];
        const party =
          prev && prev.kind === 'sentence' && prev.section === s.section
            ? mentionsOf(prev.text)[0]
            : undefined;
        if (party && party.start <= 20) {
          subjects.push(...party.nodes);
          reasons.push(
            `The sentence does not say who refers the matter; reading it as ${party.nodes
              .map((n) => `the ${n.name}`)
              .join(' and ')}, the party named in the sentence before, is ours.`,
          );
        }
      }
      let viaLeadIn = before.length === 0;
      let agent = false;
      // Coordinated objects right after the cue ("to both Ofsted and the Panel").
      const first = objects[0]!;
      const chain = [first];
      for (const o of objects.slice(1)) {
        const gap = s.text.slice(chain.at(-1)!.end, o.start);
        if (/^[\s,]*(?:and|or|&|,)?\s*(?:both\s+)?(?:the\s+)?$/i.test(gap)) chain.push(o);
        // A list item the draft has no name for sits between two it has ("with the Board, the
        // relevant political select committees, the Office of ..."): the list goes on past it.
        else if (
          /^,\s+(?:the\s+)?(?:[a-z][\p{L}'’-]*\s+){0,5}[a-z][\p{L}'’-]*,\s+(?:and\s+)?(?:the\s+)?$/u.test(
            gap,
          ) &&
          !/\b(?:will|shall|must|should|may|is|are|was|were|be|has|have)\b/.test(gap)
        )
          chain.push(o);
        else break;
      }
      // Passive with its agent: "presented to the SPG by each of the Partnership Boards".
      const after = objects[chain.length];
      if (
        !c.cue.passive &&
        after &&
        /^\s+by\s+(?:each of\s+|both\s+|all\s+)?(?:the\s+)?(?:two\s+)?$/i.test(
          s.text.slice(chain.at(-1)!.end, after.start),
        ) &&
        /ed\b/.test(s.text.slice(c.start, c.end))
      ) {
        subjects.splice(0, subjects.length, ...after.nodes);
        reasons.splice(0, reasons.length, ...(after.interpretation ? [after.interpretation] : []));
        viaLeadIn = false;
        agent = true;
      }
      if (subjects.length === 0) continue;
      // A passive "... by" names its agent right after "by" ("a Group supported by Carer Support
      // Wiltshire and ..."): a name further on is not the agent.
      if (
        c.cue.passive &&
        /\bby$/.test(s.text.slice(c.start, c.end)) &&
        !/^\s*(?:each of\s+|both\s+|all\s+)?(?:the\s+)?$/i.test(s.text.slice(c.end, first.start))
      )
        continue;
      const distance = first.start - c.end;
      let confidence = c.cue.confidence - (viaLeadIn ? 0.1 : 0) - (distance > 60 ? 0.15 : 0);
      confidence = Math.round(Math.max(0.1, confidence) * 100) / 100;
      // "the Safeguarding Boards ... from the Partnership Boards": a collective object
      // leaves out the subjects it would otherwise include.
      const objectNodes = chain.flatMap((x) =>
        x.nodes.length > 1 ? x.nodes.filter((n) => !subjects.includes(n)) : x.nodes,
      );
      for (const x of chain) if (x.interpretation) reasons.push(x.interpretation);
      const interpretation = [...new Set(reasons)].join(' ') || undefined;
      for (const o of objectNodes)
        for (const subj of subjects) {
          const [from, to] = c.cue.passive ? [o, subj] : [subj, o];
          propose(
            c.cue,
            from,
            to,
            s,
            s.text,
            confidence,
            `${viaLeadIn ? 'lead-in' : agent ? 'agent' : 'cue'}:${c.cue.type.toLowerCase()}${c.cue.passive ? ':passive' : ''}${c.cue.learned !== undefined ? `:learned-${c.cue.learned}` : ''}`,
            interpretation,
          );
        }
    }
  }
  const memberCue = RELATION_CUES.find((c) => c.type === 'MEMBER_OF')!;
  const subCue = RELATION_CUES.find((c) => c.type === 'SUBGROUP_OF')!;
  const postOfCue: RelationCue = { type: 'POST_OF', pattern: '', confidence: 0.8 };
  // "The membership is made up of representatives from each of the Partnership Boards and ...":
  // each named body (or collective's member) is a member of the body the sentence is about: the
  // one "membership of X" names, else the subject of the sentence before.
  for (const [i, s] of segments.entries()) {
    if (s.kind === 'heading' || s.kind === 'row') continue;
    const m =
      /^(?:the |its |their )?(?:core |full )?membership(?: of (?:the )?(.+?))? (?:is made up of|comprises|consists of|includes|is drawn from|will (?:comprise|include|consist of|be made up of))\b/i.exec(
        s.text,
      );
    if (!m) continue;
    const mentions = mentionsOf(s.text);
    const after = m.index + m[0].length;
    let body = m[1]
      ? mentions.find((x) => x.start < after && x.nodes.length === 1)?.nodes[0]
      : undefined;
    if (!m[1]) {
      const prev = segments[i - 1];
      const first = prev && prev.kind !== 'heading' ? mentionsOf(prev.text)[0] : undefined;
      if (first && first.start <= 6 && first.nodes.length === 1) body = first.nodes[0];
    }
    if (!body || body.label !== 'Body') continue;
    for (const x of mentions.filter((x) => x.start >= after)) {
      // "representatives from the Partnership Boards": the representatives are members; the
      // bodies they come from as members is our reading.
      const from = /\brepresentatives?\s+(?:from|of)\s+(?:each\s+of\s+)?(?:the\s+|all\s+)?/i.exec(
        s.text.slice(after, x.start),
      );
      const reasons = [
        ...(from
          ? [
              `The sentence says representatives from ${s.text.slice(x.start, x.end)} are members; ` +
                `reading the bodies themselves as members of the ${body.name} is ours.`,
            ]
          : []),
        ...(x.interpretation ? [x.interpretation] : []),
      ];
      for (const n of x.nodes)
        if (n.id !== body.id)
          propose(
            memberCue,
            n,
            body,
            s,
            s.text,
            0.6,
            'membership-statement',
            reasons.join(' ') || undefined,
          );
    }
  }
  // "A joint sub-group will be formed with members from both bodies (eg the Joint Early Help
  // sub-group)": the named joint sub-group is a sub-group of each body of the collective.
  for (const s of segments) {
    if (s.kind === 'heading' || s.kind === 'row' || !/\bjoint\s+sub[- ]?groups?\b/i.test(s.text))
      continue;
    const mentions = mentionsOf(s.text);
    const both = mentions.find((m) => m.nodes.length > 1);
    if (!both) continue;
    for (const m of mentions)
      for (const n of m.nodes)
        if (
          m.nodes.length === 1 &&
          n.label === 'Body' &&
          /^Joint\b.*\bsub[- ]?group$/i.test(n.name)
        )
          for (const parent of both.nodes)
            propose(subCue, n, parent, s, s.text, 0.55, 'joint-sub-group', both.interpretation);
  }
  // Lists under a lead-in: "The core membership of the SVPP is:", "The SVPP will be served by three sub groups:".
  const deputies: { post: DraftNode; principal: DraftNode; s: Segment }[] = [];
  for (const s of segments) {
    if (s.kind !== 'bullet' || !s.leadIn) continue;
    const lead = s.leadIn.text;
    const listKind = /\bmembership\b|\bmembers\b/i.test(lead)
      ? 'member'
      : /sub[- ]?groups?|auspices|served by/i.test(lead)
        ? 'subgroup'
        : undefined;
    if (!listKind) continue;
    const body = mentionsOf(lead).find((m) => m.nodes.length === 1 && m.nodes[0]!.label === 'Body');
    let item = mentionsOf(s.text)[0];
    // A sub-group item that opens with an emphasised name the draft does not know yet
    // ("3. **The Voice of the User and of Local People.** There is ..."): a body by that name.
    const emphasised = /^\*\*(?:the |an? )?([^*]{3,80}?)[.:]?\*\*/i.exec(s.text);
    if (listKind === 'subgroup' && body && emphasised && (!item || item.start > 6)) {
      const name = emphasised[1]!.trim();
      const node = addNode(
        name,
        undefined,
        s,
        { rule: 'list:sub-group-named', confidence: 0.6 },
        { label: 'Body', kind: bodyKind(name) },
      );
      if (node) item = { nodes: [node], start: 0, end: emphasised[0].length };
    }
    // A member written as a post title in lower case ("CCG chief executive or nominated deputy",
    // "DASS/adult transformation lead"): a post by that title, as written.
    if (listKind === 'member' && body) {
      // Without the item's number ("I. ", "2) ").
      const title = s.text
        .replace(/^\s*(?:[ivxlc]+|\d+|[a-z])[.)]\s+/i, '')
        .replace(/\s*\([^)]*\)\s*$/, '')
        .replace(
          /\s+or\s+(?:a\s+|their\s+|his\s+|her\s+)?(?:nominated\s+)?(?:deputy|representative|substitute)\s*[.;,]?$/i,
          '',
        )
        .replace(/[.;,]$/, '')
        .trim();
      const cue = POST_CUES.find((c) => cueRegExp(c.pattern).test(title.toLowerCase()));
      // Only where the item does not open with a name, or the name only qualifies the title
      // ("CCG chief executive": the CCG's chief executive, not the CCG).
      const opensWithName = item !== undefined && item.start <= 6;
      const qualifier =
        opensWithName &&
        item!.nodes.every((n) => n.label !== 'Post') &&
        /^\s+[a-z]/.test(s.text.slice(item!.end)) &&
        cue !== undefined &&
        cueRegExp(cue.pattern).test(s.text.slice(item!.end).toLowerCase());
      if (
        cue &&
        (!opensWithName || qualifier) &&
        title.split(/\s+/).length <= 6 &&
        /^[\p{L}]/u.test(title)
      ) {
        const post = addNode(
          title,
          undefined,
          s,
          { rule: 'list:membership-post', confidence: 0.6 },
          { label: 'Post', kind: cue.kind },
        );
        if (post) {
          item = { nodes: [post], start: 0, end: title.length };
          // "CCG chief executive": the post of the organisation its first word abbreviates.
          const org = byForm.get(title.split(/[\s/]+/)[0]!.toLowerCase());
          if (org?.label === 'Organisation' && /^[A-Z]{2,}$/.test(title.split(/[\s/]+/)[0]!))
            propose(postOfCue, post, org, s, s.text, 0.6, 'list:membership-post:post-of');
        }
      }
    }
    if (!body || !item || item.start > 40) continue;
    // "DCS or nominated deputy": the deputy sits on the body too, as a post of its own named
    // after the principal and the body as the lead-in writes them.
    const deputy =
      listKind === 'member' && item.nodes.length === 1 && item.nodes[0]!.label === 'Post'
        ? /^(.+?)\s+or\s+(?:a\s+|their\s+|his\s+|her\s+)?nominated\s+deputy\b/i.exec(
            s.text.replace(/^\s*(?:[ivxlc]+|\d+|[a-z])[.)]\s+/i, ''),
          )
        : null;
    if (deputy) {
      const principal = item.nodes[0]!;
      const post = addNode(
        `${deputy[1]!.trim()}'s nominated deputy on the ${lead.slice(body.start, body.end)}`,
        undefined,
        s,
        { rule: 'list:membership-deputy', confidence: 0.55 },
        { label: 'Post', kind: 'other' },
      );
      if (post) {
        propose(memberCue, post, body.nodes[0]!, s, s.text, 0.55, 'list:membership-deputy');
        deputies.push({ post, principal, s });
      }
    }
    for (const n of item.nodes) {
      if (listKind === 'member')
        propose(memberCue, n, body.nodes[0]!, s, s.text, 0.7, 'list:membership');
      else if (n.label === 'Body')
        propose(subCue, n, body.nodes[0]!, s, s.text, 0.7, 'list:sub-groups');
    }
  }
  for (const { node, lead, heading } of headedSubgroups) {
    const parent = mentionsOf(lead.text)
      .filter((m) => m.nodes.length === 1 && m.nodes[0]!.label === 'Body')
      .at(-1)?.nodes[0];
    const a = evidenceOf(lead);
    const b = evidenceOf(heading);
    if (!parent || !a || !b || parent.id === node.id) continue;
    const key = `SUBGROUP_OF:${node.id}->${parent.id}`;
    if (rels.has(key)) continue;
    producing.add(lead);
    rels.set(key, {
      type: 'SUBGROUP_OF',
      from: node.id,
      to: parent.id,
      props: {},
      evidence: [a, b],
      proposal: { rule: 'list:sub-group-headings', confidence: 0.6 },
    });
  }
  const chairCue = RELATION_CUES.find((c) => c.type === 'CHAIRS')!;
  // "Director of public health (currently is CSP chair also)", "(also chair of the X)": the
  // post the item or sentence names before the bracket chairs the body named inside it.
  for (const s of segments) {
    if (s.kind === 'heading' || s.kind === 'row') continue;
    for (const m of s.text.matchAll(
      /\((?:currently\s+)?(?:(?:is|also)\s+)*(?:the\s+)?(?:(.+?)\s+chair|chair\s+of\s+(?:the\s+)?(.+?))(?:\s+also)?\)/giu,
    )) {
      const named = (m[1] ?? m[2]!).trim();
      const body = byForm.get(formKey(named)) ?? byForm.get(named.toLowerCase());
      // The post: the item's own title (a list item "VII. Director of public health"), else the
      // name right before the bracket.
      const before = s.text
        .slice(0, m.index)
        .replace(/^\s*(?:[ivxlc]+|\d+|[a-z])[.)]\s+/i, '')
        .trim();
      const last = mentionsOf(s.text)
        .filter((x) => x.end <= m.index)
        .at(-1);
      const post =
        byForm.get(formKey(before)) ??
        (last && last.nodes.length === 1 && /^\s*$/.test(s.text.slice(last.end, m.index))
          ? last.nodes[0]
          : undefined);
      if (!post || !body || post.label !== 'Post' || body.label !== 'Body') continue;
      propose(chairCue, post, body, s, s.text, 0.6, 'bracket:chair');
    }
  }
  // "the WSCB has two young people as full members and 1 Lay Member": posts by those names, members.
  {
    const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)`;
    const re = new RegExp(
      String.raw`\b(?:has|have|includes?)\s+${NUMBER}\s+([\p{L} -]+?)\s+as\s+(?:full\s+|voting\s+)?members(?:\s+and\s+${NUMBER}\s+([\p{L} -]+?))?(?=\s+(?:to|who|which|with)\b|[.,;:]|$)`,
      'gu',
    );
    const singular = (w: string) =>
      w
        .replace(/\bpeople$/i, 'person')
        .replace(/\bchildren$/i, 'child')
        .replace(/(?<!s)s$/i, '');
    for (const s of segments) {
      if (s.kind === 'heading' || s.kind === 'row') continue;
      for (const m of s.text.matchAll(re)) {
        const owner = mentionsOf(s.text)
          .filter((x) => x.end <= m.index)
          .at(-1);
        if (!owner || owner.nodes.length !== 1 || owner.nodes[0]!.label !== 'Body') continue;
        if (!/^\s*$/.test(s.text.slice(owner.end, m.index))) continue;
        const short = s.text.slice(owner.start, owner.end);
        const titles = [
          `${short} ${singular(m[1]!.trim())} member`,
          ...(m[2]
            ? [
                `${short} ${singular(m[2].trim())}${/member$/i.test(m[2].trim().replace(/s$/, '')) ? '' : ' member'}`,
              ]
            : []),
        ];
        for (const title of titles) {
          const post = addNode(
            title,
            undefined,
            s,
            { rule: 'members-by-number', confidence: 0.55 },
            { label: 'Post', kind: 'other' },
          );
          if (post) propose(memberCue, post, owner.nodes[0]!, s, s.text, 0.55, 'members-by-number');
        }
      }
    }
  }
  // 4. Obligations: a holder (named before the modal verb, or the subject of the bullet's
  // lead-in "The WSCB will:"), a modality, duty types from the taxonomy keywords, and
  // deadlines and cadences where the sentence states them.
  const obligations: DraftObligation[] = [];
  const obligationIds = new Set<string>();
  const modalIn = (text: string) => {
    let best: { modality: string; start: number; end: number } | undefined;
    for (const c of MODALITY_CUES) {
      const m = cueRegExp(c.pattern).exec(text.toLowerCase());
      if (m && (!best || m.index < best.start))
        best = { modality: c.modality, start: m.index, end: m.index + m[0].length };
    }
    return best;
  };
  const holdersBefore = (text: string, at: number): DraftNode[] => {
    const before = mentionsOf(text).filter((m) => m.end <= at);
    const out: DraftNode[] = [];
    for (let i = before.length - 1; i >= 0; i--) {
      const gap = text.slice(before[i]!.end, i === before.length - 1 ? at : before[i + 1]!.start);
      if (
        i === before.length - 1 &&
        !/^[\s,]*(?:(?:also|jointly|each|both|together|collectively|is|are|has|have|will|shall|must|should|may|can|not|be|the)\s*)*$/i.test(
          gap,
        )
      )
        break;
      if (i < before.length - 1 && !/^[\s,]*(?:and|&|,)\s*(?:the\s+)?$/i.test(gap)) break;
      out.unshift(...before[i]!.nodes);
    }
    return out;
  };
  for (const s of segments) {
    if (s.kind === 'heading' || s.kind === 'row') continue;
    let modal = modalIn(s.text);
    let holders = modal ? holdersBefore(s.text, modal.start) : [];
    let rule = 'obligation:modal';
    let text = modal ? s.text.slice(modal.end) : '';
    if (holders.length === 0 && s.kind === 'bullet' && s.leadIn) {
      const leadModal = modalIn(s.leadIn.text);
      if (leadModal && (!modal || modal.start > 0)) {
        const inherited = holdersBefore(s.leadIn.text, leadModal.start);
        if (inherited.length > 0) {
          holders = inherited;
          modal = leadModal;
          text = s.text;
          rule = 'obligation:lead-in';
        }
      }
    }
    if (!modal || holders.length === 0) continue;
    text = text
      .replace(/^\s*(?:for\s+|to\s+)?/, '')
      .replace(/[\s.;:,]+$/, '')
      .trim();
    if (text.split(/\s+/).length < 3) continue;
    text = text[0]!.toUpperCase() + text.slice(1);
    const lower = s.text.toLowerCase();
    const dutyTypes = DUTY_TYPE_CUES.filter((c) => cueRegExp(c.pattern).test(lower)).map(
      (c) => c.code,
    );
    let confidence = rule === 'obligation:lead-in' ? 0.65 : 0.7;
    if (dutyTypes.length === 0) {
      dutyTypes.push('SAFEGUARDING_ARRANGEMENTS');
      confidence -= 0.3;
    }
    const ev = evidenceOf(s);
    if (!ev) {
      unplaced++;
      continue;
    }
    const holderIds = [...new Set(holders.map((h) => h.id))];
    const base = `${area}/draft/${holderIds[0]!.split('/').at(-1)}-${slugify(text.split(/\s+/).slice(0, 5).join(' '))}`;
    let id = base;
    for (let n = 2; obligationIds.has(id); n++) id = `${base}-${n}`;
    obligationIds.add(id);
    const o: DraftObligation = {
      id,
      holders: holderIds,
      text: text.slice(0, 1000),
      modality: modal.modality,
      dutyTypes: [...new Set(dutyTypes)].slice(0, 3),
      shared: holderIds.length > 1 || /\b(?:jointly|together|shared)\b/i.test(s.text),
      evidence: [ev],
      proposal: { rule, confidence: Math.round(confidence * 100) / 100 },
    };
    const timing = timingOf(s.text);
    if (timing.cadence) o.cadence = timing.cadence;
    if (timing.deadline) o.deadline = timing.deadline;
    obligations.push(o);
    producing.add(s);
  }
  for (const r of representedOn)
    propose(
      memberCue,
      r.node,
      r.body,
      r.s,
      r.s.text,
      0.55,
      'collective:represented-on',
      r.node.proposal.interpretation,
    );
  for (const c of collectiveChairs)
    for (const body of c.members)
      propose(chairCue, c.post, body, c.s, c.s.text, 0.65, 'chair-of-collective');
  for (const c of chairs) {
    propose(chairCue, c.post, c.body, c.s, c.s.text, 0.8, 'chair-of-body');
    if (c.role) {
      const r = rels.get(`CHAIRS:${c.post.id}->${c.body.id}`);
      if (r) r.props.role = c.role;
    }
    propose(postOfCue, c.post, c.body, c.s, c.s.text, 0.8, 'chair-of-body:post-of');
  }

  // 5. People, signatures, safeguarding partners, coverage, delegation, co-chairs (statements.ts).
  const people = new Map<string, DraftPerson>();
  const personIds = new Set<string>();
  const lookup = (form: string): FactNode | undefined =>
    byForm.get(formKey(form)) ?? byForm.get(form.toLowerCase());
  const ctx: FactContext = {
    source,
    area,
    segments,
    lookup,
    mentionsOf,
    ...(options.documentId ? { documentId: options.documentId } : {}),
    addPost: (title, ev, rule, confidence) => {
      const known = lookup(title);
      if (known && known.label === 'Post') return known;
      const kind =
        POST_CUES.find((c) => {
          const m = cueRegExp(c.pattern).exec(title.toLowerCase());
          return m !== null;
        })?.kind ?? 'other';
      let id = `${area}/${slugify(title)}`;
      for (let n = 2; nodes.has(id); n++) id = `${area}/${slugify(title)}-${n}`;
      const node: DraftNode = {
        id,
        label: 'Post',
        name: title,
        aliases: [],
        kind,
        evidence: [ev],
        proposal: { rule, confidence },
      };
      nodes.set(id, node);
      byForm.set(formKey(title), node);
      return node;
    },
    chairOf: (body, ev, role) => {
      const b = nodes.get(body.id)!;
      const forms = [b.name, ...b.aliases];
      const prefix = role === 'chair' ? 'chair' : role;
      for (const f of forms) {
        const hit =
          byForm.get(formKey(`${prefix} of the ${f}`)) ?? byForm.get(formKey(`${f} ${prefix}`));
        if (hit && hit.label === 'Post') return hit;
      }
      const tail = b.id.split('/').at(-1)!;
      const id = `${area}/${tail}-${prefix}`;
      const existing = nodes.get(id);
      if (existing) return existing;
      const title = `${role === 'chair' ? 'Chair' : role === 'co-chair' ? 'Co-Chair' : 'Vice-Chair'} of the ${b.aliases[0] ?? b.name}`;
      const post: DraftNode = {
        id,
        label: 'Post',
        name: title,
        aliases: [],
        kind: 'chair',
        evidence: [ev],
        proposal: { rule: 'signature-block:chair-post', confidence: 0.6 },
      };
      nodes.set(id, post);
      byForm.set(formKey(title), post);
      return post;
    },
    addPerson: (name, ev, rule, confidence) => {
      let id = `${area}/${slugify(name)}`;
      const same = people.get(id);
      if (same && same.name === name) return same;
      for (let n = 2; people.has(id) || nodes.has(id); n++) id = `${area}/${slugify(name)}-${n}`;
      const person: DraftPerson = {
        id,
        label: 'Person',
        name,
        evidence: [ev],
        proposal: { rule, confidence },
      };
      people.set(id, person);
      personIds.add(id);
      producing.add(segments.find((x) => x.start === ev.start) ?? segments[0]!);
      return person;
    },
    propose: (f) => {
      if (f.from === f.to || f.evidence.length === 0) return;
      const key = `${f.type}:${f.from}->${f.to}`;
      for (const x of f.producing) producing.add(x);
      const existing = rels.get(key);
      if (existing) {
        for (const e of f.evidence)
          if (!existing.evidence.some((x) => x.start === e.start && x.end === e.end))
            existing.evidence.push(e);
        existing.proposal.confidence = Math.max(existing.proposal.confidence, f.confidence);
        if (!f.interpretation) delete existing.proposal.interpretation;
        Object.assign(existing.props, f.props ?? {});
        return;
      }
      rels.set(key, {
        type: f.type as DraftRelationship['type'],
        from: f.from,
        to: f.to,
        props: { ...(f.props ?? {}) },
        ...(f.flags ? { flags: f.flags } : {}),
        evidence: [...f.evidence],
        proposal: {
          rule: f.rule,
          confidence: f.confidence,
          ...(f.interpretation ? { interpretation: f.interpretation } : {}),
        },
      });
    },
  };
  draftStatedFacts(ctx);
  // A nominated deputy is a post of the organisation its principal's post belongs to: our
  // reading (a list says "DCS or nominated deputy", not whose staff the deputy is).
  for (const { post, principal, s } of deputies) {
    const of = [...rels.values()].filter((r) => r.type === 'POST_OF' && r.from === principal.id);
    if (of.length !== 1) continue;
    const org = nodes.get(of[0]!.to);
    if (!org || org.label !== 'Organisation') continue;
    propose(
      postOfCue,
      post,
      org,
      s,
      s.text,
      0.5,
      'list:membership-deputy:post-of',
      `The list names "${s.text.trim()}"; reading the deputy as a post of the ${org.name}, ` +
        `the organisation of the ${principal.name}, is ours.`,
    );
  }
  // Without the document's id, facts about people and signatures are left out (see DraftOptions).
  const relationships = [...rels.values()].filter(
    (r) =>
      options.documentId !== undefined ||
      (r.type !== 'SIGNED' && !personIds.has(r.from) && !personIds.has(r.to)),
  );
  for (const n of nodes.values())
    for (const e of n.evidence) producing.add(segments.find((s) => s.start === e.start)!);
  const silent = segments.filter((s) => s.kind !== 'heading' && !producing.has(s));
  return {
    segments,
    nodes: [...nodes.values()],
    people: options.documentId !== undefined ? [...people.values()] : [],
    relationships,
    obligations,
    silent,
    unplaced,
  };
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
}; // prettier-ignore

/**
 * Deadlines and cadences a sentence states: "within five days (of the
 * incident)", "within 15 working days", "six-monthly", "on a 3-weekly basis",
 * "annually", "between October and December each year".
 */
export function timingOf(text: string): {
  cadence?: string;
  deadline?: { value: number; unit: string; anchor?: string };
} {
  const out: ReturnType<typeof timingOf> = {};
  const d =
    /\bwithin\s+(\d+|[a-z]+)\s+(working\s+days?|days?|weeks?|months?|years?)(?:\s+of\s+(?:the\s+)?([a-z][a-z ]{2,40}?))?(?=[.,;:)]|$|\s+(?:and|or|to|so)\b)/i.exec(
      text,
    );
  if (d) {
    const value = /^\d+$/.test(d[1]!) ? Number(d[1]) : NUMBER_WORDS[d[1]!.toLowerCase()];
    if (value) {
      const unit = d[2]!
        .toLowerCase()
        .replace(/\s+/, '-')
        .replace(/s?$/, 's')
        .replace('working-dayss', 'working-days');
      out.deadline = { value, unit, ...(d[3] ? { anchor: d[3].trim() } : {}) };
    }
  }
  const MONTH =
    '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
  const cadences = [
    new RegExp(String.raw`\bbetween\s+${MONTH}\s+and\s+${MONTH}(?:\s+each\s+year)?`, 'i'),
    /\bon\s+an?\s+[\w-]+\s+basis\b/i,
    /\b(?:six|three|twelve|bi|\d+)-(?:monthly|weekly|yearly)\b/i,
    /\b(?:annually|quarterly|monthly|weekly|yearly|biannually)\b/i,
    /\bat\s+least\s+(?:once\s+)?(?:a|an|per|every)\s+(?:year|quarter|month)\b/i,
    /\b(?:each|every)\s+(?:year|quarter|month|meeting)\b/i,
    /\bannual\b/i,
  ];
  const c = cadences.map((re) => re.exec(text)).find((m) => m !== null);
  if (c) out.cadence = c[0].replace(/\s+/g, ' ');
  return out;
}
