import { compareIds } from '@accgraph/schema';
import type { FactRelationship } from '../facts.ts';
import type { FindingDraft } from '../model.ts';
import { numParam, type RuleImpl } from '../rule.ts';
import { cite, listing, sentence, the } from '../text.ts';

export const concentrationSinglePoint: RuleImpl = {
  id: 'CONCENTRATION_SINGLE_POINT',
  evaluate({ facts, params }) {
    const max = numParam(params.maxChairs, 1);
    const byChair = new Map<string, FactRelationship[]>();
    for (const r of facts.ofType('CHAIRS'))
      byChair.set(r.from, [...(byChair.get(r.from) ?? []), r]);
    const out: FindingDraft[] = [];
    for (const [chair, rels] of [...byChair].sort(([a], [b]) => compareIds(a, b))) {
      const bodies = [...new Set(rels.map((r) => r.to))];
      if (bodies.length <= max) continue;
      out.push({
        key: [chair],
        message:
          `${sentence(the(facts, chair))} chairs ${bodies.length} bodies: ` +
          `${listing(bodies.map((b) => the(facts, b)))}.`,
        nodeIds: [chair, ...bodies],
        relationships: rels,
        evidence: cite(...rels),
      });
    }
    return out;
  },
};
