import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeHolder, lockHolder } from './grafeo.lock.ts';
import { REPO_ROOT } from './repo-root.ts';

describe('lockHolder (reads /proc/locks)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const db = path.join(dir, 'graph.grafeo');
  writeFileSync(db, '');
  const inode = statSync(db).ino;
  const proc = path.join(dir, 'proc');
  mkdirSync(path.join(proc, '4242'), { recursive: true });
  writeFileSync(
    path.join(proc, '4242', 'cmdline'),
    ['/usr/bin/node', '--import', 'tsx', `${REPO_ROOT}/graph-seed/src/cli.ts`, 'load', ''].join(
      '\0',
    ),
  );

  it('names the pid holding a lock on the file inode and its command, repository paths shortened', () => {
    writeFileSync(
      path.join(proc, 'locks'),
      [
        `1: POSIX  ADVISORY  WRITE 999 fe:00:${inode + 1} 0 EOF`,
        `2: FLOCK  ADVISORY  WRITE 4242 fe:00:${inode} 0 EOF`,
        `2: -> FLOCK  ADVISORY  WRITE 5000 fe:00:${inode} 0 EOF`,
        '',
      ].join('\n'),
    );
    const holder = lockHolder(db, proc);
    expect(holder).toEqual({ pid: 4242, command: 'node --import tsx graph-seed/src/cli.ts load' });
    expect(describeHolder(holder)).toBe(
      'process 4242 (node --import tsx graph-seed/src/cli.ts load)',
    );
  });

  it('says "another process" when no lock names the file, the holder is in another pid namespace, or there is no /proc', () => {
    writeFileSync(path.join(proc, 'locks'), `1: FLOCK  ADVISORY  WRITE 0 fe:00:${inode} 0 EOF\n`);
    expect(lockHolder(db, proc)).toBeUndefined();
    expect(lockHolder(db, path.join(dir, 'no-proc'))).toBeUndefined();
    expect(lockHolder(path.join(dir, 'missing.grafeo'), proc)).toBeUndefined();
    expect(describeHolder(undefined)).toBe('another process');
  });

  it('gives the pid alone when its command line cannot be read', () => {
    writeFileSync(path.join(proc, 'locks'), `1: FLOCK  ADVISORY  WRITE 777 fe:00:${inode} 0 EOF\n`);
    expect(describeHolder(lockHolder(db, proc))).toBe('process 777');
  });
});
