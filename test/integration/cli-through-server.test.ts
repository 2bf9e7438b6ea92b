import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@accgraph/api/config';
import { openStore, storeConfigFromEnv, storeKey } from '@accgraph/api/store';
import { startServerProcess, type ServerProcess } from './support/process.ts';
import { emptyRunNeo4j } from './support/stores.ts';

/**
 * "The running server is the one writer" (issue 14 point 1, decision 0030):
 * with `npm start` running on an embedded file, `npm run seed -- load|import|
 * account add` write through it (they used to fail: "the graph database file
 * is in use by another process"), the change is visible through GraphQL at
 * once, each area written leaves one audit entry, forged evidence is refused
 * with file:line:column and the JSON path, and a stale discovery file (dead
 * pid) is ignored. Real processes, real store, real HTTP.
 *
 * The server reads with READ_ACCESS=signed-in, so the reads (`export`) go
 * through with the local token too. Under `npm run test:neo4j` the server and
 * the CLI share that Neo4j (no file lock there, but the CLI still prefers the
 * running server: one writer, one audit trail); else an embedded file.
 */

const NEO4J = storeConfigFromEnv(process.env).kind === 'neo4j';
/** The store env of the server and the CLI: this run's Neo4j, else the embedded file (GRAPH_DB_PATH). */
const STORE_ENV: Record<string, string> = NEO4J
  ? {
      NEO4J_URI: process.env.NEO4J_URI!,
      NEO4J_USERNAME: process.env.NEO4J_USERNAME ?? '',
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '',
    }
  : { NEO4J_URI: '' };
/** The audit log of account changes (not an area: a reserved id no area slug can take). */
const ACCOUNTS_LOG = 'deployment:accounts';

const URL_LINE = /GraphQL: +(http:\/\/127\.0\.0\.1:\d+)\/graphql\n/;
/** Port base of this test (4500-4549 are this suite's; never 4000). */
const PORT = 4511;

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/**
 * `npm run seed -- <args>` as a user runs it, against `dbPath`, with extra env. Asynchronous
 * (not spawnSync): a test process blocked for longer than the server's keep-alive (72 s) kept
 * a socket the server had closed, and its next fetch failed ("other side closed").
 */
async function seed(
  args: string[],
  dbPath: string,
  env: Record<string, string> = {},
): Promise<Run> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(REPO_ROOT, 'graph-seed/src/cli.ts'), ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, GRAPH_DB_PATH: dbPath, ...STORE_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 180_000,
    },
  );
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, out, err };
}

interface Discovery {
  url: string;
  pid: number;
  started: string;
  store: string;
  token: string;
}

async function gql<T>(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Signs in over HTTP; the headers a signed-in browser sends (session cookie, CSRF token). */
async function signInHeaders(
  base: string,
  email: string,
  password: string,
): Promise<Record<string, string>> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      variables: { e: email, p: password },
    }),
  });
  expect(response.status).toBe(200);
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('accgraph_csrf='))!.split('=')[1]!;
  return { cookie: cookies.join('; '), 'x-csrf-token': csrf };
}

