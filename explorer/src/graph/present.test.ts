import { describe, expect, it } from 'vitest';
import { chainSteps, clampStep, pathHighlight, pathSteps, stepHighlight } from './present';

const ev = (quote: string) => ({
  documentId: 'w/2014',
  section: 'Roles',
  start: 0,
  end: quote.length,
  quote,
});
const hop = (from: string, to: string, kind = 'HOLDS_TO_ACCOUNT') => ({
  kind,
  mode: null,
  from: { id: from, name: from.toUpperCase() },
  to: { id: to, name: to.toUpperCase() },
  relationship: { id: `${from}->${to}`, evidence: [ev(`${from} holds ${to}`)] },
});

describe('present mode', () => {
  it('walks every chain hop by hop, in the panel order, each with its quote', () => {
    const steps = chainSteps({
      chains: [{ hops: [hop('b', 'a'), hop('c', 'b')] }, { hops: [hop('d', 'a')] }],
    } as never);
    expect(steps.map((s) => [s.group, s.sentence])).toEqual([
      ['Chain 1 of 2', 'B holds A to account'],
      ['Chain 1 of 2', 'C holds B to account'],
      ['Chain 2 of 2', 'D holds A to account'],
    ]);
    expect(steps[1]!.evidence[0]!.quote).toBe('c holds b');
  });

  it('keeps the step within the steps', () => {
    expect(clampStep(null, 3)).toBeNull();
    expect(clampStep(5, 3)).toBe(3);
    expect(clampStep(2, 3)).toBe(2);
    expect(clampStep(2, 0)).toBeNull();
  });

  it('highlights one step, or the whole path', () => {
    const path = { hops: [hop('a', 'b'), hop('b', 'c')] };
    expect(pathSteps(path)).toHaveLength(2);
    const h = pathHighlight(path, 'a');
    expect([...h.nodeIds].sort()).toEqual(['a', 'b', 'c']);
    expect([...h.relationshipIds]).toEqual(['a->b', 'b->c']);
    const one = stepHighlight(pathSteps(path)[1]!);
    expect([...one.nodeIds]).toEqual(['b', 'c']);
    expect([...one.relationshipIds]).toEqual(['b->c']);
  });
});
