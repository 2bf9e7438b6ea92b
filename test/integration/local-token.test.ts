import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverConfigFromEnv } from '@accgraph/api/config';
import { createLogger } from '@accgraph/api/logger';
import { createApp } from '@accgraph/api/server';
import {
  findRunningServer,
  LOCAL_TOKEN_HEADER,
  newLocalToken,
  publishServer,
  type RunningServer,
  storeKey,
  type Store,
  type StoreConfig,
} from '@accgraph/api/store';
import { signIn } from './helpers/auth.ts';
import { freshEmbeddedStore } from './support/stores.ts';

/**
 * The local admin token is a real credential (decision 0030): accepted only
 * from a loopback peer, refused (401, never downgraded to anonymous) when
 * wrong or sent from elsewhere; and the discovery file is trusted only when
 * it is owner-only, names the same store and a live process that answers.
 */

const ME = `mutation { createAccount(input: { email: "x@example.org", role: VIEWER }) { email role } }`;

describe('the local admin token', () => {
  const token = newLocalToken();
  let app: FastifyInstance;
  let store: Store;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const fresh = await freshEmbeddedStore();
    await fresh.store.ensureSchema();
    store = fresh.store;
    app = await createApp({
      config: { ...serverConfigFromEnv({ LOG_LEVEL: 'silent' }), port: 0, seedOnStart: false },
      store: fresh.store,
      logger: createLogger('silent'),
      localToken: token,
    });
    dispose = async () => {
      await app.close();
      await fresh.dispose();
    };
  }, 120_000);
  afterAll(async () => dispose?.());

  const post = (remoteAddress: string, sent?: string) =>
    app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress,
      headers: {
        'content-type': 'application/json',
        ...(sent === undefined ? {} : { [LOCAL_TOKEN_HEADER]: sent }),
      },
      payload: JSON.stringify({ query: ME }),
    });

  it('is refused from a peer that is not loopback, even when right, and nothing is written', async () => {
    for (const address of ['192.0.2.7', '10.0.0.1', '::ffff:192.0.2.7', '2001:db8::1']) {
      const r = await post(address, token);
      expect(r.statusCode, address).toBe(401);
      expect(r.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('is refused when wrong, of another length, or empty', async () => {
    for (const sent of [newLocalToken(), token.slice(1), `${token}x`, '']) {
      const r = await post('127.0.0.1', sent);
      expect(r.statusCode).toBe(401);
    }
  });

  it('acts as the local admin from loopback (IPv4, IPv6, IPv4-mapped)', async () => {
    const r = await post('127.0.0.1', token);
    expect(r.json()).toEqual({
      data: { createAccount: { email: 'x@example.org', role: 'VIEWER' } },
    });
    for (const address of ['::1', '::ffff:127.0.0.1']) {
      const again = await post(address, token);
      // past the token check: the account exists already (BAD_USER_INPUT), not 401
      expect(again.json().errors[0].extensions.code, address).toBe('BAD_USER_INPUT');
    }
  });

  it('a signed-in admin may load the bundled areas, but may not name directories on the server', async () => {
    const admin = await signIn({ app, store }, 'admin');
    const r = await admin.graphql(
      'mutation { loadBundledAreas(areas: ["wiltshire"], areasDir: "/etc") { ok } }',
    );
    expect(r.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.body.errors?.[0]?.message).toMatch(/accepted only from `npm run seed`/);
  });

  it('a signed-in admin may import a text, but may not name a file on the server', async () => {
    const admin = await signIn({ app, store }, 'admin');
    const byPath = await admin.graphql(
      'mutation { importCanonicalGraph(file: "x.json", path: "/etc/passwd") { ok } }',
    );
    expect(byPath.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byText = await admin.graphql(
      'mutation ($t: String!) { importCanonicalGraph(file: "x.json", text: $t) { ok problems { file line column message } } }',
      { t: '{"areas": 3}' },
    );
    const answer = byText.body.data?.importCanonicalGraph as {
      ok: boolean;
      problems: { file: string }[];
    };
    expect(answer.ok).toBe(false);
    expect(answer.problems[0]?.file).toBe('x.json');
  });

  it('without the header, the request is as anonymous as before', async () => {
    const r = await post('127.0.0.1');
    expect(r.statusCode).toBe(401);
    expect(r.json().errors[0].message).toMatch(/^Sign in first/);
  });
});

describe('the discovery file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-discovery-'));
  const env = { GRAPH_DB_PATH: path.join(dir, 'graph.grafeo') };
  const file = path.join(dir, 'server.json');
  const config: StoreConfig = { kind: 'embedded', path: env.GRAPH_DB_PATH };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const entry = (over: Record<string, unknown> = {}) => ({
    url: 'http://127.0.0.1:1',
    pid: process.pid,
    started: new Date().toISOString(),
    store: storeKey(config),
    token: newLocalToken(),
    ...over,
  });

  it('is absent: nothing to ignore', async () => {
    expect(await findRunningServer(config, env)).toEqual({ found: false, file, ignored: null });
  });

  it('is written 0600 and removed only by the process that wrote it', () => {
    const mine = entry();
    const remove = publishServer(file, mine);
    expect((readMode(file) & 0o777).toString(8)).toBe('600');
    // another server replaced it meanwhile: our removal leaves its file alone
    writeFileSync(file, JSON.stringify(entry({ pid: process.pid + 1 })), { mode: 0o600 });
    remove();
    expect(readMode(file)).toBeGreaterThan(0);
    rmSync(file);
  });

  it('is ignored when readable by others, for another store, or its URL does not answer', async () => {
    writeFileSync(file, JSON.stringify(entry()), { mode: 0o600 });
    chmodSync(file, 0o644);
    expect(ignoredWhy(await findRunningServer(config, env))).toMatch(/readable by other users/);
    chmodSync(file, 0o600);
    const other: StoreConfig = { kind: 'embedded', path: path.join(dir, 'other.grafeo') };
    expect(ignoredWhy(await findRunningServer(other, env))).toMatch(/another store/);
    // this process is alive, but nothing listens on port 1
    expect(ignoredWhy(await findRunningServer(config, env))).toMatch(/does not answer/);
  });
});

/** Why the file was ignored (a found server fails the test). */
function ignoredWhy(result: RunningServer): string | null {
  if (result.found) throw new Error('expected the discovery file to be ignored');
  return result.ignored;
}

function readMode(file: string): number {
  try {
    return statSync(file).mode;
  } catch {
    return 0;
  }
}
