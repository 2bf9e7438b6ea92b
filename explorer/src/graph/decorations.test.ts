import { describe, expect, it } from 'vitest';
import {
  chainHighlight,
  computeDecorations,
  decorationKey,
  diffIndex,
  edgeDiffStatus,
  hasFlags,
  obligationsHighlight,
} from './decorations';
import { sampleGraph, trustHolders } from './fixtures';
import type { ApiGovernanceDiff, ApiPostObligations } from './types';
import { selectViewGraph } from './view';

describe('chain highlighting', () => {
  it('marks the subject, the chain and dims the rest', () => {
    const view = selectViewGraph(sampleGraph());
    const dec = computeDecorations(view, { highlight: chainHighlight(trustHolders) });
    expect(dec.nodes.get('w/trust')?.emphasis).toBe('subject');
    expect(dec.nodes.get('w/wscb')?.emphasis).toBe('on');
    expect(dec.nodes.get('w/police')?.emphasis).toBe('dim');
    expect(dec.edges.get('area/2014:HOLDS_TO_ACCOUNT:w/wscb->w/trust')?.emphasis).toBe('on');
    expect(dec.edges.get('area/2014:REPORTS_TO:w/wscb->w/trust')?.emphasis).toBe('dim');
  });

  it('highlights every body a post sits on (the DCS view)', () => {
    const result: ApiPostObligations = {
      post: { id: 'w/council', name: 'Council' },
      asOf: '2018-12-31',
      groups: [
        { body: null, via: [], obligations: [], obligationCount: 0 },
        {
          body: { id: 'w/wscb', name: 'WSCB' },
          via: [
            {
              id: 'area/2014:MEMBER_OF:w/council->w/wscb',
              type: 'MEMBER_OF',
              fromId: 'w/council',
              toId: 'w/wscb',
              documentId: null,
              basis: 'STATED',
              interpretation: null,
              evidence: [],
            },
          ],
          obligations: [],
          obligationCount: 0,
        },
        {
          body: { id: 'w/trust', name: 'Trust' },
          via: [
            {
              id: 'area/2014:MEMBER_OF:w/council->w/trust',
              type: 'MEMBER_OF',
              fromId: 'w/council',
              toId: 'w/trust',
              documentId: null,
              basis: 'STATED',
              interpretation: null,
              evidence: [],
            },
          ],
          obligations: [],
          obligationCount: 0,
        },
      ],
      totalCount: 0,
      complete: true,
    };
    const h = obligationsHighlight(result);
    expect([...h.nodeIds].sort()).toEqual(['w/council', 'w/trust', 'w/wscb']);
    const dec = computeDecorations(selectViewGraph(sampleGraph()), { highlight: h });
    expect(dec.edges.get('area/2014:MEMBER_OF:w/council->w/trust')?.emphasis).toBe('on');
    expect(dec.edges.get('area/2014:MEMBER_OF:w/police->w/wscb')?.emphasis).toBe('dim');
  });
});

const emptyDiff = (): ApiGovernanceDiff => ({
  bodies: { added: [], removed: [], unchanged: 0 },
  relationships: {
    addedCount: 0,
    removedCount: 0,
    added: [],
    removed: [],
    changed: [],
    unchanged: 0,
  },
  obligations: { addedCount: 0, removedCount: 0, unchanged: 0 },
  complete: true,
});

describe('diff styling', () => {
  it('styles edges added, removed or changed, and nodes by their statements', () => {
    const d = emptyDiff();
    const r = (id: string) => ({
      id,
      type: 'MEMBER_OF' as const,
      fromId: 'a',
      toId: 'b',
      evidence: [],
    });
    d.relationships.added = [r('area/2014:MEMBER_OF:w/police->w/wscb')];
    d.relationships.removed = [r('area/2014:CHAIRS:w/chair->w/wscb')];
    d.bodies.added = [{ body: { id: 'w/trust', name: 'Trust' } }];
    const index = diffIndex(d);
    const view = selectViewGraph(sampleGraph());
    const dec = computeDecorations(view, { diff: index });
    expect(dec.edges.get('area/2014:MEMBER_OF:w/police->w/wscb')?.diff).toBe('added');
    expect(dec.edges.get('area/2014:CHAIRS:w/chair->w/wscb')?.diff).toBe('removed');
    expect(dec.edges.get('area/2014:HOLDS_TO_ACCOUNT:w/wscb->w/trust')?.diff).toBe('unchanged');
    expect(dec.nodes.get('w/trust')?.diff).toBe('added'); // a body: from the diff itself
    expect(dec.nodes.get('w/police')?.diff).toBe('added'); // only added statements
    expect(dec.nodes.get('w/chair')?.diff).toBe('removed');
    expect(dec.nodes.get('w/wscb')?.diff).toBe('unchanged');
  });

  it('calls a drawn edge changed when its statements disagree', () => {
    const index = {
      relationships: new Map([
        ['a', 'added' as const],
        ['b', 'removed' as const],
      ]),
      nodes: new Map(),
    };
    const e = {
      id: 'a',
      type: 'X',
      source: 's',
      target: 't',
      apiEdgeIds: ['a', 'b'],
      documentIds: [],
      interpretation: null,
    };
    expect(edgeDiffStatus(e, index)).toBe('changed');
  });
});

describe('finding flags', () => {
  it('badges nodes and edges with the most severe finding, counting distinct findings', () => {
    const view = selectViewGraph(sampleGraph());
    const dec = computeDecorations(view, {
      flags: [
        {
          subjectId: 'w/wscb',
          subjectKind: 'node',
          count: 2,
          highestSeverity: 'MEDIUM',
          allAccepted: false,
          findingIds: ['f1', 'f2'],
          ruleIds: ['R'],
        },
        {
          subjectId: 'area/2014:HOLDS_TO_ACCOUNT:w/wscb->w/trust',
          subjectKind: 'relationship',
          count: 1,
          highestSeverity: 'HIGH',
          allAccepted: true,
          findingIds: ['f3'],
          ruleIds: ['R'],
        },
      ],
    });
    expect(dec.nodes.get('w/wscb')?.flag).toMatchObject({ count: 2, severity: 'MEDIUM' });
    expect(dec.edges.get('area/2014:HOLDS_TO_ACCOUNT:w/wscb->w/trust')?.flag).toMatchObject({
      count: 1,
      severity: 'HIGH',
      allAccepted: true,
    });
    expect(decorationKey(dec.nodes.get('w/wscb'))).not.toBe(decorationKey(undefined));
    expect(hasFlags(dec)).toBe(true);
  });

  it('says when nothing carries a badge (the canvas then measures no badges)', () => {
    const view = selectViewGraph(sampleGraph());
    expect(hasFlags(computeDecorations(view, {}))).toBe(false);
    expect(hasFlags(computeDecorations(view, { highlight: chainHighlight(trustHolders) }))).toBe(
      false,
    );
  });
});
