import { cypher, type Store } from '@accgraph/api/store';
import { catalogueQuery, defineCases } from '../contract.ts';

const CLEAR_AUDIT = cypher(import.meta.url, '../clear-audit.cypher');
const CREATE = catalogueQuery('api/src/editing/create-area-version');

const version = (v: number) => ({
  id: `wiltshire@${v}`,
  areaId: 'wiltshire',
  version: v,
  at: `2026-12-07T06:00:0${v}.000Z`,
  accountId: v === 1 ? null : 'acct-1',
  actorName: v === 1 ? null : 'Ann Editor',
  reason: `reason ${v}`,
  provenance: v === 1 ? 'bundled' : 'edited',
  sha256: `hash-${v}`,
  nodeCount: 10 + v,
  relationshipCount: 20 + v,
  action: v === 1 ? 'area.load' : 'area.publish',
  graph: `{"v":${v}}`,
});

async function twoVersions(store: Store): Promise<void> {
  await store.write(CLEAR_AUDIT.with());
  await store.write(CREATE.with(version(1)));
  await store.write(CREATE.with(version(2)));
}

const listed = (v: number) => {
  const { id: _id, graph: _graph, ...rest } = version(v);
  return rest;
};

export default defineCases([
  {
    query: 'api/src/editing/create-area-version',
    name: 'keeps a version with its graph',
    fixture: 'two-areas',
    setup: async (store) => {
      await store.write(CLEAR_AUDIT.with());
    },
    params: version(1),
    expected: [{ id: 'wiltshire@1', version: 1 }],
  },
  {
    query: 'api/src/editing/latest-area-version',
    name: 'an area with kept versions: the newest number',
    fixture: 'two-areas',
    setup: twoVersions,
    params: { areaId: 'wiltshire' },
    expected: [{ exists: true, version: 2 }],
  },
  {
    query: 'api/src/editing/latest-area-version',
    name: 'an area without kept versions: exists, no number',
    fixture: 'two-areas',
    setup: twoVersions,
    params: { areaId: 'walsall' },
    expected: [{ exists: true, version: null }],
  },
  {
    query: 'api/src/editing/latest-area-version',
    name: 'no such area',
    fixture: 'two-areas',
    setup: twoVersions,
    params: { areaId: 'nowhere' },
    expected: [{ exists: false, version: null }],
  },
  {
    query: 'api/src/editing/list-area-versions',
    name: "an area's versions, newest first, without their graphs",
    fixture: 'two-areas',
    setup: twoVersions,
    params: { areaId: 'wiltshire' },
    expected: [listed(2), listed(1)],
  },
  {
    query: 'api/src/editing/area-version-graph',
    name: 'one version with its graph',
    fixture: 'two-areas',
    setup: twoVersions,
    params: { areaId: 'wiltshire', version: 1 },
    expected: [{ version: 1, graph: '{"v":1}', sha256: 'hash-1' }],
  },
  {
    query: 'api/src/editing/area-version-graph',
    name: 'no row for a version not kept',
    fixture: 'two-areas',
    setup: twoVersions,
    params: { areaId: 'wiltshire', version: 7 },
    expected: [],
  },
  {
    query: 'api/src/editing/prune-area-versions',
    name: 'drops the versions of one area not kept',
    fixture: 'two-areas',
    setup: twoVersions,
    params: { areaId: 'wiltshire', keep: [2] },
    expected: [{ pruned: 1 }],
  },
  {
    query: 'api/src/editing/prune-area-versions',
    name: 'nothing to drop',
    fixture: 'two-areas',
    setup: twoVersions,
    params: { areaId: 'wiltshire', keep: [1, 2] },
    expected: [{ pruned: 0 }],
  },
  {
    query: 'api/src/editing/lock-area',
    name: "locks an existing area's node without changing it",
    fixture: 'two-areas',
    params: { areaId: 'wiltshire' },
    expected: [{ id: 'wiltshire' }],
  },
  {
    query: 'api/src/editing/lock-area',
    name: 'no row for an area not stored yet',
    fixture: 'two-areas',
    params: { areaId: 'nowhere' },
    expected: [],
  },
]);
