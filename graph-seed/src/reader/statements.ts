import nlp from 'compromise';
import { POST_CUES, cueRegExp } from '@accgraph/schema';
import type { EvidenceEntry } from '../model/area-file.schema.ts';
import type { Segment } from './segment.ts';

/**
 * Rules for the statements a protocol makes about people and signatures,
 * and for the relationship types that need more than "name, cue, name":
 * signature blocks (people, HOLDS_POST, SIGNED with blank signature cells,
 * REPRESENTS), named people in a list, the statutory safeguarding partners
 * (SAFEGUARDING_PARTNER_OF), a board's area (COVERS), delegation
 * (DELEGATES_TO with what is delegated) and co-/vice-chairs (CHAIRS role).
 * Each proposal quotes the text it reads (whole segments, or a verbatim span
 * of consecutive lines), never words the document does not have.
 */

export interface FactNode {
  id: string;
  label: 'Body' | 'Post' | 'Organisation' | 'Person';
  name: string;
  aliases?: string[];
}

export interface FactMention {
  nodes: FactNode[];
  start: number;
  end: number;
}

export interface FactContext {
  source: string;
  area: string;
  segments: Segment[];
  /** The node a surface form names (lower case), if the draft has one. */
  lookup: (form: string) => FactNode | undefined;
  mentionsOf: (text: string) => FactMention[];
  /** Finds the Post a title names, or adds it (the evidence quotes the title). */
  addPost: (title: string, ev: EvidenceEntry, rule: string, confidence: number) => FactNode;
  /** The chair post of a body (the one `chair-of-body` makes), created if missing. */
  chairOf: (
    body: FactNode,
    ev: EvidenceEntry,
    role: 'chair' | 'co-chair' | 'vice-chair',
  ) => FactNode;
  addPerson: (name: string, ev: EvidenceEntry, rule: string, confidence: number) => FactNode;
  propose: (fact: {
    type: string;
    from: string;
    to: string;
    evidence: EvidenceEntry[];
    props?: Record<string, string | number>;
    flags?: Record<string, boolean>;
    rule: string;
    confidence: number;
    producing: Segment[];
    /** Why the reading goes beyond the words (basis INTERPRETED); absent when stated. */
    interpretation?: string;
  }) => void;
  /** The document's id (`<area>/<year>`); SIGNED is proposed only when it is known. */
  documentId?: string;
}

const evidence = (s: Segment): EvidenceEntry | undefined =>
  s.section === null
    ? undefined
    : { quote: s.text, section: s.section, start: s.start, end: s.end };

/** A verbatim span of the source from one segment's start to another's end, under the first one's section. */
const span = (source: string, a: Segment, b: Segment): EvidenceEntry | undefined =>
  a.section === null
    ? undefined
    : { quote: source.slice(a.start, b.end), section: a.section, start: a.start, end: b.end };

/** Words that make a capitalised line an office, a body or a place rather than a person's name. */
const NOT_A_NAME =
  /\b(?:Council|Police|Constabulary|Board|Trust|Group|Services?|Director|Chair|Officer|Constable|NHS|Partnership|Panel|Forum|Committee|Executive|Commissioner|Manager|Member|Head|Lead|Children|Adults?|Health|Safeguarding|County|Borough|City|District|Authority|Date|Signed|Signature|Name|Title|Version|Review|Chief|Interim|Deputy|Assistant|Corporate|Public|Act|Guidance|Together|Protocol|Plan|Annex|Appendix|Introduction|Contents)\b/;
