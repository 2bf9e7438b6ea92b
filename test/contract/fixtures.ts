import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CanonicalGraph } from '@accgraph/schema';
import { writeGraph } from '@accgraph/api/canonical';
import type { Store } from '@accgraph/api/store';
import type { ContractCase } from './contract.ts';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const cache = new Map<string, CanonicalGraph>();

/** A fixture graph of test/contract/fixtures by name (`two-areas`), parsed once. */
export function fixture(name: string): CanonicalGraph {
  let graph = cache.get(name);
  if (!graph) {
    graph = JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as CanonicalGraph;
    cache.set(name, graph);
  }
  return structuredClone(graph);
}

/** Loads the case's fixture graphs, in order, each in its own write transaction. */
export async function loadFixture(store: Store, spec: ContractCase['fixture']): Promise<void> {
  const specs = Array.isArray(spec) ? spec : [spec];
  for (const item of specs as (string | CanonicalGraph)[]) {
    const graph = typeof item === 'string' ? fixture(item) : item;
    // fixtures cite made-up quotes: the evidence check is the write path's, tested elsewhere
    await store.writeTransaction((tx) =>
      writeGraph(tx, graph, { uncheckedEvidence: 'test-fixture' }),
    );
  }
}
