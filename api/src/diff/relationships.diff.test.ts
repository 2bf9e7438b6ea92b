import { describe, expect, it } from 'vitest';
import { buildState } from './diff.model.ts';
import { node, rel } from './diff.fixtures.ts';
import { diffRelationships } from './relationships.diff.ts';

describe('diffRelationships', () => {
  it('matches by (type, from, to, key), ignoring document and period', () => {
    const before = [
      rel('shire/2014', 'HOLDS_TO_ACCOUNT', 'shire/board', 'shire/chair', { mode: 'challenge' }),
      rel('shire/2014', 'MEMBER_OF', 'shire/dcs', 'shire/board', { capacity: 'member' }),
      rel('shire/2014', 'REPORTS_TO', 'shire/board', 'shire/trust', {
        key: 'annual',
        cadence: 'annual',
      }),
    ];
    const after = [
      rel('shire/2019', 'HOLDS_TO_ACCOUNT', 'shire/board', 'shire/chair', { mode: 'scrutiny' }),
      rel('shire/2019', 'MEMBER_OF', 'shire/dcs', 'shire/board', {
        capacity: 'member',
        validTo: '2030',
      }),
      rel('shire/2019', 'REPORTS_TO', 'shire/board', 'shire/trust', { key: 'minutes' }),
      rel('shire/2019', 'CHAIRS', 'shire/chair', 'shire/board'),
    ];
    const d = diffRelationships(before, after);
    expect(d.unchanged).toBe(1);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0]?.before.id).toBe('shire/2014:HOLDS_TO_ACCOUNT:shire/board->shire/chair');
    expect(d.changed[0]?.changes).toEqual([
      { property: 'mode', before: 'challenge', after: 'scrutiny' },
    ]);
    expect(d.removed.map((r) => r.id)).toEqual([
      'shire/2014:REPORTS_TO:shire/board->shire/trust#annual',
    ]);
    // ordered by type, from, to, key
    expect(d.added.map((r) => r.id)).toEqual([
      'shire/2019:CHAIRS:shire/chair->shire/board',
      'shire/2019:REPORTS_TO:shire/board->shire/trust#minutes',
    ]);
  });

  it('lists a property present on one side only with null on the other', () => {
    const d = diffRelationships(
      [rel('a/1', 'REPORTS_TO', 'x', 'y', { artefact: 'annual report' })],
      [rel('a/2', 'REPORTS_TO', 'x', 'y', { artefact: 'annual report', timing: 'by March' })],
    );
    expect(d.changed[0]?.changes).toEqual([
      { property: 'timing', before: null, after: 'by March' },
    ]);
  });

  it('does not guess when one side states the same tie twice', () => {
    const before = [rel('a/1', 'MEMBER_OF', 'x', 'b', { capacity: 'member' })];
    const after = [
      rel('a/2', 'MEMBER_OF', 'x', 'b', { capacity: 'invited' }),
      rel('a/3', 'MEMBER_OF', 'x', 'b', { capacity: 'as-needed' }),
    ];
    const d = diffRelationships(before, after);
    expect(d.changed).toEqual([]);
    expect(d.removed).toHaveLength(1);
    expect(d.added.map((r) => r.id)).toEqual(['a/2:MEMBER_OF:x->b', 'a/3:MEMBER_OF:x->b']);
  });

  it('an identical state diffs empty', () => {
    const same = [rel('a/1', 'MEMBER_OF', 'x', 'b'), rel('a/1', 'CHAIRS', 'c', 'b')];
    const d = diffRelationships(same, same);
    expect(d).toEqual({ added: [], removed: [], changed: [], unchanged: 2 });
  });
});

describe('buildState', () => {
  it('splits obligations from relationships and finds the bodies present', () => {
    const nodes = new Map(
      [
        node('shire/board', 'Body'),
        node('shire/chair', 'Post'),
        node('shire/2019/report', 'Obligation', { text: 'Report' }),
        node('shire/sub', 'Body'),
        node('duty/ANNUAL_REPORT', 'DutyType'),
        node('law/ca2004', 'StatutoryProvision'),
        node('shire/2019', 'Document'),
      ].map((n) => [n.id, n]),
    );
    const state = buildState(
      [
        rel('shire/2019', 'CHAIRS', 'shire/chair', 'shire/board'),
        rel('shire/2019', 'HAS_OBLIGATION', 'shire/chair', 'shire/2019/report', { lead: true }),
        rel('shire/2019', 'OF_TYPE', 'shire/2019/report', 'duty/ANNUAL_REPORT'),
        rel('shire/2019', 'DISCHARGED_THROUGH', 'shire/2019/report', 'shire/sub'),
        rel('shire/2019', 'BASED_ON', 'shire/2019/report', 'law/ca2004'),
        rel('shire/2019', 'BASED_ON', 'shire/board', 'law/ca2004'),
        rel('shire/2019', 'SIGNED', 'shire/chair', 'shire/2019'),
      ],
      nodes,
    );
    expect(state.relationships.map((r) => r.type)).toEqual(['BASED_ON', 'CHAIRS']);
    expect(state.obligations).toEqual([
      expect.objectContaining({
        id: 'shire/2019/report',
        holders: ['shire/chair'],
        dutyTypes: ['ANNUAL_REPORT'],
        leadHolders: ['shire/chair'],
        basedOn: ['law/ca2004'],
        dischargedThrough: ['shire/sub'],
      }),
    ]);
    expect([...state.bodies.keys()].sort()).toEqual(['shire/board', 'shire/sub']);
    expect(state.documentIds).toEqual(['shire/2019']);
  });
});
