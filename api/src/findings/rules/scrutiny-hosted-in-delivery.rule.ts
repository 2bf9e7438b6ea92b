import type { FactRelationship } from '../facts.ts';
import type { FindingDraft } from '../model.ts';
import { strList, type RuleImpl } from '../rule.ts';
import { cite, listing, sentence, the } from '../text.ts';

export const scrutinyHostedInDelivery: RuleImpl = {
  id: 'SCRUTINY_HOSTED_IN_DELIVERY',
  evaluate({ facts, params, catalogue }) {
    const assurance = strList(params.assuranceDutyTypes);
    const scrutinyFns = strList(params.scrutinyFunctions);
    const executive = strList(params.executiveFunctions);
    const fn = (id: string) => facts.prop(id, 'function') ?? '';
    const out: FindingDraft[] = [];
    for (const o of facts.obligations) {
      const types = o.dutyTypes.filter((t) => assurance.includes(t));
      if (types.length === 0) continue;
      const scrutineers = o.holders
        .map((h) => h.id)
        .filter((id) => facts.label(id) === 'Body' && scrutinyFns.includes(fn(id)));
      if (scrutineers.length === 0) continue;
      for (const via of o.dischargedThrough) {
        const host = via.to;
        if (facts.label(host) !== 'Body' || !executive.includes(fn(host))) continue;
        const parents = facts.out(host, 'SUBGROUP_OF');
        const parent = parents.find((p) => executive.includes(fn(p.to)));
        const assured = new Set([host, ...(parent ? [parent.to] : [])]);
        const held: FactRelationship[] = scrutineers.flatMap((s) =>
          facts.out(s, 'HOLDS_TO_ACCOUNT').filter((h) => assured.has(h.to)),
        );
        const labels = types.map((t) => (catalogue.dutyTypes.get(t)?.label ?? t).toLowerCase());
        const owner = listing(scrutineers.map((s) => the(facts, s)));
        const where = parent
          ? `${the(facts, host)}, a ${fn(host)} group of ${the(facts, parent.to)}`
          : `${the(facts, host)}, a ${fn(host)} body`;
        const clause =
          held.length > 0
            ? `, which ${owner} ${scrutineers.length > 1 ? 'hold' : 'holds'} to account`
            : '';
        out.push({
          key: [o.id, host],
          message: `${sentence(owner)}'s ${listing(labels)} duty is discharged through ${where}${clause}.`,
          nodeIds: [...scrutineers, host, ...(parent ? [parent.to] : []), o.id],
          relationships: [via, ...(parent ? [parent] : []), ...held],
          evidence: cite(o.record, via, parent, facts.node(host), ...held),
        });
      }
    }
    return out;
  },
};
