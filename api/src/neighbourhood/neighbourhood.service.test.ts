import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Services } from '../services.ts';
import type { Logger } from '../logger.ts';
import type { Row, Statement, Store } from '../store/index.ts';
import { NeighbourhoodService } from './neighbourhood.service.ts';

interface Edge {
  id: string;
  type: string;
  from: string;
  to: string;
  validTo?: string;
}

/** A store answering only the loaders' three queries, over an in-memory graph; counts reads. */
function fakeStore(edges: Edge[]) {
  const reads: string[] = [];
  const ids = new Set(edges.flatMap((e) => [e.from, e.to]));
  const rel = (e: Edge): Row => ({
    id: e.id,
    type: e.type,
    from: e.from,
    to: e.to,
    props: { validFrom: '2019', ...(e.validTo ? { validTo: e.validTo } : {}) },
  });
  const store = {
    async read(statement: Statement): Promise<Row[]> {
      const wanted = new Set((statement.params?.ids as string[]) ?? []);
      reads.push(statement.text.includes('n.id IN') ? 'nodes' : 'relationships');
      if (statement.text.includes('n.id IN')) {
        return [...ids]
          .filter((id) => wanted.has(id))
          .sort()
          .map((id) => ({ id, labels: ['Entity', 'Body'], props: { id, name: id } }));
      }
      const end = statement.text.includes('a.id IN') ? 'from' : 'to';
      return edges.filter((e) => wanted.has(e[end])).map(rel);
    },
  } as unknown as Store;
  return { store, reads };
}

function service(store: Store) {
  return new Services(store, {} as Logger).get(NeighbourhoodService);
}

describe('NeighbourhoodService', () => {
  const star: Edge[] = Array.from({ length: 600 }, (_, i) => {
    const leaf = `leaf/${String(i).padStart(3, '0')}`;
    return { id: `d:MEMBER_OF:${leaf}->c`, type: 'MEMBER_OF', from: leaf, to: 'c' };
  });

  it('caps at 500 nodes, keeping the centre and the nearest by id, and says so', async () => {
    const { store } = fakeStore(star);
    const h = await service(store).around('c', { hops: 1, asOf: '2020' });
    expect(h?.truncated).toBe(true);
    expect(h?.nodes).toHaveLength(500);
    const ids = h?.nodes.map((n) => n.id) ?? [];
    expect(ids[0]).toBe('c'); // the centre (hop 0), then the first 499 leaves by id
    expect(ids.at(-1)).toBe('leaf/498');
    expect(h?.edges).toHaveLength(499);
  });

  it('reads once per loader and hop level, not once per node (no N+1)', async () => {
    const ring2: Edge[] = star.map((e, i) => ({
      id: `d:CHAIRS:p${i}->${e.from}`,
      type: 'CHAIRS',
      from: `p${i}`,
      to: e.from,
    }));
    const { store, reads } = fakeStore([...star.slice(0, 100), ...ring2.slice(0, 100)]);
    const h = await service(store).around('c', { hops: 2, asOf: '2020' });
    expect(h?.nodes).toHaveLength(201);
    // centre node; per level (2 hops + the outer ring's edges) outgoing + incoming; the nodes
    expect(reads).toEqual(['nodes', ...Array.from({ length: 6 }, () => 'relationships'), 'nodes']);
  });

  it('leaves out relationships that are not current at the date', async () => {
    const { store } = fakeStore([
      { id: 'old', type: 'MEMBER_OF', from: 'a', to: 'c', validTo: '2019-06-01' },
      { id: 'new', type: 'MEMBER_OF', from: 'b', to: 'c' },
    ]);
    const h = await service(store).around('c', { hops: 1, asOf: '2020' });
    expect(h?.nodes.map((n) => n.id)).toEqual(['b', 'c']);
    const all = await service(store).around('c', { hops: 1, asOf: null });
    expect(all?.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });
});
