import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from './errors.ts';
import { Neo4jStore } from './neo4j.store.ts';

const PASSWORD = 'pa55-not-to-be-shown';
const store = new Neo4jStore({
  kind: 'neo4j',
  uri: 'bolt://127.0.0.1:1',
  username: 'neo4j',
  password: PASSWORD,
  database: 'neo4j',
  txTimeoutMs: 5_000,
});

afterAll(() => store.close());

describe('Neo4jStore against an unreachable server', () => {
  it('ping answers false within 5 s', async () => {
    const started = Date.now();
    expect(await store.ping()).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it(
    'a read rejects with STORE_UNAVAILABLE within 5 s, naming the host but not the password',
    { timeout: 15_000 },
    async () => {
      const started = Date.now();
      const error = await store
        .read({ text: 'RETURN 1 AS x', name: 'test/one' })
        .catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(error).toBeInstanceOf(StoreError);
      expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
      const message = (error as Error).message;
      expect(message).toContain('bolt://127.0.0.1:1');
      expect(message).toContain('NEO4J_URI');
      expect(message).not.toContain(PASSWORD);
    },
  );

  it('refuses use after close with STORE_CLOSED', async () => {
    const other = new Neo4jStore({
      kind: 'neo4j',
      uri: 'bolt://127.0.0.1:1',
      username: 'neo4j',
      password: PASSWORD,
      database: 'neo4j',
      txTimeoutMs: 5_000,
    });
    await other.close();
    await other.close();
    await expect(other.read({ text: 'RETURN 1' })).rejects.toMatchObject({ code: 'STORE_CLOSED' });
  });
});
