import { expect } from 'vitest';
import { catalogueQuery, defineCases } from '../contract.ts';
import { fixture } from '../fixtures.ts';

const READ_AREA_RELATIONSHIPS = catalogueQuery('api/src/canonical/read-area-relationships');
const READ_NODES_BY_ID = catalogueQuery('api/src/canonical/read-nodes-by-id');

const graph = fixture('two-areas');
const nodeIds = graph.nodes.map((n) => n.id);
const relIds = graph.relationships.map((r) => r.id);
const chairs = 'wiltshire/2014:CHAIRS:wiltshire/trust-chair->wiltshire/trust';
const partOf = 'wiltshire/wscb:PART_OF:wiltshire';

export default defineCases([
  {
    query: 'api/src/canonical/delete-stale-nodes',
    name: "deletes the area's nodes not kept, with their relationships; other areas and taxonomy untouched",
    fixture: 'two-areas',
    params: {
      areas: ['wiltshire'],
      keepIds: nodeIds.filter((id) => id !== 'wiltshire/jane-doe' && !id.startsWith('walsall')),
    },
    expected: [{ count: 1 }],
    after: async (store) => {
      const rows = await store.read(READ_NODES_BY_ID.with({ ids: nodeIds }));
      expect(rows.map((r) => r.id)).toEqual(nodeIds.filter((id) => id !== 'wiltshire/jane-doe'));
      const rels = await store.read(READ_AREA_RELATIONSHIPS.with({ areas: ['wiltshire'] }));
      expect(rels.some((r) => r.type === 'HOLDS_POST')).toBe(false);
    },
  },
  {
    query: 'api/src/canonical/delete-stale-relationships',
    name: "deletes the area's relationships not kept, derived ones by their start node; other areas untouched",
    fixture: 'two-areas',
    params: {
      areas: ['wiltshire'],
      keepIds: relIds.filter((id) => id !== chairs && id !== partOf && !id.startsWith('walsall')),
    },
    expected: [{ count: 2 }],
    after: async (store) => {
      const rels = await store.read(
        READ_AREA_RELATIONSHIPS.with({ areas: ['walsall', 'wiltshire'] }),
      );
      expect(rels.map((r) => r.id)).toEqual(relIds.filter((id) => id !== chairs && id !== partOf));
    },
  },
]);
