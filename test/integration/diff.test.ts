import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startSeededApp } from './support/seeded.ts';
import type { TestApp } from './support/app.ts';

const REL = `id type fromId toId key documentId evidence { documentId quote }
  ... on MemberOfRelationship { capacity }`;
const OBL = 'obligation { id text documentId evidence { quote } } holderIds dutyTypes';
const DIFF = `
  areaId
  from { date documents { id } }
  to { date documents { id } }
  bodies {
    added { body { id name } evidence { documentId quote } relationshipIds }
    removed { body { id name } evidence { documentId quote } relationshipIds }
    changed { body { id } changes { property before after } }
    unchanged
  }
  relationships {
    added { ${REL} }
    removed { ${REL} }
    changed { type fromId toId key changes { property before after } before { id } after { id } }
    unchanged
  }
  obligations {
    added { ${OBL} }
    removed { ${OBL} }
    changed { matchedBy similarity before { obligation { id } } after { obligation { id } } }
    unchanged
  }`;
const BY_DATES = `query ($area: ID!, $from: IsoDate!, $to: IsoDate!) {
  diff(areaId: $area, from: $from, to: $to) { ${DIFF} } }`;
const BY_DOCUMENTS = `query ($a: ID!, $b: ID!) {
  diffDocuments(fromDocumentId: $a, toDocumentId: $b) { ${DIFF} } }`;

