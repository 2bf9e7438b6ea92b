import type { Catalogue } from './catalogue.ts';
import { parametersOf } from './catalogue.ts';
import type { AreaFacts } from './facts.ts';
import type { Finding, FindingDraft, RuleDefinition } from './model.ts';
import { RULE_IMPLEMENTATIONS } from './rules/index.ts';
import { byId } from '@accgraph/schema';

export interface EvaluateOptions {
  /** Rule ids to run (default: every rule of the catalogue; the service filters after the cache). */
  rules?: readonly string[] | null;
  /** Parameter overrides per rule id (tests). */
  parameters?: Record<string, Record<string, unknown>>;
}

function complete(facts: AreaFacts, rule: RuleDefinition, draft: FindingDraft): Finding {
  const documentId = facts.document.id;
  const rels = new Map(
    draft.relationships.map(({ id, type, from, to }) => [id, { id, type, from, to }]),
  );
  return {
    id: [rule.id, documentId, ...draft.key].join(':'),
    ruleId: rule.id,
    areaId: facts.areaId,
    documentId,
    asOf: facts.asOf,
    law: facts.law,
    severity: draft.severity ?? rule.severity,
    status: draft.mitigation ? 'accepted-risk' : 'open',
    message: draft.message,
    nodeIds: [...new Set(draft.nodeIds)].filter((id) => facts.node(id) !== null),
    relationships: [...rels.values()].sort(byId),
    evidence: draft.evidence,
    basis: [...rule.basis, ...(draft.basis ?? [])],
    mitigation: draft.mitigation ?? null,
  };
}

/**
 * Runs the catalogue's rules over each area's facts (pure: no store access)
 * and returns the findings ordered by area, rule (catalogue order) and id.
 */
export function evaluate(
  catalogue: Catalogue,
  areas: readonly AreaFacts[],
  options: EvaluateOptions = {},
): Finding[] {
  const wanted = options.rules && options.rules.length > 0 ? new Set(options.rules) : null;
  const rules = catalogue.rules.filter((r) => !wanted || wanted.has(r.id));
  const out: Finding[] = [];
  for (const facts of areas) {
    for (const rule of rules) {
      const impl = RULE_IMPLEMENTATIONS.get(rule.id);
      if (!impl) throw new Error(`rule ${rule.id} has no implementation`);
      const params = parametersOf(rule, options.parameters?.[rule.id]);
      const drafts = impl.evaluate({ facts, params, catalogue, rule });
      const findings = drafts.map((d) => complete(facts, rule, d)).sort(byId);
      out.push(...findings);
    }
  }
  return out;
}
