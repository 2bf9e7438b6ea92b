import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue.ts';
import { FactsBuilder } from '../testing/facts-builder.ts';
import { RULE_IMPLEMENTATIONS } from './index.ts';

/** The Wiltshire 2014 shape: a scrutiny board holding the Trust's chair to account. */
function boardAndTrust(dcsOnBoardCapacity = 'member', mitigation = false) {
  return new FactsBuilder()
    .body('shire/board', {
      function: 'scrutiny',
      kind: 'safeguarding-children-board',
      statutory: 'statutory',
    })
    .body('shire/trust', { function: 'strategy', kind: 'childrens-trust' })
    .post('shire/dcs', { name: "Director of Children's Services" })
    .post('shire/trust-chair')
    .rel('CHAIRS', 'shire/trust-chair', 'shire/trust')
    .rel('HOLDS_TO_ACCOUNT', 'shire/board', 'shire/trust-chair', { mode: 'call-to-account' })
    .rel(
      'MEMBER_OF',
      'shire/dcs',
      'shire/board',
      { capacity: dcsOnBoardCapacity },
      mitigation ? 'This will reduce the opportunity for duplication.' : undefined,
    )
    .rel('MEMBER_OF', 'shire/dcs', 'shire/trust', { capacity: 'member' });
}

describe('the catalogue', () => {
  it('has at least 12 rules, each implemented, with a rationale, a basis and a known severity', () => {
    const { rules } = catalogue();
    expect(rules.length).toBeGreaterThanOrEqual(12);
    for (const r of rules) {
      expect(RULE_IMPLEMENTATIONS.has(r.id), r.id).toBe(true);
      expect(r.rationale.length, r.id).toBeGreaterThan(40);
      expect(r.basis.length, r.id).toBeGreaterThan(0);
    }
    expect([...RULE_IMPLEMENTATIONS.keys()].sort()).toEqual(rules.map((r) => r.id).sort());
  });
});