interface Evidence {
  documentId: string;
  quote: string;
}
interface Rel {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  key: string | null;
  documentId: string;
  evidence: Evidence[];
  capacity?: string | null;
}
interface DiffBody {
  body: { id: string; name: string };
  evidence: Evidence[];
  relationshipIds: string[];
}
interface Obl {
  obligation: { id: string; text: string; documentId: string; evidence: { quote: string }[] };
  holderIds: string[];
  dutyTypes: string[];
}
interface Diff {
  areaId: string;
  from: { date: string | null; documents: { id: string }[] };
  to: { date: string | null; documents: { id: string }[] };
  bodies: { added: DiffBody[]; removed: DiffBody[]; changed: unknown[]; unchanged: number };
  relationships: { added: Rel[]; removed: Rel[]; changed: unknown[]; unchanged: number };
  obligations: { added: Obl[]; removed: Obl[]; changed: unknown[]; unchanged: number };
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const sortKey = (r: Rel) => [r.type, r.fromId, r.toId, r.key ?? ''].join('\u0000');

describe('diff (Wiltshire 2014 protocol -> 2019 plan, real seed data)', () => {
  let t: TestApp;
  let wiltshire: Diff;

  beforeAll(async () => {
    t = await startSeededApp();
    wiltshire = dataOf<{ diff: Diff }>(
      await t.graphql(BY_DATES, { area: 'wiltshire', from: '2015-01-01', to: '2020-01-01' }),
    ).diff;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('compares the 2014 protocol (in force 2015) with the 2019 plan (in force 2020)', () => {
    expect(wiltshire.areaId).toBe('wiltshire');
    expect(wiltshire.from).toEqual({ date: '2015-01-01', documents: [{ id: 'wiltshire/2014' }] });
    expect(wiltshire.to).toEqual({ date: '2020-01-01', documents: [{ id: 'wiltshire/2019' }] });
  });

  it('removes the WSCB holding the Trust Chair to account, with the 2014 quote', () => {
    // 2014 protocol, "4. Responsibilities": the WSCB will "Hold the Trust Chair to account for
    // action taken by the Trust to safeguard children and young people in all its activities".
    const removed = wiltshire.relationships.removed.find(
      (r) => r.type === 'HOLDS_TO_ACCOUNT' && r.fromId === 'wiltshire/wscb',
    );
    expect(removed?.toId).toBe('wiltshire/trust-chair');
    expect(removed?.documentId).toBe('wiltshire/2014');
    expect(removed?.evidence).toContainEqual({
      documentId: 'wiltshire/2014',
      quote:
        'Hold the Trust Chair to account for action taken by the Trust to safeguard children and young people in all its activities',
    });
    // the 2019 plan states no accountability line from the WSCB at all
    expect(
      wiltshire.relationships.added.filter(
        (r) => r.type === 'HOLDS_TO_ACCOUNT' && r.fromId === 'wiltshire/wscb',
      ),
    ).toEqual([]);
  });

  it('adds the three SVPP sub-groups as SUBGROUP_OF edges, with the 2019 quote', () => {
    // 2019 plan: "The SVPP will be served by three sub groups (Figure 2):"
    const subgroups = wiltshire.relationships.added.filter(
      (r) => r.type === 'SUBGROUP_OF' && r.toId === 'wiltshire/svpp',
    );
    expect(subgroups.map((r) => r.fromId)).toEqual([
      'wiltshire/practice-review-group',
      'wiltshire/quality-and-impact-group',
      'wiltshire/voice-of-the-user-group',
    ]);
    for (const r of subgroups) {
      expect(r.evidence).toContainEqual({
        documentId: 'wiltshire/2019',
        quote: 'The SVPP will be served by three sub groups (Figure 2):',
      });
    }
    // the 2014 joint early-help sub-group of both bodies is gone
    expect(
      wiltshire.relationships.removed
        .filter((r) => r.type === 'SUBGROUP_OF')
        .map((r) => [r.fromId, r.toId]),
    ).toEqual([
      ['wiltshire/joint-early-help-sub-group', 'wiltshire/childrens-trust'],
      ['wiltshire/joint-early-help-sub-group', 'wiltshire/wscb'],
    ]);
  });

  it('moves the DCS from the WSCB (member) to the SVPP (core member)', () => {
    // 2014: "The DCS and the Lead Member will be members of both the Children's Trust and the WSCB."
    // 2019: "The core membership of the SVPP is:" ... "- II. DCS or nominated deputy"
    const dcs = (list: Rel[]) =>
      list.filter((r) => r.type === 'MEMBER_OF' && r.fromId === 'wiltshire/dcs');
    expect(dcs(wiltshire.relationships.removed).map((r) => [r.toId, r.capacity])).toEqual([
      ['wiltshire/childrens-trust', 'member'],
      ['wiltshire/wscb', 'member'],
    ]);
    const added = dcs(wiltshire.relationships.added);
    expect(added.map((r) => [r.toId, r.capacity])).toEqual([['wiltshire/svpp', 'core-member']]);
    expect(added[0]?.evidence.map((e) => e.quote)).toContain('- II. DCS or nominated deputy');
  });

  it('adds the SVPP and removes the Children’s Trust as bodies; the WSCB stays present', () => {
    const svpp = wiltshire.bodies.added.find((b) => b.body.id === 'wiltshire/svpp');
    expect(svpp?.evidence).toContainEqual({
      documentId: 'wiltshire/2019',
      quote:
        'At the heart of the Wiltshire Plan is the construction of the **Safeguarding Vulnerable People Partnership (SVPP)**.',
    });
    expect(svpp?.relationshipIds).toContain(
      'wiltshire/2019:SUCCEEDED_BY:wiltshire/wscb->wiltshire/svpp',
    );
    expect(wiltshire.bodies.removed.map((b) => b.body.id)).toEqual(
      expect.arrayContaining(['wiltshire/childrens-trust', 'wiltshire/joint-early-help-sub-group']),
    );
    // 2019 still speaks of the WSCB in the present ("currently provides Multi-Agency Training")
    const all = [...wiltshire.bodies.added, ...wiltshire.bodies.removed].map((b) => b.body.id);
    expect(all).not.toContain('wiltshire/wscb');
    expect(wiltshire.bodies.unchanged).toBeGreaterThanOrEqual(1);
    // evidence of an added body comes from the later document, of a removed one from the earlier
    for (const b of wiltshire.bodies.added) {
      for (const e of b.evidence) expect(e.documentId).toBe('wiltshire/2019');
    }
    for (const b of wiltshire.bodies.removed) {
      for (const e of b.evidence) expect(e.documentId).toBe('wiltshire/2014');
    }
  });

  it('removes the WSCB’s 2014 obligations (e.g. its annual report to the Trust) and adds the 2019 ones', () => {
    const report = wiltshire.obligations.removed.find(
      (o) => o.obligation.id === 'wiltshire/2014/wscb-annual-report-to-trust',
    );
    expect(report).toMatchObject({ holderIds: ['wiltshire/wscb'], dutyTypes: ['ANNUAL_REPORT'] });
    expect(report?.obligation.evidence[0]?.quote).toBe(
      'Present its Annual Report on the effectiveness of safeguarding in the local area to the Trust',
    );
    // no 2019 obligation has the same holders and duty types as a 2014 one: nothing is paired
    expect(wiltshire.obligations.changed).toEqual([]);
    expect(wiltshire.obligations.unchanged).toBe(0);
    expect(
      wiltshire.obligations.removed.every((o) => o.obligation.documentId === 'wiltshire/2014'),
    ).toBe(true);
    expect(
      wiltshire.obligations.added.every((o) => o.obligation.documentId === 'wiltshire/2019'),
    ).toBe(true);
  });

  it('every relationship carries quotes of the document that states it, ordered by type, from, to, key', () => {
    for (const [list, doc] of [
      [wiltshire.relationships.added, 'wiltshire/2019'],
      [wiltshire.relationships.removed, 'wiltshire/2014'],
    ] as const) {
      expect(list.length).toBeGreaterThan(0);
      for (const r of list) {
        expect(r.documentId).toBe(doc);
        expect(r.evidence.length).toBeGreaterThan(0);
        for (const e of r.evidence) expect(e.documentId).toBe(doc);
      }
      const keys = list.map(sortKey);
      expect(keys).toEqual([...keys].sort());
    }
    // statements about the documents themselves are not compared
    const types = new Set(
      [...wiltshire.relationships.added, ...wiltshire.relationships.removed].map((r) => r.type),
    );
    for (const t of ['SIGNED', 'GOVERNS', 'PART_OF', 'HAS_OBLIGATION', 'OF_TYPE']) {
      expect(types.has(t)).toBe(false);
    }
  });

  it('diffDocuments(wiltshire/2014, wiltshire/2019) agrees with the date diff', async () => {
    const docs = dataOf<{ diffDocuments: Diff }>(
      await t.graphql(BY_DOCUMENTS, { a: 'wiltshire/2014', b: 'wiltshire/2019' }),
    ).diffDocuments;
    expect(docs.from).toEqual({ date: null, documents: [{ id: 'wiltshire/2014' }] });
    expect(docs.to).toEqual({ date: null, documents: [{ id: 'wiltshire/2019' }] });
    expect(ids(docs.relationships.added)).toEqual(ids(wiltshire.relationships.added));
    expect(ids(docs.relationships.removed)).toEqual(ids(wiltshire.relationships.removed));
    expect(docs.bodies.added.map((b) => b.body.id)).toEqual(
      wiltshire.bodies.added.map((b) => b.body.id),
    );
    expect(docs.bodies.removed.map((b) => b.body.id)).toEqual(
      wiltshire.bodies.removed.map((b) => b.body.id),
    );
    expect(docs.obligations.added.map((o) => o.obligation.id)).toEqual(
      wiltshire.obligations.added.map((o) => o.obligation.id),
    );
    expect(docs.obligations.removed.map((o) => o.obligation.id)).toEqual(
      wiltshire.obligations.removed.map((o) => o.obligation.id),
    );
  });

  it('each quote once: relationships name theirs by evidenceIds, obligations as counts (the explorer’s document)', async () => {
    const full = dataOf<{ diffDocuments: Diff }>(
      await t.graphql(BY_DOCUMENTS, { a: 'wiltshire/2014', b: 'wiltshire/2019' }),
    ).diffDocuments;
    type Quoted = Evidence & { id: string; section: string; start: number; end: number };
    type Small = {
      relationships: {
        added: { id: string; evidenceIds: string[] }[];
        removed: { id: string; evidenceIds: string[] }[];
        evidence: Quoted[];
      };
      obligations: { addedCount: number; removedCount: number };
    };
    const small = dataOf<{ diffDocuments: Small }>(
      await t.graphql(
        `query ($a: ID!, $b: ID!) { diffDocuments(fromDocumentId: $a, toDocumentId: $b) {
          relationships { added { id evidenceIds } removed { id evidenceIds }
            evidence { id documentId quote section start end } }
          obligations { addedCount removedCount } } }`,
        { a: 'wiltshire/2014', b: 'wiltshire/2019' },
      ),
    ).diffDocuments;
    expect(small.obligations).toEqual({
      addedCount: full.obligations.added.length,
      removedCount: full.obligations.removed.length,
    });
    const listed = small.relationships.evidence;
    expect(new Set(listed.map((q) => q.id)).size).toBe(listed.length);
    const byQuoteId = new Map(listed.map((q) => [q.id, q]));
    for (const kind of ['added', 'removed'] as const) {
      expect(ids(small.relationships[kind])).toEqual(ids(full.relationships[kind]));
      small.relationships[kind].forEach((r, i) => {
        const put = r.evidenceIds.map((id) => byQuoteId.get(id));
        expect(
          put.map((q) => q && { documentId: q.documentId, quote: q.quote }),
          r.id,
        ).toEqual(full.relationships[kind][i]?.evidence);
        for (const q of put) expect(q?.id).toBe(`${q?.documentId}@${q?.start}-${q?.end}`);
      });
    }
    const referred = [...small.relationships.added, ...small.relationships.removed].flatMap(
      (r) => r.evidenceIds,
    );
    expect([...new Set(referred)]).toEqual(listed.map((q) => q.id));
    expect(referred.length).toBeGreaterThan(listed.length);
  });

  it('the added and removed relationships a page at a time: the pages hold exactly the lists, each page its own quotes', async () => {
    const full = dataOf<{ diffDocuments: Diff }>(
      await t.graphql(BY_DOCUMENTS, { a: 'wiltshire/2014', b: 'wiltshire/2019' }),
    ).diffDocuments;
    type Quoted = Evidence & { id: string };
    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      added: { id: string; evidenceIds: string[] }[];
      removed: { id: string; evidenceIds: string[] }[];
      evidence: Quoted[];
    };
    const PAGE = `query ($a: ID!, $b: ID!, $first: Int, $after: String) {
      diffDocuments(fromDocumentId: $a, toDocumentId: $b) {
        relationships { addedCount removedCount page(first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          added { id evidenceIds } removed { id evidenceIds } evidence { id documentId quote } } } } }`;
    const total = full.relationships.added.length + full.relationships.removed.length;
    expect(total).toBeGreaterThan(7);
    const pages: Page[] = [];
    let after: string | null = null;
    type Sent = { addedCount: number; removedCount: number; page: Page };
    do {
      const sent: Sent = dataOf<{ diffDocuments: { relationships: Sent } }>(
        await t.graphql(PAGE, { a: 'wiltshire/2014', b: 'wiltshire/2019', first: 7, after }),
      ).diffDocuments.relationships;
      expect([sent.addedCount, sent.removedCount]).toEqual([
        full.relationships.added.length,
        full.relationships.removed.length,
      ]);
      pages.push(sent.page);
      after = sent.page.pageInfo.hasNextPage ? sent.page.pageInfo.endCursor : null;
    } while (after !== null && pages.length < 100);
    expect(pages.length).toBe(Math.ceil(total / 7));
    for (const page of pages) {
      expect(page.totalCount).toBe(total);
      expect(page.added.length + page.removed.length).toBeLessThanOrEqual(7);
      const quotes = new Map(page.evidence.map((q) => [q.id, q]));
      const referred = [...page.added, ...page.removed].flatMap((r) => r.evidenceIds);
      // each quote of the page once, and only those its relationships name
      expect(page.evidence.map((q) => q.id)).toEqual([...new Set(referred)]);
      for (const [kind, list] of [
        ['added', page.added],
        ['removed', page.removed],
      ] as const)
        for (const r of list) {
          const want = full.relationships[kind].find((f) => f.id === r.id)?.evidence;
          expect(
            r.evidenceIds.map((id) => {
              const q = quotes.get(id);
              return q && { documentId: q.documentId, quote: q.quote };
            }),
            r.id,
          ).toEqual(want);
        }
    }
    expect(pages.flatMap((p) => ids(p.added))).toEqual(ids(full.relationships.added));
    expect(pages.flatMap((p) => ids(p.removed))).toEqual(ids(full.relationships.removed));
    const bad = await t.graphql(PAGE, {
      a: 'wiltshire/2014',
      b: 'wiltshire/2019',
      first: 7,
      after: 'bm90LWEtY3Vyc29y',
    });
    expect(JSON.stringify(bad.body)).toMatch(/does not point into this list/);
  });

  it('the reverse diff swaps added and removed', async () => {
    const back = dataOf<{ diff: Diff }>(
      await t.graphql(BY_DATES, { area: 'wiltshire', from: '2020-01-01', to: '2015-01-01' }),
    ).diff;
    expect(ids(back.relationships.added)).toEqual(ids(wiltshire.relationships.removed));
    expect(ids(back.relationships.removed)).toEqual(ids(wiltshire.relationships.added));
  });

  it('an area against itself at one date is empty', async () => {
    for (const [area, date] of [
      ['wiltshire', '2016-03-01'],
      ['wiltshire', '2021-01-01'],
      ['walsall', '2018-01-01'],
    ]) {
      const d = dataOf<{ diff: Diff }>(
        await t.graphql(BY_DATES, { area, from: date, to: date }),
      ).diff;
      for (const part of [d.bodies, d.relationships, d.obligations]) {
        expect([part.added, part.removed, part.changed]).toEqual([[], [], []]);
        expect(part.unchanged).toBeGreaterThan(0);
      }
    }
  });

  it('a date before any document compares against an empty state', async () => {
    const d = dataOf<{ diff: Diff }>(
      await t.graphql(BY_DATES, { area: 'wiltshire', from: '2010-01-01', to: '2015-01-01' }),
    ).diff;
    expect(d.from.documents).toEqual([]);
    expect(d.relationships.removed).toEqual([]);
    expect(d.relationships.added.map((r) => r.id)).toEqual(ids(wiltshire.relationships.removed));
  });

  it('answers clear errors for an unknown area or document, two areas and a bad date', async () => {
    const unknown = await t.graphql(BY_DATES, { area: 'atlantis', from: '2015', to: '2020' });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.body.errors?.[0]?.message).toMatch(/No area "atlantis"/);

    const doc = await t.graphql(BY_DOCUMENTS, { a: 'wiltshire/2014', b: 'wiltshire/2030' });
    expect(doc.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(doc.body.errors?.[0]?.message).toMatch(/wiltshire\/2030/);

    const notADocument = await t.graphql(BY_DOCUMENTS, {
      a: 'wiltshire/wscb',
      b: 'wiltshire/2019',
    });
    expect(notADocument.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const twoAreas = await t.graphql(BY_DOCUMENTS, { a: 'wiltshire/2014', b: 'walsall/2017' });
    expect(twoAreas.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(twoAreas.body.errors?.[0]?.message).toMatch(/different areas/);

    const badDate = await t.graphql(BY_DATES, {
      area: 'wiltshire',
      from: '2015-13-01',
      to: '2020',
    });
    expect(badDate.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
