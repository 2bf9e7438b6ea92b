import type { CanonicalGraph, RelationshipType } from '@accgraph/schema';
import { fixture } from '../fixtures.ts';

/**
 * two-areas plus two Wiltshire statements that start at a national node: one
 * reaching an area node, one between two national nodes (validation allows
 * both). Queries anchored on the areaId index of the endpoints must keep them.
 */
export function nationalStatements(): CanonicalGraph {
  const graph = fixture('two-areas');
  graph.nodes.push({
    id: 'national/dfe',
    labels: ['Organisation'],
    properties: {
      aliases: ['DfE'],
      kind: 'government-department',
      name: 'Department for Education',
    },
    evidence: [],
  });
  const statement = (
    type: RelationshipType,
    from: string,
    to: string,
    extra: Record<string, string>,
  ) => ({
    id: `wiltshire/2014:${type}:${from}->${to}`,
    type,
    from,
    to,
    properties: {
      areaId: 'wiltshire',
      documentId: 'wiltshire/2014',
      validFrom: '2014-12-15',
      ...extra,
    },
    evidence: [
      {
        documentId: 'wiltshire/2014',
        quote: `${from} ${type} ${to}`,
        section: '6. Escalation',
        start: 6200,
        end: 6240,
      },
    ],
  });
  graph.relationships.push(
    statement('HOLDS_TO_ACCOUNT', 'national/ofsted', 'wiltshire/wscb', { mode: 'oversight' }),
    statement('REPORTS_TO', 'national/ofsted', 'national/dfe', { artefact: 'findings' }),
  );
  return graph;
}
