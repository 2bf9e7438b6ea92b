import type { CanonicalGraph } from '@accgraph/schema';
import {
  cypher,
  REPO_ROOT,
  type CatalogueQuery,
  type Params,
  type Row,
  type Store,
} from '@accgraph/api/store';

/** A catalogue query by its catalogue name (`api/src/canonical/read-nodes-by-id`), for setup and checks. */
export function catalogueQuery(name: string): CatalogueQuery {
  return cypher(REPO_ROOT, `${name}.cypher`);
}

/**
 * One contract case: on an empty store loaded with `fixture` (via writeGraph),
 * the catalogue query `query` run with `params` returns exactly `expected`.
 * See test/contract/README.md.
 */
export interface ContractCase {
  /** Catalogue name: the `.cypher` path from the repository root without extension. */
  query: string;
  /** What the case shows; the test title. */
  name: string;
  /** Fixture file(s) under test/contract/fixtures (without `.json`), or inline graphs. */
  fixture: string | CanonicalGraph | readonly (string | CanonicalGraph)[];
  params?: Params;
  /** The rows, exactly (in order when `ordered`). */
  expected: Row[];
  /** Compare rows in order. Default: true when the query has ORDER BY. */
  ordered?: boolean;
  /** Run as a write. Default: true when the query has CREATE, MERGE, SET, DELETE or REMOVE. */
  write?: boolean;
  /**
   * Columns whose list values have no defined order (compared sorted).
   * Default: `['labels']` (Neo4j does not order `labels(n)`).
   */
  unorderedLists?: readonly string[];
  /** Extra preparation after the fixture is loaded (e.g. state a fixture cannot hold). */
  setup?: (store: Store) => Promise<void>;
  /** Further checks after the query ran (e.g. what a write left behind). */
  after?: (store: Store) => Promise<void>;
}

/** Identity helper that types a case file's default export. */
export function defineCases(cases: ContractCase[]): ContractCase[] {
  return cases;
}
