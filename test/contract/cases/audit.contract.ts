import { cypher, type Store } from '@accgraph/api/store';
import { catalogueQuery, defineCases } from '../contract.ts';

const CLEAR_AUDIT = cypher(import.meta.url, '../clear-audit.cypher');
const RECORD = catalogueQuery('api/src/audit/record-change');

const change = (areaId: string, action: string, at: string) => ({
  areaId,
  at,
  accountId: 'acct-1',
  actorName: 'Ann Editor',
  action,
  targetId: `${areaId}/wscb`,
  before: '{"name":"Old"}',
  after: '{"name":"New"}',
  reason: 'typo',
});

/** An empty log, then three changes of wiltshire and one of walsall. */
async function threeChanges(store: Store): Promise<void> {
  await store.write(CLEAR_AUDIT.with());
  await store.write(RECORD.with(change('wiltshire', 'node.edit', '2026-12-07T06:00:00.000Z')));
  await store.write(RECORD.with(change('walsall', 'node.edit', '2026-12-07T06:00:01.000Z')));
  await store.write(
    RECORD.with(change('wiltshire', 'relationship.add', '2026-12-07T06:00:02.000Z')),
  );
  await store.write(RECORD.with(change('wiltshire', 'area.publish', '2026-12-07T06:00:03.000Z')));
}

const row = (seq: number, action: string, at: string) => ({
  id: `wiltshire#change-${seq}`,
  areaId: 'wiltshire',
  seq,
  at,
  accountId: 'acct-1',
  actorName: 'Ann Editor',
  action,
  targetId: 'wiltshire/wscb',
  before: '{"name":"Old"}',
  after: '{"name":"New"}',
  reason: 'typo',
});

export default defineCases([
  {
    query: 'api/src/audit/record-change',
    name: "the first change of an area is number 1; the next follows the area's last",
    fixture: 'two-areas',
    setup: async (store) => {
      await store.write(CLEAR_AUDIT.with());
      await store.write(RECORD.with(change('walsall', 'node.edit', '2026-12-07T06:00:00.000Z')));
    },
    params: change('wiltshire', 'node.edit', '2026-12-07T06:00:05.000Z'),
    expected: [{ id: 'wiltshire#change-1', seq: 1 }],
    after: async (store) => {
      const rows = await store.write(
        RECORD.with(change('wiltshire', 'node.edit', '2026-12-07T06:00:06.000Z')),
      );
      if (rows[0]?.seq !== 2) throw new Error(`second change numbered ${String(rows[0]?.seq)}`);
    },
  },
  {
    query: 'api/src/audit/list-changes',
    name: "an area's changes, newest first, one page",
    fixture: 'two-areas',
    setup: threeChanges,
    params: { areaId: 'wiltshire', beforeSeq: null, limit: 2 },
    expected: [
      row(3, 'area.publish', '2026-12-07T06:00:03.000Z'),
      row(2, 'relationship.add', '2026-12-07T06:00:02.000Z'),
    ],
  },
  {
    query: 'api/src/audit/list-changes',
    name: 'the page after a cursor (changes numbered below it)',
    fixture: 'two-areas',
    setup: threeChanges,
    params: { areaId: 'wiltshire', beforeSeq: 2, limit: 2 },
    expected: [row(1, 'node.edit', '2026-12-07T06:00:00.000Z')],
  },
  {
    query: 'api/src/audit/count-changes',
    name: "how many changes an area's log holds (not another area's)",
    fixture: 'two-areas',
    setup: threeChanges,
    params: { areaId: 'wiltshire' },
    expected: [{ count: 3 }],
  },
  {
    query: 'api/src/audit/export-changes',
    name: "an area's whole log, oldest first",
    fixture: 'two-areas',
    setup: threeChanges,
    params: { areaId: 'wiltshire' },
    expected: [
      row(1, 'node.edit', '2026-12-07T06:00:00.000Z'),
      row(2, 'relationship.add', '2026-12-07T06:00:02.000Z'),
      row(3, 'area.publish', '2026-12-07T06:00:03.000Z'),
    ],
  },
]);
