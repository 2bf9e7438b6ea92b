import type { Store } from '@accgraph/api/store';
import { defineCases } from '../contract.ts';

// Uploads and drafts are not graph facts (labels outside Entity): the harness
// does not clear them, so every case removes what it made.
const UPLOAD = {
  id: 'upload-1',
  fileName: 'protocol.txt',
  format: 'text',
  bytes: 12,
  sha256: 'abc',
  extractor: 'utf-8 text',
  pages: null,
  text: '# A\n\nThe Board.\n',
  createdBy: 'acc-1',
  createdAt: '2026-12-07T06:00:00.000Z',
};
const DRAFT = {
  id: 'draft-1',
  areaId: 'testshire',
  year: '2017',
  uploadId: 'upload-1',
  status: 'OPEN',
  revision: 1,
  body: '{"nodes":[]}',
  createdBy: 'acc-1',
  createdAt: '2026-12-07T06:00:00.000Z',
  updatedAt: '2026-12-07T06:00:00.000Z',
};

const clear = async (store: Store) => {
  await store.write({ text: 'MATCH (u:Upload) DETACH DELETE u' });
  await store.write({ text: 'MATCH (d:ReviewDraft) DETACH DELETE d' });
};
const withUpload = async (store: Store) => {
  await clear(store);
  await store.write({
    text: 'CREATE (u:Upload) SET u = $props',
    params: { props: Object.fromEntries(Object.entries(UPLOAD).filter(([, v]) => v !== null)) },
  });
};
const withDrafts = async (store: Store) => {
  await clear(store);
  await store.write({ text: 'CREATE (d:ReviewDraft) SET d = $props', params: { props: DRAFT } });
  await store.write({
    text: 'CREATE (d:ReviewDraft) SET d = $props',
    params: {
      props: { ...DRAFT, id: 'draft-2', createdAt: '2026-12-07T07:00:00.000Z' },
    },
  });
  await store.write({
    text: 'CREATE (d:ReviewDraft) SET d = $props',
    params: { props: { ...DRAFT, id: 'draft-3', areaId: 'elsewhere' } },
  });
};
const count = async (store: Store, label: 'Upload' | 'ReviewDraft') =>
  Number((await store.read({ text: `MATCH (n:${label}) RETURN count(n) AS n` }))[0]?.n);

export default defineCases([
  {
    query: 'api/src/uploads/create-upload',
    name: 'stores an upload with its text',
    fixture: [],
    setup: clear,
    params: UPLOAD,
    expected: [{ id: 'upload-1' }],
    async after(store) {
      const [row] = await store.read({
        text: 'MATCH (u:Upload {id: $id}) RETURN u.text AS text, u.format AS format',
        params: { id: 'upload-1' },
      });
      if (row?.text !== UPLOAD.text || row?.format !== 'text') throw new Error('upload not stored');
      await clear(store);
    },
  },
  {
    query: 'api/src/uploads/read-upload',
    name: 'one upload by id (pages missing reads null)',
    fixture: [],
    setup: withUpload,
    params: { id: 'upload-1' },
    expected: [UPLOAD],
    after: clear,
  },
  {
    query: 'api/src/uploads/read-upload',
    name: 'no row for an unknown upload',
    fixture: [],
    setup: withUpload,
    params: { id: 'upload-2' },
    expected: [],
    after: clear,
  },
  {
    query: 'api/src/uploads/delete-upload',
    name: 'removes one upload',
    fixture: [],
    setup: withUpload,
    params: { id: 'upload-1' },
    expected: [{ deleted: 1 }],
    async after(store) {
      if ((await count(store, 'Upload')) !== 0) throw new Error('upload left behind');
    },
  },
  {
    query: 'api/src/drafts/create-draft',
    name: 'stores an open draft at revision 1',
    fixture: [],
    setup: clear,
    params: {
      id: 'draft-1',
      areaId: 'testshire',
      year: '2017',
      uploadId: 'upload-1',
      body: '{"nodes":[]}',
      createdBy: 'acc-1',
      now: '2026-12-07T06:00:00.000Z',
    },
    expected: [{ id: 'draft-1', revision: 1 }],
    async after(store) {
      const [row] = await store.read({
        text: 'MATCH (d:ReviewDraft {id: $id}) RETURN d.status AS status, d.updatedAt AS updatedAt',
        params: { id: 'draft-1' },
      });
      if (row?.status !== 'OPEN' || row?.updatedAt !== '2026-12-07T06:00:00.000Z')
        throw new Error('draft not stored');
      await clear(store);
    },
  },
  {
    query: 'api/src/drafts/read-draft',
    name: 'one draft by id',
    fixture: [],
    setup: withDrafts,
    params: { id: 'draft-1' },
    expected: [DRAFT],
    after: clear,
  },
  {
    query: 'api/src/drafts/list-drafts',
    name: 'the drafts of one area, newest first',
    fixture: [],
    setup: withDrafts,
    params: { areaId: 'testshire' },
    expected: [{ ...DRAFT, id: 'draft-2', createdAt: '2026-12-07T07:00:00.000Z' }, DRAFT],
    after: clear,
  },
  {
    query: 'api/src/drafts/update-draft',
    name: 'saves at the expected revision and moves it on',
    fixture: [],
    setup: withDrafts,
    params: {
      id: 'draft-1',
      revision: 1,
      status: 'OPEN',
      body: '{"nodes":[1]}',
      now: '2026-12-07T08:00:00.000Z',
    },
    expected: [{ revision: 2 }],
    after: clear,
  },
  {
    query: 'api/src/drafts/update-draft',
    name: 'no row (nothing written) at a stale revision',
    fixture: [],
    setup: withDrafts,
    params: {
      id: 'draft-1',
      revision: 7,
      status: 'OPEN',
      body: '{"nodes":[1]}',
      now: '2026-12-07T08:00:00.000Z',
    },
    expected: [],
    async after(store) {
      const [row] = await store.read({
        text: 'MATCH (d:ReviewDraft {id: $id}) RETURN d.body AS body',
        params: { id: 'draft-1' },
      });
      if (row?.body !== DRAFT.body) throw new Error('a stale revision wrote');
      await clear(store);
    },
  },
  {
    query: 'api/src/drafts/delete-draft',
    name: 'removes one draft',
    fixture: [],
    setup: withDrafts,
    params: { id: 'draft-1' },
    expected: [{ deleted: 1 }],
    async after(store) {
      if ((await count(store, 'ReviewDraft')) !== 2) throw new Error('wrong drafts removed');
      await clear(store);
    },
  },
]);
