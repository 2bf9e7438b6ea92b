/**
 * Evidence packs: a Markdown file with every quote behind a chain, a post's
 * obligations or a finding (document, section, quote), for an inspector's
 * file. Pure.
 */
import { chainTitle, hopSentence, nodeName } from './chain';
import type { ApiAccountability, ApiEvidence, ApiFinding, ApiPostObligations } from './types';

export interface PackContext {
  areaName: string;
  /** "2018-12-31", or null for today. */
  asOf: string | null;
  /** Document titles by id, for evidence that does not carry its title. */
  titles: ReadonlyMap<string, string>;
  /** Page address the pack was made from (shareable). */
  url?: string;
  generated?: string;
}

/** Markdown blockquotes cannot hold a bare line break; keep each quote one paragraph. */
function quoteBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
}

export function evidenceLines(evidence: readonly ApiEvidence[], ctx: PackContext): string[] {
  if (evidence.length === 0) return ['_No quote: a derived link._', ''];
  const out: string[] = [];
  for (const ev of evidence) {
    const title = ctx.titles.get(ev.documentId) ?? ev.documentId;
    out.push(quoteBlock(ev.quote), '');
    out.push(
      `— *${title}* (\`${ev.documentId}\`), section “${ev.section}”, characters ${ev.start}–${ev.end}`,
      '',
    );
  }
  return out;
}

/** The label of a fact that is our reading, not the document's words (decision 0026). */
export function interpretationLines(fact: {
  basis?: string | null;
  interpretation?: string | null;
}): string[] {
  if (fact.basis !== 'INTERPRETED') return [];
  const why = fact.interpretation ?? 'no reason recorded';
  return [`**Interpretation** (our reading, not the document's words): ${why}`, ''];
}

function header(title: string, ctx: PackContext): string[] {
  const lines = [`# ${title}`, '', `- Area: ${ctx.areaName}`];
  lines.push(`- Statements in force: ${ctx.asOf ?? 'today (latest documents)'}`);
  if (ctx.url) lines.push(`- View: ${ctx.url}`);
  if (ctx.generated) lines.push(`- Generated: ${ctx.generated}`);
  lines.push('');
  return lines;
}

export function chainPack(result: ApiAccountability, ctx: PackContext): string {
  const subject = nodeName(result.subject);
  const q =
    result.direction === 'HOLDERS'
      ? `Who holds ${subject} to account`
      : `Whom ${subject} holds to account`;
  const lines = header(`Evidence pack: ${q}`, ctx);
  if (result.chains.length === 0) {
    lines.push('No statement in force at this date says so.', '');
  }
  result.chains.forEach((chain, i) => {
    lines.push(`## Chain ${i + 1}: ${chainTitle(chain)}`, '');
    chain.hops.forEach((hop, j) => {
      lines.push(`### ${i + 1}.${j + 1} ${hopSentence(hop)}`, '');
      lines.push(`Statement \`${hop.relationship.id}\``, '');
      lines.push(...interpretationLines(hop.relationship));
      lines.push(...evidenceLines(hop.relationship.evidence, ctx));
    });
  });
  if (result.truncated)
    lines.push('_Some chains are longer than shown (cut at the hop limit)._', '');
  return lines.join('\n');
}

export function obligationsPack(result: ApiPostObligations, ctx: PackContext): string {
  const post = nodeName(result.post);
  const lines = header(`Evidence pack: what ${post} carries`, ctx);
  for (const group of result.groups) {
    const title = group.body ? `As a member of ${nodeName(group.body)}` : `${post}'s own duties`;
    lines.push(`## ${title} (${group.obligations.length})`, '');
    for (const via of group.via) {
      lines.push(`Seat: \`${via.id}\`${via.capacity ? ` (${via.capacity})` : ''}`, '');
      lines.push(...interpretationLines(via));
      lines.push(...evidenceLines(via.evidence, ctx));
    }
    for (const o of group.obligations) {
      const types = o.dutyTypes.map((d) => d.label).join(', ');
      lines.push(`### ${o.text}`, '');
      lines.push(
        `${o.modality ? `Modality: ${o.modality}. ` : ''}${types ? `Duty types: ${types}.` : ''}`,
        '',
      );
      lines.push(...interpretationLines(o));
      lines.push(...evidenceLines(o.evidence, ctx));
    }
    if (group.obligations.length === 0) lines.push('_None._', '');
  }
  return lines.join('\n');
}

export function findingPack(finding: ApiFinding, ctx: PackContext): string {
  const lines = header(`Evidence pack: ${finding.ruleId}`, ctx);
  lines.push(
    `**${finding.severity}** · ${finding.status === 'OPEN' ? 'open' : 'accepted risk'}`,
    '',
  );
  lines.push(finding.message, '');
  lines.push(
    `Finding \`${finding.id}\` (document \`${finding.documentId}\`, as of ${finding.asOf})`,
    '',
  );
  lines.push('## Evidence', '');
  lines.push(...evidenceLines(finding.evidence, ctx));
  if (finding.mitigation) {
    lines.push('## Mitigation the document declares', '');
    lines.push(...evidenceLines([finding.mitigation], ctx));
  }
  return lines.join('\n');
}

/** A file name from a title: lowercase words joined by dashes. */
export function fileSlug(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replaceAll(/[^a-z0-9]+/g, '-')
      .replaceAll(/^-+|-+$/g, '')
      .slice(0, 60) || 'export'
  );
}
