import { dutyCodeOf, dutyTypeId, type Evidence, type RelationshipType } from '@accgraph/schema';
import type { NodeRecord, RelationshipRecord } from '../../graph/records.ts';
import { catalogue, parametersOf } from '../catalogue.ts';
import { evaluate } from '../engine.ts';
import { resolveEvidence, resolveQuote, type EvidenceLookup } from '../evidence.ts';
import { buildFacts, UNQUOTED_TYPES, type AreaFacts, type FactRelationship } from '../facts.ts';
import type { Finding } from '../model.ts';

type Props = Record<string, unknown>;

/**
 * Builds one small area (area "shire", document "shire/2020", in force from
 * 2020) for rule unit tests. Every statement gets a quote of its own.
 */
export class FactsBuilder {
  readonly nodes: NodeRecord[] = [];
  readonly rels: RelationshipRecord[] = [];
  private offset = 0;
  private readonly from: string;

  constructor(
    readonly documentProps: Props = {},
    readonly area = 'shire',
    readonly documentId = 'shire/2020',
  ) {
    this.from =
      typeof documentProps.effectiveFrom === 'string' ? documentProps.effectiveFrom : '2020';
    this.nodes.push({
      id: documentId,
      label: 'Document',
      props: {
        areaId: area,
        title: 'Shire protocol',
        effectiveFrom: '2020',
        status: 'final',
        ...documentProps,
      },
      evidence: [],
    });
  }

  quote(text: string): Evidence {
    const start = this.offset;
    this.offset += text.length + 1;
    return {
      documentId: this.documentId,
      quote: text,
      section: '1',
      start,
      end: start + text.length,
    };
  }

  private node(id: string, label: NodeRecord['label'], props: Props, quote?: string) {
    this.nodes.push({
      id,
      label,
      props: { areaId: this.area, name: id, ...props },
      evidence: quote ? [this.quote(quote)] : [],
    });
    return this;
  }

  body(id: string, props: Props = {}, quote?: string) {
    return this.node(id, 'Body', props, quote);
  }

  post(id: string, props: Props = {}) {
    return this.node(id, 'Post', props);
  }

  org(id: string, props: Props = {}) {
    return this.node(id, 'Organisation', props);
  }

  rel(type: RelationshipType, from: string, to: string, props: Props = {}, quote?: string) {
    this.rels.push({
      id: `${this.documentId}:${type}:${from}->${to}${props.key ? `#${String(props.key)}` : ''}`,
      type,
      from,
      to,
      props: { areaId: this.area, documentId: this.documentId, validFrom: this.from, ...props },
      evidence: [this.quote(quote ?? `${from} ${type} ${to}.`)],
    });
    return this;
  }

  /** An obligation with its holders (HAS_OBLIGATION) and duty types (OF_TYPE). */
  obligation(
    id: string,
    holders: string[],
    dutyTypes: string[],
    props: Props = {},
    links: { dischargedThrough?: string[]; basedOn?: string[]; leads?: string[] } = {},
  ) {
    const text = String(props.text ?? `${id} text`);
    this.node(
      id,
      'Obligation',
      {
        documentId: this.documentId,
        validFrom: this.from,
        text,
        lead: false,
        shared: false,
        ...props,
      },
      text,
    );
    for (const h of holders)
      this.rel('HAS_OBLIGATION', h, id, { lead: links.leads?.includes(h) ?? false }, text);
    for (const t of dutyTypes) this.rel('OF_TYPE', id, dutyTypeId(t));
    for (const b of links.dischargedThrough ?? []) this.rel('DISCHARGED_THROUGH', id, b);
    for (const p of links.basedOn ?? []) this.rel('BASED_ON', id, p);
    return this;
  }

  /**
   * The area's facts as the store fetch gives them: quotes as text only (none
   * for UNQUOTED_TYPES), OF_TYPE folded into the obligations' duty types.
   */
  facts(asOf = '2020-06-01'): AreaFacts {
    const dutyTypes = new Map<string, string[]>();
    const relationships: FactRelationship[] = [];
    for (const r of this.rels) {
      if (r.type === 'OF_TYPE') {
        dutyTypes.set(r.from, [...(dutyTypes.get(r.from) ?? []), dutyCodeOf(r.to)]);
      } else {
        const quotes = UNQUOTED_TYPES.has(r.type) ? null : r.evidence.map((e) => e.quote);
        relationships.push({ ...r, quotes });
      }
    }
    const nodes = this.nodes.map((n) => ({ ...n, quotes: n.evidence.map((e) => e.quote) }));
    // The rules' tests give one date for the statements and the law (an explicit asOf).
    const [facts] = buildFacts(
      [this.area],
      asOf,
      { nodes, relationships, dutyTypes },
      {
        kind: 'DOCUMENT_PERIOD',
        asOf,
      },
    );
    if (!facts) throw new Error('no document in force');
    return facts;
  }

  /** Runs one rule (with optional parameter overrides) at `asOf`. */
  run(ruleId: string, asOf = '2020-06-01', parameters: Record<string, unknown> = {}): Finding[] {
    const rule = catalogue().rules.find((r) => r.id === ruleId);
    if (!rule) throw new Error(`no rule ${ruleId}`);
    parametersOf(rule, parameters);
    return evaluate(catalogue(), [this.facts(asOf)], {
      rules: [ruleId],
      parameters: { [ruleId]: parameters },
    });
  }

  /** The evidence of a finding, resolved from the built records as the API resolves it from the store. */
  evidence(f: Finding): Evidence[] {
    return resolveEvidence(f.evidence, f.documentId, this.lookup);
  }

  /** The mitigation quote of a finding, if any. */
  mitigation(f: Finding): Evidence | null {
    return f.mitigation ? resolveQuote(f.mitigation, this.lookup) : null;
  }

  private readonly lookup: EvidenceLookup = (c) =>
    [...this.nodes, ...this.rels].find((r) => r.id === c.id)?.evidence;
}
