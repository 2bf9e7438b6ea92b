import { Document } from 'yaml';
import type { Draft, Proposal } from './draft.ts';
import type { Provenance } from './extract.ts';
import type { Segment } from './segment.ts';

export interface AreaDraftInput {
  area: string;
  year: string;
  sourceFile: string;
  source: string;
  draft: Draft;
  provenance: Provenance;
}

const titleCase = (id: string) =>
  id
    .split('-')
    .map((w) => (w[0] ?? '').toUpperCase() + w.slice(1))
    .join(' ');

function documentKind(title: string): string {
  const t = title.toLowerCase();
  if (/working arrangements/.test(t)) return 'working-arrangements';
  if (/\bplan\b/.test(t)) return 'plan';
  if (/governance/.test(t)) return 'governance-model';
  return 'protocol';
}

/** "The aim of this protocol is to ...": the document's own statement of its aim. */
const AIM = /^The aims? of (?:this|the|our) [\w -]{2,40}? (?:is|are) (to .+?)\.?$/i;

/**
 * The document's stated aims (decision 0026): each sentence "The aim of this
 * <document> is to ..." under a heading, with its quote. Not `proposed`
 * (document facts have no proposal marker); the draft's status says review.
 */
export function statedAims(segments: readonly Segment[]) {
  return segments.flatMap((s) => {
    const m = s.kind === 'sentence' && s.section ? AIM.exec(s.text) : null;
    return m?.[1]
      ? [
          {
            text: m[1],
            evidence: [{ quote: s.text, section: s.section, start: s.start, end: s.end }],
          },
        ]
      : [];
  });
}

/**
 * A proposal that reads beyond the words is written as an interpretation with
 * its reason (basis INTERPRETED, docs/data-model.md); `proposed` keeps the rule
 * and confidence only.
 */
const interpreted = (p: Proposal) => (p.interpretation ? { interpretation: p.interpretation } : {});
const proposedOf = ({ rule, confidence }: Proposal) => ({ rule, confidence });

/**
 * The area file of a draft as YAML text. Each proposed node, relationship
 * and obligation carries `proposed: { rule, confidence }` (decision 0020).
 */
export function areaDraftYaml(input: AreaDraftInput): string {
  const { area, year, sourceFile, source, draft, provenance } = input;
  const firstHeading = draft.segments.find((s) => s.kind === 'heading');
  const firstLine = draft.segments[0];
  const title =
    (firstHeading ?? firstLine)?.text.replace(/^[#*\s]+|[*\s]+$/g, '') ||
    `${titleCase(area)} ${year}`;
  const aims = statedAims(draft.segments);
  const data = {
    area: { id: area, name: titleCase(area), localAuthority: `${titleCase(area)} Council` },
    document: {
      id: `${area}/${year}`,
      source: sourceFile,
      title,
      kind: documentKind(title),
      status: 'draft',
      effectiveFrom: year,
      notes: [
        {
          kind: 'draft',
          text:
            'Machine-drafted by `npm run seed -- draft`: every node, relationship and obligation ' +
            'is proposed (`proposed: { rule, confidence }`) and needs review; delete `proposed` ' +
            'from each fact you accept, then set the status to final.',
        },
      ],
      ...(aims.length > 0 ? { aims } : {}),
    },
    nodes: draft.nodes
      .map((n) => ({
        proposed: proposedOf(n.proposal),
        id: n.id,
        label: n.label,
        name: n.name,
        ...(n.aliases.length > 0 ? { aliases: n.aliases } : {}),
        kind: n.kind,
        ...(n.label === 'Body' ? { function: 'not-stated', statutory: 'not-stated' } : {}),
        ...interpreted(n.proposal),
        evidence: n.evidence,
      }))
      .concat(
        draft.people.map((p) => ({
          proposed: proposedOf(p.proposal),
          id: p.id,
          label: p.label,
          name: p.name,
          evidence: p.evidence,
        })) as never[],
      ),
    relationships: draft.relationships.map((r) => ({
      proposed: proposedOf(r.proposal),
      type: r.type,
      from: r.from,
      to: r.to,
      ...r.props,
      ...r.flags,
      ...interpreted(r.proposal),
      evidence: r.evidence,
    })),
    obligations: draft.obligations.map((o) => ({
      proposed: proposedOf(o.proposal),
      id: o.id.replace(`${area}/draft/`, `${area}/${year}/`),
      holders: o.holders,
      text: o.text,
      modality: o.modality,
      dutyTypes: o.dutyTypes,
      shared: o.shared,
      ...(o.cadence ? { cadence: o.cadence } : {}),
      ...(o.deadline ? { deadline: o.deadline } : {}),
      ...interpreted(o.proposal),
      evidence: o.evidence,
    })),
  };
  // Evidence shared between facts is copied, so the YAML has no anchors and aliases.
  const doc = new Document(JSON.parse(JSON.stringify(data)) as typeof data);
  doc.commentBefore = [
    ` DRAFT area file for ${area} (${year}), proposed by \`npm run seed -- draft\`; review every item.`,
    ` Source: graph-seed/sources/${sourceFile}`,
    ` Extracted from ${provenance.file} (${provenance.format}, ${provenance.bytes} bytes, sha256 ${provenance.sha256})`,
    ` by ${provenance.extractor}${provenance.pages ? `, ${provenance.pages} page(s)` : ''}; ${source.length} characters saved.`,
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}
