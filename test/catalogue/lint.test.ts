import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@accgraph/schema';
import { GENERATED, findCypherFiles, findTemplateFiles } from './cypher-files.ts';
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

describe("Neo4j's linter (Cypher 5) accepts every statement made from a template", () => {
  const generated = [...GENERATED.values()];

  it('covers every template and every label and relationship type', () => {
    expect(findTemplateFiles()).toEqual([
      'api/src/canonical/upsert-nodes.cypher-template',
      'api/src/canonical/upsert-relationships.cypher-template',
    ]);
    expect([...new Set(generated.map((q) => q.template))].sort()).toEqual(findTemplateFiles());
    expect(generated.map((q) => q.name)).toEqual(
      expect.arrayContaining([
        ...NODE_LABELS.map((label) => `api/src/canonical/upsert-nodes/${label}`),
        ...RELATIONSHIP_TYPES.map((type) => `api/src/canonical/upsert-relationships/${type}`),
      ]),
    );
    expect(generated).toHaveLength(NODE_LABELS.length + RELATIONSHIP_TYPES.length);
  });

  it.each(generated.map((q) => [q.name, q] as const))('%s', (_name, q) => {
    const errors = lintStatement(q.text);
    expect(errors.map((e) => `${q.template}:${e.line}:${e.column} ${e.message}`)).toEqual([]);
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
