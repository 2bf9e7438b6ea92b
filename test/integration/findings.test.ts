import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listAreaIds } from '../../api/src/findings/facts.store.ts';
import { findingsByArea, warmFindings } from '../../api/src/findings/findings.cache.ts';
import { REPO_ROOT } from '@accgraph/api/store';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

interface FindingRow {
  id: string;
  ruleId: string;
  severity: string;
  status: string;
  message: string;
  nodeIds: string[];
  relationshipIds: string[];
  evidence: { documentId: string; quote: string }[];
  basis: { kind: string; provisionId: string | null; quote: string | null }[];
  mitigation: { quote: string } | null;
}

const FINDINGS = `query ($document: ID, $area: ID, $asOf: IsoDate, $law: FindingLaw, $rules: [ID!], $minSeverity: FindingSeverity, $first: Int) {
  findings(document: $document, area: $area, asOf: $asOf, law: $law, rules: $rules, minSeverity: $minSeverity, first: $first) {
    totalCount
    edges { node {
      id ruleId severity status message nodeIds relationshipIds
      evidence { documentId quote }
      basis { kind provisionId quote }
      mitigation { quote }
    } }
  }
}`;

/** docs/findings-seed.md: "## <document> — asOf <date>" sections, each listing `<finding id>` bullets. */
function pinnedList(): { document: string; asOf: string; ids: string[] }[] {
  const text = readFileSync(`${REPO_ROOT}/docs/findings-seed.md`, 'utf8');
  const sections = text.split(/^## /m).slice(1);
  return sections
    .map((s) => {
      const head = /^(\S+) — asOf (\d{4}-\d{2}-\d{2})/.exec(s);
      if (!head) return null;
      const ids = [...s.matchAll(/^- `([A-Z_]+:[^`]+)`/gm)].map((m) => m[1] as string);
      return { document: head[1] as string, asOf: head[2] as string, ids };
    })
    .filter((x): x is { document: string; asOf: string; ids: string[] } => x !== null);
}

describe('findings over the seed documents', () => {
  let t: TestApp;
  const found = new Map<string, FindingRow[]>();
  const query = async (variables: Record<string, unknown>) => {
    const data = dataOf<{ findings: { totalCount: number; edges: { node: FindingRow }[] } }>(
      await t.graphql(FINDINGS, { first: 200, ...variables }),
    );
    return data.findings.edges.map((e) => e.node);
  };

  beforeAll(async () => {
    t = await startSeededApp();
    for (const { document, asOf } of pinnedList())
      found.set(document, await query({ document, asOf }));
  });
  afterAll(async () => {
    await t.close();
  });

  const byId = (document: string, id: string): FindingRow => {
    const f = found.get(document)?.find((x) => x.id === id);
    if (!f) throw new Error(`${id} not found for ${document}`);
    return f;
  };

  it('returns exactly the findings pinned in docs/findings-seed.md, document by document', () => {
    const pinned = pinnedList();
    expect(pinned.map((p) => p.document).sort()).toEqual([
      'oxfordshire/2009',
      'peterborough/2009',
      'walsall/2017',
      'wiltshire/2014',
      'wiltshire/2019',
    ]);
    for (const { document, ids } of pinned) {
      expect(
        found
          .get(document)
          ?.map((f) => f.id)
          .sort(),
        document,
      ).toEqual([...ids].sort());
    }
  });

  it('every finding carries a message, subjects, evidence from its own document and a basis', () => {
    const pinned = pinnedList();
    expect([...found.keys()].sort()).toEqual(pinned.map((p) => p.document).sort());
    expect([...found.values()].flat().length).toBe(pinned.flatMap((p) => p.ids).length);
    expect([...found.values()].flat().length).toBeGreaterThan(10);
    for (const [document, list] of found) {
      for (const f of list) {
        expect(f.message, f.id).toMatch(/^[A-Z"].*\.$/);
        expect(f.nodeIds.length, f.id).toBeGreaterThan(0);
        expect(f.evidence.length, f.id).toBeGreaterThan(0);
        expect(
          f.evidence.every((e) => e.documentId === document),
          f.id,
        ).toBe(true);
        expect(f.basis.length, f.id).toBeGreaterThan(0);
      }
    }
  });

  it('Wiltshire 2014: the DCS and the Lead Member sit on both bodies, shown as an accepted risk with the mitigation quote', () => {
    // "The DCS and the Lead Member will be members of both the Children's Trust and the WSCB."
    // "This will ensure clear lines of communication and reduce the opportunity for duplication."
    for (const post of ['dcs', 'lead-member']) {
      const f = byId(
        'wiltshire/2014',
        `DUAL_ROLE_SELF_SCRUTINY:wiltshire/2014:wiltshire/${post}:wiltshire/wscb:wiltshire/childrens-trust`,
      );
      expect([f.severity, f.status]).toEqual(['HIGH', 'ACCEPTED_RISK']);
      expect(f.mitigation?.quote).toBe(
        'This will ensure clear lines of communication and reduce the opportunity for duplication.',
      );
      expect(f.evidence.map((e) => e.quote)).toContain(
        "The DCS and the Lead Member will be members of both the Children's Trust and the WSCB.",
      );
      expect(f.relationshipIds).toContain(
        `wiltshire/2014:MEMBER_OF:wiltshire/${post}->wiltshire/wscb`,
      );
    }
    const dcs = byId(
      'wiltshire/2014',
      'DUAL_ROLE_SELF_SCRUTINY:wiltshire/2014:wiltshire/dcs:wiltshire/wscb:wiltshire/childrens-trust',
    );
    expect(dcs.message).toBe(
      "The Director of Children's Services sits on both the Wiltshire Safeguarding Children Board, a scrutiny body, and the Wiltshire Children and Young People's Trust, which the WSCB holds to account.",
    );
  });

  it("Wiltshire 2014: training needs are assessed by both the WSCB and the Trust, against the protocol's own commitment", () => {
    const f = byId(
      'wiltshire/2014',
      'DUPLICATE_DUTY_HOLDERS:wiltshire/2014:duty/TRAINING_NEEDS_ASSESSMENT:wiltshire/childrens-trust:wiltshire/wscb',
    );
    const quotes = f.evidence.map((e) => e.quote).join(' | ');
    expect(quotes).toMatch(/It is also responsible for identifying multi-agency training needs/);
    expect(quotes).toMatch(
      /Assess multi-agency training needs and commission\/provide training accordingly/,
    );
    expect(f.basis.map((b) => b.quote)).toContain(
      'Work together to ensure action taken by one body does not duplicate that taken by another.',
    );
  });

  it("Peterborough: section 11 compliance is monitored inside the Trust's Stay Safe group", () => {
    // "The function of monitoring partners discharge of responsibilities will be incorporated into the Stay Safe Partnership Group."
    const f = byId(
      'peterborough/2009',
      'SCRUTINY_HOSTED_IN_DELIVERY:peterborough/2009:peterborough/2009/shared-s11-compliance-monitoring:peterborough/stay-safe-partnership',
    );
    expect(f.nodeIds).toEqual(
      expect.arrayContaining([
        'peterborough/pscb',
        'peterborough/stay-safe-partnership',
        'peterborough/childrens-trust',
      ]),
    );
    expect(f.message).toMatch(
      /section 11 assurance duty is discharged through the Stay Safe Partnership Group, a delivery group of the Children's Trust/,
    );
    expect(f.basis.map((b) => b.provisionId)).toContain('law/ca2004/s11');
  });

  it('Walsall: the ratification dates are blank; Oxfordshire: still a draft', () => {
    const walsall = byId('walsall/2017', 'STALE_OR_UNRATIFIED_INSTRUMENT:walsall/2017:unratified');
    expect(walsall.evidence.map((e) => e.quote)).toContain(
      'This protocol has been discussed and ratified at the meetings of the following Partnership Boards:',
    );
    const oxford = byId(
      'oxfordshire/2009',
      'STALE_OR_UNRATIFIED_INSTRUMENT:oxfordshire/2009:draft',
    );
    expect(oxford.evidence.map((e) => e.quote)).toContain('Draft 1 Protocol');
  });

  it('Wiltshire 2019: notification and rapid-review timings differ from Working Together 2018 (working days, counted from awareness / notification)', () => {
    const notify = byId(
      'wiltshire/2019',
      'DEADLINE_MISMATCH:wiltshire/2019:wiltshire/2019/prg-notify-ofsted-and-national-panel:duty/SERIOUS_INCIDENT_NOTIFICATION',
    );
    expect(notify.message).toMatch(
      /5 days from the incident.*5 working days from the local authority becoming aware/,
    );
    // "The PRG will then lead and complete the ‘rapid review’ within a further 15 days as currently required."
    const rapid = byId(
      'wiltshire/2019',
      'DEADLINE_MISMATCH:wiltshire/2019:wiltshire/2019/prg-rapid-review:duty/RAPID_REVIEW',
    );
    expect(rapid.message).toMatch(
      /15 days from the notification.*15 working days from the notification/,
    );
    expect(rapid.basis.map((b) => b.provisionId)).toContain('law/wt2018/ch4');
  });

  it('Wiltshire 2019: training is still provided by the replaced LSCB', () => {
    // "Wiltshire's Local Safeguarding Children Board currently provides Multi-Agency Training across the partnership."
    const f = byId(
      'wiltshire/2019',
      'ORPHANED_DUTY_ON_SUCCESSION:wiltshire/2019:wiltshire/2019/wscb-multi-agency-training',
    );
    expect(f.status).toBe('OPEN');
    expect(f.relationshipIds).toContain(
      'wiltshire/2019:SUCCEEDED_BY:wiltshire/wscb->wiltshire/svpp',
    );
    expect(f.evidence.map((e) => e.quote)).toContain(
      "Wiltshire's Local Safeguarding Children Board currently provides Multi-Agency Training across the partnership.",
    );
  });

  it("asOf decides: the 2014 dual role is gone in 2019, and by today's law Walsall still rests on an LSCB", async () => {
    const later = await query({
      area: 'wiltshire',
      asOf: '2019-06-01',
      rules: ['DUAL_ROLE_SELF_SCRUTINY'],
    });
    expect(later.some((f) => f.id.includes('wiltshire/2014'))).toBe(false);
    const today = await query({
      area: 'walsall',
      law: 'TODAY',
      rules: ['REGIME_ROLE_MISMATCH', 'STALE_OR_UNRATIFIED_INSTRUMENT'],
    });
    expect(today.map((f) => f.id)).toEqual([
      'STALE_OR_UNRATIFIED_INSTRUMENT:walsall/2017:review-overdue',
      'STALE_OR_UNRATIFIED_INSTRUMENT:walsall/2017:unratified',
      'REGIME_ROLE_MISMATCH:walsall/2017:walsall/wscb:lscb-ended',
    ]);
  });

  it('filters by rule and severity, and badges nodes and relationships', async () => {
    const high = await query({
      document: 'wiltshire/2019',
      asOf: '2019-12-31',
      minSeverity: 'HIGH',
    });
    expect(high.every((f) => f.severity === 'HIGH')).toBe(true);
    expect(high.length).toBe(8);
    const data = dataOf<{
      findingFlags: {
        subjectId: string;
        subjectKind: string;
        count: number;
        highestSeverity: string;
        allAccepted: boolean;
      }[];
    }>(
      await t.graphql(
        '{ findingFlags(document: "wiltshire/2014") { subjectId subjectKind count highestSeverity allAccepted } }',
      ),
    );
    const flag = (id: string) => data.findingFlags.find((f) => f.subjectId === id);
    expect(flag('wiltshire/dcs')).toMatchObject({
      subjectKind: 'node',
      count: 1,
      highestSeverity: 'HIGH',
      allAccepted: true,
    });
    expect(flag('wiltshire/2014:MEMBER_OF:wiltshire/dcs->wiltshire/wscb')).toMatchObject({
      subjectKind: 'relationship',
    });
    expect(flag('wiltshire/wscb')?.count).toBe(4);
  });

  it('summarises nationally: area x rule counts', async () => {
    const data = dataOf<{
      findingsSummary: {
        areaCount: number;
        total: number;
        byRule: { ruleId: string; count: number }[];
        areas: {
          areaId: string;
          documentId: string;
          total: number;
          byRule: { ruleId: string; count: number }[];
        }[];
      };
    }>(
      await t.graphql(
        '{ findingsSummary(asOf: "2017-12-31") { areaCount total byRule { ruleId count } areas { areaId documentId total byRule { ruleId count } } } }',
      ),
    );
    const s = data.findingsSummary;
    expect(s.areas.map((a) => [a.areaId, a.documentId])).toEqual([
      ['oxfordshire', 'oxfordshire/2009'],
      ['peterborough', 'peterborough/2009'],
      ['walsall', 'walsall/2017'],
      ['wiltshire', 'wiltshire/2014'],
    ]);
    expect(s.total).toBe(s.areas.reduce((n, a) => n + a.total, 0));
    const walsall = s.areas.find((a) => a.areaId === 'walsall');
    expect(walsall?.byRule.find((r) => r.ruleId === 'CONCENTRATION_SINGLE_POINT')?.count).toBe(1);
    expect(s.byRule.length).toBeGreaterThanOrEqual(12);
  });

  it('lists the rule catalogue and rejects bad input with BAD_USER_INPUT', async () => {
    const rules = dataOf<{ findingRules: { id: string; basis: unknown[] }[] }>(
      await t.graphql('{ findingRules { id basis { kind } } }'),
    );
    expect(rules.findingRules.length).toBeGreaterThanOrEqual(12);
    for (const variables of [
      { rules: ['NOT_A_RULE'] },
      { document: 'wiltshire/2014', asOf: '2020-01-01' },
    ]) {
      const res = await t.graphql(FINDINGS, variables);
      expect(res.body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(
        'BAD_USER_INPUT',
      );
    }
    // Unknown ids: NOT_FOUND, as everywhere (docs/architecture.md).
    for (const variables of [
      { area: 'atlantis' },
      { document: 'atlantis/2014' },
      { document: 'wiltshire/wscb' },
    ]) {
      const res = await t.graphql(FINDINGS, variables);
      expect(res.body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('NOT_FOUND');
    }
  });

  it("resolves each finding's subject nodes and relationships, with their evidence, to the ids it names", async () => {
    const data = dataOf<{
      findings: {
        edges: {
          node: {
            id: string;
            documentId: string;
            nodeIds: string[];
            relationshipIds: string[];
            nodes: { id: string }[];
            relationships: { id: string; evidence: { documentId: string }[] }[];
          };
        }[];
      };
    }>(
      await t.graphql(
        `query ($document: ID) { findings(document: $document, first: 200) { edges { node {
          id documentId nodeIds relationshipIds
          nodes { id } relationships { id evidence { documentId } }
        } } } }`,
        { document: 'wiltshire/2014' },
      ),
    );
    const findings = data.findings.edges.map((e) => e.node);
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) {
      expect(
        f.nodes.map((n) => n.id),
        f.id,
      ).toEqual(f.nodeIds);
      expect(
        f.relationships.map((r) => r.id),
        f.id,
      ).toEqual(f.relationshipIds);
      for (const r of f.relationships) expect(r.evidence.length, r.id).toBeGreaterThan(0);
    }
  });

  it('warms the findings cache for every area at a date (as the server does at startup)', async () => {
    const areas = await listAreaIds(t.store);
    expect(areas.length).toBe(4);
    const warmed = await warmFindings(t.store, '2026-01-01');
    expect(warmed).toBeGreaterThan(10);
    const reads = vi.spyOn(t.store, 'read');
    const again = await findingsByArea(t.store, areas, '2026-01-01');
    // The embedded store has a write generation and keeps the findings; Neo4j has none
    // (another process may write) and every call reads the store: decision 0008.
    if (t.store.writeGeneration) expect(reads).not.toHaveBeenCalled();
    else expect(reads).toHaveBeenCalled();
    reads.mockRestore();
    expect(again.reduce((n, a) => n + a.findings.length, 0)).toBe(warmed);
  });
});
