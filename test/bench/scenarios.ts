import type { BenchIds } from './datasets.ts';
import * as Op from './operations.ts';
import type { SchemaProbe } from './schema-probe.ts';

export interface Scenario {
  name: string;
  /** Query field measured; undefined for the trivial `{ __typename }`. */
  field?: string;
  args: string[];
  /** The document a client really sends (test/bench/operations.ts). */
  document?: string;
  variables: Record<string, unknown>[];
}

const SEARCH_TEXTS = [
  'annual report',
  'exploitation',
  'challenge',
  'child death',
  'training',
  'escalation',
];

/** The measured scenarios, with ids rotated per request. */
export function scenarios(ids: BenchIds, probe: SchemaProbe): Scenario[] {
  const compareArg =
    probe.field('compareAreas')?.args.find((a) => /^area/i.test(a.name))?.name ?? 'areaIds';
  return [
    { name: 'trivial `{ __typename }`', args: [], variables: [{}] },
    {
      name: 'chain: accountability(HOLDERS, maxHops 3)',
      field: 'accountability',
      args: ['id', 'direction', 'asOf'],
      document: Op.CHAIN,
      variables: ids.chain.map((id) => ({ ...Op.chainVariables(id) })),
    },
    {
      name: 'obligations: postObligations',
      field: 'postObligations',
      args: ['postId', 'asOf'],
      document: Op.POST_OBLIGATIONS,
      variables: ids.posts.map((postId) => ({ ...Op.postVariables(postId) })),
    },
    {
      name: 'neighbourhood(hops 1)',
      field: 'neighbourhood',
      args: ['id', 'asOf', 'allTime'],
      document: Op.NEIGHBOURHOOD,
      variables: ids.neighbourhood.map((id) => ({ ...Op.neighbourhoodVars(id) })),
    },
    {
      name: 'compare: compareAreas (2-5 areas)',
      field: 'compareAreas',
      args: [compareArg],
      document: compareArg === 'areaIds' ? Op.COMPARE : undefined,
      variables: ids.areaSets.map((s) =>
        compareArg === 'areaIds' ? { ...Op.compareVars(s) } : { [compareArg]: s },
      ),
    },
    {
      name: 'search(text)',
      field: 'search',
      args: ['text'],
      document: Op.SEARCH_ALL,
      variables: SEARCH_TEXTS.map((text) => ({ text })),
    },
    {
      name: 'search(text, areaId)',
      field: 'search',
      args: ['text', 'areaId'],
      document: Op.SEARCH_IN_AREA,
      variables: SEARCH_TEXTS.flatMap((text, i) =>
        ids.searchAreas
          .slice(i % 2, (i % 2) + 3)
          .map((areaId) => ({ ...Op.searchInAreaVariables(text, areaId) })),
      ),
    },
    ...explorerScenarios(ids),
  ];
}

/** The explorer's other operations (explorer/src/data/operations.ts) and ask. */
function explorerScenarios(ids: BenchIds): Scenario[] {
  const nodes = [...ids.neighbourhood, ...ids.posts];
  return [
    { name: 'areas (picker)', field: 'areas', args: [], document: Op.AREAS, variables: [{}] },
    {
      name: "area documents + provenance (the picker's area)",
      field: 'area',
      args: ['id'],
      document: Op.AREA_DOCUMENTS,
      variables: ids.areas.map(Op.areaDocumentsVars),
    },
    {
      name: 'compare: documents of the compared areas',
      field: 'nodes',
      args: ['ids'],
      document: Op.COMPARE_DOCUMENTS,
      variables: ids.areaSets.map(Op.compareDocumentsVars),
    },
    {
      name: 'area graph (today)',
      field: 'area',
      args: ['id'],
      document: Op.AREA,
      variables: ids.areas.map((id) => ({ ...Op.areaVars(id) })),
    },
    {
      name: 'findingFlagSet (area)',
      field: 'findingFlagSet',
      args: ['area'],
      document: Op.FINDING_FLAGS,
      variables: ids.areas.map(Op.findingFlagsVars),
    },
    {
      name: 'findings (area, first page of 25)',
      field: 'findings',
      args: ['area'],
      document: Op.FINDINGS,
      variables: ids.areas.map(Op.findingsVars),
    },
    {
      name: 'node details',
      field: 'node',
      args: ['id'],
      document: Op.NODE,
      variables: nodes.map((id) => ({ id })),
    },
    {
      name: 'relationships (statements of a type)',
      field: 'node',
      args: ['id'],
      document: Op.RELATIONSHIPS,
      variables: ids.neighbourhood.map(Op.relationshipsVars),
    },
    {
      name: 'document text',
      field: 'node',
      args: ['id'],
      document: Op.DOCUMENT_TEXT,
      variables: ids.documents.map((id) => ({ id })),
    },
    {
      name: 'diffDocuments',
      field: 'diffDocuments',
      args: ['fromDocumentId', 'toDocumentId'],
      document: Op.DIFF,
      variables: ids.diffPairs.map(([from, to]) => ({ from, to })),
    },
    {
      name: 'accountabilityPath',
      field: 'accountabilityPath',
      args: ['from', 'to'],
      document: Op.PATH,
      variables: ids.paths.map(([from, to]) => Op.pathVars(from, to)),
    },
    {
      name: 'ask (question box)',
      field: 'ask',
      args: ['question'],
      document: Op.ASK,
      variables: ids.questions.map(Op.askVars),
    },
  ];
}

/**
 * The GraphQL document of a scenario: the client's own document, or with
 * `depth` > 0 (BENCH_DEPTH) a generated one selecting every scalar field
 * `depth` levels deep (variables for every argument).
 */
export function queryOf(scenario: Scenario, probe: SchemaProbe, depth: number): string {
  if (!scenario.field) return '{ __typename }';
  if (scenario.document && depth <= 0) return scenario.document;
  const defs = probe.variableDefinitions(scenario.field, scenario.args);
  const call = scenario.args.map((a) => `${a}: $${a}`).join(', ');
  return `query Bench(${defs}) { ${scenario.field}(${call}) ${probe.selection(scenario.field, depth)} }`;
}
