import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { normaliseGrafeoValue } from './grafeo.store.ts';
import { normaliseNeo4jValue } from './normalise.ts';

describe('Neo4j values', () => {
  it('turns temporal values into ISO strings and integers into numbers, nested too', () => {
    const value = {
      d: new neo4j.types.Date(2014, 10, 2),
      n: neo4j.int(42),
      l: [neo4j.int(1), new neo4j.types.Date(2019, 1, 31)],
      nothing: null,
    };
    expect(normaliseNeo4jValue(value)).toEqual({
      d: '2014-10-02',
      n: 42,
      l: [1, '2019-01-31'],
      nothing: null,
    });
  });
});

describe('Grafeo values', () => {
  it('turns bigints into numbers and Dates into ISO strings, nested too', () => {
    const value = { b: 7n, t: new Date('2020-01-02T03:04:05Z'), m: { l: [1n, 'x'] } };
    expect(normaliseGrafeoValue(value)).toEqual({
      b: 7,
      t: '2020-01-02T03:04:05.000Z',
      m: { l: [1, 'x'] },
    });
  });
});
