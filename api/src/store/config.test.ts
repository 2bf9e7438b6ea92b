import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactUri, storeConfigFromEnv } from './config.ts';
import { REPO_ROOT } from './repo-root.ts';

describe('storeConfigFromEnv', () => {
  it('defaults to the embedded file under the repository root', () => {
    expect(storeConfigFromEnv({})).toEqual({
      kind: 'embedded',
      path: resolve(REPO_ROOT, 'data/graph.grafeo'),
      thread: 'main',
    });
  });

  it('runs the embedded database on a worker thread where the caller asks (the server), unless EMBEDDED_STORE_THREAD says otherwise', () => {
    expect(storeConfigFromEnv({}, { thread: 'worker' })).toMatchObject({ thread: 'worker' });
    expect(
      storeConfigFromEnv({ EMBEDDED_STORE_THREAD: 'main' }, { thread: 'worker' }),
    ).toMatchObject({ thread: 'main' });
    expect(storeConfigFromEnv({ EMBEDDED_STORE_THREAD: 'worker' })).toMatchObject({
      thread: 'worker',
    });
  });

  it('resolves a relative GRAPH_DB_PATH against the repository root, not the cwd', () => {
    expect(storeConfigFromEnv({ GRAPH_DB_PATH: 'tmp/x.grafeo' })).toMatchObject({
      path: resolve(REPO_ROOT, 'tmp/x.grafeo'),
    });
    expect(storeConfigFromEnv({ GRAPH_DB_PATH: '/abs/x.grafeo' })).toMatchObject({
      path: '/abs/x.grafeo',
    });
  });

  it('chooses Neo4j when NEO4J_URI is set, with defaults', () => {
    expect(storeConfigFromEnv({ NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 's' })).toMatchObject(
      {
        kind: 'neo4j',
        uri: 'neo4j://db:7687',
        username: 'neo4j',
        password: 's',
        database: 'neo4j',
      },
    );
  });

  it('ignores a blank NEO4J_URI', () => {
    expect(storeConfigFromEnv({ NEO4J_URI: '  ' }).kind).toBe('embedded');
  });
});

describe('redactUri', () => {
  it('drops credentials and query', () => {
    expect(redactUri('neo4j+s://user:secret@db.example:7687/?x=1')).toBe(
      'neo4j+s://db.example:7687',
    );
  });
});
