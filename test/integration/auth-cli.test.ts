import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@accgraph/api/config';
import { openStore } from '@accgraph/api/store';
import { postGraphQL } from './helpers/auth.ts';
import { startTestApp } from './support/app.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-account-cli-'));
const dbPath = path.join(dir, 'graph.grafeo');

/** `npm run seed -- account add …` as an operator runs it, with stdin and extra env. */
function accountAdd(args: string[], input: string, env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(REPO_ROOT, 'graph-seed/src/cli.ts'), 'account', 'add', ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, GRAPH_DB_PATH: dbPath, NEO4J_URI: '', ACCOUNT_PASSWORD: '', ...env },
      input,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run seed -- account add (the first admin)', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates an admin from a password on standard input, who can then sign in', async () => {
    const run = accountAdd(
      ['--email', 'Chair@Example.org', '--role', 'admin'],
      'first admin passphrase\n',
    );
    // the one line that says which path it took (no server runs: straight to the store, decision 0030)
    expect(run.err).toMatch(/^\(no server running for this store: writing to .+ directly\)\n$/);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^created admin account chair@example\.org \(account\//);

    const store = await openStore({ kind: 'embedded', path: dbPath });
    const t = await startTestApp({ store });
    try {
      const signIn = await postGraphQL(
        t.app,
        'mutation { signIn(email: "chair@example.org", password: "first admin passphrase") { role } }',
      );
      expect(signIn.body.data?.signIn).toEqual({ role: 'ADMIN' });
    } finally {
      await t.close();
    }
  });

  it('takes ACCOUNT_PASSWORD, refuses an existing address, a short password, a bad role, no password', () => {
    const env = accountAdd(['--email', 'editor@example.org', '--role', 'editor'], '', {
      ACCOUNT_PASSWORD: 'editor passphrase here',
    });
    expect(env.code).toBe(0);
    const twice = accountAdd(
      ['--email', 'editor@example.org', '--role', 'editor'],
      'another passphrase\n',
    );
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/exists already/);
    const short = accountAdd(['--email', 'x@example.org', '--role', 'viewer'], 'short\n');
    expect(short.code).toBe(1);
    expect(short.err).toMatch(/password: a password needs at least 12 characters/);
    const role = accountAdd(
      ['--email', 'y@example.org', '--role', 'owner'],
      'long enough password\n',
    );
    expect(role.code).toBe(2);
    expect(role.err).toMatch(/--role must be viewer, editor or admin, got "owner"/);
    const none = accountAdd(['--email', 'z@example.org', '--role', 'viewer'], '');
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/no password: set ACCOUNT_PASSWORD or pipe it/);
  });
});
