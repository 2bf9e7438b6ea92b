import { describe, expect, it } from 'vitest';
import type { RelationshipRecord } from '../graph/records.ts';
import {
  HOP_KINDS,
  oversightEdges,
  toOversight,
  type HopKind,
  chains,
  shortestPath,
  type Chain,
} from './traverse.ts';

function rel(type: string, from: string, to: string, props: Record<string, unknown> = {}) {
  const key = typeof props.key === 'string' ? `#${props.key}` : '';
  return {
    id: `doc:${type}:${from}->${to}${key}`,
    type,
    from,
    to,
    props: { validFrom: '2014', ...props },
    evidence: [],
  } as unknown as RelationshipRecord;
}

const ALL = new Set<HopKind>(HOP_KINDS);
const edgesOf = (records: RelationshipRecord[], include = ALL, asOf = '2015-01-01') =>
  oversightEdges(records, asOf, include);
const show = (c: Chain) =>
  c.hops.map((h, i) => `${c.nodes[i]}-${h.kind}->${c.nodes[i + 1]}`).join(' ');
const opts = { direction: 'HOLDERS' as const, maxHops: 3, limit: 100 };

describe('hops', () => {
  it('reads every kind as overseer -> overseen and keeps the statement', () => {
    const hta = toOversight(rel('HOLDS_TO_ACCOUNT', 'a', 'b', { mode: 'challenge' }));
    expect(hta).toMatchObject({ overseer: 'a', overseen: 'b', mode: 'challenge', reversed: false });
    const acc = toOversight(rel('ACCOUNTABLE_TO', 'a', 'b', { mode: 'democratic' }));
    expect(acc).toMatchObject({ overseer: 'b', overseen: 'a', mode: 'democratic', reversed: true });
    expect(toOversight(rel('REPORTS_TO', 'a', 'b'))).toMatchObject({ overseer: 'b', mode: null });
    expect(toOversight(rel('SUBGROUP_OF', 'sub', 'main'))).toMatchObject({ overseer: 'main' });
    const chair = toOversight(rel('CHAIRS', 'p', 'body'));
    expect(chair).toMatchObject({ overseer: 'p', overseen: 'body', kind: 'THROUGH_CHAIR' });
    expect(chair?.through).toBe(true);
    expect(toOversight(rel('MEMBER_OF', 'p', 'body'))).toBeNull();
    expect(toOversight(rel('ESCALATES_TO', 'p', 'body'))).toBeNull();
  });

  it('keeps only statements current at asOf and of the included kinds', () => {
    const records = [
      rel('HOLDS_TO_ACCOUNT', 'a', 'b', { validFrom: '2014', validTo: '2019' }),
      rel('HOLDS_TO_ACCOUNT', 'c', 'b', { validFrom: '2019' }),
      rel('REPORTS_TO', 'b', 'd'),
    ];
    expect(edgesOf(records).map((e) => e.overseer)).toEqual(['a', 'd']);
    expect(edgesOf(records, ALL, '2019-06-01').map((e) => e.overseer)).toEqual(['c', 'd']);
    const noReports = new Set<HopKind>(['HOLDS_TO_ACCOUNT']);
    expect(edgesOf(records, noReports).map((e) => e.overseer)).toEqual(['a']);
  });
});

