import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@accgraph/api/config';
import { startServerProcess, type ServerProcess } from './support/process.ts';

/**
 * "The running server is the one writer" (issue 14 point 1, decision 0030):
 * with `npm start` running on an embedded file, `npm run seed -- load|import|
 * account add` write through it (they used to fail: "the graph database file
 * is in use by another process"), the change is visible through GraphQL at
 * once, each area written leaves one audit entry, forged evidence is refused
 * with file:line:column and the JSON path, and a stale discovery file (dead
 * pid) is ignored. Real processes, real store, real HTTP.
 */

const URL_LINE = /GraphQL: +(http:\/\/127\.0\.0\.1:\d+)\/graphql\n/;
/** Port base of this test (4500-4549 are this suite's; never 4000). */
const PORT = 4511;

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** `npm run seed -- <args>` as a user runs it, against `dbPath`, with extra env. */
function seed(args: string[], dbPath: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(REPO_ROOT, 'graph-seed/src/cli.ts'), ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, GRAPH_DB_PATH: dbPath, NEO4J_URI: '', ...env },
      encoding: 'utf8',
      timeout: 180_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
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

describe('npm run seed writes through the running server', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-cli-server-'));
  const dbPath = path.join(dir, 'data', 'graph.grafeo');
  const serverFile = path.join(dir, 'data', 'server.json');
  const walsallFile = path.join(dir, 'walsall.json');
  const allFile = path.join(dir, 'all.json');
  let server: ServerProcess;
  let base: string;
  let discovery: Discovery;
  const asLocalAdmin = () => ({ 'x-accgraph-local-token': discovery.token });

  const changes = async (areaId: string) => {
    const r = await gql<{
      changes: {
        totalCount: number;
        edges: { node: { action: string; actorName: string; reason: string } }[];
      };
    }>(
      base,
      'query ($a: ID!) { changes(areaId: $a) { totalCount edges { node { action actorName reason } } } }',
      { a: areaId },
      asLocalAdmin(),
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!.changes;
  };
  const areaIds = async () =>
    (await gql<{ areas: { id: string }[] }>(base, '{ areas { id } }')).data!.areas.map((a) => a.id);
  const exportArea = async (id: string) =>
    (await gql<{ exportArea: string }>(base, 'query ($id: ID!) { exportArea(id: $id) }', { id }))
      .data?.exportArea;

  beforeAll(async () => {
    // a canonical file of one area, made on another database while no server runs
    const other = path.join(dir, 'other', 'graph.grafeo');
    expect(seed(['load'], other).code).toBe(0);
    expect(seed(['export', '--area', 'walsall', '--out', walsallFile], other).code).toBe(0);
    expect(seed(['export', '--out', allFile], other).code).toBe(0);

    server = startServerProcess({
      GRAPH_DB_PATH: dbPath,
      NEO4J_URI: '',
      PORT: String(PORT),
      SEED_ON_START: 'false',
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
    expect(discovery.store).toBe(`embedded:${dbPath}`);
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
    const run = seed(['load', '--area', 'wiltshire', 'peterborough'], dbPath);
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
    const again = seed(['load', '--area', 'wiltshire'], dbPath);
    expect(again.code).toBe(0);
    expect(again.out).toBe('wiltshire: unchanged\n');
    expect((await changes('wiltshire')).totalCount).toBe(1);
  }, 300_000);

  it('`import` writes through the server: visible at once, one audit entry', async () => {
    const run = seed(['import', walsallFile], dbPath);
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
    const run = seed(['import', forgedFile], dbPath);
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
    const kept = seed(['load', '--area', 'walsall'], dbPath);
    expect(kept.code, kept.err).toBe(0);
    expect(kept.out).toMatch(/^walsall: left as imported on .+ by local cli \(.+\), not reloaded/);
    expect((await changes('walsall')).totalCount).toBe(1);
    const replaced = seed(['load', '--area', 'walsall', '--replace-edits', 'walsall'], dbPath);
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
    const run = seed(['import', allFile], dbPath);
    expect(run.code, run.err).toBe(0);
    expect(run.err).toMatch(/through the running server/);
    expect(run.out).toMatch(/^imported oxfordshire, peterborough, walsall, wiltshire: /m);
    expect(await areaIds()).toEqual(['oxfordshire', 'peterborough', 'walsall', 'wiltshire']);
    expect((await changes('oxfordshire')).totalCount).toBe(1);
    expect((await changes('walsall')).totalCount).toBe(3);
  }, 300_000);

  it('`account add` creates the account through the server; it can sign in at once', async () => {
    const run = seed(
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
    const twice = seed(
      ['account', 'add', '--email', 'chair@example.org', '--role', 'viewer'],
      dbPath,
      {
        ACCOUNT_PASSWORD: 'another passphrase',
      },
    );
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/exists already/);
  }, 300_000);

  it('removes the discovery file on a clean shutdown', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(existsSync(serverFile)).toBe(false);
  }, 60_000);

  it('ignores a stale discovery file (its process is gone) and writes directly', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    const pid = dead.pid!;
    await new Promise((resolve) => dead.on('exit', resolve));
    writeFileSync(serverFile, JSON.stringify({ ...discovery, pid }), { mode: 0o600 });
    const run = seed(['load', '--area', 'oxfordshire', '--replace-edits', 'oxfordshire'], dbPath);
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain(`names process ${pid}, which is not running`);
    expect(run.err).toMatch(/no server running for this store: writing to .* directly/);
    expect(run.out).toMatch(/^oxfordshire: wrote \d+ node\(s\)/);
  }, 300_000);
});
