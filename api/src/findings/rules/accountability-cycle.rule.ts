import type { FindingDraft } from '../model.ts';
import { strParam, type RuleImpl } from '../rule.ts';
import { cite, firstQuote, quoteMatching, sentence, the } from '../text.ts';

export const accountabilityCycle: RuleImpl = {
  id: 'ACCOUNTABILITY_CYCLE',
  evaluate({ facts, params }) {
    const pattern = strParam(params.reciprocalPattern, '$^');
    const includeDeclared = params.includeDeclaredReciprocal === true;
    const out: FindingDraft[] = [];
    const edges = facts.ofType('HOLDS_TO_ACCOUNT');
    const done = new Set<string>();
    for (const e of edges) {
      const [a, b] = e.from < e.to ? [e.from, e.to] : [e.to, e.from];
      if (a === b || done.has(`${a}|${b}`)) continue;
      const ab = edges.filter((r) => r.from === a && r.to === b);
      const ba = edges.filter((r) => r.from === b && r.to === a);
      if (ab.length === 0 || ba.length === 0) continue;
      done.add(`${a}|${b}`);
      const rels = [...ab, ...ba];
      const reciprocal = rels.filter((r) => r.props.mode === 'reciprocal');
      const declared =
        reciprocal.length > 0 ? firstQuote(reciprocal) : quoteMatching(rels, pattern);
      if (declared && !includeDeclared) continue;
      const mode = (list: typeof rels) => String(list[0]?.props.mode ?? 'account');
      const scrutiny = (id: string) =>
        /^(scrutiny|assurance)$/.test(facts.prop(id, 'function') ?? '');
      const [x, y, xy, yx] = scrutiny(b) && !scrutiny(a) ? [b, a, ba, ab] : [a, b, ab, ba];
      out.push({
        key: [a, b],
        message:
          `${sentence(the(facts, x))} holds ${the(facts, y)} to account (${mode(xy)}), ` +
          `and ${the(facts, y)} in turn holds ${the(facts, x)} to account (${mode(yx)}).`,
        nodeIds: [a, b],
        relationships: rels,
        evidence: cite(...rels),
        mitigation: declared,
        severity: declared ? 'info' : undefined,
      });
    }
    return out;
  },
};