describe('DUAL_ROLE_SELF_SCRUTINY', () => {
  it('flags a post on the scrutiny board and on the body it holds to account, as an accepted risk when the document mitigates', () => {
    const area = boardAndTrust('member', true);
    const [f, ...rest] = area.run('DUAL_ROLE_SELF_SCRUTINY');
    expect(rest).toEqual([]);
    expect(f?.id).toBe('DUAL_ROLE_SELF_SCRUTINY:shire/2020:shire/dcs:shire/board:shire/trust');
    expect(f?.status).toBe('accepted-risk');
    expect(f && area.mitigation(f)?.quote).toMatch(/duplication/);
    expect(f && area.evidence(f).map((e) => e.quote)).toContain(
      'This will reduce the opportunity for duplication.',
    );
    expect(f?.message).toMatch(/^The Director of Children's Services sits on both/);
  });

  it('ignores an invited attendee', () => {
    expect(boardAndTrust('invited').run('DUAL_ROLE_SELF_SCRUTINY')).toEqual([]);
  });
});

describe('SCRUTINY_HOSTED_IN_DELIVERY', () => {
  const build = (hostFunction: string) =>
    new FactsBuilder()
      .body('shire/board', { function: 'scrutiny' })
      .body('shire/trust', { function: 'delivery' })
      .body('shire/group', { function: hostFunction })
      .rel('SUBGROUP_OF', 'shire/group', 'shire/trust')
      .rel('HOLDS_TO_ACCOUNT', 'shire/board', 'shire/trust', { mode: 'assurance' })
      .obligation(
        'shire/2020/s11',
        ['shire/board', 'shire/trust'],
        ['S11_ASSURANCE'],
        { shared: true },
        { dischargedThrough: ['shire/group'] },
      );

  it('flags an assurance duty of the board discharged through a delivery group of the Trust', () => {
    const [f] = build('delivery').run('SCRUTINY_HOSTED_IN_DELIVERY');
    expect(f?.id).toBe('SCRUTINY_HOSTED_IN_DELIVERY:shire/2020:shire/2020/s11:shire/group');
    expect(f?.message).toMatch(
      /section 11 assurance duty is discharged through the shire\/group, a delivery group of the shire\/trust/,
    );
  });

  it('accepts the same duty discharged through an assurance group', () => {
    expect(build('assurance').run('SCRUTINY_HOSTED_IN_DELIVERY')).toEqual([]);
  });
});

describe('DUTY_COVERAGE_GAP', () => {
  const partnership = (withDeaths: boolean) => {
    const b = new FactsBuilder()
      .body('shire/partnership', { kind: 'safeguarding-partnership' })
      .rel('GOVERNS', 'shire/2020', 'shire/partnership');
    const codes = [
      'NEEDS_ASSESSMENT',
      'SAFEGUARDING_ARRANGEMENTS',
      'RELEVANT_AGENCY_ENGAGEMENT',
      'THRESHOLDS',
      'INDEPENDENT_SCRUTINY',
      'SERIOUS_INCIDENT_NOTIFICATION',
      'RAPID_REVIEW',
      'LOCAL_CSPR',
      'ANNUAL_REPORT',
    ];
    if (withDeaths) codes.push('CHILD_DEATH_REVIEW');
    return b.obligation('shire/2020/all', ['shire/partnership'], codes);
  };

  it("flags a required duty nobody holds in a document written as the regime's arrangements", () => {
    const found = partnership(false).run('DUTY_COVERAGE_GAP', '2020-06-01');
    expect(found.map((f) => f.id)).toEqual([
      'DUTY_COVERAGE_GAP:shire/2020:duty/CHILD_DEATH_REVIEW',
    ]);
    expect(found[0]?.basis.some((b) => b.provision === 'law/ca2004/s16m')).toBe(true);
  });

  it('finds nothing when every required duty has a holder, or when the document covers too little', () => {
    expect(partnership(true).run('DUTY_COVERAGE_GAP')).toEqual([]);
    const thin = new FactsBuilder()
      .body('shire/partnership', { kind: 'safeguarding-partnership' })
      .rel('GOVERNS', 'shire/2020', 'shire/partnership')
      .obligation('shire/2020/one', ['shire/partnership'], ['THRESHOLDS']);
    expect(thin.run('DUTY_COVERAGE_GAP')).toEqual([]);
  });
});

describe('DUPLICATE_DUTY_HOLDERS', () => {
  const build = (lead: boolean) =>
    new FactsBuilder()
      .body('shire/board')
      .body('shire/trust')
      .obligation(
        'shire/2020/a',
        ['shire/board'],
        ['TRAINING_NEEDS_ASSESSMENT'],
        {},
        { leads: lead ? ['shire/board'] : [] },
      )
      .obligation('shire/2020/b', ['shire/trust'], ['TRAINING_NEEDS_ASSESSMENT']);

  it('flags two bodies each given the same single-output duty', () => {
    expect(
      build(false)
        .run('DUPLICATE_DUTY_HOLDERS')
        .map((f) => f.id),
    ).toEqual([
      'DUPLICATE_DUTY_HOLDERS:shire/2020:duty/TRAINING_NEEDS_ASSESSMENT:shire/board:shire/trust',
    ]);
  });

  it('accepts the duplication when one body is said to lead', () => {
    expect(build(true).run('DUPLICATE_DUTY_HOLDERS')).toEqual([]);
  });
});

describe('ACCOUNTABILITY_CYCLE', () => {
  const build = (mode: string) =>
    new FactsBuilder()
      .body('shire/board', { function: 'assurance' })
      .body('shire/trust', { function: 'delivery' })
      .rel('HOLDS_TO_ACCOUNT', 'shire/board', 'shire/trust', { mode: 'challenge' })
      .rel('HOLDS_TO_ACCOUNT', 'shire/trust', 'shire/board', { mode });

  it('flags two bodies holding each other to account', () => {
    const [f] = build('oversight').run('ACCOUNTABILITY_CYCLE');
    expect(f?.id).toBe('ACCOUNTABILITY_CYCLE:shire/2020:shire/board:shire/trust');
    expect(f?.status).toBe('open');
  });

  it('leaves out a declared reciprocal cycle, and reports it as accepted info when asked', () => {
    expect(build('reciprocal').run('ACCOUNTABILITY_CYCLE')).toEqual([]);
    const [f] = build('reciprocal').run('ACCOUNTABILITY_CYCLE', '2020-06-01', {
      includeDeclaredReciprocal: true,
    });
    expect([f?.severity, f?.status]).toEqual(['info', 'accepted-risk']);
  });
});

describe('NO_UPWARD_ACCOUNTABILITY', () => {
  const build = (toHwb: boolean) =>
    new FactsBuilder({ effectiveFrom: '2009' })
      .body('shire/board', { statutory: 'statutory' }, 'The board is a statutory body.')
      .body('shire/trust', { kind: 'childrens-trust' })
      .body('shire/hwb', { kind: 'health-and-wellbeing-board' })
      .rel('GOVERNS', 'shire/2020', 'shire/board')
      .rel('REPORTS_TO', 'shire/board', toHwb ? 'shire/hwb' : 'shire/trust', {
        artefact: 'annual report',
      });

  it('flags a statutory body whose lines reach no democratic, non-executive or national holder', () => {
    // Before 31 October 2010 a report to the statutory Children's Trust counted as upward.
    expect(
      build(false)
        .run('NO_UPWARD_ACCOUNTABILITY', '2010-06-01')
        .map((f) => f.id),
    ).toEqual([]);
    expect(
      build(false)
        .run('NO_UPWARD_ACCOUNTABILITY', '2014-06-01')
        .map((f) => f.id),
    ).toEqual(['NO_UPWARD_ACCOUNTABILITY:shire/2020:shire/board']);
  });

  it('accepts a report to the Health and Wellbeing Board', () => {
    expect(build(true).run('NO_UPWARD_ACCOUNTABILITY')).toEqual([]);
  });
});

describe('REPORT_ROUTING_GAP', () => {
  const build = (routed: boolean) => {
    const b = new FactsBuilder()
      .body('shire/board')
      .body('shire/hwb')
      .obligation('shire/2020/report', ['shire/board'], ['ANNUAL_REPORT']);
    return routed
      ? b.rel('REPORTS_TO', 'shire/board', 'shire/hwb', { artefact: 'annual report' })
      : b;
  };

  it('flags an annual report with no recipient', () => {
    expect(
      build(false)
        .run('REPORT_ROUTING_GAP')
        .map((f) => f.id),
    ).toEqual(['REPORT_ROUTING_GAP:shire/2020:shire/2020/report']);
  });

  it('accepts a report that goes somewhere', () => {
    expect(build(true).run('REPORT_ROUTING_GAP')).toEqual([]);
  });
});

describe('DEADLINE_MISMATCH', () => {
  const build = (unit: string, anchor: string) =>
    new FactsBuilder()
      .body('shire/prg', { name: 'Practice Review Group' })
      .obligation('shire/2020/rr', ['shire/prg'], ['RAPID_REVIEW'], {
        deadlineValue: 15,
        deadlineUnit: unit,
        deadlineAnchor: anchor,
      });

  it('flags calendar days where guidance sets working days', () => {
    const [f] = build('days', 'notification').run('DEADLINE_MISMATCH');
    expect(f?.message).toBe(
      'The Practice Review Group is given 15 days from the notification for the rapid review, whereas Working Together to Safeguard Children 2018, ch. 4 sets 15 working days from the notification.',
    );
  });

  it('accepts the statutory deadline', () => {
    expect(build('working-days', 'notification').run('DEADLINE_MISMATCH')).toEqual([]);
  });
});

describe('STALE_OR_UNRATIFIED_INSTRUMENT', () => {
  it('flags a draft, a blank ratification and a passed review date', () => {
    const b = new FactsBuilder({
      status: 'draft',
      reviewDue: '2021-01',
      noteKinds: ['blank-field'],
      noteTexts: ['Every ratification date is blank.'],
    });
    expect(b.run('STALE_OR_UNRATIFIED_INSTRUMENT', '2021-06-01').map((f) => f.id)).toEqual([
      'STALE_OR_UNRATIFIED_INSTRUMENT:shire/2020:draft',
      'STALE_OR_UNRATIFIED_INSTRUMENT:shire/2020:review-overdue',
      'STALE_OR_UNRATIFIED_INSTRUMENT:shire/2020:unratified',
    ]);
  });

  it('finds nothing for a final document before its review date, whose blank fields are not ratification', () => {
    const b = new FactsBuilder({
      reviewDue: '2021-01',
      noteKinds: ['blank-field'],
      noteTexts: ['No signatories named.'],
    });
    expect(b.run('STALE_OR_UNRATIFIED_INSTRUMENT', '2020-06-01')).toEqual([]);
  });
});

describe('SUPERSEDED_BASIS', () => {
  const build = () =>
    new FactsBuilder({ effectiveFrom: '2009' })
      .body('shire/board')
      .obligation(
        'shire/2020/scr',
        ['shire/board'],
        ['SERIOUS_CASE_REVIEW'],
        {},
        { basedOn: ['law/lscb-regs-2006'] },
      );

  it('flags revoked law and a replaced duty type once they have lapsed', () => {
    expect(
      build()
        .run('SUPERSEDED_BASIS', '2024-01-01')
        .map((f) => f.id),
    ).toEqual([
      'SUPERSEDED_BASIS:shire/2020:shire/2020/scr:duty/SERIOUS_CASE_REVIEW',
      'SUPERSEDED_BASIS:shire/2020:shire/2020/scr:law/lscb-regs-2006',
    ]);
  });

  it('finds nothing while the law is in force', () => {
    expect(build().run('SUPERSEDED_BASIS', '2015-01-01')).toEqual([]);
  });
});

describe('ORPHANED_DUTY_ON_SUCCESSION', () => {
  const build = (text: string) =>
    new FactsBuilder()
      .body('shire/lscb', { name: 'Shire LSCB' })
      .body('shire/partnership', { name: 'Shire Partnership', aliases: ['SSP'] })
      .rel('SUCCEEDED_BY', 'shire/lscb', 'shire/partnership')
      .obligation('shire/2020/training', ['shire/lscb'], ['MULTI_AGENCY_TRAINING'], { text });

  it('flags a duty still held by the replaced body', () => {
    const [f] = build('The LSCB currently provides training.').run('ORPHANED_DUTY_ON_SUCCESSION');
    expect([f?.id, f?.status]).toEqual([
      'ORPHANED_DUTY_ON_SUCCESSION:shire/2020:shire/2020/training',
      'open',
    ]);
  });

  it('marks it an accepted risk when the document states the hand-over to the successor', () => {
    const [f] = build('Until the SSP site is ready the LSCB site is used.').run(
      'ORPHANED_DUTY_ON_SUCCESSION',
    );
    expect(f?.status).toBe('accepted-risk');
  });
});

describe('DELEGATION_WITHOUT_RETAINED_ACCOUNTABILITY', () => {
  const build = (line: boolean) => {
    const b = new FactsBuilder()
      .org('shire/council')
      .body('shire/partnership')
      .post('shire/dcs')
      .post('shire/dcs-deputy')
      .rel('POST_OF', 'shire/dcs', 'shire/council')
      .rel('POST_OF', 'shire/dcs-deputy', 'shire/council')
      .rel('MEMBER_OF', 'shire/dcs', 'shire/partnership', { capacity: 'core-member' })
      .rel('MEMBER_OF', 'shire/dcs-deputy', 'shire/partnership', { capacity: 'nominated-deputy' });
    return line
      ? b.rel('REPORTS_TO', 'shire/dcs-deputy', 'shire/dcs', { artefact: 'briefing' })
      : b;
  };

  it('flags a nominated deputy with no line back to the post it stands in for', () => {
    expect(
      build(false)
        .run('DELEGATION_WITHOUT_RETAINED_ACCOUNTABILITY')
        .map((f) => f.id),
    ).toEqual([
      'DELEGATION_WITHOUT_RETAINED_ACCOUNTABILITY:shire/2020:shire/dcs-deputy:shire/partnership',
    ]);
  });

  it('accepts a deputy who reports back', () => {
    expect(build(true).run('DELEGATION_WITHOUT_RETAINED_ACCOUNTABILITY')).toEqual([]);
  });
});

describe('REGIME_ROLE_MISMATCH', () => {
  const build = () =>
    new FactsBuilder({ effectiveFrom: '2018' })
      .body('shire/lscb', { kind: 'safeguarding-children-board' })
      .org('shire/ccg', { kind: 'ccg' })
      .rel('HOLDS_TO_ACCOUNT', 'shire/lscb', 'shire/ccg', { mode: 'challenge' });

  it('flags an LSCB after LSCBs ended and a CCG after ICBs replaced them', () => {
    expect(
      build()
        .run('REGIME_ROLE_MISMATCH', '2023-01-01')
        .map((f) => f.id),
    ).toEqual([
      'REGIME_ROLE_MISMATCH:shire/2020:shire/ccg:ccg-replaced',
      'REGIME_ROLE_MISMATCH:shire/2020:shire/lscb:lscb-ended',
    ]);
  });

  it('finds nothing while both were the law', () => {
    expect(build().run('REGIME_ROLE_MISMATCH', '2019-06-01')).toEqual([]);
  });
});

describe('CONCENTRATION_SINGLE_POINT', () => {
  const build = (bodies: string[]) => {
    const b = new FactsBuilder().post('shire/chair');
    for (const id of bodies) b.body(id).rel('CHAIRS', 'shire/chair', id);
    return b;
  };

  it('flags one post chairing two bodies', () => {
    expect(
      build(['shire/a', 'shire/b'])
        .run('CONCENTRATION_SINGLE_POINT')
        .map((f) => f.id),
    ).toEqual(['CONCENTRATION_SINGLE_POINT:shire/2020:shire/chair']);
  });

  it('accepts one chair per body', () => {
    expect(build(['shire/a']).run('CONCENTRATION_SINGLE_POINT')).toEqual([]);
  });
});
