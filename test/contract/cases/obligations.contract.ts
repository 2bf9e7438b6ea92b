import { defineCases } from '../contract.ts';

const QUERY = 'api/src/obligations/posts-by-kind';

export default defineCases([
  {
    query: QUERY,
    name: 'posts of a kind in every area (empty areaIds), ordered by area then id; bodies never match',
    fixture: 'obligations',
    params: { kind: 'dcs', areaIds: [] },
    expected: [
      { id: 'shire/dcs', areaId: 'shire' },
      { id: 'vale/dcs', areaId: 'vale' },
      { id: 'wold/dcs', areaId: 'wold' },
    ],
  },
  {
    query: QUERY,
    name: 'posts of a kind in the given areas only, whatever order they are given in',
    fixture: 'obligations',
    params: { kind: 'dcs', areaIds: ['wold', 'shire', 'nowhere'] },
    expected: [
      { id: 'shire/dcs', areaId: 'shire' },
      { id: 'wold/dcs', areaId: 'wold' },
    ],
  },
  {
    query: QUERY,
    name: 'another kind',
    fixture: 'obligations',
    params: { kind: 'chair', areaIds: [] },
    expected: [{ id: 'shire/chair', areaId: 'shire' }],
  },
  {
    query: QUERY,
    name: 'no rows for a kind no post has',
    fixture: 'obligations',
    params: { kind: 'lead-member', areaIds: [] },
    expected: [],
  },
]);