describe('npm run seed writes through the running server', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-cli-server-'));
  const dbPath = path.join(dir, 'data', 'graph.grafeo');
  const serverFile = path.join(dir, 'data', 'server.json');
  const walsallFile = path.join(dir, 'walsall.json');
  const allFile = path.join(dir, 'all.json');
  const lastExport = path.join(dir, 'wiltshire-through-server-last.json');
  let server: ServerProcess;
  let base: string;
  let discovery: Discovery;
  const asLocalAdmin = () => ({ 'x-accgraph-local-token': discovery.token });

  const changes = async (areaId: string) => {
    const r = await gql<{
      changes: {
        totalCount: number;
        edges: {
          node: {
            action: string;
            actorName: string;
            reason: string;
            targetId: string;
            before: string | null;
            after: string | null;
          };
        }[];
      };
    }>(
      base,
      'query ($a: ID!) { changes(areaId: $a) { totalCount edges { node { action actorName reason targetId before after } } } }',
      { a: areaId },
      asLocalAdmin(),
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!.changes;
  };
  const areaIds = async () =>
    (
      await gql<{ areas: { id: string }[] }>(base, '{ areas { id } }', {}, asLocalAdmin())
    ).data!.areas.map((a) => a.id);
  const exportArea = async (id: string) =>
    (
      await gql<{ exportArea: string }>(
        base,
        'query ($id: ID!) { exportArea(id: $id) }',
        { id },
        asLocalAdmin(),
      )
    ).data?.exportArea;

  beforeAll(async () => {
    // a canonical file of one area, made on another database while no server runs
    const other = path.join(dir, 'other', 'graph.grafeo');
    const embedded = { NEO4J_URI: '' };
    expect((await seed(['load'], other, embedded)).code).toBe(0);
    expect(
      (await seed(['export', '--area', 'walsall', '--out', walsallFile], other, embedded)).code,
    ).toBe(0);
    expect((await seed(['export', '--out', allFile], other, embedded)).code).toBe(0);
    await emptyRunNeo4j();

    server = startServerProcess({
      GRAPH_DB_PATH: dbPath,
      ...STORE_ENV,
      PORT: String(PORT),
      SEED_ON_START: 'false',
      READ_ACCESS: 'signed-in',
    });
    [, base] = (await server.waitFor(URL_LINE, 120_000)) as unknown as [string, string];
  }, 300_000);

  afterAll(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes where it is and a local admin token in data/server.json, owner-only, never in its output', () => {
    expect(existsSync(serverFile)).toBe(true);
    expect(statSync(serverFile).mode & 0o777).toBe(0o600);
    discovery = JSON.parse(readFileSync(serverFile, 'utf8')) as Discovery;
    expect(discovery).toMatchObject({ url: base, pid: server.child.pid });
    expect(discovery.store).toBe(
      storeKey(storeConfigFromEnv({ ...process.env, ...STORE_ENV, GRAPH_DB_PATH: dbPath })),
    );
    if (!NEO4J) expect(discovery.store).toBe(`embedded:${dbPath}`);
    expect(discovery.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(server.output()).not.toContain(discovery.token);
  });

  it('refuses a wrong token outright (401), not as an anonymous request', async () => {
    const r = await gql(base, '{ me { id } }', {}, { 'x-accgraph-local-token': 'x'.repeat(43) });
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('`load` writes through the server: the areas answer at once, one audit entry per area written', async () => {
    expect(await areaIds()).toEqual([]);
    const run = await seed(['load', '--area', 'wiltshire', 'peterborough'], dbPath);
    expect(run.err).toMatch(
      /^\(through the running server at http:\/\/127\.0\.0\.1:\d+, process \d+/,
    );
    expect(run.err).not.toMatch(/in use/);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(
      /^peterborough: wrote \d+ node\(s\), \d+ relationship\(s\) in \d+ ms\n/m,
    );
    expect(run.out).toMatch(/^wiltshire: wrote \d+ node\(s\)/m);
    expect(await areaIds()).toEqual(['peterborough', 'wiltshire']);
    for (const area of ['peterborough', 'wiltshire']) {
      const log = await changes(area);
      expect(log.totalCount).toBe(1);
      expect(log.edges[0]!.node).toMatchObject({
        action: 'area.load',
        reason: 'npm run seed -- load',
      });
      expect(log.edges[0]!.node.actorName).toMatch(/^local cli \(.+\)$/);
    }
    // the same command again: nothing to write, nothing logged
    const again = await seed(['load', '--area', 'wiltshire'], dbPath);
    expect(again.code).toBe(0);
    expect(again.out).toBe('wiltshire: unchanged\n');
    expect((await changes('wiltshire')).totalCount).toBe(1);
  }, 300_000);

  it('`export` reads through the server (reading needs sign-in: the local token): same bytes, line and exit codes', async () => {
    const out = path.join(dir, 'wiltshire-through-server.json');
    const run = await seed(['export', '--area', 'wiltshire', '--out', out], dbPath);
    expect(run.err).not.toMatch(/in use/);
    expect(run.code, run.err).toBe(0);
    expect(run.err).toMatch(
      /^\(through the running server at http:\/\/127\.0\.0\.1:\d+, process \d+/,
    );
    expect(run.out).toMatch(
      new RegExp(
        `^exported wiltshire: \\d+ node\\(s\\), \\d+ relationship\\(s\\), \\d+ document text\\(s\\) to ${escape(out)}\\n$`,
      ),
    );
    // the file is the area's canonical JSON, as exportArea answers it
    expect(readFileSync(out, 'utf8')).toBe(await exportArea('wiltshire'));
    const all = await seed(['export', '--out', path.join(dir, 'both.json')], dbPath);
    expect(all.code, all.err).toBe(0);
    expect(all.out).toMatch(/^exported peterborough, wiltshire: /);
    const missingOut = path.join(dir, 'missing.json');
    const missing = await seed(['export', '--area', 'nowhere', '--out', missingOut], dbPath);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/through the running server/);
    expect(missing.err).toContain(
      'area(s) not in the store: nowhere (present: peterborough, wiltshire)',
    );
    expect(existsSync(missingOut)).toBe(false);
  }, 300_000);

  it('`import` writes through the server: visible at once, one audit entry', async () => {
    const run = await seed(['import', walsallFile], dbPath);
    expect(run.code, run.err).toBe(0);
    expect(run.err).toMatch(/through the running server/);
    expect(run.out).toMatch(/^walsall: wrote \d+ node\(s\), \d+ relationship\(s\) in \d+ ms\n/);
    expect(run.out).toMatch(/^imported walsall: \d+ node\(s\), \d+ relationship\(s\) \(deleted 0/m);
    expect(await areaIds()).toEqual(['peterborough', 'walsall', 'wiltshire']);
    const log = await changes('walsall');
    expect(log.totalCount).toBe(1);
    expect(log.edges[0]!.node).toMatchObject({
      action: 'area.import',
      reason: 'npm run seed -- import walsall.json',
    });
  }, 300_000);

  it('refuses forged evidence through the server with file:line:column and JSON path; the store is unchanged', async () => {
    const text = readFileSync(walsallFile, 'utf8');
    const graph = JSON.parse(text) as {
      relationships: { evidence: { quote: string }[] }[];
    };
    // the first relationship with evidence: its quote's first occurrence after "relationships"
    const index = graph.relationships.findIndex((r) => r.evidence.length > 0);
    const quote = graph.relationships[index]!.evidence[0]!.quote;
    const forgedFile = path.join(dir, 'forged.json');
    // same bytes but the one quote: the file's layout (and so the line numbers) stays the export's
    const at = text.indexOf(JSON.stringify(quote), text.indexOf('"relationships"'));
    expect(at).toBeGreaterThan(0);
    writeFileSync(
      forgedFile,
      text.slice(0, at) +
        JSON.stringify('The Board shall dissolve itself at once.') +
        text.slice(at + JSON.stringify(quote).length),
    );
    const line = text.slice(0, at).split('\n').length;
    const before = await exportArea('walsall');
    const run = await seed(['import', forgedFile], dbPath);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/through the running server/);
    expect(run.err).toMatch(
      new RegExp(
        `${forgedFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:\\d+: .*\\[at relationships\\[${index}\\]\\.evidence\\[0\\]\\.quote\\]`,
      ),
    );
    expect(run.err).toMatch(/problem\(s\): nothing was written\.\n$/);
    expect(run.out).toBe('');
    expect(await exportArea('walsall')).toBe(before);
    expect((await changes('walsall')).totalCount).toBe(1);
  }, 300_000);

  it('`load` leaves the imported area alone through the server; `--replace-edits` overwrites it, logged', async () => {
    const kept = await seed(['load', '--area', 'walsall'], dbPath);
    expect(kept.code, kept.err).toBe(0);
    expect(kept.out).toMatch(/^walsall: left as imported on .+ by local cli \(.+\), not reloaded/);
    expect((await changes('walsall')).totalCount).toBe(1);
    const replaced = await seed(
      ['load', '--area', 'walsall', '--replace-edits', 'walsall'],
      dbPath,
    );
    expect(replaced.code, replaced.err).toBe(0);
    expect(replaced.err).toMatch(/through the running server/);
    expect(replaced.out).toMatch(/^walsall: wrote \d+ node\(s\)/);
    const log = await changes('walsall');
    expect(log.totalCount).toBe(2);
    expect(log.edges[0]!.node).toMatchObject({
      action: 'area.load',
      reason: 'npm run seed -- load --replace-edits walsall',
    });
  }, 300_000);

  it('`import` of a file over the request body limit (every bundled area) works: the server reads the file', async () => {
    expect(statSync(allFile).size).toBeGreaterThan(1024 * 1024);
    const run = await seed(['import', allFile], dbPath);
    expect(run.code, run.err).toBe(0);
    expect(run.err).toMatch(/through the running server/);
    expect(run.out).toMatch(/^imported oxfordshire, peterborough, walsall, wiltshire: /m);
    expect(await areaIds()).toEqual(['oxfordshire', 'peterborough', 'walsall', 'wiltshire']);
    expect((await changes('oxfordshire')).totalCount).toBe(1);
    expect((await changes('walsall')).totalCount).toBe(3);
  }, 300_000);

  it('`account add` creates the account through the server; it can sign in at once', async () => {
    const run = await seed(
      ['account', 'add', '--email', 'Chair@Example.org', '--role', 'admin'],
      dbPath,
      {
        ACCOUNT_PASSWORD: 'first admin passphrase',
      },
    );
    expect(run.code, run.err).toBe(0);
    expect(run.err).toMatch(/through the running server/);
    expect(run.out).toMatch(/^created admin account chair@example\.org \(account\//);
    const signIn = await gql<{ signIn: { role: string } }>(
      base,
      'mutation { signIn(email: "chair@example.org", password: "first admin passphrase") { role } }',
    );
    expect(signIn.data?.signIn).toEqual({ role: 'ADMIN' });
    const twice = await seed(
      ['account', 'add', '--email', 'chair@example.org', '--role', 'viewer'],
      dbPath,
      {
        ACCOUNT_PASSWORD: 'another passphrase',
      },
    );
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/exists already/);
  }, 300_000);

  it('account changes leave one audit entry each (who, when, what, why; never the password or its hash), in a log only admins read', async () => {
    const log = await changes(ACCOUNTS_LOG);
    // the account created above; the refused second `add` left none
    expect(log.totalCount).toBe(1);
    const created = log.edges[0]!.node;
    expect(created).toMatchObject({
      action: 'account.create',
      reason: 'npm run seed -- account add',
    });
    expect(created.actorName).toMatch(/^local cli \(.+\)$/);
    expect(created.targetId).toMatch(/^account\//);
    expect(JSON.parse(created.after!)).toMatchObject({ email: 'chair@example.org', role: 'admin' });
    expect(created.before).toBeNull();
    const viewerRun = await seed(
      [
        'account',
        'add',
        '--email',
        'board@example.org',
        '--role',
        'viewer',
        '--reason',
        'new board member',
      ],
      dbPath,
      { ACCOUNT_PASSWORD: 'board member passphrase' },
    );
    expect(viewerRun.code, viewerRun.err).toBe(0);
    const viewerId = /\((account\/[^)]+)\)/.exec(viewerRun.out)![1]!;
    expect((await changes(ACCOUNTS_LOG)).edges[0]!.node).toMatchObject({
      action: 'account.create',
      reason: 'new board member',
      targetId: viewerId,
    });
    // a viewer may not read the accounts log
    const viewer = await signInHeaders(base, 'board@example.org', 'board member passphrase');
    const denied = await gql(
      base,
      `{ changes(areaId: "${ACCOUNTS_LOG}") { totalCount } }`,
      {},
      viewer,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // role changes and disabling, through GraphQL, with a reason
    const role = await gql(
      base,
      'mutation ($id: ID!) { setRole(accountId: $id, role: EDITOR, reason: "chairs the review group") { role } }',
      { id: viewerId },
      asLocalAdmin(),
    );
    expect(role.errors, JSON.stringify(role.errors)).toBeUndefined();
    const roleEntry = (await changes(ACCOUNTS_LOG)).edges[0]!.node;
    expect(roleEntry).toMatchObject({
      action: 'account.role',
      reason: 'chairs the review group',
      targetId: viewerId,
    });
    expect(JSON.parse(roleEntry.before!)).toMatchObject({ role: 'viewer' });
    expect(JSON.parse(roleEntry.after!)).toMatchObject({ role: 'editor' });
    const refused = await gql(
      base,
      'mutation { setRole(accountId: "account/none", role: EDITOR) { role } }',
      {},
      asLocalAdmin(),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const disable = await gql(
      base,
      'mutation ($id: ID!) { disableAccount(accountId: $id, reason: "left the board") { disabled } }',
      { id: viewerId },
      asLocalAdmin(),
    );
    expect(disable.errors, JSON.stringify(disable.errors)).toBeUndefined();
    const after = await changes(ACCOUNTS_LOG);
    expect(after.totalCount).toBe(4);
    expect(after.edges[0]!.node).toMatchObject({
      action: 'account.disable',
      reason: 'left the board',
    });
    const exported = (
      await gql<{ changesExport: string }>(
        base,
        `{ changesExport(areaId: "${ACCOUNTS_LOG}") }`,
        {},
        asLocalAdmin(),
      )
    ).data!.changesExport;
    expect(exported.trim().split('\n')).toHaveLength(4);
    for (const secret of ['passphrase', '$argon2', 'passwordHash']) {
      expect(exported).not.toContain(secret);
    }
    // the graph as it is now, through the server: the direct export below must give these bytes
    const last = await seed(['export', '--area', 'wiltshire', '--out', lastExport], dbPath);
    expect(last.code, last.err).toBe(0);
  }, 300_000);

  it('removes the discovery file on a clean shutdown', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(existsSync(serverFile)).toBe(false);
  }, 60_000);

  it('with no server, `export` reads the store directly: the same bytes as through the server', async () => {
    const out = path.join(dir, 'wiltshire-direct.json');
    const run = await seed(['export', '--area', 'wiltshire', '--out', out], dbPath);
    expect(run.code, run.err).toBe(0);
    expect(run.err).toMatch(/no server running for this store: reading .* directly/);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(lastExport, 'utf8'));
  }, 300_000);

  it('ignores a stale discovery file (its process is gone) and writes directly', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    const pid = dead.pid!;
    await new Promise((resolve) => dead.on('exit', resolve));
    writeFileSync(serverFile, JSON.stringify({ ...discovery, pid }), { mode: 0o600 });
    const run = await seed(
      ['load', '--area', 'oxfordshire', '--replace-edits', 'oxfordshire'],
      dbPath,
    );
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain(`names process ${pid}, which is not running`);
    expect(run.err).toMatch(/no server running for this store: writing to .* directly/);
    expect(run.out).toMatch(/^oxfordshire: wrote \d+ node\(s\)/);
  }, 300_000);
  it('with no server, `account add` writes directly, audited in the accounts log too', async () => {
    rmSync(serverFile, { force: true });
    const add = await seed(
      ['account', 'add', '--email', 'second@example.org', '--role', 'editor'],
      dbPath,
      { ACCOUNT_PASSWORD: 'second editor passphrase' },
    );
    expect(add.code, add.err).toBe(0);
    expect(add.err).toMatch(/no server running for this store/);
    const store = await openStore(
      storeConfigFromEnv({ ...process.env, ...STORE_ENV, GRAPH_DB_PATH: dbPath }),
    );
    try {
      const rows = await store.read({
        name: 'test/accounts-log',
        text: 'MATCH (c:Change {areaId: $log}) RETURN c.seq AS seq, c.action AS action, c.actorName AS actorName, c.reason AS reason, c.after AS after, c.before AS before ORDER BY seq',
        params: { log: ACCOUNTS_LOG },
      });
      expect(rows).toHaveLength(5);
      const last = rows.at(-1)!;
      expect(last).toMatchObject({
        seq: 5,
        action: 'account.create',
        reason: 'npm run seed -- account add',
      });
      expect(String(last.actorName)).toMatch(/^command line \(.+\)$/);
      expect(JSON.parse(String(last.after))).toMatchObject({
        email: 'second@example.org',
        role: 'editor',
      });
      expect(JSON.stringify(rows)).not.toMatch(/passphrase|argon2|passwordHash/);
    } finally {
      await store.close();
    }
  }, 300_000);
});
