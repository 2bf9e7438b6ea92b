import { dutyTypeId } from '@accgraph/schema';
import type { FindingDraft } from '../model.ts';
import { strList, type RuleImpl } from '../rule.ts';
import { cite, listing, sentence, the } from '../text.ts';

const ANCHORS: Record<string, string> = {
  incident: 'from the incident',
  'la-aware-of-incident': 'from the local authority becoming aware of the incident',
  notification: 'from the notification',
  'review-initiated': 'from the start of the review',
  'not-stated': 'from an unstated starting point',
};
const UNITS: Record<string, string> = { 'working-days': 'working days' };

const phrase = (d: { value: number; unit: string; anchor: string | null }) =>
  `${d.value} ${UNITS[d.unit] ?? d.unit} ${ANCHORS[d.anchor ?? 'not-stated'] ?? `from ${d.anchor}`}`;

export const deadlineMismatch: RuleImpl = {
  id: 'DEADLINE_MISMATCH',
  evaluate({ facts, params, catalogue }) {
    const parts = strList(params.compare) as ('value' | 'unit' | 'anchor')[];
    const out: FindingDraft[] = [];
    for (const o of facts.obligations) {
      if (!o.deadline) continue;
      for (const code of o.dutyTypes) {
        const type = catalogue.dutyTypes.get(code);
        const statutory = type?.deadline;
        if (!type || !statutory) continue;
        const differs = parts.filter((p) => String(o.deadline?.[p]) !== String(statutory[p]));
        if (differs.length === 0) continue;
        const source = catalogue.provisions.get(statutory.source);
        const holders = listing(o.holders.map((h) => the(facts, h.id)));
        out.push({
          key: [o.id, dutyTypeId(code)],
          message:
            `${sentence(holders)} ${o.holders.length > 1 ? 'are' : 'is'} given ${phrase(o.deadline)} ` +
            `for the ${type.label.toLowerCase()}, whereas ${source?.citation ?? statutory.source} ` +
            `sets ${phrase(statutory)}.`,
          nodeIds: [...o.holders.map((h) => h.id), o.id],
          relationships: o.holders.map((h) => h.rel),
          evidence: cite(o.record),
          basis: [
            {
              kind: /^law\/wt\d/.test(statutory.source) ? 'guidance' : 'statute',
              provision: statutory.source,
              citation: source?.citation ?? null,
              quote: null,
              note: statutory.note,
            },
          ],
        });
      }
    }
    return out;
  },
};
