import { type Evidence, isCurrent, today } from '@accgraph/schema';
import { str, type NodeRecord, type RelationshipRecord } from '../graph/records.ts';
import { assertId, assertIds } from '../graph/input.ts';
import { BadUserInputError, NotFoundError } from '../errors.ts';
import type { ServiceDeps } from '../services.ts';
import { readOnce } from '../cache.ts';
import { catalogue } from './catalogue.ts';
import { listAreaIds } from './facts.store.ts';
import { findingsByArea } from './findings.cache.ts';
import type { LawChoice } from './law.ts';
import { dayBefore } from '../documents/period.ts';
import type { FindingsFilter } from './findings.args.ts';
import { citedRecords, resolveEvidence, resolveQuote, type EvidenceLookup } from './evidence.ts';
import type { Citation, Finding, RelationshipRef, Severity } from './model.ts';
import { severityRank } from './model.ts';

/**
 * What was read for an engine finding, kept as long as the finding is: the
 * engine's findings live in the graph cache `findings` for one write
 * generation (a write makes new ones), so what is kept here is of the same
 * generation; with graph caches off every request has new findings.
 */
const evidenceKept = readOnce<Finding, Evidence[]>();
const mitigationKept = readOnce<Finding, Evidence | null>();

export interface FindingsResult {
  asOf: string;
  /** Areas evaluated (those with a document in force), with that document. */
  areas: { areaId: string; documentId: string }[];
  /** Rules evaluated, in catalogue order. */
  ruleIds: string[];
  /** Read only: with one area and no filter it is the graph cache's own list. */
  findings: readonly Finding[];
}

/**
 * Findings over the store's statements: every rule's findings per area and date
 * come from the graph cache `findings` (findings.cache.ts) or one batched fetch and
 * an in-memory evaluation; the filter's rules and severity are applied after.
 */
export class FindingsService {
  private readonly memo = new Map<string, Promise<FindingsResult>>();

  constructor(private readonly deps: ServiceDeps) {}

  /** Runs the rules for the filter (memoised per request, so findings, flags and summary share one fetch). */
  run(filter: FindingsFilter): Promise<FindingsResult> {
    const key = JSON.stringify(filter);
    let result = this.memo.get(key);
    if (!result) {
      result = this.compute(filter);
      this.memo.set(key, result);
    }
    return result;
  }

  private async compute(filter: FindingsFilter): Promise<FindingsResult> {
    const known = new Set(catalogue().rules.map((r) => r.id));
    const rules = filter.rules ? assertIds(filter.rules, 'rules') : null;
    const unknown = (rules ?? []).filter((r) => !known.has(r));
    if (unknown.length > 0) {
      throw new BadUserInputError(
        `Unknown rule ${unknown.join(', ')}; the rules are listed by findingRules.`,
      );
    }
    const law: LawChoice = { kind: filter.law ?? 'DOCUMENT_PERIOD', asOf: filter.asOf ?? null };
    let asOf = filter.asOf ?? null;
    let areaId: string | null = null;
    let documentId: string | null = null;
    if (filter.document && filter.documentId && filter.document !== filter.documentId) {
      throw new BadUserInputError(
        `document "${filter.document}" and documentId "${filter.documentId}" differ; give one of them.`,
      );
    }
    const chosen = filter.document ?? filter.documentId;
    if (chosen) {
      documentId = assertId(chosen, filter.document ? 'document' : 'documentId');
      const doc = await this.deps.loaders.required(documentId, 'document');
      const from = str(doc.props, 'effectiveFrom');
      const to = str(doc.props, 'effectiveTo');
      if (asOf === null) asOf = to ? dayBefore(to) : today();
      else if (!isCurrent(from, to, asOf)) {
        throw new BadUserInputError(
          `"${documentId}" was in force from ${from ?? 'its start'} until ${to ?? 'now'}; choose an asOf in that period.`,
        );
      }
      areaId = str(doc.props, 'areaId') ?? '';
    } else if (filter.area) {
      areaId = assertId(filter.area, 'area');
    }
    const all = await listAreaIds(this.deps.store);
    if (filter.area && !documentId && !all.includes(areaId as string)) {
      throw new NotFoundError('area', areaId as string);
    }
    asOf ??= today();
    const areas = areaId === null ? all : [areaId];
    const evaluated = (await findingsByArea(this.deps.store, areas, asOf, law)).filter(
      (a) => !documentId || a.documentId === documentId,
    );
    const wanted = rules ? new Set(rules) : null;
    const floor = filter.minSeverity ? severityRank(filter.minSeverity as Severity) : 0;
    // one area, nothing left out: the graph cache's own list (so what is built
    // from it can be kept with it, findings.map.ts); otherwise a new list
    const findings =
      evaluated.length === 1 && !wanted && floor === 0
        ? evaluated[0]!.findings
        : evaluated.flatMap((a) =>
            a.findings.filter(
              (f) => (!wanted || wanted.has(f.ruleId)) && severityRank(f.severity) >= floor,
            ),
          );
    return {
      asOf,
      areas: evaluated.map((a) => ({ areaId: a.areaId, documentId: a.documentId })),
      ruleIds: catalogue()
        .rules.map((r) => r.id)
        .filter((id) => !rules || rules.includes(id)),
      findings,
    };
  }

  /** A finding's subject nodes, in the order the rule names them. */
  nodes(f: Finding): Promise<NodeRecord[]> {
    return this.deps.loaders.nodes(f.nodeIds);
  }

  /** A finding's subject relationships, ordered by id (each read from its start node). */
  async relationships(f: Finding): Promise<RelationshipRecord[]> {
    const found = await Promise.all(f.relationships.map((r) => this.relationship(r)));
    return found.filter((r): r is RelationshipRecord => r !== null);
  }

  /**
   * The quotes that establish a finding, read from the store (evidence.ts);
   * kept with the engine's finding (one write generation, `evidenceKept`), so a
   * later request answers at once.
   */
  evidence(f: Finding): Evidence[] | Promise<Evidence[]> {
    return evidenceKept(f, async () =>
      resolveEvidence(f.evidence, f.documentId, await this.lookup(f.evidence)),
    );
  }

  /** The document's declared mitigation, read from the store; kept as `evidence` is. */
  mitigation(f: Finding): Evidence | null | Promise<Evidence | null> {
    const m = f.mitigation;
    if (!m) return null;
    return mitigationKept(f, async () => resolveQuote(m, await this.lookup([m])));
  }

  private async relationship(ref: Pick<RelationshipRef, 'id' | 'from'>) {
    const out = await this.deps.loaders.outgoing.load(ref.from);
    return out.find((r) => r.id === ref.id) ?? null;
  }

  /** Loads every cited record (batched by the request's loaders) and looks their evidence up. */
  private async lookup(citations: readonly Citation[]): Promise<EvidenceLookup> {
    const records = citedRecords(citations);
    const evidence = new Map<string, Evidence[]>();
    await Promise.all(
      records.map(async (c) => {
        const record =
          c.from === null
            ? await this.deps.loaders.node.load(c.id)
            : await this.relationship({ id: c.id, from: c.from });
        if (record) evidence.set(c.id, record.evidence);
      }),
    );
    return (c) => evidence.get(c.id);
  }
}
