import { createHash } from 'node:crypto';
import {
  badCharacter,
  badYear,
  BASES,
  type CanonicalGraph,
  DATE_KINDS,
  DOCUMENT_FACT_CATEGORIES,
  DOCUMENT_FACT_KEYS,
  figure,
  firstDay,
  isIsoDate,
  LIMITS,
  tooLong,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  parseYaml,
  type PathSegment,
  type Problem,
  RESERVED_KEYS,
} from '@accgraph/schema';
import { z } from 'zod';
import { issuesToProblems } from './schema-check.ts';
import { camel } from './ids.ts';

/** The JSON locator walks any shape (it only places problems): no area-file bounds. */
const LOCATOR_LIMITS = {
  aliases: 0,
  values: Number.POSITIVE_INFINITY,
  depth: 1_000,
  keyLength: Number.POSITIVE_INFINITY,
  characters: false,
};

/** Property names that hold dates (ISO, a real year); '' is "not stated". */
const DATE_PROPERTIES = new Set([
  'validFrom',
  'validTo',
  'effectiveFrom',
  'effectiveTo',
  'date',
  'inForceFrom',
  'inForceTo',
  'dateValues',
  ...DATE_KINDS.map(camel),
]);

/** Longest text per property name (LIMITS); any other string: LIMITS.textLength. */
const PROPERTY_LENGTH: Record<string, number> = {
  name: LIMITS.nameLength,
  aliases: LIMITS.nameLength,
  localAuthority: LIMITS.nameLength,
  text: LIMITS.obligationLength,
  note: LIMITS.noteLength,
  noteTexts: LIMITS.noteLength,
  interpretation: LIMITS.noteLength,
  factValues: LIMITS.noteLength,
  areaId: LIMITS.idLength,
  documentId: LIMITS.idLength,
};

/** Store-managed property names a canonical graph may not carry. */
const RESERVED = new Set(RESERVED_KEYS);

const propertyValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.array(z.number()),
]);
const properties = z
  .record(z.string(), propertyValue)
  .refine((p) => Object.keys(p).every((k) => !RESERVED.has(k)), {
    message: `property names ${[...RESERVED].join(', ')} are store-managed`,
  });
