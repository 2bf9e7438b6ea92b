import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherText, REPO_ROOT, type Store } from '@accgraph/api/store';
import { catalogueQueryNames, GENERATED } from '../catalogue/cypher-files.ts';
import { backends } from './backends.ts';
import { ALL_CASES } from './cases.ts';
import { comparable, hasOrderBy, isWrite } from './compare.ts';
import { loadFixture } from './fixtures.ts';

const queryFile = (name: string): string => join(REPO_ROOT, `${name}.cypher`);

describe('contract coverage', () => {
  it('every catalogue query has at least one contract case', () => {
    const covered = new Set(ALL_CASES.map((c) => c.query));
    const missing = catalogueQueryNames().filter((name) => !covered.has(name));
    expect(missing, `queries without a contract case (see test/contract/README.md)`).toEqual([]);
  });

  it('every case names an existing catalogue query', () => {
    const unknown = ALL_CASES.filter(
      (c) => !existsSync(queryFile(c.query)) && !GENERATED.has(c.query),
    ).map((c) => c.query);
    expect(unknown).toEqual([]);
  });
});

for (const backend of backends()) {
  describe(`contract on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
    }, 30_000);
    afterAll(() => backend.dispose(store));

    it.each(ALL_CASES.map((c) => [`${c.query}: ${c.name}`, c] as const))(
      '%s',
      async (_title, c) => {
        await backend.clear(store);
        await loadFixture(store, c.fixture);
        await c.setup?.(store);
        const text = GENERATED.get(c.query)?.text ?? cypherText(REPO_ROOT, `${c.query}.cypher`);
        const statement = { name: c.query, text, params: c.params ?? {} };
        const rows =
          (c.write ?? isWrite(text)) ? await store.write(statement) : await store.read(statement);
        const ordered = c.ordered ?? hasOrderBy(text);
        expect(comparable(rows, c, ordered)).toEqual(comparable(c.expected, c, ordered));
        await c.after?.(store);
      },
    );
  });
}
