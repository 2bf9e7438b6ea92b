import { expect } from 'vitest';
import { catalogueQuery, defineCases } from '../contract.ts';

const READ_AREA_HASHES = catalogueQuery('api/src/canonical/read-area-hashes');
const SET_AREA_SEED_HASH = catalogueQuery('api/src/canonical/set-area-seed-hash');
const SET_AREA_SHARED_NODES = catalogueQuery('api/src/canonical/set-area-shared-nodes');

const walsallWscb = {
  id: 'walsall/wscb',
  labels: ['Body', 'Entity'],
  props: {
    id: 'walsall/wscb',
    aliases: ['WSCB'],
    areaId: 'walsall',
    function: 'assurance',
    kind: 'safeguarding-children-board',
    name: 'Walsall Safeguarding Children Board',
    statutory: 'statutory',
    validFrom: '2017',
  },
};

export default defineCases([
  {
    query: 'api/src/canonical/read-area-nodes',
    name: "an area's nodes and its Area node, not other areas' or national ones",
    fixture: 'two-areas',
    params: { areas: ['walsall'] },
    expected: [
      {
        id: 'walsall',
        labels: ['Area', 'Entity'],
        props: { id: 'walsall', localAuthority: 'Walsall Council', name: 'Walsall' },
      },
      {
        id: 'walsall/2017',
        labels: ['Document', 'Entity'],
        props: {
          id: 'walsall/2017',
          areaId: 'walsall',
          effectiveFrom: '2017',
          kind: 'protocol',
          sourceFile: 'walsall-2017-inter-board-safeguarding-protocol.txt',
          status: 'draft',
          title: 'Inter-board safeguarding protocol',
          version: 'Draft',
        },
      },
      {
        id: 'walsall/hwb',
        labels: ['Body', 'Entity'],
        props: {
          id: 'walsall/hwb',
          aliases: ['HWBB'],
          areaId: 'walsall',
          function: 'strategy',
          kind: 'health-and-wellbeing-board',
          name: 'Walsall Health and Wellbeing Board',
          statutory: 'statutory',
          validFrom: '2017',
        },
      },
      walsallWscb,
    ],
  },
  {
    query: 'api/src/canonical/read-nodes-by-id',
    name: 'nodes by id, ordered; unknown ids give no row',
    fixture: 'two-areas',
    params: { ids: ['walsall/wscb', 'duty/ANNUAL_REPORT', 'nobody/none'] },
    expected: [
      {
        id: 'duty/ANNUAL_REPORT',
        labels: ['DutyType', 'Entity'],
        props: {
          id: 'duty/ANNUAL_REPORT',
          category: 'reporting',
          code: 'ANNUAL_REPORT',
          description: 'Publish or present an annual report.',
          label: 'Annual report',
        },
      },
      walsallWscb,
    ],
  },
  {
    query: 'api/src/canonical/read-area-relationships',
    name: "an area's relationships, derived ones without areaId included, evidence lists in order",
    fixture: 'two-areas',
    params: { areas: ['walsall'] },
    expected: [
      {
        id: 'walsall/2017:SUPPORTS:walsall/hwb->walsall/wscb',
        type: 'SUPPORTS',
        from: 'walsall/hwb',
        to: 'walsall/wscb',
        props: {
          id: 'walsall/2017:SUPPORTS:walsall/hwb->walsall/wscb',
          areaId: 'walsall',
          documentId: 'walsall/2017',
          subject: 'joint strategic needs assessment',
          validFrom: '2017',
          evidenceDocuments: ['walsall/2017'],
          evidenceQuotes: ['The HWBB supports the WSCB'],
          evidenceSections: ['3. Roles'],
          evidenceStarts: [300],
          evidenceEnds: [326],
        },
      },
      {
        id: 'walsall/wscb:PART_OF:walsall',
        type: 'PART_OF',
        from: 'walsall/wscb',
        to: 'walsall',
        props: { id: 'walsall/wscb:PART_OF:walsall' },
      },
    ],
  },
  {
    query: 'api/src/canonical/read-area-hashes',
    name: 'every area with its seed hash, null when none was recorded',
    fixture: 'two-areas',
    setup: async (store) => {
      await store.write(SET_AREA_SEED_HASH.with({ areaId: 'wiltshire', seedHash: 'abc123' }));
    },
    expected: [
      { id: 'walsall', seedHash: null },
      { id: 'wiltshire', seedHash: 'abc123' },
    ],
  },
  {
    query: 'api/src/canonical/set-area-seed-hash',
    name: 'records the hash on the Area node',
    fixture: 'two-areas',
    params: { areaId: 'walsall', seedHash: 'f00d' },
    expected: [{ id: 'walsall' }],
    after: async (store) => {
      expect(await store.read(READ_AREA_HASHES.with())).toEqual([
        { id: 'walsall', seedHash: 'f00d' },
        { id: 'wiltshire', seedHash: null },
      ]);
    },
  },
  {
    query: 'api/src/canonical/set-area-shared-nodes',
    name: "records the shared nodes an area's graph holds, and null removes them",
    fixture: 'two-areas',
    params: { areaId: 'walsall', ids: ['duty/ANNUAL_REPORT'] },
    expected: [{ id: 'walsall' }],
    after: async (store) => {
      const read = () =>
        store.read({
          text: 'MATCH (a:Area) RETURN a.id AS id, a.sharedNodeIds AS ids ORDER BY id',
          name: 'test/shared-node-ids',
        });
      expect(await read()).toEqual([
        { id: 'walsall', ids: ['duty/ANNUAL_REPORT'] },
        { id: 'wiltshire', ids: null },
      ]);
      await store.write(SET_AREA_SHARED_NODES.with({ areaId: 'walsall', ids: null }));
      expect(await read()).toEqual([
        { id: 'walsall', ids: null },
        { id: 'wiltshire', ids: null },
      ]);
    },
  },
  {
    query: 'api/src/canonical/set-area-seed-hash',
    name: 'an unknown area gives no row',
    fixture: 'two-areas',
    params: { areaId: 'nowhere', seedHash: 'f00d' },
    expected: [],
  },
]);
