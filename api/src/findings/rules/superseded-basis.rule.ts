import { dutyTypeId, isCurrent } from '@accgraph/schema';
import type { FindingDraft } from '../model.ts';
import type { RuleImpl } from '../rule.ts';
import { cite, longDate, sentence, the } from '../text.ts';

export const supersededBasis: RuleImpl = {
  id: 'SUPERSEDED_BASIS',
  evaluate({ facts, catalogue }) {
    const out: FindingDraft[] = [];
    // Per duty type: whether a later type replaced it and none of its own bases is in force.
    const replaced = new Map<string, boolean>();
    const isReplaced = (code: string): boolean => {
      let r = replaced.get(code);
      if (r === undefined) {
        const type = catalogue.dutyTypes.get(code);
        r =
          Boolean(type?.succeededBy) &&
          !type?.bases.some((x) => isCurrent(x.from, x.to, facts.law.asOf));
        replaced.set(code, r);
      }
      return r;
    };
    for (const o of facts.obligations) {
      if (o.basedOn.length === 0 && !o.dutyTypes.some(isReplaced)) continue;
      const holders = o.holders.map((h) => h.id);
      const who = sentence(the(facts, holders[0] ?? o.id));
      for (const b of o.basedOn) {
        const p = catalogue.provisions.get(b.to);
        if (!p?.inForceTo || isCurrent(null, p.inForceTo, facts.law.asOf)) continue;
        out.push({
          key: [o.id, b.to],
          message:
            `${who}'s duty "${o.text}" is stated to rest on ${p.citation ?? p.title}, ` +
            `which ceased to be in force on ${longDate(p.inForceTo)}.`,
          nodeIds: [...holders, o.id],
          relationships: [b],
          evidence: cite(o.record, b),
          basis: [
            { kind: 'statute', provision: p.id, citation: p.citation, quote: null, note: null },
          ],
        });
      }
      for (const code of o.dutyTypes) {
        const type = catalogue.dutyTypes.get(code);
        if (!type?.succeededBy || !isReplaced(code)) continue;
        const next = catalogue.dutyTypes.get(type.succeededBy)?.label ?? type.succeededBy;
        out.push({
          key: [o.id, dutyTypeId(code)],
          message:
            `${who} is still given a ${type.label.toLowerCase()} duty ("${o.text}"), ` +
            `a duty the law has replaced with ${next.toLowerCase()}.`,
          nodeIds: [...holders, o.id],
          relationships: o.holders.map((h) => h.rel),
          evidence: cite(o.record),
        });
      }
    }
    return out;
  },
};
