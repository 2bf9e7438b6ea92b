import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@accgraph/api/config';
import { runSeed } from './support/seed-cli.ts';

const seed = runSeed;

describe('npm run seed (CLI) on the embedded store', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-cli-'));
  const dbA = path.join(dir, 'a', 'graph.grafeo');
  const dbB = path.join(dir, 'b', 'graph.grafeo');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validate accepts the bundled areas', () => {
    const r = seed(['validate'], dbA);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('load writes every area once, then finds them unchanged', () => {
    const first = seed(['load'], dbA);
    expect(first.code).toBe(0);
    for (const area of ['oxfordshire', 'peterborough', 'walsall', 'wiltshire']) {
      expect(first.out).toMatch(new RegExp(`${area}: wrote \\d+ node`));
    }
    const second = seed(['load'], dbA);
    expect(second.code).toBe(0);
    expect(second.out.trim().split('\n')).toEqual([
      'oxfordshire: unchanged',
      'peterborough: unchanged',
      'walsall: unchanged',
      'wiltshire: unchanged',
    ]);
  });

  it('import of an export re-exports byte-identically (on another database)', () => {
    const exported = path.join(dir, 'export-a.json');
    expect(seed(['export', '--out', exported], dbA).code).toBe(0);
    expect(seed(['import', exported], dbB).code).toBe(0);
    const reExported = path.join(dir, 'export-b.json');
    expect(seed(['export', '--out', reExported], dbB).code).toBe(0);
    const a = readFileSync(exported, 'utf8');
    expect(a.length).toBeGreaterThan(100_000);
    expect(readFileSync(reExported, 'utf8')).toBe(a);
  });

  it('rejects a malformed area file with every problem listed and leaves the store as it was', () => {
    const before = path.join(dir, 'before.json');
    expect(seed(['export', '--out', before], dbA).code).toBe(0);

    const areas = path.join(dir, 'bad-areas');
    cpSync(path.join(REPO_ROOT, 'graph-seed/areas'), areas, { recursive: true });
    const file = path.join(areas, 'wiltshire-2014.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('Hold the Trust Chair to account', 'Hold the Trust Chair to acount')
      .replace('to: wiltshire/trust-chair', 'to: wiltshire/no-such-post');
    writeFileSync(file, text);

    const r = seed(['--areas-dir', areas, 'load'], dbA);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/wiltshire-2014\.yaml:\d+:\d+.*no-such-post/);
    expect(r.err).toMatch(/wiltshire-2014\.yaml:\d+:\d+: quote not found verbatim/);
    expect(r.err).toMatch(/nothing was written/);

    const after = path.join(dir, 'after.json');
    expect(seed(['export', '--out', after], dbA).code).toBe(0);
    expect(readFileSync(after, 'utf8')).toBe(readFileSync(before, 'utf8'));
  });

  it('rejects a YAML syntax error with its line and column', () => {
    const areas = path.join(dir, 'broken-yaml');
    cpSync(path.join(REPO_ROOT, 'graph-seed/areas'), areas, { recursive: true });
    writeFileSync(
      path.join(areas, 'walsall-2017.yaml'),
      'area:\n  id: walsall\n  name: [unclosed\n',
    );
    const r = seed(['--areas-dir', areas, 'validate'], dbA);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/walsall-2017\.yaml:\d+:\d+/);
  });
});
