import type { FindingDraft } from '../model.ts';
import { strList, strParam, type RuleImpl } from '../rule.ts';
import { cite, listing, sentence, the } from '../text.ts';

export const reportRoutingGap: RuleImpl = {
  id: 'REPORT_ROUTING_GAP',
  evaluate({ facts, params }) {
    const types = strList(params.reportDutyTypes);
    const artefact = new RegExp(strParam(params.artefactPattern, '\\bannual\\b'), 'i');
    const annual = facts
      .ofType('REPORTS_TO')
      .filter((r) => artefact.test(String(r.props.artefact ?? '')));
    const known = new Map<string, boolean>();
    const routed = (holder: string): boolean => {
      let r = known.get(holder);
      if (r === undefined) known.set(holder, (r = routes(holder)));
      return r;
    };
    const routes = (holder: string): boolean => {
      const chairs = facts.out(holder, 'CHAIRS').map((c) => c.to);
      const chairedBy = facts.in(holder, 'CHAIRS').map((c) => c.from);
      return annual.some(
        (r) =>
          r.from === holder ||
          r.props.presenter === holder ||
          chairs.includes(r.from) ||
          chairedBy.includes(r.from) ||
          chairedBy.includes(String(r.props.presenter ?? '')),
      );
    };
    const out: FindingDraft[] = [];
    for (const o of facts.obligations) {
      if (!o.dutyTypes.some((t) => types.includes(t))) continue;
      const lacking = o.holders
        .map((h) => h.id)
        .filter((id) => ['Body', 'Post'].includes(facts.label(id) ?? '') && !routed(id));
      if (lacking.length === 0) continue;
      const names = listing(lacking.map((id) => the(facts, id)));
      out.push({
        key: [o.id],
        message:
          `${sentence(names)} ${lacking.length > 1 ? 'are' : 'is'} to report annually, ` +
          `but the document names no recipient for ${lacking.length > 1 ? 'their reports' : 'the report'}.`,
        nodeIds: [...lacking, o.id],
        relationships: o.holders.filter((h) => lacking.includes(h.id)).map((h) => h.rel),
        evidence: cite(o.record),
      });
    }
    return out;
  },
};
