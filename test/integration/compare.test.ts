import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.ts';
import { startCountingApp, type CountingApp } from './support/counting-store.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

interface Cell {
  areaId: string;
  status: string;
  holders: { holder: { id: string }; lead: boolean; obligations: { id: string }[] }[];
}
interface Comparison {
  asOf: string;
  areas: { id: string }[];
  rows: { dutyType: { code: string; category: string | null }; cells: Cell[] }[];
}

const COMPARE = /* GraphQL */ `
  query (
    $areaIds: [ID!]!
    $asOf: IsoDate
    $dutyTypes: [String!]
    $categories: [String!]
    $includeUncarried: Boolean
  ) {
    compareAreas(
      areaIds: $areaIds
      asOf: $asOf
      dutyTypes: $dutyTypes
      categories: $categories
      includeUncarried: $includeUncarried
    ) {
      asOf
      areas {
        id
      }
      rows {
        dutyType {
          code
          category
        }
        cells {
          areaId
          status
          holders {
            holder {
              id
            }
            lead
            obligations {
              id
            }
          }
        }
      }
    }
  }
`;

let t: TestApp;
beforeAll(async () => {
  t = await startSeededApp();
});
afterAll(async () => {
  await t?.close();
});

async function compare(variables: Record<string, unknown>): Promise<Comparison> {
  return dataOf<{ compareAreas: Comparison }>(await t.graphql(COMPARE, variables)).compareAreas;
}

const cellOf = (c: Comparison, code: string, areaId: string) =>
  c.rows.find((r) => r.dutyType.code === code)?.cells.find((x) => x.areaId === areaId);
const holderIds = (cell: Cell | undefined) => cell?.holders.map((h) => h.holder.id);

