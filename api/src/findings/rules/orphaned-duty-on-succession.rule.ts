import type { FindingDraft } from '../model.ts';
import type { RuleImpl } from '../rule.ts';
import { cite, quoteMatching, sentence, the } from '../text.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const orphanedDutyOnSuccession: RuleImpl = {
  id: 'ORPHANED_DUTY_ON_SUCCESSION',
  evaluate({ facts }) {
    const out: FindingDraft[] = [];
    for (const s of facts.ofType('SUCCEEDED_BY')) {
      const successor = facts.node(s.to);
      const names = [
        facts.prop(s.to, 'name') ?? s.to,
        ...((successor?.props.aliases as string[] | undefined) ?? []),
      ];
      const mentionsSuccessor = new RegExp(`\\b(${names.map(escape).join('|')})\\b`);
      for (const o of facts.obligations) {
        const held = o.holders.find((h) => h.id === s.from);
        if (!held) continue;
        const handover = quoteMatching([o.record], mentionsSuccessor);
        out.push({
          key: [o.id],
          message:
            `${sentence(the(facts, s.from))}, which ${the(facts, s.to)} replaces, ` +
            `is still given a duty: "${o.text}".`,
          nodeIds: [s.from, s.to, o.id],
          relationships: [s, held.rel],
          evidence: cite(s, o.record),
          mitigation: handover,
        });
      }
    }
    return out;
  },
};
