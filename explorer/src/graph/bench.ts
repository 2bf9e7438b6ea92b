/**
 * A generated graph of N nodes for the rendering benchmark (`?bench=N`):
 * deterministic, shaped like an area (boards above sub-groups, posts and
 * organisations as members), no API needed. Pure.
 */
import type { ApiAreaGraph, ApiGraphEdge, ApiGraphNode } from './types';

/** mulberry32: a small deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTIONS = ['scrutiny', 'delivery', 'strategy', 'assurance', 'learning'];

export function generateGraph(n: number, seed = 1, prefix = 'bench'): ApiAreaGraph {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const nodes: ApiGraphNode[] = [];
  const edges: ApiGraphEdge[] = [];
  const bodies: string[] = [];
  const add = (type: string, source: string, target: string): void => {
    edges.push({
      id: `${prefix}/doc:${type}:${source}->${target}`,
      type,
      source,
      target,
      documentId: `${prefix}/doc`,
      basis: 'STATED',
      interpretation: null,
    });
  };
  for (let i = 0; i < n; i++) {
    const id = `${prefix}/n${i}`;
    const r = rand();
    if (i === 0 || r < 0.2) {
      const name = `Safeguarding Board ${i}`;
      nodes.push({ id, label: 'Body', name, kind: 'partnership-board', function: pick(FUNCTIONS) });
      if (bodies.length) {
        const parent = pick(bodies);
        add(rand() < 0.5 ? 'SUBGROUP_OF' : 'REPORTS_TO', id, parent);
        if (rand() < 0.3) add('HOLDS_TO_ACCOUNT', pick(bodies), id);
      }
      bodies.push(id);
    } else if (r < 0.6) {
      nodes.push({ id, label: 'Post', name: `Post ${i}`, kind: 'other', function: null });
      add(rand() < 0.15 ? 'CHAIRS' : 'MEMBER_OF', id, pick(bodies));
      if (rand() < 0.3) add('MEMBER_OF', id, pick(bodies));
    } else {
      nodes.push({
        id,
        label: 'Organisation',
        name: `Organisation ${i}`,
        kind: 'other',
        function: null,
      });
      add('MEMBER_OF', id, pick(bodies));
      if (rand() < 0.2) add('ACCOUNTABLE_TO', id, pick(bodies));
    }
  }
  const seen = new Set<string>();
  return { nodes, edges: edges.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true))) };
}
