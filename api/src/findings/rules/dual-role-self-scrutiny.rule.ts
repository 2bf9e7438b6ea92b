import type { AreaFacts, FactRelationship } from '../facts.ts';
import type { FindingDraft } from '../model.ts';
import { strList, strParam, type RuleImpl } from '../rule.ts';
import { cite, quoteMatching, sentence, the } from '../text.ts';

const AGENT_LABELS = new Set(['Post', 'Person']);

/** Posts and persons that sit on (MEMBER_OF, not in an excluded capacity) or chair a body. */
function seats(facts: AreaFacts, bodyId: string, excluded: string[]) {
  const out = new Map<string, FactRelationship>();
  for (const r of facts.in(bodyId)) {
    if (!AGENT_LABELS.has(facts.label(r.from) ?? '')) continue;
    if (r.type === 'CHAIRS') out.set(r.from, r);
    else if (r.type === 'MEMBER_OF' && !excluded.includes(String(r.props.capacity ?? ''))) {
      if (!out.has(r.from)) out.set(r.from, r);
    }
  }
  return out;
}

/** Executive bodies a scrutiny body holds to account, directly or through their chair. */
function scrutinised(facts: AreaFacts, scrutinyId: string, executive: string[]) {
  const out = new Map<string, FactRelationship[]>();
  const isExecutive = (id: string) =>
    facts.label(id) === 'Body' && executive.includes(facts.prop(id, 'function') ?? '');
  for (const h of facts.out(scrutinyId, 'HOLDS_TO_ACCOUNT')) {
    if (isExecutive(h.to)) out.set(h.to, [h]);
    for (const c of facts.out(h.to, 'CHAIRS')) if (isExecutive(c.to)) out.set(c.to, [h, c]);
  }
  return out;
}

const short = (facts: AreaFacts, id: string): string => {
  const alias = (facts.node(id)?.props.aliases as string[] | undefined)?.find((a) =>
    /^[A-Z]{2,6}$/.test(a),
  );
  return alias ? `the ${alias}` : the(facts, id);
};

export const dualRoleSelfScrutiny: RuleImpl = {
  id: 'DUAL_ROLE_SELF_SCRUTINY',
  evaluate({ facts, params }) {
    const scrutinyFns = strList(params.scrutinyFunctions);
    const executive = strList(params.executiveFunctions);
    const excluded = strList(params.excludedCapacities);
    const mitigationPattern = strParam(params.mitigationPattern, '$^');
    const out: FindingDraft[] = [];
    for (const s of facts.activeBodies()) {
      const fn = facts.prop(s.id, 'function') ?? '';
      if (!scrutinyFns.includes(fn)) continue;
      const sSeats = seats(facts, s.id, excluded);
      for (const [e, chain] of scrutinised(facts, s.id, executive)) {
        for (const [agent, eSeat] of seats(facts, e, excluded)) {
          const sSeat = sSeats.get(agent);
          if (!sSeat) continue;
          const verb = (r: FactRelationship) => (r.type === 'CHAIRS' ? 'chairs' : 'sits on');
          const both = sSeat.type === eSeat.type ? `${verb(sSeat)} both` : `${verb(sSeat)}`;
          const second = sSeat.type === eSeat.type ? 'and' : `and ${verb(eSeat)}`;
          const article = fn === 'assurance' ? 'an assurance body' : 'a scrutiny body';
          out.push({
            key: [agent, s.id, e],
            message:
              `${sentence(the(facts, agent))} ${both} ${the(facts, s.id)}, ${article}, ` +
              `${second} ${the(facts, e)}, which ${short(facts, s.id)} holds to account.`,
            nodeIds: [agent, s.id, e],
            relationships: [sSeat, eSeat, ...chain],
            evidence: cite(sSeat, eSeat, ...chain),
            mitigation: quoteMatching([sSeat, eSeat], mitigationPattern),
          });
        }
      }
    }
    return out;
  },
};
