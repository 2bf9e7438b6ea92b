import { describe, expect, it } from 'vitest';
import { chainTitle, hopSentence } from './chain';
import { chainPack, fileSlug, findingPack, obligationsPack } from './evidencePack';
import type { ApiAccountability, ApiFinding } from './types';

const ev = {
  documentId: 'w/2014',
  quote: 'Hold the Trust Chair to account',
  section: '4. Responsibilities',
  start: 10,
  end: 41,
};
const ctx = {
  areaName: 'Wiltshire',
  asOf: '2018-12-31',
  titles: new Map([['w/2014', 'Protocol 2014']]),
};

const result: ApiAccountability = {
  subject: { id: 'w/trust', name: "Children's Trust" },
  direction: 'HOLDERS',
  asOf: '2018-12-31',
  truncated: false,
  limited: false,
  chains: [
    {
      length: 2,
      truncated: false,
      end: { id: 'w/wscb', name: 'WSCB' },
      hops: [
        {
          kind: 'THROUGH_CHAIR',
          mode: null,
          reversed: false,
          from: { id: 'w/chair', name: 'Trust Chair' },
          to: { id: 'w/trust', name: "Children's Trust" },
          relationship: {
            id: 'w/2014:CHAIRS:w/chair->w/trust',
            type: 'CHAIRS',
            fromId: 'w/chair',
            toId: 'w/trust',
            documentId: null,
            basis: 'STATED',
            interpretation: null,
            evidence: [],
          },
        },
        {
          kind: 'HOLDS_TO_ACCOUNT',
          mode: 'call-to-account',
          reversed: false,
          from: { id: 'w/wscb', name: 'WSCB' },
          to: { id: 'w/chair', name: 'Trust Chair' },
          relationship: {
            id: 'w/2014:HOLDS_TO_ACCOUNT:w/wscb->w/chair',
            type: 'HOLDS_TO_ACCOUNT',
            fromId: 'w/wscb',
            toId: 'w/chair',
            documentId: null,
            basis: 'STATED',
            interpretation: null,
            evidence: [ev],
          },
        },
      ],
    },
  ],
};

describe('chains as sentences', () => {
  it('reads each hop overseer first and titles the chain top-down', () => {
    expect(hopSentence(result.chains[0]!.hops[1]!)).toBe(
      'WSCB holds Trust Chair to account (call-to-account)',
    );
    expect(chainTitle(result.chains[0]!)).toBe("WSCB → Trust Chair → Children's Trust");
  });
});

describe('evidence packs', () => {
  it('lists every hop of a chain with document, section and quote', () => {
    const md = chainPack(result, ctx);
    expect(md).toMatch(/^# Evidence pack: Who holds Children's Trust to account/);
    expect(md).toContain("## Chain 1: WSCB → Trust Chair → Children's Trust");
    expect(md).toContain('> Hold the Trust Chair to account');
    expect(md).toContain(
      '*Protocol 2014* (`w/2014`), section “4. Responsibilities”, characters 10–41',
    );
    expect(md).toContain('_No quote: a derived link._');
  });

  it('writes a finding with its evidence and mitigation', () => {
    const f: ApiFinding = {
      id: 'R:w/2014:x',
      ruleId: 'DUAL_ROLE_SELF_SCRUTINY',
      areaId: 'w',
      documentId: 'w/2014',
      asOf: '2018-12-31',
      law: { kind: 'DOCUMENT_PERIOD', label: 'the law in force on 2018-12-31' },
      severity: 'HIGH',
      status: 'ACCEPTED_RISK',
      message: 'The DCS sits on both.',
      nodeIds: ['w/dcs'],
      relationshipIds: [],
      evidence: [ev],
      mitigation: { ...ev, quote: 'This is deliberate' },
    };
    const md = findingPack(f, ctx);
    expect(md).toContain('**HIGH** · accepted risk');
    expect(md).toContain('> This is deliberate');
  });

  it('groups a post’s obligations by body', () => {
    const md = obligationsPack(
      {
        post: { id: 'w/dcs', name: 'DCS' },
        asOf: '2018-12-31',
        groups: [
          { body: null, via: [], obligations: [], obligationCount: 0 },
          {
            body: { id: 'w/wscb', name: 'WSCB' },
            obligationCount: 1,
            via: [
              {
                id: 'seat',
                type: 'MEMBER_OF',
                fromId: 'w/dcs',
                toId: 'w/wscb',
                documentId: null,
                basis: 'STATED',
                interpretation: null,
                capacity: 'member',
                evidence: [ev],
              },
            ],
            obligations: [
              {
                id: 'o1',
                text: 'Publish an annual report',
                documentId: 'w/2014',
                basis: 'INTERPRETED',
                interpretation: 'passive: no holder named',
                modality: 'will',
                dutyTypes: [{ code: 'ANNUAL_REPORT', label: 'Annual report' }],
                evidence: [ev],
              },
            ],
          },
        ],
        totalCount: 1,
        complete: true,
      },
      ctx,
    );
    expect(md).toContain("## DCS's own duties (0)");
    expect(md).toContain('## As a member of WSCB (1)');
    expect(md).toContain('### Publish an annual report');
    // An obligation that is our reading is labelled so, with its reason.
    expect(md).toContain(
      "**Interpretation** (our reading, not the document's words): passive: no holder named",
    );
    expect(md.match(/\*\*Interpretation\*\*/g)).toHaveLength(1);
  });

  it('makes safe file names', () => {
    expect(fileSlug("Who holds Children's Trust to account")).toBe(
      'who-holds-children-s-trust-to-account',
    );
  });
});
