import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

const HOP = `from { id } to { id } kind mode reversed
  relationship { id type documentId evidence { documentId quote section } }`;
const CHAINS = `query ($id: ID!, $direction: AccountabilityDirection, $maxHops: Int, $asOf: IsoDate,
  $include: [AccountabilityHopKind!], $limit: Int) {
  accountability(id: $id, direction: $direction, maxHops: $maxHops, asOf: $asOf,
    include: $include, limit: $limit) {
    subject { id } direction asOf maxHops truncated limited
    chains { length truncated nodes { id } end { id } hops { ${HOP} } }
  }
}`;
const PATH = `query ($from: ID!, $to: ID!, $asOf: IsoDate, $maxHops: Int, $include: [AccountabilityHopKind!]) {
  accountabilityPath(from: $from, to: $to, asOf: $asOf, maxHops: $maxHops, include: $include) {
    from { id } to { id } length hops { ${HOP} }
  }
}`;
const ROUTES = `query ($area: ID!, $route: String, $asOf: IsoDate) {
  escalationRoute(areaId: $area, route: $route, asOf: $asOf) {
    route areaId endsAt { id }
    steps { step from { id } to { id } relationship { id route step evidence { quote } } }
  }
}`;

interface Hop {
  from: { id: string };
  to: { id: string };
  kind: string;
  mode: string | null;
  reversed: boolean;
  relationship: { id: string; type: string; documentId: string; evidence: { quote: string }[] };
}
interface Chain {
  length: number;
  truncated: boolean;
  nodes: { id: string }[];
  end: { id: string };
  hops: Hop[];
}
interface Result {
  subject: { id: string };
  asOf: string;
  truncated: boolean;
  limited: boolean;
  chains: Chain[];
}