const evidence = z.strictObject({
  documentId: z.string().min(1),
  quote: z.string().min(1),
  section: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const canonicalGraphSchema = z.strictObject({
  format: z.literal('accgraph-export/1'),
  areas: z.array(z.string().min(1)),
  nodes: z.array(
    z.strictObject({
      id: z.string().min(1),
      labels: z.tuple([z.enum(NODE_LABELS)]),
      properties,
      evidence: z.array(evidence),
    }),
  ),
  relationships: z.array(
    z.strictObject({
      id: z.string().min(1),
      type: z.enum(RELATIONSHIP_TYPES),
      from: z.string().min(1),
      to: z.string().min(1),
      properties,
      evidence: z.array(evidence),
    }),
  ),
  // the texts of documents the graph cites (decision 0022): an import verifies against them
  sources: z
    .array(
      z.strictObject({
        documentId: z.string().min(1),
        sourceFile: z.string(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lowercase hex'),
        text: z.string().max(LIMITS.sourceFileBytes),
      }),
    )
    .optional(),
});

export type ParsedGraph =
  { graph: CanonicalGraph; problems: []; text: string } | { graph: null; problems: Problem[] };

/**
 * Parses and checks a canonical JSON export: its shape (zod), unique ids and
 * relationships whose endpoints are in the file (exports are self-contained).
 * Problems carry the line:column of the offending JSON value.
 */
export function parseCanonicalGraph(file: string, text: string): ParsedGraph {
  // The line:column locator is built only when there is a problem to place:
  // a national export is over 100 MB and building it up front exhausts memory.
  let locator: ReturnType<typeof parseYaml> | undefined;
  const locate = () => (locator ??= parseYaml(file, text, LOCATOR_LIMITS));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const located = locate();
    const problem = located.problems[0] ?? located.problem([], '', '');
    return {
      graph: null,
      problems: [
        {
          ...problem,
          message: `invalid JSON: ${(error as Error).message}`,
          expected: 'canonical JSON',
        },
      ],
    };
  }
  const result = canonicalGraphSchema.safeParse(data);
  if (!result.success) {
    return {
      graph: null,
      problems: issuesToProblems({ ...locate(), data }, [], result.error.issues),
    };
  }
  const graph = result.data as CanonicalGraph;
  const found: { path: PathSegment[]; message: string; expected: string }[] = [];
  const at = (path: PathSegment[], message: string, expected: string) =>
    found.push({ path, message, expected });
  checkLimits(graph, at);
  checkOwnership(graph, at);
  const nodeIds = new Set<string>();
  graph.nodes.forEach((n, i) => {
    if (nodeIds.has(n.id)) at(['nodes', i, 'id'], `duplicate node id ${n.id}`, 'unique node ids');
    nodeIds.add(n.id);
  });
  const sourceIds = new Set<string>();
  (graph.sources ?? []).forEach((src, i) => {
    if (sourceIds.has(src.documentId))
      at(
        ['sources', i, 'documentId'],
        `duplicate source text for ${src.documentId}`,
        'one text per document',
      );
    sourceIds.add(src.documentId);
    const sha = createHash('sha256').update(src.text, 'utf8').digest('hex');
    if (sha !== src.sha256)
      at(
        ['sources', i, 'sha256'],
        `the text of ${src.documentId} has SHA-256 ${sha}, not the ${src.sha256} given (the text was changed)`,
        'the SHA-256 of the text as exported',
      );
  });
  const relIds = new Set<string>();
  graph.relationships.forEach((r, i) => {
    if (relIds.has(r.id))
      at(['relationships', i, 'id'], `duplicate relationship id ${r.id}`, 'unique ids');
    relIds.add(r.id);
    for (const end of ['from', 'to'] as const) {
      if (!nodeIds.has(r[end])) {
        at(
          ['relationships', i, end],
          `${end} node ${r[end]} is not in the file`,
          'a node listed under `nodes`',
        );
      }
    }
  });
  if (found.length === 0) return { graph, problems: [], text };
  const located = locate();
  return {
    graph: null,
    problems: found.map((f) => located.problem(f.path, f.message, f.expected)),
  };
}

type At = (path: PathSegment[], message: string, expected: string) => void;

/** The limits table on a canonical graph whose shape is valid (docs/security.md, "Limits"). */
function checkLimits(graph: CanonicalGraph, at: At): void {
  const string = (path: PathSegment[], value: string, what: string, max: number) => {
    const bad = badCharacter(value);
    if (bad) at(path, bad.message, 'text without control characters (tab and newline allowed)');
    if (value.length > max) at(path, tooLong(what, value.length, max), `a shorter ${what}`);
  };
  const date = (path: PathSegment[], value: unknown) => {
    if (typeof value !== 'string' || value === '') return;
    if (!isIsoDate(value))
      at(path, `invalid date ${JSON.stringify(value.slice(0, 40))}`, 'YYYY-MM-DD, YYYY-MM or YYYY');
    else {
      const year = badYear(value);
      if (year) at(path, year, 'a real year');
    }
  };
  const properties = (base: PathSegment[], props: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(props)) {
      const path = [...base, key];
      if (key.length > LIMITS.keyLength) {
        at(
          base,
          `a property name of ${figure(key.length)} characters, over the limit of ${figure(LIMITS.keyLength)}`,
          `names of at most ${figure(LIMITS.keyLength)} characters`,
        );
        continue;
      }
      const badKey = badCharacter(key);
      if (badKey) at(base, `property name: ${badKey.message}`, 'a name without control characters');
      const max = PROPERTY_LENGTH[key] ?? LIMITS.textLength;
      if (typeof value === 'string') string(path, value, key, max);
      if (Array.isArray(value)) {
        if (key === 'aliases' && value.length > LIMITS.aliasCount)
          at(
            path,
            `${value.length} aliases, over the limit of ${LIMITS.aliasCount}`,
            `at most ${LIMITS.aliasCount} aliases`,
          );
        value.forEach((v, i) => {
          if (typeof v === 'string') string([...path, i], v, key, max);
          if (DATE_PROPERTIES.has(key)) date([...path, i], v);
        });
      } else if (DATE_PROPERTIES.has(key)) date(path, value);
    }
    // Basis (decision 0026): STATED or INTERPRETED, and an INTERPRETED fact says why.
    if (props.basis !== undefined && !(BASES as readonly unknown[]).includes(props.basis))
      at([...base, 'basis'], `unknown basis ${JSON.stringify(props.basis)}`, BASES.join(' or '));
    const reason = props.interpretation;
    if (props.basis === 'INTERPRETED' && (typeof reason !== 'string' || reason.trim() === ''))
      at(
        [...base, 'basis'],
        'an INTERPRETED fact has no `interpretation`',
        'an `interpretation` property with the written reason',
      );
    if (reason !== undefined && props.basis !== 'INTERPRETED')
      at(
        [...base, 'interpretation'],
        'an interpretation on a fact whose basis is not INTERPRETED',
        'basis INTERPRETED beside an interpretation',
      );
    const from = props.validFrom;
    const to = props.validTo;
    if (
      typeof from === 'string' &&
      typeof to === 'string' &&
      isIsoDate(from) &&
      isIsoDate(to) &&
      firstDay(from) > firstDay(to)
    )
      at(
        [...base, 'validFrom'],
        `validFrom ${from} is after validTo ${to}`,
        'validFrom on or before validTo',
      );
  };
  const evidence = (base: PathSegment[], list: CanonicalGraph['nodes'][number]['evidence']) =>
    list.forEach((e, i) => {
      string([...base, i, 'documentId'], e.documentId, 'id', LIMITS.idLength);
      string([...base, i, 'quote'], e.quote, 'quote', LIMITS.quoteLength);
      string([...base, i, 'section'], e.section, 'section', LIMITS.textLength);
    });
  /** A Document's facts (docs/data-model.md "Document facts"): parallel lists, pairs in range. */
  const facts = (base: PathSegment[], props: Record<string, unknown>, evidenceCount: number) => {
    const [categories, kinds, values, owners, indexes] = DOCUMENT_FACT_KEYS.map((k) =>
      Array.isArray(props[k]) ? (props[k] as unknown[]) : [],
    ) as [unknown[], unknown[], unknown[], unknown[], unknown[]];
    if (kinds.length !== categories.length || values.length !== categories.length)
      at(
        [...base, 'factCategories'],
        `factCategories, factKinds and factValues have ${categories.length}, ${kinds.length} and ${values.length} entries`,
        'one entry per fact in each',
      );
    if (owners.length !== indexes.length)
      at(
        [...base, 'factEvidenceFacts'],
        `factEvidenceFacts has ${owners.length} entries and factEvidenceIndexes ${indexes.length}`,
        'one entry per (fact, quote) pair in each',
      );
    categories.forEach((c, j) => {
      if (!(DOCUMENT_FACT_CATEGORIES as readonly unknown[]).includes(c))
        at(
          [...base, 'factCategories', j],
          `unknown fact category ${JSON.stringify(c)}`,
          DOCUMENT_FACT_CATEGORIES.join(', '),
        );
    });
    owners.forEach((f, j) => {
      if (!Number.isInteger(f) || (f as number) < 0 || (f as number) >= categories.length)
        at(
          [...base, 'factEvidenceFacts', j],
          `points to fact ${String(f)} of a node with ${categories.length}`,
          `a fact index from 0 to ${categories.length - 1}`,
        );
    });
    indexes.forEach((e, j) => {
      if (!Number.isInteger(e) || (e as number) < 0 || (e as number) >= evidenceCount)
        at(
          [...base, 'factEvidenceIndexes', j],
          `points to evidence entry ${String(e)} of a node with ${evidenceCount}`,
          `an evidence index from 0 to ${evidenceCount - 1}`,
        );
    });
  };
  graph.areas.forEach((a, i) => string(['areas', i], a, 'id', LIMITS.idLength));
  const nodesPerArea = new Map<string, number>();
  const areaOf = new Map<string, string>();
  graph.nodes.forEach((n, i) => {
    string(['nodes', i, 'id'], n.id, 'id', LIMITS.idLength);
    properties(['nodes', i, 'properties'], n.properties);
    evidence(['nodes', i, 'evidence'], n.evidence);
    facts(['nodes', i, 'properties'], n.properties, n.evidence.length);
    const area = n.properties.areaId;
    if (typeof area !== 'string') return;
    areaOf.set(n.id, area);
    const count = (nodesPerArea.get(area) ?? 0) + 1;
    nodesPerArea.set(area, count);
    if (count === LIMITS.nodesPerArea + 1)
      at(
        ['nodes', i],
        `area ${area} has more than ${figure(LIMITS.nodesPerArea)} nodes`,
        `at most ${figure(LIMITS.nodesPerArea)} nodes per area`,
      );
  });
  const relsPerArea = new Map<string, number>();
  graph.relationships.forEach((r, i) => {
    string(['relationships', i, 'id'], r.id, 'id', LIMITS.textLength);
    string(['relationships', i, 'from'], r.from, 'id', LIMITS.idLength);
    string(['relationships', i, 'to'], r.to, 'id', LIMITS.idLength);
    properties(['relationships', i, 'properties'], r.properties);
    evidence(['relationships', i, 'evidence'], r.evidence);
    const own = r.properties.areaId;
    const area = typeof own === 'string' ? own : areaOf.get(r.from);
    if (area === undefined) return;
    const count = (relsPerArea.get(area) ?? 0) + 1;
    relsPerArea.set(area, count);
    if (count === LIMITS.relationshipsPerArea + 1)
      at(
        ['relationships', i],
        `area ${area} has more than ${figure(LIMITS.relationshipsPerArea)} relationships`,
        `at most ${figure(LIMITS.relationshipsPerArea)} relationships per area`,
      );
  });
}

/**
 * An import writes only the areas it names (issue 16): a node or relationship
 * whose `areaId` is another area, an Area node the file does not name, or a
 * node of area A whose id is not A's (`A` or `A/...`), is refused, so a file
 * cannot overwrite another area's nodes; every relationship belongs to one
 * named area (its `areaId`, or its start node's) and joins only nodes of that
 * area and shared ones, so the file splits into one transaction per area.
 * Nodes without `areaId` (national, taxonomy) are shared; the store check
 * (`ownershipConflicts`) refuses one the store keeps for an area.
 */
function checkOwnership(graph: CanonicalGraph, at: At): void {
  const named = new Set(graph.areas);
  const owned = (path: PathSegment[], area: unknown) => {
    if (area === undefined || (typeof area === 'string' && named.has(area))) return true;
    at(
      path,
      `area ${String(area)} is not named in \`areas\` (${graph.areas.join(', ') || 'none'})`,
      'only nodes and relationships of the areas the file names',
    );
    return false;
  };
  const ownerOf = new Map<string, string>();
  graph.nodes.forEach((n, i) => {
    if (n.labels[0] === 'Area' && n.properties.areaId === undefined) {
      if (owned(['nodes', i, 'id'], n.id)) ownerOf.set(n.id, n.id);
      return;
    }
    const area = n.properties.areaId;
    if (!owned(['nodes', i, 'properties', 'areaId'], area) || typeof area !== 'string') return;
    ownerOf.set(n.id, area);
    if (n.id !== area && !n.id.startsWith(`${area}/`))
      at(['nodes', i, 'id'], `node ${n.id} is not an id of area ${area}`, `${area}/<slug>`);
  });
  graph.relationships.forEach((r, i) => {
    const own = r.properties.areaId;
    if (!owned(['relationships', i, 'properties', 'areaId'], own)) return;
    const area = typeof own === 'string' ? own : (ownerOf.get(r.from) ?? ownerOf.get(r.to));
    if (area === undefined) {
      at(
        ['relationships', i],
        `relationship ${r.id} belongs to no area (no areaId, and both ends are shared nodes)`,
        'an areaId of an area the file names',
      );
      return;
    }
    for (const end of ['from', 'to'] as const) {
      const other = ownerOf.get(r[end]);
      if (other !== undefined && other !== area)
        at(
          ['relationships', i, end],
          `relationship of area ${area} reaches node ${r[end]} of area ${other}`,
          `nodes of area ${area} or shared (national, taxonomy) nodes`,
        );
    }
  });
}

/** Places problems found after parsing (e.g. by the store check) at their line:column in `text`. */
export function locateProblems(
  file: string,
  text: string,
  found: readonly { path: PathSegment[]; message: string; expected: string }[],
): Problem[] {
  const located = parseYaml(file, text, LOCATOR_LIMITS);
  return found.map((f) => located.problem(f.path, f.message, f.expected));
}
