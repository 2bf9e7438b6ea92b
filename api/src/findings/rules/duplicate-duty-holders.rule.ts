import type { AreaFacts, ObligationFact } from '../facts.ts';
import type { Basis, FindingDraft } from '../model.ts';
import { strList, type RuleImpl } from '../rule.ts';
import { evidenceSet, the } from '../text.ts';

/** Bodies linked as sub-group, successor or discharging body are not duplicates of each other. */
function linked(facts: AreaFacts, a: string, b: string, obligations: ObligationFact[]): boolean {
  const between = (x: string, y: string) =>
    facts.out(x).some((r) => r.to === y && (r.type === 'SUBGROUP_OF' || r.type === 'SUCCEEDED_BY'));
  if (between(a, b) || between(b, a)) return true;
  return obligations.some((o) => o.dischargedThrough.some((d) => d.to === a || d.to === b));
}

export const duplicateDutyHolders: RuleImpl = {
  id: 'DUPLICATE_DUTY_HOLDERS',
  evaluate({ facts, params, catalogue }) {
    const types = strList(params.dutyTypes);
    const out: FindingDraft[] = [];
    const commitment = facts.obligations.find((o) => /\bduplicat/i.test(o.text));
    for (const code of types) {
      const ofType = facts.obligations.filter((o) => o.dutyTypes.includes(code));
      const bodies = [...new Set(ofType.flatMap((o) => o.holders.map((h) => h.id)))].filter(
        (id) => facts.label(id) === 'Body',
      );
      const leads = new Set(
        ofType.flatMap((o) =>
          o.holders.filter((h) => h.lead || (o.lead && o.holders.length === 1)).map((h) => h.id),
        ),
      );
      bodies.sort();
      for (let i = 0; i < bodies.length; i++) {
        for (let j = i + 1; j < bodies.length; j++) {
          const [a, b] = [bodies[i] as string, bodies[j] as string];
          if (leads.has(a) || leads.has(b)) continue;
          const holds = (x: string) => (o: ObligationFact) => o.holders.some((h) => h.id === x);
          if (ofType.some((o) => o.shared && holds(a)(o) && holds(b)(o))) continue;
          const own = (x: string, y: string) => ofType.filter((o) => holds(x)(o) && !holds(y)(o));
          const [ownA, ownB] = [own(a, b), own(b, a)];
          if (ownA.length === 0 || ownB.length === 0) continue;
          if (linked(facts, a, b, [...ownA, ...ownB])) continue;
          const obligations = [...ownA, ...ownB];
          const label = (catalogue.dutyTypes.get(code)?.label ?? code).toLowerCase();
          const basis: Basis[] =
            commitment && holds(a)(commitment) && holds(b)(commitment)
              ? [
                  {
                    kind: 'document-commitment',
                    provision: null,
                    citation: null,
                    quote: commitment.record.evidence[0]?.quote ?? commitment.text,
                    note: `The document's own commitment (${commitment.id}).`,
                  },
                ]
              : [];
          out.push({
            key: [`duty/${code}`, a, b],
            message:
              `Both ${the(facts, a)} and ${the(facts, b)} are given ${label}, ` +
              'with neither said to lead and no statement that they share it.',
            nodeIds: [a, b, ...obligations.map((o) => o.id)],
            relationships: obligations.flatMap((o) =>
              o.holders.filter((h) => h.id === a || h.id === b).map((h) => h.rel),
            ),
            evidence: evidenceSet(...obligations.map((o) => o.record.evidence)),
            basis,
          });
        }
      }
    }
    return out;
  },
};
