import { catalogueQuery, defineCases } from '../contract.ts';

/** How an area reached the store (decision 0022): bundled, imported or edited. */
const SET = catalogueQuery('api/src/canonical/set-area-provenance');

export default defineCases([
  {
    query: 'api/src/canonical/set-area-provenance',
    name: 'records provenance, when and by whom on the Area node',
    fixture: 'two-areas',
    params: { areaId: 'walsall', provenance: 'imported', at: '2026-12-07T06:00:00.000Z', by: null },
    expected: [{ id: 'walsall' }],
  },
  {
    query: 'api/src/canonical/read-area-provenance',
    name: 'every area with its provenance (null where none was recorded)',
    fixture: 'two-areas',
    setup: async (store) =>
      void (await store.write(
        SET.with({ areaId: 'wiltshire', provenance: 'edited', at: '2026-12-07', by: 'Ann' }),
      )),
    expected: [
      { id: 'walsall', provenance: null, at: null, by: null },
      { id: 'wiltshire', provenance: 'edited', at: '2026-12-07', by: 'Ann' },
    ],
  },
  {
    query: 'api/src/area/area-provenance',
    name: 'the areas asked for with their provenance; unknown ids give no row',
    fixture: 'two-areas',
    setup: async (store) =>
      void (await store.write(
        SET.with({ areaId: 'walsall', provenance: 'imported', at: '2026-12-07', by: null }),
      )),
    params: { ids: ['walsall', 'wiltshire', 'atlantis'] },
    expected: [
      { id: 'walsall', provenance: 'imported', at: '2026-12-07', by: null },
      { id: 'wiltshire', provenance: null, at: null, by: null },
    ],
  },
]);
