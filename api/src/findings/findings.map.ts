import { compareIds } from '@accgraph/schema';
import { derivedOnce } from '../cache.ts';
import type { FindingsResult } from './findings.service.ts';
import {
  AreaFindingCounts,
  Finding,
  FindingBasis,
  FindingFlag,
  FindingFlagRef,
  FindingFlagSet,
  type FindingLaw,
  FindingLawApplied,
  FindingRule,
  FindingRuleCount,
  FindingRuleParameter,
  FindingsSummary,
  type FindingSeverity,
  type FindingStatus,
} from './findings.type.ts';
import type { Catalogue } from './catalogue.ts';
import type { Basis, Finding as FindingModel, RuleDefinition } from './model.ts';
import { severityRank } from './model.ts';
import type { LawApplied } from './law.ts';
import { longDate } from './text.ts';

const basisOf = (b: Basis): FindingBasis =>
  Object.assign(new FindingBasis(), {
    kind: b.kind,
    provisionId: b.provision,
    citation: b.citation,
    quote: b.quote,
    note: b.note,
  });

export function toFindingRule(r: RuleDefinition): FindingRule {
  return Object.assign(new FindingRule(), {
    id: r.id,
    title: r.title,
    rationale: r.rationale,
    severity: r.severity as FindingSeverity,
    basis: r.basis.map(basisOf),
    parameters: Object.entries(r.parameters).map(([name, p]) =>
      Object.assign(new FindingRuleParameter(), {
        name,
        value: JSON.stringify(p.default),
        description: p.description,
      }),
    ),
    implementation: `api/src/findings/rules/${r.module}.rule.ts`,
  });
}

/** The catalogue's rules as GraphQL objects, shaped once per catalogue (it never changes in a process). */
export const findingRulesOf = derivedOnce((c: Catalogue): FindingRule[] =>
  c.rules.map(toFindingRule),
);

/** The law a finding was judged by, with its label for people. */
export function lawOf(law: LawApplied): FindingLawApplied {
  return Object.assign(new FindingLawApplied(), {
    kind: law.kind as FindingLaw,
    asOf: law.asOf,
    label:
      law.kind === 'TODAY'
        ? `today's law (${longDate(law.asOf)})`
        : `the law in force on ${longDate(law.asOf)} (the document's period)`,
  });
}

export function toFinding(f: FindingModel): Finding {
  return Object.assign(new Finding(), {
    id: f.id,
    ruleId: f.ruleId,
    areaId: f.areaId,
    documentId: f.documentId,
    asOf: f.asOf,
    law: lawOf(f.law),
    severity: f.severity as FindingSeverity,
    status: f.status as FindingStatus,
    message: f.message,
    nodeIds: f.nodeIds,
    relationshipIds: f.relationships.map((r) => r.id),
    basis: f.basis.map(basisOf),
    model: f,
  });
}

/**
 * A finding as a GraphQL object, shaped once per engine finding: the engine's
 * findings are kept in the graph cache `findings` for one write generation
 * (findings.cache.ts), so each is shaped once per generation and shared by
 * every request of it; with graph caches off each request has new findings.
 */
export const keptFinding = derivedOnce(toFinding);

/** Badges: one flag per flagged node and relationship, ordered by subject id. */
export function toFlags(findings: readonly FindingModel[]): FindingFlag[] {
  const flags = new Map<string, { kind: string; findings: FindingModel[] }>();
  const add = (id: string, kind: string, f: FindingModel) => {
    const entry = flags.get(id) ?? { kind, findings: [] };
    entry.findings.push(f);
    flags.set(id, entry);
  };
  for (const f of findings) {
    for (const id of f.nodeIds) add(id, 'node', f);
    for (const r of f.relationships) add(r.id, 'relationship', f);
  }
  return [...flags]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([subjectId, { kind, findings: list }]) => {
      const top = list.reduce((m, f) =>
        severityRank(f.severity) > severityRank(m.severity) ? f : m,
      );
      return Object.assign(new FindingFlag(), {
        subjectId,
        subjectKind: kind,
        count: list.length,
        highestSeverity: top.severity as FindingSeverity,
        allAccepted: list.every((f) => f.status === 'accepted-risk'),
        findingIds: list.map((f) => f.id).sort(),
        ruleIds: [...new Set(list.map((f) => f.ruleId))].sort(),
      });
    });
}

/**
 * `toFlagSet(toFlags(findings))`, kept per list of findings: the list of one
 * area's findings with no rule or severity filter is the graph cache's own
 * (FindingsService.run), so the explorer's badges are built once per area and
 * write generation.
 */
export const flagSetOf = derivedOnce((findings: readonly FindingModel[]): FindingFlagSet =>
  toFlagSet(toFlags(findings)),
);

/** The flags with each finding id once (`findingFlagSet`, decision 0028). */
export function toFlagSet(flags: readonly FindingFlag[]): FindingFlagSet {
  const findingIds = [...new Set(flags.flatMap((f) => f.findingIds))].sort();
  const position = new Map(findingIds.map((id, i) => [id, i]));
  return Object.assign(new FindingFlagSet(), {
    findingIds,
    flags: flags.map(({ findingIds: ids, ...flag }) =>
      Object.assign(new FindingFlagRef(), {
        ...flag,
        findings: ids.map((id) => position.get(id) as number),
      }),
    ),
  });
}

const counts = (ruleIds: string[], findings: readonly FindingModel[]): FindingRuleCount[] =>
  ruleIds.map((ruleId) =>
    Object.assign(new FindingRuleCount(), {
      ruleId,
      count: findings.filter((f) => f.ruleId === ruleId).length,
    }),
  );

/** The national area x rule table. */
export function toSummary(result: FindingsResult): FindingsSummary {
  return Object.assign(new FindingsSummary(), {
    asOf: result.asOf,
    areaCount: result.areas.length,
    total: result.findings.length,
    byRule: counts(result.ruleIds, result.findings),
    areas: result.areas.map(({ areaId, documentId }) => {
      const own = result.findings.filter((f) => f.areaId === areaId);
      return Object.assign(new AreaFindingCounts(), {
        areaId,
        documentId,
        total: own.length,
        byRule: counts(result.ruleIds, own),
      });
    }),
  });
}
