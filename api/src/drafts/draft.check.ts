/**
 * A draft as an area file, checked by the same validator as every bundled
 * area (graph-seed's validateAreas: schema, taxonomy, endpoint labels, and
 * every quote against the text at its offsets and its section against the
 * heading lines), and compiled to the area's canonical graph for publishing.
 * Each problem is mapped back to the proposal it belongs to.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileAreas, DEFAULT_PATHS, validateAreas } from '@accgraph/graph-seed';
import { loadTaxonomy, type CanonicalGraph, type Problem, type Taxonomy } from '@accgraph/schema';
import type {
  DraftBody,
  FactItem,
  NodeItem,
  ObligationItem,
  RelationshipItem,
} from './draft.model.ts';

export interface DraftProblem {
  /** The proposal the problem belongs to, or null for the document as a whole. */
  key: string | null;
  /** JSON path in the area file the draft makes, e.g. `$.relationships[3].evidence[0].quote`. */
  path: string;
  message: string;
}

let taxonomy: Taxonomy | undefined;
const taxonomyOf = () => (taxonomy ??= loadTaxonomy(DEFAULT_PATHS.taxonomyDir));

type Mode = 'review' | 'publish';

/**
 * The area file of the draft. `review`: every item not rejected, unreviewed
 * ones marked `proposed` (status draft). `publish`: the accepted items only,
 * as reviewed facts.
 */
function areaFile(body: DraftBody, mode: Mode) {
  const keep = <T extends { state: string }>(items: T[]) =>
    items.filter((i) => (mode === 'publish' ? i.state === 'ACCEPTED' : i.state !== 'REJECTED'));
  const proposed = (i: NodeItem | RelationshipItem | ObligationItem | FactItem) =>
    mode === 'review' && i.state === 'PROPOSED' && i.proposal
      ? { proposed: { rule: i.proposal.rule, confidence: i.proposal.confidence } }
      : {};
  // The reader's reason for a reading beyond the words: the area file's `interpretation`
  // (basis INTERPRETED), kept when the item is accepted and published.
  const interpreted = (i: NodeItem | RelationshipItem | ObligationItem) =>
    i.proposal?.interpretation ? { interpretation: i.proposal.interpretation } : {};
  const nodes = keep(body.nodes);
  const relationships = keep(body.relationships);
  const obligations = keep(body.obligations);
  // Document facts: each category is a list of the document (its proposals are never `proposed`).
  const facts = keep(body.facts ?? []);
  const ofCategory = (c: FactItem['category']) => facts.filter((f) => f.category === c);
  const factLists = {
    dates: ofCategory('date').map((f) => ({ kind: f.kind, date: f.value, evidence: f.evidence })),
    notes: ofCategory('note').map((f) => ({ kind: f.kind, text: f.value, evidence: f.evidence })),
    replaces: ofCategory('replaces').map((f) => ({ text: f.value, evidence: f.evidence })),
    aims: ofCategory('aim').map((f) => ({ text: f.value, evidence: f.evidence })),
  };
  const data = {
    area: body.area,
    document: {
      id: body.document.id,
      source: body.document.source,
      title: body.document.title,
      kind: body.document.kind,
      status: mode === 'publish' ? 'not-stated' : 'draft',
      effectiveFrom: body.document.effectiveFrom,
      ...Object.fromEntries(Object.entries(factLists).filter(([, list]) => list.length > 0)),
    },
    nodes: nodes.map((n) => ({
      ...proposed(n),
      id: n.id,
      label: n.label,
      name: n.name,
      ...(n.aliases.length > 0 ? { aliases: n.aliases } : {}),
      // a Person has no kind
      ...(n.label === 'Person' ? {} : { kind: n.kind }),
      ...(n.label === 'Body' ? { function: 'not-stated', statutory: 'not-stated' } : {}),
      ...interpreted(n),
      evidence: n.evidence,
    })),
    relationships: relationships.map((r) => ({
      ...proposed(r),
      type: r.type,
      from: r.from,
      to: r.to,
      ...r.props,
      ...interpreted(r),
      evidence: r.evidence,
    })),
    obligations: obligations.map((o) => ({
      ...proposed(o),
      id: o.id,
      holders: o.holders,
      text: o.text,
      modality: o.modality,
      dutyTypes: o.dutyTypes,
      shared: o.shared,
      ...(o.cadence ? { cadence: o.cadence } : {}),
      ...(o.deadline ? { deadline: o.deadline } : {}),
      ...interpreted(o),
      evidence: o.evidence,
    })),
  };
  const keys = {
    nodes: nodes.map((n) => n.key),
    relationships: relationships.map((r) => r.key),
    obligations: obligations.map((o) => o.key),
    'document.dates': ofCategory('date').map((f) => f.key),
    'document.notes': ofCategory('note').map((f) => f.key),
    'document.replaces': ofCategory('replaces').map((f) => f.key),
    'document.aims': ofCategory('aim').map((f) => f.key),
  };
  return { data, keys };
}

function keyOf(path: string, keys: Record<string, string[]>): string | null {
  const m =
    /^\$?\.?(nodes|relationships|obligations|document\.(?:dates|notes|replaces|aims))\[(\d+)\]/.exec(
      path,
    );
  if (!m) return null;
  return keys[m[1]!]?.[Number(m[2])] ?? null;
}

export interface CheckResult {
  problems: DraftProblem[];
  /** The area's canonical graph (publish mode, no problems). */
  graph: CanonicalGraph | null;
}

/** Validates the draft (and, in publish mode, compiles it) against the stored text. */
export function checkDraft(body: DraftBody, text: string, mode: Mode): CheckResult {
  const { data, keys } = areaFile(body, mode);
  const dir = mkdtempSync(join(tmpdir(), 'accgraph-draft-'));
  try {
    writeFileSync(join(dir, body.document.source), text);
    const file = `${body.area.id}-${body.document.effectiveFrom}.yaml`;
    const validation = validateAreas([{ file, text: JSON.stringify(data, null, 2) }], {
      sourcesDir: dir,
      taxonomy: taxonomyOf(),
    });
    const problems = validation.problems.map((p: Problem) => ({
      key: keyOf(p.path, keys),
      path: p.path ? `$.${p.path}` : '$',
      message: p.expected ? `${p.message} (expected: ${p.expected})` : p.message,
    }));
    if (mode === 'review' || problems.length > 0) return { problems, graph: null };
    const [compiled] = compileAreas(validation, { areas: [body.area.id] });
    return { problems, graph: compiled?.graph ?? null };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
