import {
  type CanonicalGraph,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  parseYaml,
  type PathSegment,
  type Problem,
  RESERVED_KEYS,
} from '@accgraph/schema';
import { z } from 'zod';
import { issuesToProblems } from './schema-check.ts';

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
});

export type ParsedGraph =
  { graph: CanonicalGraph; problems: [] } | { graph: null; problems: Problem[] };

/**
 * Parses and checks a canonical JSON export: its shape (zod), unique ids and
 * relationships whose endpoints are in the file (exports are self-contained).
 * Problems carry the line:column of the offending JSON value.
 */
export function parseCanonicalGraph(file: string, text: string): ParsedGraph {
  // The line:column locator is built only when there is a problem to place:
  // a national export is over 100 MB and building it up front exhausts memory.
  let locator: ReturnType<typeof parseYaml> | undefined;
  const locate = () => (locator ??= parseYaml(file, text));
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
  const nodeIds = new Set<string>();
  graph.nodes.forEach((n, i) => {
    if (nodeIds.has(n.id)) at(['nodes', i, 'id'], `duplicate node id ${n.id}`, 'unique node ids');
    nodeIds.add(n.id);
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
  if (found.length === 0) return { graph, problems: [] };
  const located = locate();
  return {
    graph: null,
    problems: found.map((f) => located.problem(f.path, f.message, f.expected)),
  };
}
