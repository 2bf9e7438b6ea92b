import type { FindingDraft } from '../model.ts';
import { strList, type RuleImpl } from '../rule.ts';
import { cite, sentence, the } from '../text.ts';

const LINES = new Set(['REPORTS_TO', 'ACCOUNTABLE_TO', 'HOLDS_TO_ACCOUNT', 'INFORMS']);

export const delegationWithoutRetainedAccountability: RuleImpl = {
  id: 'DELEGATION_WITHOUT_RETAINED_ACCOUNTABILITY',
  evaluate({ facts, params }) {
    const deputyCaps = strList(params.deputyCapacities);
    const out: FindingDraft[] = [];
    for (const m of facts.ofType('MEMBER_OF')) {
      if (!deputyCaps.includes(String(m.props.capacity ?? ''))) continue;
      const deputy = m.from;
      const orgs = new Set(facts.out(deputy, 'POST_OF').map((r) => r.to));
      const principalSeat = facts
        .in(m.to, 'MEMBER_OF')
        .find(
          (r) =>
            r.from !== deputy &&
            !deputyCaps.includes(String(r.props.capacity ?? '')) &&
            facts.out(r.from, 'POST_OF').some((p) => orgs.has(p.to)),
        );
      const principal = principalSeat?.from ?? null;
      const line = [...facts.out(deputy), ...facts.in(deputy)].some(
        (r) => LINES.has(r.type) && (principal ? r.from === principal || r.to === principal : true),
      );
      if (line) continue;
      const postOf = facts.out(deputy, 'POST_OF');
      out.push({
        key: [deputy, m.to],
        message: principal
          ? `${sentence(the(facts, deputy))} may sit on ${the(facts, m.to)} in place of ` +
            `${the(facts, principal)}, but no line back from the deputy to ${the(facts, principal)} is recorded.`
          : `${sentence(the(facts, deputy))} may sit on ${the(facts, m.to)} as a nominated deputy, ` +
            'but no line back to the post it stands in for is recorded.',
        nodeIds: [deputy, m.to, ...(principal ? [principal] : [])],
        relationships: [m, ...(principalSeat ? [principalSeat] : []), ...postOf],
        evidence: cite(m, principalSeat, ...postOf),
      });
    }
    return out;
  },
};
