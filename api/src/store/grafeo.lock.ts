import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { REPO_ROOT } from './repo-root.ts';

/**
 * Who holds the embedded database file. Grafeo 0.6.0 takes an exclusive
 * kernel lock (flock) on the file for as long as it is open, so a second
 * opener is refused and a crashed holder (kill -9) leaves no stale lock: the
 * kernel drops it with the process. This only NAMES the holder for the
 * refusal message (docs/decisions/0010-embedded-file-lock.md).
 */
export interface LockHolder {
  pid: number;
  /** Its command line, paths inside the repository shown relative to it; undefined if unreadable. */
  command?: string;
}

/**
 * The process holding a kernel lock on `path`, read from /proc/locks (Linux);
 * undefined elsewhere, when the file is gone, or when the holder lives in
 * another pid namespace (a container sharing the volume: pid 0).
 */
export function lockHolder(path: string, procDir = '/proc'): LockHolder | undefined {
  let inode: number;
  let locks: string;
  try {
    inode = statSync(path).ino;
    locks = readFileSync(`${procDir}/locks`, 'utf8');
  } catch {
    return undefined;
  }
  for (const line of locks.split('\n')) {
    // "12: FLOCK  ADVISORY  WRITE 7956 fe:00:2147451 0 EOF" (a waiter's line has "->" after the number)
    const m = /^\d+: +(?:-> +)?\w+ +\w+ +\w+ +(\d+) +[0-9a-f]+:[0-9a-f]+:(\d+) /.exec(line);
    if (!m || Number(m[2]) !== inode) continue;
    const pid = Number(m[1]);
    if (pid <= 0) continue;
    return { pid, command: commandOf(pid, procDir) };
  }
  return undefined;
}

function commandOf(pid: number, procDir: string): string | undefined {
  try {
    const args = readFileSync(`${procDir}/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    if (args.length === 0) return undefined;
    const shown = args.map((arg, i) => {
      if (i === 0) return basename(arg);
      return arg.startsWith(`${REPO_ROOT}/`) ? arg.slice(REPO_ROOT.length + 1) : arg;
    });
    return shown.join(' ');
  } catch {
    return undefined;
  }
}

/** "process 7956 (node --import tsx api/src/main.ts)", or "another process" when unknown. */
export function describeHolder(holder: LockHolder | undefined): string {
  if (!holder) return 'another process';
  return holder.command ? `process ${holder.pid} (${holder.command})` : `process ${holder.pid}`;
}
