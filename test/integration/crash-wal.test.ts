import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  readFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listAreas, readGraph } from '@accgraph/api/canonical';
import { REPO_ROOT } from '@accgraph/api/config';
import { openStore, type Store } from '@accgraph/api/store';
import { serialiseGraph } from '@accgraph/schema';
import { runSeed } from './support/seed-cli.ts';

/**
 * A damaged write-ahead log of the embedded store (issue 16): Grafeo 0.6.0
 * stops replaying at the first cut or corrupt frame and opens without it and
 * everything after, silently. The store must refuse to open such a log with
 * a message that says what to do, open a log whose only damage is a frame the
 * writer never finished committing, and `npm run seed -- repair-wal` must
 * bring the store back. Embedded store only (real processes, real kill -9).
 */
const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-wal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Loads `areas` into a new database in a child that then dies by SIGKILL: the commits are only in the log. */
function loadThenDie(name: string, areas: string[]): string {
  const dbPath = path.join(dir, name, 'graph.grafeo');
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(REPO_ROOT, 'test/integration/support/load-then-die.ts'),
      dbPath,
      ...areas,
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NEO4J_URI: '' } },
  );
  expect(run.stdout).toContain('loaded');
  expect(run.signal).toBe('SIGKILL');
  expect(existsSync(`${dbPath}.wal`)).toBe(true);
  return dbPath;
}

function segment(dbPath: string): string {
  const wal = `${dbPath}.wal`;
  const files = readdirSync(wal)
    .filter((f) => f.endsWith('.log'))
    .sort();
  return path.join(wal, files[files.length - 1]!);
}

async function withStore<T>(dbPath: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ kind: 'embedded', path: dbPath });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const areasOf = (dbPath: string) => withStore(dbPath, (s) => listAreas(s));

describe.skipIf(Boolean(process.env.NEO4J_URI))('a damaged write-ahead log', () => {
  it('is refused at open when cut short (the last committed area would vanish), with what to do', async () => {
    const dbPath = loadThenDie('cut', ['peterborough', 'walsall']);
    const log = segment(dbPath);
    truncateSync(log, statSync(log).size - 100);
    const before = readFileSync(log);
    const open = openStore({ kind: 'embedded', path: dbPath });
    await expect(open).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
    await expect(open).rejects.toThrow(
      /write-ahead log .* is damaged: the log ends inside a frame/,
    );
    await expect(open).rejects.toThrow(/npm run seed -- repair-wal/);
    // nothing was changed: the log is as it was
    expect(readFileSync(log).equals(before)).toBe(true);
  }, 120_000);

  it('is refused at open when a committed frame is corrupt (one flipped byte)', async () => {
    const dbPath = loadThenDie('flip', ['peterborough', 'walsall']);
    const log = segment(dbPath);
    const bytes = readFileSync(log);
    bytes[Math.floor(bytes.length / 3)]! ^= 0xff;
    writeFileSync(log, bytes);
    await expect(openStore({ kind: 'embedded', path: dbPath })).rejects.toThrow(
      /write-ahead log .* is damaged: a frame fails its checksum/,
    );
  }, 120_000);

  it('opens when the only damage is a frame after the last acknowledged commit (the writer died committing it)', async () => {
    const dbPath = loadThenDie('torn', ['peterborough', 'walsall']);
    // the start of a frame that claims 5,000 bytes: a commit cut off by the kill
    const torn = Buffer.alloc(300);
    torn.writeUInt32LE(5_000, 0);
    appendFileSync(segment(dbPath), torn);
    expect(await areasOf(dbPath)).toEqual(['peterborough', 'walsall']);
  }, 120_000);

  it('`npm run seed -- repair-wal` keeps a copy, cuts the log, and reloads the bundled areas', async () => {
    const dbPath = loadThenDie('repair', ['peterborough', 'walsall']);
    const log = segment(dbPath);
    truncateSync(log, statSync(log).size - 100);
    const repair = runSeed(['repair-wal'], dbPath, { timeoutMs: 180_000 });
    expect(repair.err).toBe('');
    expect(repair.code).toBe(0);
    expect(repair.out).toMatch(/Copied the log to .*graph\.grafeo\.wal-damaged-/);
    expect(repair.out).toMatch(/walsall: wrote \d+ node/);
    expect(
      readdirSync(path.dirname(dbPath)).some((f) => f.startsWith('graph.grafeo.wal-damaged-')),
    ).toBe(true);
    const walsall = await withStore(dbPath, (s) =>
      s.readTransaction(async (tx) => serialiseGraph(await readGraph(tx, { areas: ['walsall'] }))),
    );
    expect(JSON.parse(walsall).nodes.length).toBeGreaterThan(10);
  }, 240_000);
});
