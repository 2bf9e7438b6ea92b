import {
  closeSync,
  cpSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

/**
 * The write-ahead log of a Grafeo 0.6.0 database file (`<file>.wal/`), read
 * without Grafeo so that damage is found BEFORE Grafeo replays it: Grafeo
 * stops its replay at the first frame that is cut short or fails its checksum
 * and opens without that frame and every later one, saying nothing (measured:
 * a log cut by one byte, or one flipped byte, silently drops the last
 * committed transactions).
 *
 * Layout (measured on 0.6.0 files, the segment header as Grafeo's source
 * documents it): segments `wal_<first LSN, 20 digits>.log`, each a 128-byte
 * header (magic `GRAFWAL\0`, version 2, CRC-32 of bytes 0..124 at 124), then
 * frames, one per committed transaction, each
 * `[length u32][CRC-32 u32][LSN u64][9 bytes][payload: length bytes]` (little
 * endian; 25 + length bytes), the CRC-32 over the length bytes and every byte
 * after the CRC. A frame's LSN is its offset in the log (headers excluded).
 *
 * Grafeo writes a frame with one write() at commit; a process killed in the
 * middle of that write can leave the frame cut short. Such a frame was never
 * acknowledged (commit() had not returned), so dropping it loses nothing. To
 * tell that from a log cut short after the fact, the store records the log's
 * end after every commit it saw return (`<file>.wal.committed`, see
 * `recordCommitted`): a log that ends before that point lost committed work.
 */

const HEADER_BYTES = 128;
const MAGIC = Buffer.from('GRAFWAL\0', 'latin1');
const FRAME_OVERHEAD = 25;
const SEGMENT_NAME = /^wal_(\d{20})\.log$/;

export interface WalDamage {
  /** The segment file, its offset of the bad frame, and what is wrong. */
  file: string;
  offset: number;
  reason: string;
  /** `torn`: the last frame of the log is cut short; `corrupt`: anything else. */
  kind: 'torn' | 'corrupt';
}

export interface WalScan {
  /** Whole, checksummed frames, in log order. */
  frames: number;
  /** The log position just after the last whole frame. */
  endLsn: number;
  /** The first problem met, if any (nothing after it is read). */
  damage?: WalDamage;
  /** Segment files in log order. */
  segments: string[];
}

export const walDir = (dbPath: string): string => `${dbPath}.wal`;
export const committedMarker = (dbPath: string): string => `${dbPath}.wal.committed`;

/** The segment files of `dir`, in log order (none when the directory is absent). */
function segmentsOf(dir: string): { lsn: number; file: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, m: SEGMENT_NAME.exec(name) }))
    .filter((e): e is { name: string; m: RegExpExecArray } => e.m !== null)
    .map((e) => ({ lsn: Number(e.m[1]), file: join(dir, e.name) }))
    .sort((a, b) => a.lsn - b.lsn);
}

/** Reads every frame of the log of `dbPath`, checking headers, lengths and checksums. */
export function scanWal(dbPath: string): WalScan {
  const segments = segmentsOf(walDir(dbPath));
  const scan: WalScan = { frames: 0, endLsn: 0, segments: segments.map((s) => s.file) };
  for (const [index, { lsn, file }] of segments.entries()) {
    const last = index === segments.length - 1;
    const bytes = readFileSync(file);
    const damage = (offset: number, reason: string, torn = false): WalScan => ({
      ...scan,
      damage: { file, offset, reason, kind: torn && last ? 'torn' : 'corrupt' },
    });
    if (bytes.length < HEADER_BYTES || bytes.every((b) => b === 0)) {
      // a segment cut off while it was created (Grafeo syncs the header before any frame)
      if (last) return scan;
      return damage(0, 'the segment has no header');
    }
    if (!bytes.subarray(0, 8).equals(MAGIC)) return damage(0, 'not a WAL segment (wrong magic)');
    if (bytes.readUInt32LE(124) !== crc32(bytes.subarray(0, 124)))
      return damage(0, 'the segment header fails its checksum');
    scan.endLsn = lsn;
    let offset = HEADER_BYTES;
    while (offset < bytes.length) {
      if (bytes.length - offset < FRAME_OVERHEAD)
        return damage(
          offset,
          `the log ends ${bytes.length - offset} byte(s) into a frame header`,
          true,
        );
      const length = bytes.readUInt32LE(offset);
      const size = FRAME_OVERHEAD + length;
      if (offset + size > bytes.length)
        return damage(
          offset,
          `the log ends inside a frame: ${bytes.length - offset} of its ${size} bytes are there`,
          true,
        );
      const frame = bytes.subarray(offset, offset + size);
      const sum = crc32(frame.subarray(8), crc32(frame.subarray(0, 4)));
      if (sum !== frame.readUInt32LE(4)) return damage(offset, 'a frame fails its checksum');
      scan.frames++;
      offset += size;
      scan.endLsn = lsn + offset - HEADER_BYTES;
    }
  }
  return scan;
}

