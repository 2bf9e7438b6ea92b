import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isIntegerParamName, toNeo4jParams } from './neo4j.params.ts';

describe('LIMIT/SKIP parameter convention', () => {
  it('recognises limit, skip, first and *Limit / *Skip names only', () => {
    for (const name of ['limit', 'skip', 'first', 'pageLimit', 'rowSkip']) {
      expect(isIntegerParamName(name)).toBe(true);
    }
    for (const name of ['Limit', 'limits', 'firstName', 'delimit', 'id']) {
      expect(isIntegerParamName(name)).toBe(false);
    }
  });

  it('sends those integer values as Cypher integers and leaves the rest', () => {
    const out = toNeo4jParams({ limit: 10, pageSkip: 20, id: 3, ratio: 1.5, firstName: 'A' });
    expect(neo4j.isInt(out.limit)).toBe(true);
    expect(neo4j.isInt(out.pageSkip)).toBe(true);
    expect(out.id).toBe(3);
    expect(out.firstName).toBe('A');
  });
});