describe('chains', () => {
  // Wiltshire 2014 in miniature: the board holds the trust chair to account.
  const wiltshire = [
    rel('HOLDS_TO_ACCOUNT', 'wscb', 'trust-chair', { mode: 'call-to-account' }),
    rel('CHAIRS', 'trust-chair', 'trust'),
    rel('REPORTS_TO', 'trust', 'wscb', { key: 'annual-report' }),
    rel('REPORTS_TO', 'wscb', 'trust', { key: 'annual-report' }),
  ];

  it('reaches a body through its chair, shortest first, and never ends on the chair', () => {
    const result = chains(edgesOf(wiltshire), 'trust', opts);
    expect(result.chains.map(show)).toEqual([
      'trust-REPORTS_TO->wscb',
      'trust-THROUGH_CHAIR->trust-chair trust-chair-HOLDS_TO_ACCOUNT->wscb',
    ]);
    expect(result.chains[1]?.hops[1]?.mode).toBe('call-to-account');
    expect(result.truncated).toBe(false);
  });

  it('does not follow the subject’s own chair hop when looking down', () => {
    const held = chains(edgesOf(wiltshire), 'trust-chair', { ...opts, direction: 'HELD' });
    expect(held.chains).toEqual([]);
    const byWscb = chains(edgesOf(wiltshire), 'wscb', { ...opts, direction: 'HELD' });
    expect(byWscb.chains.map(show)).toEqual([
      'wscb-REPORTS_TO->trust',
      'wscb-HOLDS_TO_ACCOUNT->trust-chair',
      'wscb-HOLDS_TO_ACCOUNT->trust-chair trust-chair-THROUGH_CHAIR->trust',
    ]);
  });

  it('terminates on cycles and shows both directions', () => {
    const cycle = [
      rel('HOLDS_TO_ACCOUNT', 'oscb', 'trust', { mode: 'call-to-account' }),
      rel('HOLDS_TO_ACCOUNT', 'trust', 'oscb', { mode: 'oversight' }),
    ];
    expect(chains(edgesOf(cycle), 'trust', { ...opts, maxHops: 6 }).chains.map(show)).toEqual([
      'trust-HOLDS_TO_ACCOUNT->oscb',
    ]);
    expect(chains(edgesOf(cycle), 'oscb', { ...opts, maxHops: 6 }).chains.map(show)).toEqual([
      'oscb-HOLDS_TO_ACCOUNT->trust',
    ]);
  });

  it('orders equal lengths by node ids then relationship ids, and parallel statements apart', () => {
    const records = [
      rel('HOLDS_TO_ACCOUNT', 'z', 's', { key: 'b' }),
      rel('HOLDS_TO_ACCOUNT', 'a', 's'),
      rel('HOLDS_TO_ACCOUNT', 'z', 's', { key: 'a' }),
      rel('ACCOUNTABLE_TO', 'a', 'm'),
    ];
    const result = chains(edgesOf(records), 's', opts);
    expect(result.chains.map((c) => c.hops.map((h) => h.record.id))).toEqual([
      ['doc:HOLDS_TO_ACCOUNT:a->s'],
      ['doc:HOLDS_TO_ACCOUNT:z->s#a'],
      ['doc:HOLDS_TO_ACCOUNT:z->s#b'],
      ['doc:HOLDS_TO_ACCOUNT:a->s', 'doc:ACCOUNTABLE_TO:a->m'],
    ]);
  });

  it('says when a chain is cut at maxHops', () => {
    const line = [rel('SUBGROUP_OF', 'a', 'b'), rel('SUBGROUP_OF', 'b', 'c')];
    const one = chains(edgesOf(line), 'a', { ...opts, maxHops: 1 });
    expect(one.chains.map((c) => [c.nodes, c.truncated])).toEqual([[['a', 'b'], true]]);
    expect(one.truncated).toBe(true);
    const two = chains(edgesOf(line), 'a', { ...opts, maxHops: 2 });
    expect(two.chains.map((c) => c.truncated)).toEqual([false, false]);
    expect(two.truncated).toBe(false);
  });

  it('flags a cut even when the cut chain itself ends on a chair', () => {
    const result = chains(edgesOf(wiltshire), 'trust', { ...opts, maxHops: 1 });
    expect(result.chains.map(show)).toEqual(['trust-REPORTS_TO->wscb']);
    expect(result.truncated).toBe(true);
  });

  it('stops at the limit and says so, keeping the first chains in order', () => {
    const records = ['d', 'c', 'b', 'a'].map((x) => rel('HOLDS_TO_ACCOUNT', x, 's'));
    const result = chains(edgesOf(records), 's', { ...opts, limit: 2 });
    expect(result.chains.map((c) => c.nodes[1])).toEqual(['a', 'b']);
    expect(result.limited).toBe(true);
    expect(chains(edgesOf(records), 's', { ...opts, limit: 4 }).limited).toBe(false);
  });
});

describe('shortestPath', () => {
  const records = [
    rel('HOLDS_TO_ACCOUNT', 'top', 'x'),
    rel('HOLDS_TO_ACCOUNT', 'top', 'b'),
    rel('HOLDS_TO_ACCOUNT', 'x', 'end'),
    rel('HOLDS_TO_ACCOUNT', 'b', 'end'),
    rel('HOLDS_TO_ACCOUNT', 'top', 'c'),
    rel('HOLDS_TO_ACCOUNT', 'c', 'd'),
    rel('HOLDS_TO_ACCOUNT', 'd', 'far'),
    rel('HOLDS_TO_ACCOUNT', 'end', 'far'),
  ];
  const ids = (path: ReturnType<typeof shortestPath>) => path?.map((e) => e.overseen);

  it('finds the shortest overseer -> overseen path, ties broken by ids', () => {
    expect(ids(shortestPath(edgesOf(records), 'top', 'end', 6))).toEqual(['b', 'end']);
    expect(ids(shortestPath(edgesOf(records), 'top', 'far', 6))).toEqual(['b', 'end', 'far']);
  });

  it('returns null when none exists within maxHops or against the direction', () => {
    expect(shortestPath(edgesOf(records), 'top', 'far', 2)).toBeNull();
    expect(shortestPath(edgesOf(records), 'end', 'top', 6)).toBeNull();
  });

  it('reaches a body through its chair, but not from the chair itself', () => {
    const w = [rel('HOLDS_TO_ACCOUNT', 'wscb', 'chair'), rel('CHAIRS', 'chair', 'trust')];
    expect(shortestPath(edgesOf(w), 'wscb', 'trust', 6)?.map((e) => e.kind)).toEqual([
      'HOLDS_TO_ACCOUNT',
      'THROUGH_CHAIR',
    ]);
    expect(shortestPath(edgesOf(w), 'chair', 'trust', 6)).toBeNull();
  });
});
