/** Reading accountability chains as sentences. Pure. */
import type { ApiChain, ApiHop, ApiNodeRef } from './types';

export function nodeName(node: ApiNodeRef | null | undefined): string {
  if (!node) return 'unknown';
  return node.name ?? node.id;
}

/** "WSCB holds Chair of the Children's Trust to account (call-to-account)". */
export function hopSentence(hop: ApiHop): string {
  const from = nodeName(hop.from);
  const to = nodeName(hop.to);
  const mode = hop.mode ? ` (${hop.mode})` : '';
  switch (hop.kind) {
    case 'HOLDS_TO_ACCOUNT':
      return `${from} holds ${to} to account${mode}`;
    case 'ACCOUNTABLE_TO':
      return `${to} is accountable to ${from}${mode}`;
    case 'REPORTS_TO': {
      const artefact = hop.relationship.artefact ? ` (${hop.relationship.artefact})` : '';
      return `${to} reports to ${from}${artefact}`;
    }
    case 'SUBGROUP_OF':
      return `${to} is a sub-group of ${from}`;
    case 'THROUGH_CHAIR':
      return `${from} chairs ${to}, so oversight of the chair reaches it`;
    default:
      return `${from} oversees ${to}${mode}`;
  }
}

/** "Wiltshire Safeguarding Children Board → Chair of the Children's Trust → Trust" (overseer first). */
export function chainTitle(chain: ApiChain): string {
  const hops = [...chain.hops].reverse();
  const names = hops.length ? [nodeName(hops[0]!.from), ...hops.map((h) => nodeName(h.to))] : [];
  return names.join(' → ');
}
