import { describe, expect, it } from 'vitest';
import type { RelationshipRecord } from '../graph/records.ts';
import { escalationRoutes } from './routes.ts';

function esc(from: string, to: string, props: Record<string, unknown>) {
  return {
    id: `doc:ESCALATES_TO:${from}->${to}`,
    type: 'ESCALATES_TO',
    from,
    to,
    props: { validFrom: '2014', validTo: '2019', ...props },
    evidence: [],
  } as unknown as RelationshipRecord;
}

const records = [
  esc('wscb', 'psb', { route: 'resolution', step: 2 }),
  esc('wscb-chair', 'trust-chair', { route: 'resolution', step: 1 }),
  esc('trust', 'psb', { route: 'resolution', step: 2 }),
  esc('trust-chair', 'wscb-chair', { route: 'resolution', step: 1 }),
  esc('wscb-chair', 'trust-chair', { route: 'concerns', step: 1 }),
  esc('a', 'b', { route: 'later', step: 1, validFrom: '2019', validTo: null }),
];

describe('escalationRoutes', () => {
  it('groups by route, orders steps by step then from id, and finds where a route ends', () => {
    const routes = escalationRoutes(records, '2015-01-01');
    expect(routes.map((r) => r.route)).toEqual(['concerns', 'resolution']);
    const resolution = routes[1];
    expect(resolution?.steps.map((s) => `${s.props.step} ${s.from}->${s.to}`)).toEqual([
      '1 trust-chair->wscb-chair',
      '1 wscb-chair->trust-chair',
      '2 trust->psb',
      '2 wscb->psb',
    ]);
    expect(resolution?.endsAt).toEqual(['psb']);
  });

  it('filters by route and by period', () => {
    expect(escalationRoutes(records, '2015-01-01', 'concerns').map((r) => r.route)).toEqual([
      'concerns',
    ]);
    expect(escalationRoutes(records, '2020-01-01').map((r) => r.route)).toEqual(['later']);
    expect(escalationRoutes(records, '2015-01-01', 'nowhere')).toEqual([]);
  });
});
