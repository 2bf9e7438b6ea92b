import { isCurrent } from '@accgraph/schema';
import type { FindingDraft } from '../model.ts';
import { strParam, type RuleImpl } from '../rule.ts';
import { cite, longDate, sentence, the } from '../text.ts';

export const regimeRoleMismatch: RuleImpl = {
  id: 'REGIME_ROLE_MISMATCH',
  evaluate({ facts, params, catalogue }) {
    const out: FindingDraft[] = [];
    const lscb = catalogue.regimes.get('lscb');
    const partners = catalogue.regimes.get('safeguarding-partners-wt2018');
    for (const body of facts.activeBodies()) {
      const kind = facts.prop(body.id, 'kind');
      if (kind === 'safeguarding-children-board' && lscb?.to) {
        if (facts.out(body.id, 'SUCCEEDED_BY').length > 0) continue;
        if (isCurrent(null, lscb.to, facts.law.asOf)) continue;
        out.push({
          key: [body.id, 'lscb-ended'],
          message:
            `The arrangements still rest on ${the(facts, body.id)}, a Local Safeguarding Children Board, ` +
            `although such boards ended by ${longDate(lscb.to)} and safeguarding partners replaced them.`,
          nodeIds: [body.id],
          relationships: [],
          evidence: cite(body),
        });
      }
      if (
        kind === 'safeguarding-partnership' &&
        partners &&
        !isCurrent(partners.from, null, facts.law.asOf)
      ) {
        out.push({
          key: [body.id, 'partnership-early'],
          message:
            `${sentence(the(facts, body.id))} is a safeguarding partnership, a structure the law only ` +
            `provided from ${longDate(partners.from)}.`,
          nodeIds: [body.id],
          relationships: [],
          evidence: cite(body),
        });
      }
    }
    const ccgEnd = strParam(params.ccgEnd, '2022-07-01');
    if (!isCurrent(null, ccgEnd, facts.law.asOf)) {
      const ccgs = [...facts.mentioned()].filter(
        (id) => facts.label(id) === 'Organisation' && facts.prop(id, 'kind') === 'ccg',
      );
      for (const id of ccgs.sort()) {
        out.push({
          key: [id, 'ccg-replaced'],
          message:
            `The arrangements name ${the(facts, id)} as a partner, but integrated care boards replaced ` +
            `clinical commissioning groups on ${longDate(ccgEnd)}.`,
          nodeIds: [id],
          relationships: [],
          evidence: cite(facts.node(id)),
        });
      }
    }
    return out;
  },
};
