import { isCurrent } from '@accgraph/schema';
import type { AreaFacts, FactRelationship } from '../facts.ts';
import type { FindingDraft } from '../model.ts';
import { numParam, strList, strParam, type RuleImpl } from '../rule.ts';
import { cite, listing, sentence, the } from '../text.ts';

const UP_OUT = new Set(['REPORTS_TO', 'ACCOUNTABLE_TO', 'ESCALATES_TO', 'CONSULTS']);

/** The next step up from `id`: its reports, accountability, escalation and consultation lines, and who holds it to account. */
function stepsUp(facts: AreaFacts, id: string): { to: string; rel: FactRelationship }[] {
  return [
    ...facts
      .out(id)
      .filter((r) => UP_OUT.has(r.type))
      .map((rel) => ({ to: rel.to, rel })),
    ...facts.in(id, 'HOLDS_TO_ACCOUNT').map((rel) => ({ to: rel.from, rel })),
  ];
}

export const noUpwardAccountability: RuleImpl = {
  id: 'NO_UPWARD_ACCOUNTABILITY',
  evaluate({ facts, params }) {
    const maxSteps = numParam(params.maxSteps, 3);
    const kinds = strList(params.oversightKinds);
    const trustUntil = strParam(params.trustOversightUntil, '');
    const mandated = new Set(
      facts
        .ofType('ACCOUNTABLE_TO')
        .filter((r) => r.props.mode === 'democratic' || r.props.mode === 'non-executive')
        .map((r) => r.to),
    );
    const isOversight = (id: string, via: FactRelationship) => {
      if (mandated.has(id) || kinds.includes(facts.prop(id, 'kind') ?? '')) return true;
      if (facts.node(id) && !facts.prop(id, 'areaId')) return true;
      return (
        via.type === 'REPORTS_TO' &&
        facts.prop(id, 'kind') === 'childrens-trust' &&
        trustUntil !== '' &&
        isCurrent(null, trustUntil, facts.law.asOf)
      );
    };
    const out: FindingDraft[] = [];
    for (const { body } of facts.governed()) {
      if (facts.prop(body.id, 'statutory') !== 'statutory') continue;
      const seen = new Set([body.id]);
      const lines: FactRelationship[] = [];
      let frontier = [body.id];
      let reached = false;
      for (let step = 0; step < maxSteps && !reached && frontier.length > 0; step++) {
        const next: string[] = [];
        for (const id of frontier) {
          for (const { to, rel } of stepsUp(facts, id)) {
            if (step === 0) lines.push(rel);
            if (isOversight(to, rel)) reached = true;
            if (!seen.has(to)) {
              seen.add(to);
              next.push(to);
            }
          }
        }
        frontier = next;
      }
      if (reached) continue;
      const ends = [...new Set(lines.map((r) => (r.from === body.id ? r.to : r.from)))];
      const tail =
        ends.length > 0
          ? `its recorded lines go only to ${listing(ends.map((id) => the(facts, id)))}`
          : 'it has no recorded reporting or accountability line at all';
      out.push({
        key: [body.id],
        message:
          `${sentence(the(facts, body.id))} is statutory, but no line recorded for it reaches elected ` +
          `members, non-executive members or a national body: ${tail}.`,
        nodeIds: [body.id, ...ends],
        relationships: lines,
        evidence: cite(body, ...lines),
      });
    }
    return out;
  },
};
