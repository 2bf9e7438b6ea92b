import type { BenchIds } from './datasets.ts';
import type { SchemaProbe } from './schema-probe.ts';

export interface Scenario {
  name: string;
  /** Query field measured; undefined for the trivial `{ __typename }`. */
  field?: string;
  args: string[];
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
      args: ['id', 'direction', 'maxHops'],
      variables: ids.chain.map((id) => ({ id, direction: 'HOLDERS', maxHops: 3 })),
    },
    {
      name: 'obligations: postObligations',
      field: 'postObligations',
      args: ['postId'],
      variables: ids.posts.map((postId) => ({ postId })),
    },
    {
      name: 'neighbourhood(hops 2)',
      field: 'neighbourhood',
      args: ['id', 'hops'],
      variables: ids.neighbourhood.map((id) => ({ id, hops: 2 })),
    },
    {
      name: 'compare: compareAreas (2-5 areas)',
      field: 'compareAreas',
      args: [compareArg],
      variables: ids.areaSets.map((s) => ({ [compareArg]: s })),
    },
    {
      name: 'search(text)',
      field: 'search',
      args: ['text'],
      variables: SEARCH_TEXTS.map((text) => ({ text })),
    },
    {
      name: 'search(text, areaId)',
      field: 'search',
      args: ['text', 'areaId'],
      variables: SEARCH_TEXTS.flatMap((text, i) =>
        ids.searchAreas.slice(i % 2, (i % 2) + 3).map((areaId) => ({ text, areaId })),
      ),
    },
  ];
}

/** The GraphQL document of a scenario (variables for every argument). */
export function queryOf(scenario: Scenario, probe: SchemaProbe, depth: number): string {
  if (!scenario.field) return '{ __typename }';
  const defs = probe.variableDefinitions(scenario.field, scenario.args);
  const call = scenario.args.map((a) => `${a}: $${a}`).join(', ');
  return `query Bench(${defs}) { ${scenario.field}(${call}) ${probe.selection(scenario.field, depth)} }`;
}
