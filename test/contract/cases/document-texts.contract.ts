import { expect } from 'vitest';
import type { Store } from '@accgraph/api/store';
import { catalogueQuery, defineCases } from '../contract.ts';

/** Document texts (decision 0022): :SourceText, outside the Entity set. */
const WRITE = catalogueQuery('api/src/documents/write-document-text');
const READ = catalogueQuery('api/src/documents/read-document-texts');
const READ_NODES_BY_ID = catalogueQuery('api/src/canonical/read-nodes-by-id');

const text = (documentId: string, body: string, sha256: string) => ({
  documentId,
  text: body,
  sha256,
  sourceFile: `${documentId.replace('/', '-')}.txt`,
  provenance: 'bundled',
});

const twoTexts = async (store: Store) => {
  await store.write(WRITE.with(text('walsall/2017', 'Walsall text\nline two', 'aa')));
  await store.write(WRITE.with(text('wiltshire/2014', 'Wiltshire — “text”', 'bb')));
};

export default defineCases([
  {
    query: 'api/src/documents/write-document-text',
    name: 'stores a text once per document; a second write replaces it, no Entity node',
    fixture: 'two-areas',
    setup: async (store) => void (await store.write(WRITE.with(text('walsall/2017', 'old', 'o')))),
    params: text('walsall/2017', 'new text', 'n'),
    expected: [{ documentId: 'walsall/2017', sha256: 'n' }],
    after: async (store) => {
      const rows = await store.read(READ.with({ documentIds: ['walsall/2017'] }));
      expect(rows).toEqual([
        {
          documentId: 'walsall/2017',
          text: 'new text',
          sha256: 'n',
          sourceFile: 'walsall-2017.txt',
          provenance: 'bundled',
        },
      ]);
      expect(await store.read(READ_NODES_BY_ID.with({ ids: ['walsall/2017'] }))).toHaveLength(1);
    },
  },
  {
    query: 'api/src/documents/read-document-texts',
    name: 'the texts of the documents asked for, by id; unknown ids give no row',
    fixture: 'two-areas',
    setup: twoTexts,
    params: { documentIds: ['wiltshire/2014', 'walsall/2017', 'nowhere/1'] },
    expected: [
      text('walsall/2017', 'Walsall text\nline two', 'aa'),
      text('wiltshire/2014', 'Wiltshire — “text”', 'bb'),
    ],
  },
  {
    query: 'api/src/documents/read-document-text-hashes',
    name: 'the hashes without the texts',
    fixture: 'two-areas',
    setup: twoTexts,
    params: { documentIds: ['wiltshire/2014'] },
    expected: [{ documentId: 'wiltshire/2014', sha256: 'bb' }],
  },
]);
