import { describe, expect, it } from 'vitest';
import { toStoreError as fromGrafeo } from './grafeo.errors.ts';
import { toStoreError as fromNeo4j } from './neo4j.errors.ts';

const grafeoError = (gqlStatus: string | undefined, message: string): Error =>
  Object.assign(new Error(message), { gqlStatus });
const neo4jError = (code: string, message: string): Error =>
  Object.assign(new Error(message), { code });

describe('Grafeo error mapping', () => {
  const ctx = { path: '/data/graph.grafeo', statement: 'api/src/x' };
  it.each([
    ['42001', 'syntax error', 'STORE_SYNTAX'],
    ['G2000', 'Constraint violation: UNIQUE', 'STORE_CONSTRAINT'],
    ['40000', 'Write-write conflict', 'STORE_CONFLICT'],
    [undefined, 'cannot open /data/graph.grafeo: invalid file header magic', 'STORE_CORRUPT'],
    [undefined, 'database file cannot be locked for reading', 'STORE_UNAVAILABLE'],
    ['22012', 'division by zero', 'STORE_ERROR'],
  ])('%s %s -> %s', (status, message, code) => {
    const mapped = fromGrafeo(grafeoError(status, message), ctx);
    expect(mapped.code).toBe(code);
    if (code === 'STORE_CORRUPT') expect(mapped.message).toContain(ctx.path);
    else if (code !== 'STORE_UNAVAILABLE') expect(mapped.statement).toBe('api/src/x');
  });
});

describe('Neo4j error mapping', () => {
  const ctx = { address: 'neo4j://db:7687', database: 'neo4j', secret: 'hunter2' };
  it.each([
    ['ServiceUnavailable', 'STORE_UNAVAILABLE'],
    ['SessionExpired', 'STORE_UNAVAILABLE'],
    ['Neo.ClientError.Statement.SyntaxError', 'STORE_SYNTAX'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'STORE_CONSTRAINT'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'STORE_CONFLICT'],
    ['Neo.ClientError.Security.Unauthorized', 'STORE_AUTH'],
    ['Neo.DatabaseError.General.UnknownError', 'STORE_ERROR'],
  ])('%s -> %s, without the password', (code, expected) => {
    const mapped = fromNeo4j(neo4jError(code, 'failed for neo4j:hunter2@db'), ctx);
    expect(mapped.code).toBe(expected);
    expect(mapped.message).not.toContain('hunter2');
  });
});
