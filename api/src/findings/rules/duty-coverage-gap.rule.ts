import { dutyTypeId } from '@accgraph/schema';
import type { Basis, FindingDraft } from '../model.ts';
import { regimeOf, requiredDuties } from '../regime.ts';
import { numParam, type RuleImpl } from '../rule.ts';
import { cite, the } from '../text.ts';

export const dutyCoverageGap: RuleImpl = {
  id: 'DUTY_COVERAGE_GAP',
  evaluate({ facts, params, catalogue }) {
    const minShare = numParam(params.minCoveredShare, 0.75);
    const covered = new Set(facts.obligations.flatMap((o) => o.dutyTypes));
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const { body, rel } of facts.governed()) {
      const regime = regimeOf(facts.prop(body.id, 'kind'), facts.law.asOf, catalogue);
      if (!regime || seen.has(regime)) continue;
      seen.add(regime);
      const required = requiredDuties(regime, facts.law.asOf, catalogue);
      if (required.length === 0) continue;
      const share = required.filter((r) => covered.has(r.code)).length / required.length;
      if (share < minShare) continue;
      const regimeLabel = catalogue.regimes.get(regime)?.label ?? regime;
      for (const { code, bases } of required) {
        if (covered.has(code)) continue;
        const label = catalogue.dutyTypes.get(code)?.label ?? code;
        const basis: Basis[] = bases.map((b) => {
          const p = catalogue.provisions.get(b.provision);
          return {
            kind: /^law\/wt\d/.test(b.provision) ? 'guidance' : 'statute',
            provision: b.provision,
            citation: p?.citation ?? null,
            quote: null,
            note: b.note,
          };
        });
        const citations = [...new Set(basis.map((b) => b.citation ?? b.provision ?? ''))];
        out.push({
          key: [dutyTypeId(code)],
          message:
            `No statement in force gives anyone the duty "${label}" although ${the(facts, body.id)} ` +
            `is set up under ${regimeLabel}, which requires it (${citations.join('; ')}).`,
          nodeIds: [body.id, facts.document.id],
          relationships: [rel],
          evidence: cite(rel),
          basis,
        });
      }
    }
    return out;
  },
};
