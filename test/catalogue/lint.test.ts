import { describe, expect, it } from 'vitest';
import { findCypherFiles } from './cypher-files.ts';
import { lintFile, lintStatement } from './lint.ts';

/** Catalogue queries, schema statements and the test harness's own Cypher. */
const files = findCypherFiles(['api', 'graph-seed', 'schema', 'test']);

describe("Neo4j's linter (Cypher 5) accepts every .cypher file", () => {
  it('finds the catalogue', () => {
    expect(files).toContain('schema/constraints/neo4j.cypher');
    expect(files).toContain('api/src/canonical/read-area-nodes.cypher');
  });

  it.each(files)('%s', (file) => {
    const errors = lintFile(file);
    expect(errors.map((e) => `${e.at} ${e.message}`)).toEqual([]);
  });
});

describe('the lint itself', () => {
  it('reports a broken query, with its line', () => {
    const errors = lintStatement('MATCH (n:Entity)\nWHERE n.id = $id\nRETURN n.id AS id ORDER');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.line).toBe(3);
  });

  it('reports a semantic error (an undefined variable)', () => {
    expect(lintStatement('MATCH (n:Entity) RETURN m.id AS id')).not.toEqual([]);
  });

  it('ignores undeclared parameters and unknown labels (warnings)', () => {
    expect(lintStatement('MATCH (n:Unknown {id: $id}) RETURN n.id AS id')).toEqual([]);
  });
});
