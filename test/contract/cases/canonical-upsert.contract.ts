import { expect } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@accgraph/schema';
import { catalogueQuery, type ContractCase, defineCases } from '../contract.ts';

const READ_AREA_RELATIONSHIPS = catalogueQuery('api/src/canonical/read-area-relationships');
const READ_NODES_BY_ID = catalogueQuery('api/src/canonical/read-nodes-by-id');

const nodeQuery = (label: string): string => `api/src/canonical/upsert-nodes/${label}`;
const relQuery = (type: string): string => `api/src/canonical/upsert-relationships/${type}`;

/** Per label: a new node is created with both labels; an existing one loses stale properties. */
const nodeCases: ContractCase[] = NODE_LABELS.flatMap((label) => {
  const id = `wiltshire/new-${label.toLowerCase()}`;
  return [
    {
      query: nodeQuery(label),
      name: 'creates a node with Entity and its label, properties as given',
      fixture: 'two-areas',
      params: {
        rows: [{ id, props: { id, areaId: 'wiltshire', name: 'New', aliases: ['N'], step: 2 } }],
      },
      expected: [{ count: 1 }],
      after: async (store) => {
        const rows = await store.read(READ_NODES_BY_ID.with({ ids: [id] }));
        expect(rows).toHaveLength(1);
        expect([...(rows[0]?.labels as string[])].sort()).toEqual([label, 'Entity'].sort());
        expect(rows[0]?.props).toEqual({
          id,
          areaId: 'wiltshire',
          name: 'New',
          aliases: ['N'],
          step: 2,
        });
      },
    },
    {
      query: nodeQuery(label),
      name: 'replaces the properties of an existing node (stale ones removed), no duplicate',
      fixture: 'two-areas',
      params: {
        rows: [{ id: 'wiltshire/trust', props: { id: 'wiltshire/trust', name: 'Renamed' } }],
      },
      expected: [{ count: 1 }],
      after: async (store) => {
        const rows = await store.read(READ_NODES_BY_ID.with({ ids: ['wiltshire/trust'] }));
        expect(rows.map((r) => r.props)).toEqual([{ id: 'wiltshire/trust', name: 'Renamed' }]);
      },
    },
  ];
});

/** Per type: creates (or replaces) one relationship; skips rows with a missing endpoint. */
const relationshipCases: ContractCase[] = RELATIONSHIP_TYPES.map((type) => {
  const id = `wiltshire/2014:${type}:wiltshire/trust->wiltshire/wscb`;
  const props = { id, areaId: 'wiltshire', documentId: 'wiltshire/2014', evidenceStarts: [1] };
  return {
    query: relQuery(type),
    name: 'creates a relationship between existing nodes and skips a dangling row',
    fixture: 'two-areas',
    params: {
      rows: [
        { id, from: 'wiltshire/trust', to: 'wiltshire/wscb', props },
        {
          id: 'dangling',
          from: 'wiltshire/trust',
          to: 'wiltshire/nobody',
          props: { id: 'dangling' },
        },
      ],
    },
    expected: [{ count: 1 }],
    after: async (store) => {
      const rows = await store.read(READ_AREA_RELATIONSHIPS.with({ areas: ['wiltshire'] }));
      expect(rows.filter((r) => r.id === id)).toEqual([
        { id, type, from: 'wiltshire/trust', to: 'wiltshire/wscb', props },
      ]);
      expect(rows.some((r) => r.id === 'dangling')).toBe(false);
    },
  };
});

export default defineCases([...nodeCases, ...relationshipCases]);