const NAME_SHAPE =
  /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Professor|Prof|Sir|Dame)\.?\s+)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z]\.)?(?:\s+(?:de |van |von |Mc|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}$/;

/** True when a whole line reads as a person's name ("Terence Herbert", "Cllr Jane Smith"). */
export function nameShaped(line: string): boolean {
  const t = line.trim();
  return NAME_SHAPE.test(t) && !NOT_A_NAME.test(t);
}

/** True when compromise's lexicon of first names reads the line as a person. */
const personByLexicon = (line: string) => nlp(line).has('#FirstName');

const DATE_LINE = /^Date(?:d)?:?\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\s*$/i;
const isoOf = (m: RegExpExecArray) => {
  const y = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  return `${y}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
};

/** A line a signature would be: a mark, not a name ("/s/", "(signed)", "[signature]"). */
const SIGNATURE_MARK = /^(?:\/s\/|\(signed\)|\[signature\]|signed\s+\S)/i;

export function draftStatedFacts(ctx: FactContext): void {
  const { source, segments } = ctx;
  /** Blank lines between two offsets of the source (only whitespace). */
  const blankBetween = (a: number, b: number) =>
    /^\s*$/.test(source.slice(a, b)) && /\n\s*\n/.test(source.slice(a, b));
  /**
   * The sentences and bullets (not headings or table rows) that have a section, with their
   * evidence and the nodes they name; lazily, so each segment's mentions are read when it
   * is reached, after what the segments before it proposed.
   */
  function* statements() {
    for (const s of segments) {
      if (s.kind === 'heading' || s.kind === 'row') continue;
      const ev = evidence(s);
      if (!ev) continue;
      yield { s, ev, mentions: ctx.mentionsOf(s.text) };
    }
  }

  // --- Signature blocks ---------------------------------------------------
  // (a) "Signed:" / "Signatories:" alone, then groups of lines: a name, its
  //     titles, its organisation (Wiltshire 2019).
  // (b) "... agreed by the undersigned on behalf of X and Y:" then the bodies'
  //     names, their titles ("Chair") and dates (Wiltshire 2014).
  segments.forEach((s, i) => {
    if (
      s.kind === 'heading' &&
      !/^(?:Signed|Signatures?|Signatories|Signed by)\s*:?\s*$/i.test(s.text)
    )
      return;
    const marker =
      /^(?:Signed|Signatures?|Signatories|Signed by)\s*:\s*$/i.test(s.text) ||
      (s.kind === 'heading' && /^(?:Signed|Signatures?|Signatories)/i.test(s.text));
    const onBehalf =
      !marker &&
      s.kind === 'sentence' &&
      /:\s*$/.test(s.text) &&
      /\b(?:agreed|signed|endorsed|approved)\b[^:]*\b(?:undersigned|on behalf of)\b/i.test(s.text);
    if (!marker && !onBehalf) return;
    // The block: the following one-line segments up to a heading (other than a
    // bare line), a long sentence or a table row.
    const block: Segment[] = [];
    for (const x of segments.slice(i + 1)) {
      if (x.kind === 'row') break;
      const line = source.slice(
        source.lastIndexOf('\n', x.start - 1) + 1,
        source.indexOf('\n', x.end) === -1 ? source.length : source.indexOf('\n', x.end),
      );
      if (line.trim() !== x.text.trim()) break; // not a whole line: prose
      if (x.text.split(/\s+/).length > 8) break;
      if (/^[#*]/.test(x.text)) break;
      block.push(x);
      if (block.length > 40) break;
    }
    if (block.length === 0) return;
    const lead = evidence(s);
    if (!lead) return;
    // The sentence before a bare "Signed:" that states the agreement ("We agree and state ...").
    const prev = segments[i - 1];
    const agreement =
      marker &&
      prev &&
      prev.kind === 'sentence' &&
      /\b(?:we|the undersigned)\b.*\bagree|\bagreed\b/i.test(prev.text)
        ? evidence(prev)
        : undefined;
    // Groups of consecutive lines (a blank line ends a group).
    const groups: Segment[][] = [];
    for (const x of block) {
      const last = groups.at(-1);
      if (last && !/\n\s*\n/.test(source.slice(last.at(-1)!.end, x.start))) last.push(x);
      else groups.push([x]);
    }
    if (marker) {
      let signed = 0;
      for (const g of groups) {
        const first = g[0]!;
        if (!nameShaped(first.text) || ctx.lookup(first.text.toLowerCase())) {
          if (signed > 0) break; // the block ends at the first group that is not a signatory
          continue;
        }
        const nameEv = evidence(first);
        const groupEv = span(source, first, g.at(-1)!);
        if (!nameEv || !groupEv) continue;
        signed++;
        const person = ctx.addPerson(first.text.trim(), nameEv, 'person:signature-block', 0.8);
        const titleLines = g.slice(1);
        // The organisation: the last line(s) naming an Organisation the draft knows.
        let org: FactNode | undefined;
        let titleEnd = titleLines.length;
        for (let k = titleLines.length; k >= 1 && !org; k--) {
          const text = titleLines
            .slice(k - 1)
            .map((x) => x.text.trim())
            .join(' ');
          const hit = ctx.lookup(text.toLowerCase());
          if (hit && hit.label === 'Organisation') {
            org = hit;
            titleEnd = k - 1;
          }
        }
        const title = titleLines
          .slice(0, titleEnd)
          .map((x) => x.text.trim())
          .join(' ');
        if (title !== '') {
          // "Director of Children's Services and Corporate Director": two titles where each part is one.
          const parts = title.split(/\s+and\s+/);
          const titles =
            parts.length > 1 &&
            parts.every(
              (p) =>
                /^[A-Z]/.test(p) &&
                /\b(?:Director|Chief|Officer|Executive|Chair|Constable|Commissioner|Manager|Head|Lead|Member|Leader)\b/i.test(
                  p,
                ),
            )
              ? parts
              : [title];
          for (const t of titles) {
            const post = ctx.addPost(t, groupEv, 'post:signature-title', 0.7);
            ctx.propose({
              type: 'HOLDS_POST',
              from: person.id,
              to: post.id,
              evidence: [groupEv],
              rule: 'signature-block:holds-post',
              confidence: 0.75,
              producing: g,
            });
            if (org)
              ctx.propose({
                type: 'POST_OF',
                from: post.id,
                to: org.id,
                evidence: [groupEv],
                rule: 'signature-block:post-of',
                confidence: 0.7,
                producing: g,
              });
          }
        }
        if (ctx.documentId) {
          // No signature in the text: only blank lines between the marker (or the previous group) and the name.
          const before =
            groups.indexOf(g) === 0 ? s.end : groups[groups.indexOf(g) - 1]!.at(-1)!.end;
          const blank =
            blankBetween(before, first.start) && !block.some((x) => SIGNATURE_MARK.test(x.text));
          ctx.propose({
            type: 'SIGNED',
            from: person.id,
            to: ctx.documentId,
            evidence: [...(agreement ? [agreement] : []), lead, nameEv],
            ...(blank ? { flags: { signatureBlank: true } } : {}),
            rule: blank ? 'signature-block:signed:blank' : 'signature-block:signed',
            confidence: blank ? 0.65 : 0.75,
            producing: [s, ...g],
          });
        }
      }
      return;
    }
    // (b) On behalf of named bodies: body lines, then titles, then dates, in column order.
    const bodies: { node: FactNode; seg: Segment }[] = [];
    const titles: Segment[] = [];
    const names: Segment[] = [];
    const dates: { seg: Segment; iso: string }[] = [];
    for (const x of block) {
      const t = x.text.trim();
      const d = DATE_LINE.exec(t);
      if (d) {
        dates.push({ seg: x, iso: isoOf(d) });
        continue;
      }
      const hit = ctx.lookup(t.toLowerCase());
      if (hit && (hit.label === 'Body' || hit.label === 'Organisation'))
        bodies.push({ node: hit, seg: x });
      else if (
        POST_CUES.some((c) => new RegExp(`^(?:${cueRegExp(c.pattern).source})$`, 'iu').test(t))
      )
        titles.push(x);
      else if (nameShaped(t)) names.push(x);
    }
    if (bodies.length === 0 || titles.length === 0) return;
    const blockEv = span(source, bodies[0]!.seg, titles.at(-1)!);
    if (!blockEv) return;
    const subject = /^This (protocol|plan|agreement|document)\b[^:]*\bagreed\b/i.exec(s.text);
    bodies.forEach((b, k) => {
      const titleSeg = titles[titles.length === bodies.length ? k : 0]!;
      if (titles.length !== bodies.length && titles.length !== 1) return;
      const role = /vice/i.test(titleSeg.text)
        ? 'vice-chair'
        : /co-?\s?chair/i.test(titleSeg.text)
          ? 'co-chair'
          : 'chair';
      const isChair = /chair/i.test(titleSeg.text);
      const post = isChair
        ? ctx.chairOf(b.node, blockEv, role)
        : ctx.addPost(titleSeg.text.trim(), blockEv, 'post:signature-title', 0.6);
      const nameSeg = names.length === bodies.length ? names[k] : undefined;
      const signer = nameSeg
        ? ctx.addPerson(nameSeg.text.trim(), evidence(nameSeg)!, 'person:signature-block', 0.75)
        : post;
      if (nameSeg)
        ctx.propose({
          type: 'HOLDS_POST',
          from: signer.id,
          to: post.id,
          evidence: [blockEv],
          rule: 'signature-block:holds-post',
          confidence: 0.65,
          producing: block,
        });
      const date =
        dates.length === bodies.length ? dates[k] : dates.length === 1 ? dates[0] : undefined;
      const dateEv = date ? evidence(date.seg) : undefined;
      ctx.propose({
        type: 'REPRESENTS',
        from: signer.id,
        to: b.node.id,
        evidence: [lead, blockEv],
        ...(subject ? { props: { subject: `agreeing this ${subject[1]!.toLowerCase()}` } } : {}),
        rule: 'signature-block:on-behalf-of',
        confidence: 0.7,
        producing: [s, ...block],
      });
      if (isChair)
        ctx.propose({
          type: 'CHAIRS',
          from: post.id,
          to: b.node.id,
          evidence: [blockEv],
          ...(role !== 'chair' ? { props: { role } } : {}),
          rule: 'signature-block:chair',
          confidence: 0.6,
          producing: block,
        });
      if (ctx.documentId) {
        // No name and no signature on the cells: the signature is blank.
        const blank = !nameSeg && !block.some((x) => SIGNATURE_MARK.test(x.text));
        ctx.propose({
          type: 'SIGNED',
          from: signer.id,
          to: ctx.documentId,
          evidence: [lead, blockEv, ...(dateEv ? [dateEv] : [])],
          ...(date ? { props: { date: date.iso } } : {}),
          ...(blank ? { flags: { signatureBlank: true } } : {}),
          rule: blank ? 'signature-block:signed:blank' : 'signature-block:signed',
          confidence: blank ? 0.6 : 0.7,
          producing: [s, ...block],
        });
      }
    });
  });

  // --- People named in a list of lines (at least two in a row, each a name compromise knows) ---
  {
    let run: Segment[] = [];
    const flush = () => {
      if (run.length >= 2)
        for (const x of run) {
          const ev = evidence(x);
          if (ev) ctx.addPerson(x.text.trim(), ev, 'person:name-list', 0.6);
        }
      run = [];
    };
    for (const x of segments) {
      const whole =
        x.kind === 'sentence' &&
        (source[x.start - 1] ?? '\n') === '\n' &&
        (source[x.end] ?? '\n') === '\n';
      if (
        whole &&
        nameShaped(x.text) &&
        !ctx.lookup(x.text.toLowerCase()) &&
        personByLexicon(x.text)
      )
        run.push(x);
      else flush();
    }
    flush();
  }

  const partners = new Set<FactNode>();
  // --- Statutory safeguarding partners: "A safeguarding partner ... is defined ... as:" and its list,
  // or "The safeguarding partners are A, B and C." ---
  for (const s of segments) {
    if (s.kind === 'heading' || s.kind === 'row') continue;
    const lead = s.kind === 'bullet' ? s.leadIn : undefined;
    const partnersLead = (t: string) =>
      /\bsafeguarding partners?\b/i.test(t) &&
      /(?:\bdefined\b|\b(?:are|is|will be)\b)[^:]*:\s*$/i.test(t);
    if (lead && partnersLead(lead.text)) {
      const first = ctx.mentionsOf(s.text)[0];
      const org =
        first && first.start <= 8 ? first.nodes.find((n) => n.label === 'Organisation') : undefined;
      const a = evidence(lead);
      const b = evidence(s);
      if (org) partners.add(org);
      if (org && a && b)
        ctx.propose({
          type: 'SAFEGUARDING_PARTNER_OF',
          from: org.id,
          to: ctx.area,
          evidence: [a, b],
          rule: 'list:safeguarding-partners',
          confidence: 0.8,
          producing: [lead, s],
        });
      continue;
    }
    const m =
      /\b(?:the |our |three |statutory |local )*safeguarding partners\b[^.:]*?\b(?:are|will be|is)\b/i.exec(
        s.text,
      );
    if (!m || /:\s*$/.test(s.text)) continue;
    const ev = evidence(s);
    if (!ev) continue;
    for (const mention of ctx.mentionsOf(s.text).filter((x) => x.start >= m.index + m[0].length))
      for (const n of mention.nodes)
        if (n.label === 'Organisation' && partners.add(n))
          ctx.propose({
            type: 'SAFEGUARDING_PARTNER_OF',
            from: n.id,
            to: ctx.area,
            evidence: [ev],
            rule: 'sentence:safeguarding-partners',
            confidence: 0.7,
            producing: [s],
          });
  }

  // --- Reciprocal accountability stated with a noun or "each other": "The relationship between
  // the Safeguarding Boards and other Partnership Boards will be one of ... mutual challenge",
  // "it is for SPs ... to hold each other to account". Each side holds the other to account
  // (HOLDS_TO_ACCOUNT both ways, mode reciprocal); "the safeguarding partners" / "SPs" are
  // the partners the document names (above). ---
  const RECIPROCAL =
    /\b(?:mutual|reciprocal)\s+(?:challenge|scrutiny|accountability)\b|\b(?:hold(?:s|ing)?|challeng(?:e|es|ing)|scrutinis(?:e|es|ing))\s+(?:each other|one another)\b/i;
  for (const { s, ev, mentions } of statements()) {
    const cue = RECIPROCAL.exec(s.text);
    if (!cue) continue;
    const pairs: [FactNode, FactNode][] = [];
    let partnersRead: string | undefined;
    const between = /\bbetween\s+/i.exec(s.text.slice(0, cue.index));
    if (between) {
      // "between X and Y": the first named side after "between", and the next one after "and".
      const after = mentions.filter(
        (m) => m.start >= between.index + between[0].length && m.end <= cue.index,
      );
      const x = after[0];
      // Not x again ("the Adults Board (NAB) and ...": the bracketed short form is x).
      const y = after.slice(1).find((m) => m.nodes.some((n) => !x?.nodes.includes(n)));
      if (
        x &&
        y &&
        x.start - (between.index + between[0].length) <= 12 &&
        /^\s*(?:\([^)]*\)\s*)?[\s,]*and\s+(?:the\s+)?(?:other\s+|all\s+)?(?:\w+\s+)?$/i.test(
          s.text.slice(x.end, y.start),
        )
      )
        for (const a of x.nodes)
          for (const b of y.nodes)
            // "X and other Partnership Boards": the others, not X again.
            if (
              a.id !== b.id &&
              !(/\bother\b/i.test(s.text.slice(x.end, y.start)) && x.nodes.includes(b))
            )
              pairs.push([a, b], [b, a]);
    } else if (/each other|one another/i.test(cue[0])) {
      // The group named before the cue: a collective mention, or the safeguarding partners.
      const group = mentions.filter((m) => m.end <= cue.index && m.nodes.length > 1).at(-1);
      const said = group
        ? undefined
        : /\b(?:SPs|safeguarding partners)\b/i.exec(s.text.slice(0, cue.index))?.[0];
      const members = group?.nodes ?? (said ? [...partners] : []);
      for (const a of members) for (const b of members) if (a.id !== b.id) pairs.push([a, b]);
      if (said && members.length > 1)
        partnersRead =
          `The sentence says "${said}" without naming them; reading them as ` +
          `${members.map((n) => `the ${n.name}`).join(', ')}, the partners the document names elsewhere, is ours.`;
    }
    for (const [a, b] of pairs)
      ctx.propose({
        type: 'HOLDS_TO_ACCOUNT',
        from: a.id,
        to: b.id,
        evidence: [ev],
        props: { mode: 'reciprocal' },
        rule: between ? 'reciprocal:between' : 'reciprocal:each-other',
        confidence: 0.6,
        producing: [s],
        ...(partnersRead ? { interpretation: partnersRead } : {}),
      });
  }

  // --- A board's area: "The boundaries for the SVPP will be those of Wiltshire Council",
  // "The Board covers Bath and North East Somerset Council and ..." ---
  for (const { s, ev, mentions } of statements()) {
    const boundary =
      /\b(?:boundar(?:y|ies)|footprint|geographical area|area)\s+(?:for|of)\s+(?:the\s+)?/i.exec(
        s.text,
      );
    const those =
      /\b(?:will be|is|are|shall be)\s+(?:co-?terminous with|those of|that of|the same as(?: that of)?)\s+/i.exec(
        s.text,
      );
    const covers =
      /\b(?:covers|will cover|cover|covering|serves|will serve)\s+(?:the\s+)?(?:(?:local authority\s+)?areas?\s+of\s+)?/i.exec(
        s.text,
      );
    let from: FactNode | undefined;
    let objectsFrom = -1;
    if (boundary && those && those.index > boundary.index) {
      const m = mentions.find(
        (x) => x.start >= boundary.index + boundary[0].length - 1 && x.start <= those.index,
      );
      from = m?.nodes.length === 1 ? m.nodes[0] : undefined;
      objectsFrom = those.index + those[0].length;
    } else if (covers) {
      const m = mentions.filter((x) => x.end <= covers.index).at(-1);
      from = m?.nodes.length === 1 ? m.nodes[0] : undefined;
      objectsFrom = covers.index + covers[0].length;
    }
    if (!from || from.label !== 'Body' || objectsFrom < 0) continue;
    // The named organisations right after the cue, joined by "and" or commas.
    let at = objectsFrom;
    for (const o of mentions.filter((x) => x.start >= objectsFrom)) {
      if (!/^[\s,]*(?:and\s+|&\s+)?(?:the\s+)?$/i.test(s.text.slice(at, o.start))) break;
      at = o.end;
      for (const n of o.nodes)
        if (n.label === 'Organisation')
          ctx.propose({
            type: 'COVERS',
            from: from.id,
            to: n.id,
            evidence: [ev],
            rule: those ? 'cue:covers:boundaries' : 'cue:covers',
            confidence: 0.75,
            producing: [s],
          });
    }
  }

  // --- Delegation: "The DCS may delegate chairing the group to the Deputy Director",
  // "Chairing ... is delegated by the DCS to ..." (never without both ends and what). ---
  for (const { s, ev, mentions } of statements()) {
    const active = /\bdelegat(?:e|es|ed|ing)\s+(?!to\b|by\b)(.+?)\s+to\s+(?:the\s+)?/i.exec(s.text);
    if (active && !/\b(?:is|are|be|been)\s+delegated\b/i.test(s.text.slice(0, active.index + 12))) {
      const subject = mentions.filter((x) => x.end <= active.index).at(-1);
      const toAt = active.index + active[0].length;
      const object = mentions.find((x) => x.start >= toAt - 1 && x.start <= toAt + 1);
      const what = active[1]!.trim();
      if (subject && object && what.split(/\s+/).length <= 15)
        for (const f of subject.nodes)
          for (const t of object.nodes)
            if (f.id !== t.id && f.label !== 'Organisation' && t.label !== 'Organisation')
              ctx.propose({
                type: 'DELEGATES_TO',
                from: f.id,
                to: t.id,
                evidence: [ev],
                props: { what },
                rule: 'cue:delegates-to',
                confidence: 0.7,
                producing: [s],
              });
      continue;
    }
    const passive =
      /^(?:(?:the\s+)?)(.+?)\s+(?:is|are|will be|may be|can be|has been|have been)\s+delegated\s+by\s+(?:the\s+)?/i.exec(
        s.text,
      );
    if (passive) {
      const byAt = passive.index + passive[0].length;
      const agent = mentions.find((x) => x.start >= byAt - 1 && x.start <= byAt + 1);
      const rest = agent ? /^\s+to\s+(?:the\s+)?/i.exec(s.text.slice(agent.end)) : null;
      const object =
        agent && rest ? mentions.find((x) => x.start === agent.end + rest[0].length) : undefined;
      const what = passive[1]!.trim();
      if (agent && object && what.split(/\s+/).length <= 15)
        for (const f of agent.nodes)
          for (const t of object.nodes)
            if (f.id !== t.id)
              ctx.propose({
                type: 'DELEGATES_TO',
                from: f.id,
                to: t.id,
                evidence: [ev],
                props: { what },
                rule: 'cue:delegates-to:passive',
                confidence: 0.65,
                producing: [s],
              });
    }
  }

  // --- Co-chairs and vice-chairs stated with a verb: "X and Y co-chair the Board",
  // "The Partnership is co-chaired by X and Y", "vice-chaired by X". ---
  for (const { s, ev, mentions } of statements()) {
    for (const m of s.text.matchAll(/\b(co|vice)-?\s?chair(s|ed by)?\b/gi)) {
      const role = m[1]!.toLowerCase() === 'co' ? 'co-chair' : 'vice-chair';
      const passive = m[2]?.toLowerCase() === 'ed by';
      const end = m.index + m[0].length;
      const isVerb =
        passive ||
        m[2]?.toLowerCase() === 's' ||
        /\b(?:will|to|shall|jointly)\s+$/i.test(s.text.slice(0, m.index));
      if (!isVerb) continue;
      // Chairs: coordinated names on one side, the body on the other.
      const chain = (list: FactMention[], fromEnd: boolean) => {
        const out: FactMention[] = [];
        for (const x of fromEnd ? [...list].reverse() : list) {
          const prev = out.at(-1);
          if (prev) {
            const gap = fromEnd ? s.text.slice(x.end, prev.start) : s.text.slice(prev.end, x.start);
            // "the DCS and the Chief Constable", "the Director (DCS) and the ..."
            if (!/^[\s,()]*(?:(?:and|&|,)\s*(?:the\s+)?)?$/i.test(gap)) break;
          }
          out.push(x);
        }
        return out;
      };
      const before = mentions.filter((x) => x.end <= m.index);
      const after = mentions.filter((x) => x.start >= end);
      const chairs = passive ? chain(after, false) : chain(before, true);
      const body = passive ? before.at(-1) : after[0];
      if (
        !body ||
        body.nodes.length !== 1 ||
        body.nodes[0]!.label !== 'Body' ||
        chairs.length === 0
      )
        continue;
      for (const c of chairs)
        for (const n of c.nodes)
          if (n.label === 'Post' || n.label === 'Person')
            ctx.propose({
              type: 'CHAIRS',
              from: n.id,
              to: body.nodes[0]!.id,
              evidence: [ev],
              props: { role },
              rule: `cue:${role}${passive ? ':passive' : ''}`,
              confidence: 0.75,
              producing: [s],
            });
    }
  }
}
