/**
 * The area picker's list (issue 12 point 6): `Area.documentYears` and
 * `Area.documentTitles` say what `Area.documents` says, from the kept list
 * of every area (`areas`) and for one area (`area(id:)`), on the bundled
 * areas; the old fields stay for other clients.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

interface Listed {
  id: string;
  name: string;
  documentYears: number[];
  documentTitles: string[];
  documents: { title: string; year: number | null }[];
}

const FIELDS = 'id name documentYears documentTitles documents { title year }';

function summarised(area: Listed) {
  const years = [...new Set(area.documents.flatMap((d) => (d.year === null ? [] : [d.year])))];
  return {
    documentYears: years.sort((a, b) => a - b),
    documentTitles: area.documents.map((d) => d.title),
  };
}

describe("the area picker's list", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startSeededApp({ embedded: true });
  }, 120_000);
  afterAll(async () => t?.close());

  it("gives each area's distinct document years, ascending, and its documents' titles", async () => {
    const { areas } = dataOf<{ areas: Listed[] }>(await t.graphql(`{ areas { ${FIELDS} } }`));
    expect(areas.length).toBeGreaterThanOrEqual(4);
    for (const area of areas) {
      expect({ id: area.id, ...summarised(area) }).toEqual({
        id: area.id,
        documentYears: area.documentYears,
        documentTitles: area.documentTitles,
      });
    }
    const wiltshire = areas.find((a) => a.id === 'wiltshire')!;
    expect(wiltshire.documentYears).toEqual([2014, 2019]);
    expect(wiltshire.documentTitles).toHaveLength(2);
  });

  it('gives the same for one area asked by id, as the list does', async () => {
    const { areas } = dataOf<{ areas: Listed[] }>(await t.graphql(`{ areas { ${FIELDS} } }`));
    for (const listed of areas) {
      const { area } = dataOf<{ area: Listed }>(
        await t.graphql(`query ($id: ID!) { area(id: $id) { ${FIELDS} } }`, { id: listed.id }),
      );
      expect(area).toEqual(listed);
    }
  });
});