describe('compareAreas: Wiltshire and Oxfordshire as of 2015-01-01', () => {
  let c: Comparison;
  beforeAll(async () => {
    c = await compare({ areaIds: ['wiltshire', 'oxfordshire'], asOf: '2015-01-01' });
  });

  it('columns in the order asked, one cell per area in every row', () => {
    expect(c.asOf).toBe('2015-01-01');
    expect(c.areas.map((a) => a.id)).toEqual(['wiltshire', 'oxfordshire']);
    for (const row of c.rows)
      expect(row.cells.map((x) => x.areaId)).toEqual(['wiltshire', 'oxfordshire']);
  });

  it('rows ordered by category then code', () => {
    const keys = c.rows.map((r) => `${r.dutyType.category}/${r.dutyType.code}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('training needs: carried by both the WSCB and the Trust with no shared or lead declaration (MULTIPLE)', () => {
    // WSCB: "It is also responsible for identifying multi-agency training needs ...";
    // Trust: "Assess multi-agency training needs and commission/provide training accordingly".
    const cell = cellOf(c, 'TRAINING_NEEDS_ASSESSMENT', 'wiltshire')!;
    expect(cell.status).toBe('MULTIPLE');
    expect(holderIds(cell)).toEqual(['wiltshire/childrens-trust', 'wiltshire/wscb']);
    const wscb = cell.holders.find((h) => h.holder.id === 'wiltshire/wscb')!;
    expect(wscb.obligations.map((o) => o.id)).toEqual([
      'wiltshire/2014/wscb-inform-trust-training',
      'wiltshire/2014/wscb-training-needs',
    ]);
    // Oxfordshire 2009 gives no such duty.
    expect(cellOf(c, 'TRAINING_NEEDS_ASSESSMENT', 'oxfordshire')).toMatchObject({
      status: 'NONE',
      holders: [],
    });
  });

  it('serious case reviews: the OSCB alone in Oxfordshire, nobody in Wiltshire', () => {
    // "The OSCB will undertake serious case reviews when required"
    const oxon = cellOf(c, 'SERIOUS_CASE_REVIEW', 'oxfordshire')!;
    expect(oxon.status).toBe('SINGLE');
    expect(holderIds(oxon)).toEqual(['oxfordshire/oscb']);
    expect(oxon.holders[0]!.obligations.map((o) => o.id)).toEqual([
      'oxfordshire/2009/oscb-serious-case-reviews',
    ]);
    expect(cellOf(c, 'SERIOUS_CASE_REVIEW', 'wiltshire')).toMatchObject({ status: 'NONE' });
  });

  it('dispute resolution: one shared process of the Trust and the WSCB (SHARED)', () => {
    // "resolution should be sought through documented communication between the two Chairs"
    const cell = cellOf(c, 'DISPUTE_RESOLUTION', 'wiltshire')!;
    expect(cell.status).toBe('SHARED');
    expect(holderIds(cell)).toEqual(['wiltshire/childrens-trust', 'wiltshire/wscb']);
  });

  it('only statements current at asOf: no 2019 body appears in 2015', () => {
    const holders = c.rows.flatMap((r) => r.cells.flatMap((x) => holderIds(x) ?? []));
    expect(holders).not.toContain('wiltshire/svpp');
    expect(holders).toContain('wiltshire/wscb');
  });

  it('the default rows are the duty types some compared area carries', async () => {
    const all = await compare({
      areaIds: ['wiltshire', 'oxfordshire'],
      asOf: '2015-01-01',
      includeUncarried: true,
    });
    const carried = all.rows
      .filter((r) => r.cells.some((x) => x.status !== 'NONE'))
      .map((r) => r.dutyType.code);
    // Some duty types are carried here and some are not: the default drops only the latter.
    expect(carried.length).toBeGreaterThan(5);
    expect(carried.length).toBeLessThan(all.rows.length);
    expect(c.rows.map((r) => r.dutyType.code)).toEqual(carried);
    for (const row of c.rows) {
      expect(row.cells.some((x) => x.status !== 'NONE')).toBe(true);
    }
  });
});

describe('compareAreas: Peterborough', () => {
  it('section 11 assurance is SHARED between the PSCB and the Trust', async () => {
    // "The function of monitoring partners discharge of responsibilities will be
    // incorporated into the Stay Safe Partnership Group." (a shared function)
    const c = await compare({
      areaIds: ['peterborough', 'walsall'],
      asOf: '2015-01-01',
      dutyTypes: ['S11_ASSURANCE'],
    });
    expect(c.rows.map((r) => r.dutyType.code)).toEqual(['S11_ASSURANCE']);
    const cell = cellOf(c, 'S11_ASSURANCE', 'peterborough')!;
    expect(cell.status).toBe('SHARED');
    expect(holderIds(cell)).toEqual(['peterborough/childrens-trust', 'peterborough/pscb']);
    const trust = cell.holders.find((h) => h.holder.id === 'peterborough/childrens-trust')!;
    expect(trust.obligations.map((o) => o.id)).toEqual([
      'peterborough/2009/shared-s11-compliance-monitoring',
    ]);
    expect(cellOf(c, 'S11_ASSURANCE', 'walsall')!.status).toBe('NONE');
  });

  it('serious case reviews led by the PSCB: one holder is SINGLE, whatever its lead flag', async () => {
    // "The PSCB will lead the reviews of serious cases ..."
    const c = await compare({
      areaIds: ['peterborough', 'oxfordshire'],
      asOf: '2015-01-01',
      dutyTypes: ['SERIOUS_CASE_REVIEW'],
    });
    const cell = cellOf(c, 'SERIOUS_CASE_REVIEW', 'peterborough')!;
    expect(cell.status).toBe('SINGLE');
    expect(cell.holders[0]!.lead).toBe(true);
  });
});

describe('compareAreas: filters and uncarried rows', () => {
  it('Wiltshire 2019 names leads for rapid reviews (LEAD)', async () => {
    // "The PRG will then lead and complete the ‘rapid review’ within a further 15 days";
    // the Independent Chair is "To lead on decision making in relation to rapid reviews".
    const c = await compare({
      areaIds: ['wiltshire', 'walsall'],
      asOf: '2020-01-01',
      dutyTypes: ['RAPID_REVIEW'],
    });
    const cell = cellOf(c, 'RAPID_REVIEW', 'wiltshire')!;
    expect(cell.status).toBe('LEAD');
    expect(holderIds(cell)).toEqual([
      'wiltshire/practice-review-group',
      'wiltshire/svpp-independent-chair',
    ]);
  });

  it('categories keep only their duty types', async () => {
    const c = await compare({
      areaIds: ['wiltshire', 'oxfordshire'],
      asOf: '2015-01-01',
      categories: ['learning'],
    });
    expect(c.rows.length).toBeGreaterThan(0);
    expect(c.rows.every((r) => r.dutyType.category === 'learning')).toBe(true);
  });

  it('includeUncarried lists every taxonomy code, more rows than those carried', async () => {
    const vars = { areaIds: ['wiltshire', 'oxfordshire'], asOf: '2015-01-01' };
    const carried = await compare(vars);
    const all = await compare({ ...vars, includeUncarried: true });
    expect(all.rows.length).toBeGreaterThan(carried.rows.length);
    const uncarried = all.rows.filter((r) => r.cells.every((x) => x.status === 'NONE'));
    expect(uncarried.length).toBe(all.rows.length - carried.rows.length);
    // Carried rows are unchanged by the option.
    expect(cellOf(all, 'TRAINING_NEEDS_ASSESSMENT', 'wiltshire')!.status).toBe('MULTIPLE');
  });
});

describe('compareAreas input', () => {
  it.each([
    [['wiltshire'], '2 to 20 areas'],
    [Array.from({ length: 21 }, (_, i) => `area-${i}`), '2 to 20 areas'],
    [['wiltshire', 'wiltshire'], 'twice'],
  ])('refuses %j with BAD_USER_INPUT', async (areaIds, message) => {
    const res = await t.graphql(COMPARE, { areaIds });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toContain(message);
  });

  it('answers NOT_FOUND naming every unknown area', async () => {
    const res = await t.graphql(COMPARE, { areaIds: ['wiltshire', 'atlantis', 'lyonesse'] });
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(res.body.errors?.[0]?.message).toContain('No area "atlantis", "lyonesse" in the graph');
  });

  it('refuses a duty type that is not a code', async () => {
    const res = await t.graphql(COMPARE, {
      areaIds: ['wiltshire', 'walsall'],
      dutyTypes: ['serious case review'],
    });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('compareAreas store round-trips (no query per cell)', () => {
  let counted: CountingApp;
  beforeAll(async () => {
    counted = await startCountingApp();
  });
  afterAll(async () => {
    await counted?.close();
  });

  const DEEP = /* GraphQL */ `
    query ($areaIds: [ID!]!) {
      compareAreas(areaIds: $areaIds, includeUncarried: true) {
        rows {
          cells {
            status
            holders {
              holder {
                id
              }
              obligations {
                id
                holders {
                  holder {
                    id
                  }
                }
                basedOn {
                  provision {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  `;

  async function readsFor(areaIds: string[]) {
    counted.counting.reset();
    dataOf(await counted.graphql(DEEP, { areaIds }));
    return [...counted.counting.reads];
  }

  it('the matrix is one catalogue query plus one node lookup, for 2 or 4 areas', async () => {
    const two = await readsFor(['wiltshire', 'walsall']);
    const four = await readsFor(['wiltshire', 'walsall', 'oxfordshire', 'peterborough']);
    expect(two.filter((name) => name.includes('compare-obligations'))).toHaveLength(1);
    expect(four.length).toBe(two.length);
    // matrix, nodes; then per nested level: relationships in/out, their ends
    expect(four.length).toBeLessThanOrEqual(6);
  });
});

describe('compareAreas rowPage: pages kept with the matrix', () => {
  const PAGE = /* GraphQL */ `
    query ($areaIds: [ID!]!, $first: Int, $after: String) {
      compareAreas(areaIds: $areaIds, includeUncarried: true) {
        rowPage(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          evidence {
            id
            quote
          }
          obligations {
            evidenceIds
            obligation {
              id
            }
          }
          rows {
            dutyType {
              code
            }
            cells {
              areaId
              status
              holders {
                obligationIds
              }
            }
          }
        }
      }
    }
  `;
  const areaIds = ['wiltshire', 'walsall', 'oxfordshire'];

  it('answers the same page asked again with the same bytes, the next page after it, and bad input each time', async () => {
    const first = await t.graphql(PAGE, { areaIds, first: 3 });
    const again = await t.graphql(PAGE, { areaIds, first: 3 });
    expect(JSON.stringify(again.body)).toBe(JSON.stringify(first.body));
    const page = dataOf<{
      compareAreas: {
        rowPage: { pageInfo: { endCursor: string }; rows: { dutyType: { code: string } }[] };
      };
    }>(first).compareAreas.rowPage;
    expect(page.rows).toHaveLength(3);
    const next = dataOf<typeof first.body.data>(
      await t.graphql(PAGE, { areaIds, first: 3, after: page.pageInfo.endCursor }),
    ) as { compareAreas: { rowPage: { rows: { dutyType: { code: string } }[] } } };
    const codes = (p: { rows: { dutyType: { code: string } }[] }) =>
      p.rows.map((r) => r.dutyType.code);
    expect(codes(next.compareAreas.rowPage).some((c) => codes(page).includes(c))).toBe(false);
    for (let i = 0; i < 2; i += 1) {
      const bad = await t.graphql(PAGE, { areaIds, first: 3, after: 'no-such-duty-type' });
      expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