let t: TestApp;
beforeAll(async () => {
  t = await startSeededApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

async function chainsOf(variables: Record<string, unknown>): Promise<Result> {
  return dataOf<{ accountability: Result }>(await t.graphql(CHAINS, variables)).accountability;
}
/** A chain as "from =KIND/mode=> to" hops, overseer first in each hop. */
const show = (c: Chain) =>
  c.hops.map((h) => `${h.from.id} =${h.kind}${h.mode ? `/${h.mode}` : ''}=> ${h.to.id}`);
const ends = (r: Result) => [...new Set(r.chains.map((c) => c.end.id))].sort();

describe('Wiltshire 2014: who holds the Children’s Trust to account', () => {
  it('the WSCB, through the Trust Chair it holds to account, with the quote', async () => {
    const r = await chainsOf({ id: 'wiltshire/childrens-trust', asOf: '2015-01-01' });
    expect(r.subject.id).toBe('wiltshire/childrens-trust');
    // "Hold the Trust Chair to account for action taken by the Trust to safeguard children ..."
    const viaChair = r.chains.find(
      (c) => c.hops[0]?.kind === 'THROUGH_CHAIR' && c.hops[1]?.kind === 'HOLDS_TO_ACCOUNT',
    );
    expect(viaChair && show(viaChair)).toEqual([
      'wiltshire/trust-chair =THROUGH_CHAIR=> wiltshire/childrens-trust',
      'wiltshire/wscb =HOLDS_TO_ACCOUNT/call-to-account=> wiltshire/trust-chair',
    ]);
    expect(viaChair?.nodes.map((n) => n.id)).toEqual([
      'wiltshire/childrens-trust',
      'wiltshire/trust-chair',
      'wiltshire/wscb',
    ]);
    const hold = viaChair?.hops[1];
    expect(hold?.relationship.type).toBe('HOLDS_TO_ACCOUNT');
    expect(hold?.relationship.documentId).toBe('wiltshire/2014');
    expect(hold?.relationship.evidence[0]?.quote).toMatch(
      /^Hold the Trust Chair to account for action taken by the Trust/,
    );
  });

  it('plus the reporting lines the protocol states, shortest first; the chair is never a holder', async () => {
    const r = await chainsOf({ id: 'wiltshire/childrens-trust', asOf: '2015-01-01' });
    // "Provide an annual report to the WSCB on progress ..." and the shared minutes.
    const direct = r.chains.filter((c) => c.length === 1);
    expect(direct.map((c) => c.hops[0]?.relationship.id)).toEqual([
      'wiltshire/2014:REPORTS_TO:wiltshire/childrens-trust->wiltshire/wscb#annual-report',
      'wiltshire/2014:REPORTS_TO:wiltshire/childrens-trust->wiltshire/wscb#minutes',
    ]);
    expect(direct.every((c) => c.hops[0]?.reversed && c.hops[0].from.id === 'wiltshire/wscb')).toBe(
      true,
    );
    expect(r.chains.map((c) => c.length)).toEqual([...r.chains.map((c) => c.length)].sort());
    expect(ends(r)).toEqual(['wiltshire/wscb']);
  });

  it('without REPORTS_TO only the explicit call to account remains', async () => {
    const r = await chainsOf({
      id: 'wiltshire/childrens-trust',
      asOf: '2015-01-01',
      include: ['HOLDS_TO_ACCOUNT', 'ACCOUNTABLE_TO', 'SUBGROUP_OF', 'THROUGH_CHAIR'],
    });
    expect(r.chains.map(show)).toEqual([
      [
        'wiltshire/trust-chair =THROUGH_CHAIR=> wiltshire/childrens-trust',
        'wiltshire/wscb =HOLDS_TO_ACCOUNT/call-to-account=> wiltshire/trust-chair',
      ],
    ]);
  });

  it('maxHops 1 cannot reach through the chair, and says the answer was cut', async () => {
    const r = await chainsOf({ id: 'wiltshire/childrens-trust', asOf: '2015-01-01', maxHops: 1 });
    expect(r.chains.every((c) => c.length === 1)).toBe(true);
    expect(r.chains.some((c) => c.hops.some((h) => h.kind === 'THROUGH_CHAIR'))).toBe(false);
    expect(r.truncated).toBe(true);
  });

  it('accountabilityPath: WSCB -> Trust Chair -> Children’s Trust', async () => {
    const data = dataOf<{ accountabilityPath: { length: number; hops: Hop[] } | null }>(
      await t.graphql(PATH, {
        from: 'wiltshire/wscb',
        to: 'wiltshire/childrens-trust',
        asOf: '2015-01-01',
        include: ['HOLDS_TO_ACCOUNT', 'THROUGH_CHAIR'],
      }),
    );
    expect(data.accountabilityPath?.hops.map((h) => `${h.from.id}>${h.to.id}:${h.kind}`)).toEqual([
      'wiltshire/wscb>wiltshire/trust-chair:HOLDS_TO_ACCOUNT',
      'wiltshire/trust-chair>wiltshire/childrens-trust:THROUGH_CHAIR',
    ]);
    // With reports included the one-hop reporting line is shorter, and wins.
    const all = dataOf<{ accountabilityPath: { length: number; hops: Hop[] } | null }>(
      await t.graphql(PATH, {
        from: 'wiltshire/wscb',
        to: 'wiltshire/childrens-trust',
        asOf: '2015-01-01',
      }),
    );
    expect(all.accountabilityPath?.hops.map((h) => h.relationship.id)).toEqual([
      'wiltshire/2014:REPORTS_TO:wiltshire/childrens-trust->wiltshire/wscb#annual-report',
    ]);
    // The 2014 protocol is not in force in 2020: no path.
    const later = dataOf<{ accountabilityPath: unknown }>(
      await t.graphql(PATH, {
        from: 'wiltshire/wscb',
        to: 'wiltshire/childrens-trust',
        asOf: '2020-01-01',
      }),
    );
    expect(later.accountabilityPath).toBeNull();
  });
});

describe('Wiltshire 2014 escalation', () => {
  it('the resolution route: the two Chairs first, then the Public Services Board, where it ends', async () => {
    const data = dataOf<{
      escalationRoute: {
        route: string;
        endsAt: { id: string }[];
        steps: {
          step: number;
          from: { id: string };
          to: { id: string };
          relationship: { evidence: { quote: string }[] };
        }[];
      }[];
    }>(
      await t.graphql(ROUTES, {
        area: 'wiltshire',
        route: 'wiltshire-2014-resolution',
        asOf: '2015-01-01',
      }),
    );
    const [route, ...others] = data.escalationRoute;
    expect(others).toEqual([]);
    expect(route?.steps.map((s) => `${s.step} ${s.from.id}->${s.to.id}`)).toEqual([
      '1 wiltshire/trust-chair->wiltshire/wscb-chair',
      '1 wiltshire/wscb-chair->wiltshire/trust-chair',
      '2 wiltshire/childrens-trust->wiltshire/public-services-board',
      '2 wiltshire/wscb->wiltshire/public-services-board',
    ]);
    // "resolution should be sought through documented communication between the two Chairs"
    expect(route?.steps[0]?.relationship.evidence[0]?.quote).toContain(
      'documented communication between the two Chairs',
    );
    expect(route?.endsAt.map((n) => n.id)).toEqual(['wiltshire/public-services-board']);
  });

  it('Area.escalationRoutes lists every route by slug; none of 2014 is current in 2020', async () => {
    const q = `query ($asOf: IsoDate) { area(id: "wiltshire") { escalationRoutes(asOf: $asOf) { route } } }`;
    const in2015 = dataOf<{ area: { escalationRoutes: { route: string }[] } }>(
      await t.graphql(q, { asOf: '2015-01-01' }),
    );
    expect(in2015.area.escalationRoutes.map((r) => r.route)).toEqual([
      'wiltshire-2014-partner-concerns',
      'wiltshire-2014-resolution',
    ]);
    const in2020 = dataOf<{ area: { escalationRoutes: { route: string }[] } }>(
      await t.graphql(q, { asOf: '2020-01-01' }),
    );
    expect(in2020.area.escalationRoutes.map((r) => r.route)).not.toContain(
      'wiltshire-2014-resolution',
    );
  });
});

describe('Wiltshire 2019', () => {
  it('the safeguarding partners answer to those with the democratic and non-executive mandate', async () => {
    // "Safeguarding partners must answer to those who hold the democratic and non-executive
    // mandate whether through elected members, the Office of the Police and Crime Commission
    // or non-executive members of the CCG."
    const expected = {
      'wiltshire/wiltshire-council': ['wiltshire/elected-members', 'democratic'],
      'wiltshire/wiltshire-police': ['wiltshire/opcc', 'democratic'],
      'wiltshire/nhs-wiltshire-ccg': ['wiltshire/ccg-non-executive-directors', 'non-executive'],
    };
    for (const [partner, [holder, mode]] of Object.entries(expected)) {
      const r = await chainsOf({ id: partner, asOf: '2020-01-01', maxHops: 1 });
      const acc = r.chains.filter((c) => c.hops[0]?.kind === 'ACCOUNTABLE_TO');
      expect(acc.map((c) => [c.end.id, c.hops[0]?.mode, c.hops[0]?.reversed])).toEqual([
        [holder, mode, true],
      ]);
      expect(acc[0]?.hops[0]?.relationship.evidence[0]?.quote).toMatch(
        /^Safeguarding partners must answer to those who hold the democratic/,
      );
    }
  });

  it('no statement holds the SVPP itself to account; it challenges other partnerships and oversees its sub-groups', async () => {
    const holders = await chainsOf({ id: 'wiltshire/svpp', asOf: '2020-01-01' });
    expect(holders.chains).toEqual([]);
    const held = await chainsOf({
      id: 'wiltshire/svpp',
      asOf: '2020-01-01',
      direction: 'HELD',
      maxHops: 1,
    });
    // "Some of this will involve the need to challenge the other existing partnerships ..."
    expect(
      held.chains.filter((c) => c.hops[0]?.mode === 'challenge').map((c) => c.end.id),
    ).toContain('wiltshire/wsab');
    // "The SVPP will be served by three sub groups (Figure 2):"
    const subgroups = held.chains
      .filter((c) => c.hops[0]?.kind === 'SUBGROUP_OF')
      .map((c) => c.end.id);
    expect(subgroups).toEqual([
      'wiltshire/practice-review-group',
      'wiltshire/quality-and-impact-group',
      'wiltshire/voice-of-the-user-group',
    ]);
  });

  it('statements of one period never appear at another', async () => {
    const r2015 = await chainsOf({
      id: 'wiltshire/wiltshire-council',
      asOf: '2015-01-01',
      maxHops: 6,
    });
    expect(r2015.chains.flatMap((c) => c.hops.map((h) => h.relationship.documentId))).not.toContain(
      'wiltshire/2019',
    );
    const trust2020 = await chainsOf({
      id: 'wiltshire/childrens-trust',
      asOf: '2020-01-01',
      maxHops: 6,
    });
    expect(trust2020.chains).toEqual([]);
    const wscb2015 = await chainsOf({
      id: 'wiltshire/wscb',
      asOf: '2015-01-01',
      maxHops: 6,
      direction: 'HELD',
    });
    expect(wscb2015.chains.length).toBeGreaterThan(0);
    expect(
      new Set(wscb2015.chains.flatMap((c) => c.hops.map((h) => h.relationship.documentId))),
    ).toEqual(new Set(['wiltshire/2014']));
  });
});

describe('Oxfordshire 2009: the OSCB and the Trust oversee each other', () => {
  it('both directions are shown and the traversal ends', async () => {
    // "Hold the Trust and individual partners to account on matters of safeguarding in all activities"
    const trust = await chainsOf({ id: 'oxfordshire/childrens-trust', maxHops: 6 });
    const byOscb = trust.chains.filter((c) => c.length === 1 && c.end.id === 'oxfordshire/oscb');
    expect(byOscb.map((c) => c.hops[0]?.mode)).toEqual(
      expect.arrayContaining(['call-to-account', 'challenge']),
    );
    // "Take an overview of the OSCB activities as part of its monitoring arrangements ..."
    const oscb = await chainsOf({ id: 'oxfordshire/oscb', maxHops: 6 });
    const byTrust = oscb.chains.find((c) => c.hops[0]?.kind === 'HOLDS_TO_ACCOUNT');
    expect(byTrust && show(byTrust)).toEqual([
      'oxfordshire/childrens-trust =HOLDS_TO_ACCOUNT/oversight=> oxfordshire/oscb',
    ]);
    for (const c of [...trust.chains, ...oscb.chains]) {
      const ids = c.nodes.map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('Walsall 2017 and Peterborough 2009', () => {
  it('Walsall: the Safeguarding Boards scrutinise the Partnership Boards', async () => {
    const r = await chainsOf({
      id: 'walsall/wscb',
      direction: 'HELD',
      maxHops: 1,
      include: ['HOLDS_TO_ACCOUNT'],
    });
    const scrutinised = r.chains.filter((c) => c.hops[0]?.mode === 'scrutiny').map((c) => c.end.id);
    expect(scrutinised).toEqual(expect.arrayContaining(['walsall/hwb', 'walsall/cypp']));
    const hwb = await chainsOf({ id: 'walsall/hwb', maxHops: 1, include: ['HOLDS_TO_ACCOUNT'] });
    expect(hwb.chains.map((c) => `${c.end.id}/${c.hops[0]?.mode}`)).toEqual([
      'walsall/wsab/scrutiny',
      'walsall/wscb/scrutiny',
    ]);
  });

  it('Peterborough: the PSCB holds the Trust to account, and the Trust’s partnership through it', async () => {
    const trust = await chainsOf({
      id: 'peterborough/childrens-trust',
      maxHops: 1,
      include: ['HOLDS_TO_ACCOUNT'],
    });
    expect(trust.chains.map((c) => `${c.end.id}/${c.hops[0]?.mode}`)).toEqual([
      'peterborough/pscb/assurance',
    ]);
    const ssp = await chainsOf({ id: 'peterborough/stay-safe-partnership', maxHops: 2 });
    expect(ssp.chains.map(show)).toContainEqual([
      'peterborough/childrens-trust =SUBGROUP_OF=> peterborough/stay-safe-partnership',
      'peterborough/pscb =HOLDS_TO_ACCOUNT/assurance=> peterborough/childrens-trust',
    ]);
  });
});

describe('input and unknown ids', () => {
  it('maxHops outside 1..6 is BAD_USER_INPUT', async () => {
    for (const maxHops of [0, 7]) {
      const res = await t.graphql(CHAINS, { id: 'wiltshire/wscb', maxHops });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toContain('maxHops');
    }
    const path = await t.graphql(PATH, {
      from: 'wiltshire/wscb',
      to: 'wiltshire/svpp',
      maxHops: 7,
    });
    expect(path.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await t.graphql(CHAINS, { id: 'wiltshire/wscb', include: [] });
    expect(empty.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const route = await t.graphql(ROUTES, { area: 'wiltshire', route: 'Not A Slug' });
    expect(route.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an unknown id is NOT_FOUND, naming the id', async () => {
    const res = await t.graphql(CHAINS, { id: 'wiltshire/no-such-board' });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.body.errors?.[0]?.message).toContain('wiltshire/no-such-board');
    const path = await t.graphql(PATH, { from: 'wiltshire/wscb', to: 'nowhere/board' });
    expect(path.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const routes = await t.graphql(ROUTES, { area: 'nowhere' });
    expect(routes.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('the limit bounds the chains and says so', async () => {
    const r = await chainsOf({ id: 'walsall/hwb', direction: 'HELD', maxHops: 6, limit: 5 });
    expect(r.chains).toHaveLength(5);
    expect(r.limited).toBe(true);
  });
});
