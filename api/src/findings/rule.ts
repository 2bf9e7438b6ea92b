import type { Catalogue } from './catalogue.ts';
import type { AreaFacts } from './facts.ts';
import type { FindingDraft, RuleDefinition } from './model.ts';

/** What a rule sees: one area's facts at a date, its parameters and the taxonomy. */
export interface RuleContext {
  facts: AreaFacts;
  params: Record<string, unknown>;
  catalogue: Catalogue;
  rule: RuleDefinition;
}

/** A rule's implementation: a pure function from facts to findings. */
export interface RuleImpl {
  id: string;
  evaluate(ctx: RuleContext): FindingDraft[];
}

export const strList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
export const numParam = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
export const strParam = (v: unknown, fallback: string): string =>
  typeof v === 'string' ? v : fallback;
