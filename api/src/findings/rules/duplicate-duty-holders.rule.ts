import { dutyTypeId } from '@accgraph/schema';
import type { AreaFacts, ObligationFact } from '../facts.ts';
import type { Basis, FindingDraft } from '../model.ts';
import { strList, type RuleImpl } from '../rule.ts';
import { cite, quoteText, the } from '../text.ts';

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
    const types = new Set(strList(params.dutyTypes));
    const out: FindingDraft[] = [];
    const commitment = facts.obligations.find((o) => /\bduplicat/i.test(o.text));
    const committed = new Set(commitment?.holders.map((h) => h.id));
    // The obligations of each single-output duty type, in obligation order.
    const byType = new Map<string, ObligationFact[]>();
    for (const o of facts.obligations) {
      for (const code of o.dutyTypes) {
        if (types.has(code)) byType.set(code, [...(byType.get(code) ?? []), o]);
      }
    }
    for (const code of strList(params.dutyTypes)) {
      const ofType = byType.get(code) ?? [];
      // What each body holds of this type, and which bodies lead one of them.
      const held = new Map<string, Set<ObligationFact>>();
      const leads = new Set<string>();
      for (const o of ofType) {
        for (const h of o.holders) {
          if (h.lead || (o.lead && o.holders.length === 1)) leads.add(h.id);
          if (facts.label(h.id) !== 'Body') continue;
          const set = held.get(h.id);
          if (set) set.add(o);
          else held.set(h.id, new Set([o]));
        }
      }
      const bodies = [...held.keys()].filter((id) => !leads.has(id)).sort();
      const label = (catalogue.dutyTypes.get(code)?.label ?? code).toLowerCase();
      for (let i = 0; i < bodies.length; i++) {
        for (let j = i + 1; j < bodies.length; j++) {
          const [a, b] = [bodies[i] as string, bodies[j] as string];
          const [heldA, heldB] = [
            held.get(a) as Set<ObligationFact>,
            held.get(b) as Set<ObligationFact>,
          ];
          const own = (x: Set<ObligationFact>, y: Set<ObligationFact>) =>
            ofType.filter((o) => x.has(o) && !y.has(o));
          if (ofType.some((o) => o.shared && heldA.has(o) && heldB.has(o))) continue;
          const [ownA, ownB] = [own(heldA, heldB), own(heldB, heldA)];
          if (ownA.length === 0 || ownB.length === 0) continue;
          const obligations = [...ownA, ...ownB];
          if (linked(facts, a, b, obligations)) continue;
          const basis: Basis[] =
            commitment && committed.has(a) && committed.has(b)
              ? [
                  {
                    kind: 'document-commitment',
                    provision: null,
                    citation: null,
                    quote: quoteText(commitment.record, 0) ?? commitment.text,
                    note: `The document's own commitment (${commitment.id}).`,
                  },
                ]
              : [];
          out.push({
            key: [dutyTypeId(code), a, b],
            message:
              `Both ${the(facts, a)} and ${the(facts, b)} are given ${label}, ` +
              'with neither said to lead and no statement that they share it.',
            nodeIds: [a, b, ...obligations.map((o) => o.id)],
            relationships: obligations.flatMap((o) =>
              o.holders.filter((h) => h.id === a || h.id === b).map((h) => h.rel),
            ),
            evidence: cite(...obligations.map((o) => o.record)),
            basis,
          });
        }
      }
    }
    return out;
  },
};