/** The log end recorded after the last commit this file saw return, if any. */
export function readCommitted(dbPath: string): { endLsn: number; first: string } | undefined {
  try {
    const value = JSON.parse(readFileSync(committedMarker(dbPath), 'utf8')) as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const { endLsn, first } = value as { endLsn?: unknown; first?: unknown };
    if (typeof endLsn !== 'number' || typeof first !== 'string') return undefined;
    return { endLsn, first };
  } catch {
    return undefined;
  }
}

/**
 * Records where the log ends after a commit returned (the marker is replaced
 * atomically: written beside it, then renamed). Costs a directory listing, a
 * stat and a small write per commit.
 */
export function recordCommitted(dbPath: string): void {
  const segments = segmentsOf(walDir(dbPath));
  const last = segments[segments.length - 1];
  const first = segments[0];
  if (!last || !first) return;
  const endLsn = last.lsn + Math.max(0, statSync(last.file).size - HEADER_BYTES);
  const marker = committedMarker(dbPath);
  const temp = `${marker}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, JSON.stringify({ endLsn, first: first.file.slice(-28) }));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, marker);
}

/** Forgets the marker (after a clean close the log is checkpointed into the file and removed). */
export function clearCommitted(dbPath: string): void {
  rmSync(committedMarker(dbPath), { force: true });
  rmSync(`${committedMarker(dbPath)}.tmp`, { force: true });
}

export type WalVerdict =
  | { ok: true; frames: number; discarded?: WalDamage }
  | { ok: false; damage: WalDamage; committedEnd?: number; goodEnd: number; frames: number };

/**
 * Whether Grafeo may replay the log of `dbPath` without losing a commit:
 * a whole, checksummed log is fine; so is a last frame cut short beyond the
 * recorded end of the last acknowledged commit (the writer died while
 * committing it: `discarded`). Anything else (a bad checksum, a damaged
 * header, a log that ends before the last acknowledged commit, or a cut
 * frame with no record to tell) is damage.
 */
export function checkWal(dbPath: string): WalVerdict {
  const scan = scanWal(dbPath);
  const committed = readCommitted(dbPath);
  const first = scan.segments[0]?.slice(-28);
  const known = committed && committed.first === first ? committed.endLsn : undefined;
  const lost = known !== undefined && scan.endLsn < known;
  if (!scan.damage && !lost) return { ok: true, frames: scan.frames };
  if (scan.damage?.kind === 'torn' && known !== undefined && !lost)
    return { ok: true, frames: scan.frames, discarded: scan.damage };
  const damage: WalDamage = scan.damage ?? {
    file: scan.segments[scan.segments.length - 1] ?? walDir(dbPath),
    offset: 0,
    reason: `the log ends at position ${scan.endLsn}, before the last committed transaction (which ended at ${known})`,
    kind: 'corrupt',
  };
  return { ok: false, damage, committedEnd: known, goodEnd: scan.endLsn, frames: scan.frames };
}

export interface WalRepair {
  /** Where the damaged log was copied, or undefined when there was nothing to repair. */
  copy?: string;
  /** Whole transactions kept. */
  frames: number;
}

/**
 * Cuts the log of `dbPath` at its last whole transaction, after copying the
 * whole log to `<file>.wal-damaged-<time>/` (`npm run seed -- repair-wal`).
 * The caller makes sure no process has the file open.
 */
export function repairWal(dbPath: string, now = new Date()): WalRepair {
  const verdict = checkWal(dbPath);
  if (verdict.ok) return { frames: verdict.frames };
  const copy = `${dbPath}.wal-damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  cpSync(walDir(dbPath), copy, { recursive: true });
  const { damage } = verdict;
  const segments = segmentsOf(walDir(dbPath));
  const at = segments.findIndex((s) => s.file === damage.file);
  if (at >= 0) {
    for (const later of segments.slice(at + 1)) rmSync(later.file);
    if (damage.offset <= 0) rmSync(damage.file);
    else truncateSync(damage.file, damage.offset);
  }
  clearCommitted(dbPath);
  return { copy, frames: verdict.frames };
}
