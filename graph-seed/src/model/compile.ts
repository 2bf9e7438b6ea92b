import {
  type CanonicalGraph,
  type CanonicalNode,
  type PropertyValue,
  areaSeedHash,
  serialiseGraph,
  sortEvidence,
  documentFactsToProps,
  type DocumentFact,
  type Taxonomy,
  isNational,
  compareIds,
  datePrecision,
} from '@accgraph/schema';
import { basisProps, type NodeEntry } from './area-file.schema.ts';
import { GraphBuilder, props, toEvidence } from './compile-context.ts';
import { compileRelationships } from './compile-relationships.ts';
import { camel, effectiveFrom } from './ids.ts';
import type { AreaFile } from './schema-check.ts';
import { problemArea, type Validation } from './validate.ts';

export interface CompiledArea {
  areaId: string;
  /**
   * sha256 of the area graph's canonical JSON. Not a node property: the store
   * keeps it on the Area node (writeGraph `seedHashes`, readAreaHashes).
   */
  seedHash: string;
  /** The area's canonical graph (`areas: [areaId]`), sorted, evidence in document order. */
  graph: CanonicalGraph;
}

export interface CompileOptions {
  /** Compile only these areas; problems in other areas' files are then tolerated. */
  areas?: readonly string[];
}

/**
 * Compiles validated area files into one canonical graph per area, sorted by
 * area id. Throws if the validation found a problem in a compiled area (or in
 * a shared file such as the taxonomy): bad data is never compiled.
 */
export function compileAreas(validation: Validation, options: CompileOptions = {}): CompiledArea[] {
  const wanted = options.areas ? new Set(options.areas) : null;
  const blocking = validation.problems.filter((p) => {
    const area = problemArea(validation, p);
    return wanted === null || area === null || wanted.has(area);
  });
  if (blocking.length > 0) {
    throw new Error(`cannot compile: ${blocking.length} validation problem(s)`);
  }
  const byArea = new Map<string, AreaFile[]>();
  for (const f of validation.files) {
    if (wanted && !wanted.has(f.area.id)) continue;
    byArea.set(f.area.id, [...(byArea.get(f.area.id) ?? []), f]);
  }
  const unknown = [...(wanted ?? [])].filter((a) => !byArea.has(a));
  if (unknown.length > 0) throw new Error(`no area files for area(s): ${unknown.join(', ')}`);
  // national/* nodes are shared by all areas: every area graph carries the same merged node.
  const national = mergeNodes([...validation.files].sort(documentOrder), undefined, isNational);
  return [...byArea.keys()]
    .sort()
    .map((areaId) => compileArea(areaId, byArea.get(areaId) ?? [], validation.taxonomy, national));
}

const documentOrder = (a: AreaFile, b: AreaFile) =>
  compareIds(effectiveFrom(a.document) ?? '', effectiveFrom(b.document) ?? '') ||
  compareIds(a.document.id, b.document.id);

function compileArea(
  areaId: string,
  unsorted: AreaFile[],
  taxonomy: Taxonomy,
  national: CanonicalNode[],
): CompiledArea {
  const files = [...unsorted].sort(documentOrder);
  const first = files[0];
  if (!first) throw new Error(`area ${areaId} has no files`);
  const g = new GraphBuilder(areaId);
  files.forEach((f, i) => {
    const next = files[i + 1];
    const end = next ? effectiveFrom(next.document) : undefined;
    if (next && end) g.documentEnds.set(f.document.id, end);
    g.node(
      documentNode(f, next && end ? { effectiveTo: end, supersededBy: next.document.id } : {}),
    );
  });
  mergeNodes(files, areaId, (id) => !isNational(id)).forEach((n) => g.node(n));
  const mentioned = new Set(files.flatMap(mentionedIds));
  national.filter((n) => mentioned.has(n.id)).forEach((n) => g.node(structuredClone(n)));
  compileRelationships(g, files, taxonomy);

  g.node({
    id: areaId,
    labels: ['Area'],
    properties: { name: first.area.name, localAuthority: first.area.localAuthority },
    evidence: [],
  });
  // The canonical text is what the seed hash covers; parsed back, it is the graph loaded.
  const text = serialiseGraph({
    format: 'accgraph-export/1',
    areas: [areaId],
    nodes: [...g.nodes.values()].map((n) => ({ ...n, evidence: sortEvidence(n.evidence) })),
    relationships: [...g.relationships.values()].map((r) => ({
      ...r,
      evidence: sortEvidence(r.evidence),
    })),
  });
  return { areaId, seedHash: areaSeedHash(text), graph: JSON.parse(text) as CanonicalGraph };
}

/**
 * The Document node. `effectiveTo`/`supersededBy`: a later document of the same
 * area is taken to replace it as the statement of the area's arrangements
 * (docs/decisions/0004-latest-document-is-current.md).
 */
