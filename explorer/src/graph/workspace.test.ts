import { describe, expect, it } from 'vitest';
import { body, edge, sampleGraph, trustHolders } from './fixtures';
import type { ApiFinding, ApiPostObligations } from './types';
import { selectViewGraph } from './view';
import { CULL_ABOVE, focusTarget, nodeNames, pickHighlight, workspaceBanners } from './workspace';

const finding: ApiFinding = {
  id: 'f1',
  ruleId: 'R1',
  areaId: 'w',
  documentId: 'area/2014',
  asOf: '2018-12-31',
  law: { kind: 'DOCUMENT_PERIOD', label: 'the law in force on 2018-12-31' },
  severity: 'HIGH',
  status: 'OPEN',
  message: 'The police are not held to account',
  nodeIds: ['w/police'],
  relationshipIds: [],
  evidence: [],
  mitigation: null,
};

const post: ApiPostObligations = {
  asOf: '2018-12-31',
  post: { id: 'w/chair', name: 'Independent Chair' },
  groups: [
    { body: { id: 'w/council', name: 'Council' }, via: [], obligations: [], obligationCount: 0 },
  ],
  totalCount: 0,
  complete: true,
};

describe('pickHighlight', () => {
  it('shows the open finding first in the findings view, else the chain, then the post', () => {
    const all = { finding, chain: trustHolders, post, findingsView: true };
    expect([...pickHighlight(all)!.nodeIds]).toEqual(['w/police']);
    expect([...pickHighlight({ ...all, findingsView: false })!.nodeIds].sort()).toEqual([
      'w/trust',
      'w/wscb',
    ]);
    expect(
      [...pickHighlight({ ...all, chain: undefined, findingsView: false })!.nodeIds].sort(),
    ).toEqual(['w/chair', 'w/council']);
    expect([
      ...pickHighlight({ finding, chain: undefined, post: null, findingsView: false })!.nodeIds,
    ]).toEqual(['w/police']);
    expect(
      pickHighlight({ finding: null, chain: undefined, post: undefined, findingsView: true }),
    ).toBeNull();
  });
});

describe('focusTarget', () => {
  const view = selectViewGraph(sampleGraph());
  const chairs = 'area/2014:CHAIRS:w/chair->w/wscb';

  it('brings a relationship into view by its two ends and selects the drawn edge', () => {
    const target = focusTarget(view, [chairs], chairs);
    expect(target.nodeIds).toEqual(['w/chair', 'w/wscb']);
    expect(target.select).toBe(view.edges.find((e) => e.type === 'CHAIRS')!.id);
  });

  it('keeps node ids, leaves the selection alone without `select`, and clears it with null', () => {
    expect(focusTarget(view, ['w/police'])).toEqual({ nodeIds: ['w/police'], select: undefined });
    expect(focusTarget(view, ['w/police'], null).select).toBeNull();
    expect(focusTarget(view, ['w/police'], 'w/police').select).toBe('w/police');
  });
});

describe('nodeNames', () => {
  it('names the area’s nodes and what an expansion added', () => {
    const extra = { nodes: [body('national/ofsted', 'Ofsted')], edges: [] };
    const view = selectViewGraph(sampleGraph(), { extra: [extra] });
    const names = nodeNames(sampleGraph(), view);
    expect(names.get('w/police')).toBe('Wiltshire Police');
    expect(names.get('national/ofsted')).toBe('Ofsted');
  });
});

describe('workspaceBanners', () => {
  it('says nothing over an ordinary graph', () => {
    expect(workspaceBanners(selectViewGraph(sampleGraph()), [], [])).toEqual([]);
  });

  it('explains an empty filter, a large graph and each failed expansion', () => {
    const hidden = ['HOLDS_TO_ACCOUNT', 'REPORTS_TO', 'CHAIRS', 'MEMBER_OF'];
    const filtered = selectViewGraph(sampleGraph(), { hiddenTypes: hidden });
    expect(workspaceBanners(filtered, hidden, ['w/x']).map((b) => b.key)).toEqual([
      'filtered',
      'hood:w/x',
    ]);
    const g = sampleGraph();
    const many = {
      nodes: Array.from({ length: CULL_ABOVE + 1 }, (_, i) => body(`b${i}`, `Body ${i}`)),
      edges: [edge('MEMBER_OF', 'b0', 'b1')],
    };
    const large = workspaceBanners(selectViewGraph({ ...g, ...many }), [], []);
    expect(large.map((b) => b.message.text)).toEqual([
      expect.stringContaining(String(CULL_ABOVE + 1)),
    ]);
  });
});