function documentNode(
  f: AreaFile,
  succession: { effectiveTo?: string; supersededBy?: string },
): CanonicalNode {
  const d = f.document;
  const dates: Record<string, string> = {};
  for (const { kind, date } of [...d.dates].sort((a, b) => compareIds(a.date, b.date))) {
    dates[camel(kind)] ??= date;
  }
  const from = effectiveFrom(d);
  const evidence = sortEvidence([
    ...d.dates.flatMap((x) => toEvidence(d.id, x.evidence)),
    ...d.notes.flatMap((n) => toEvidence(d.id, n.evidence)),
    ...d.replaces.flatMap((r) => toEvidence(d.id, r.evidence)),
    ...d.aims.flatMap((a) => toEvidence(d.id, a.evidence)),
  ]);
  return {
    id: d.id,
    labels: ['Document'],
    properties: props({
      areaId: f.area.id,
      title: d.title,
      sourceFile: d.source,
      kind: d.kind,
      status: d.status,
      version: d.version,
      ...dates,
      dateKinds: d.dates.map((x) => x.kind),
      dateValues: d.dates.map((x) => x.date),
      effectiveFrom: from,
      datePrecision: from ? datePrecision(from) : undefined,
      effectiveTo: succession.effectiveTo,
      supersededBy: succession.supersededBy,
      noteKinds: d.notes.map((n) => n.kind),
      noteTexts: d.notes.map((n) => n.text),
      ...documentFactsToProps(documentFacts(f, from), evidence),
    }),
    evidence,
  };
}

/**
 * The document's facts, each with its own quotes: its dates (file order), the
 * date it took effect when one of its dates shows it (`effective-from`, cited
 * by the dates it comes from; none when no date shows it), its notes, and what
 * it says it replaces, then its stated aims.
 */
function documentFacts(f: AreaFile, from: string | undefined): DocumentFact[] {
  const d = f.document;
  const facts: DocumentFact[] = d.dates.map((x) => ({
    category: 'date',
    kind: x.kind,
    value: x.date,
    evidence: toEvidence(d.id, x.evidence),
  }));
  const basis = from
    ? d.dates.filter((x) => x.kind !== 'review-due' && x.date.startsWith(from))
    : [];
  if (from && basis.length > 0) {
    facts.push({
      category: 'date',
      kind: 'effective-from',
      value: from,
      evidence: basis.flatMap((x) => toEvidence(d.id, x.evidence)),
    });
  }
  for (const n of d.notes) {
    facts.push({
      category: 'note',
      kind: n.kind,
      value: n.text,
      evidence: toEvidence(d.id, n.evidence),
    });
  }
  for (const r of d.replaces) {
    facts.push({
      category: 'replaces',
      kind: 'replaces',
      value: r.text,
      evidence: toEvidence(d.id, r.evidence),
    });
  }
  for (const a of d.aims) {
    facts.push({
      category: 'aim',
      kind: 'aim',
      value: a.text,
      evidence: toEvidence(d.id, a.evidence),
    });
  }
  return facts;
}

/**
 * Merges the declarations of each node across `files` (in document order):
 * aliases and evidence are united; scalars agree (validation checked it).
 */
function mergeNodes(files: AreaFile[], areaId: string | undefined, keep: (id: string) => boolean) {
  const merged = new Map<string, { node: NodeEntry; aliases: Set<string>; out: CanonicalNode }>();
  for (const f of files) {
    for (const { value: n } of f.nodes) {
      if (!keep(n.id)) continue;
      const evidence = toEvidence(f.document.id, n.evidence);
      const seen = merged.get(n.id);
      if (seen) {
        n.aliases.forEach((a) => seen.aliases.add(a));
        seen.out.evidence.push(...evidence);
      } else {
        const out: CanonicalNode = { id: n.id, labels: [n.label], properties: {}, evidence };
        merged.set(n.id, { node: n, aliases: new Set(n.aliases), out });
      }
    }
  }
  const nodes: CanonicalNode[] = [];
  for (const { node: n, aliases, out } of merged.values()) {
    const properties: Record<string, PropertyValue | undefined> = {
      areaId: isNational(n.id) ? undefined : areaId,
      name: n.name,
      aliases: [...aliases].sort(),
      proposedRule: n.proposed?.rule,
      proposedConfidence: n.proposed?.confidence,
      ...basisProps(n),
    };
    if (n.label !== 'Person') properties.kind = n.kind;
    if (n.label === 'Body') {
      Object.assign(properties, {
        function: n.function,
        statutory: n.statutory,
        validFrom: n.validFrom,
        validTo: n.validTo,
      });
    }
    out.properties = props(properties);
    nodes.push(out);
  }
  return nodes;
}

/** Every node id a file mentions (declarations and references). */
function mentionedIds(f: AreaFile): string[] {
  return [
    ...f.nodes.map((n) => n.value.id),
    ...f.document.governs.map((x) => x.body),
    ...f.relationships.flatMap(({ value: r }) => [
      r.from,
      r.to,
      ...(r.type === 'REPORTS_TO' && r.presenter ? [r.presenter] : []),
    ]),
    ...f.obligations.flatMap(({ value: o }) => [
      ...o.holders,
      ...o.dischargedThrough.map((d) => d.body),
    ]),
  ];
}
