import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import grafeo from '@grafeo-db/js';
import { StoreError, messageOf } from './errors.ts';
import { corruptError, toStoreError } from './grafeo.errors.ts';
import { lockHolder } from './grafeo.lock.ts';
import { checkWal, clearCommitted, walDir, type WalVerdict } from './grafeo.wal.ts';

const { GrafeoDB } = grafeo;
export type GrafeoDatabase = InstanceType<typeof GrafeoDB>;

/**
 * Opens the database file at `path`, creating it (and its directory) when it
 * does not exist. An existing file that is not a Grafeo database is never
 * recreated: STORE_CORRUPT, the file left untouched. A damaged write-ahead
 * log (`<file>.wal/`) is never replayed: Grafeo would silently drop the
 * commits from the damage on; STORE_CORRUPT says what to do
 * (docs/stores.md, "A damaged write-ahead log").
 */
export function openDatabase(path: string): GrafeoDatabase {
  if (!existsSync(path)) {
    try {
      mkdirSync(dirname(path), { recursive: true });
      return GrafeoDB.create(path);
    } catch (e) {
      throw cannotOpen(path, e);
    }
  }
  if (statSync(path).isDirectory()) {
    throw corruptError(path, new Error('it is a directory, not a database file'));
  }
  // A file another process holds is refused by Grafeo's lock below; its log may be mid-write.
  if (lockHolder(path) === undefined) {
    if (!existsSync(walDir(path))) clearCommitted(path);
    else {
      const verdict = checkWal(path);
      if (!verdict.ok) throw walDamaged(path, verdict);
    }
  }
  try {
    return GrafeoDB.open(path);
  } catch (e) {
    throw cannotOpen(path, e);
  }
}

export function walDamaged(path: string, verdict: Extract<WalVerdict, { ok: false }>): StoreError {
  const { damage } = verdict;
  return new StoreError(
    'STORE_CORRUPT',
    `The write-ahead log of the graph database file ${path} is damaged: ${damage.reason} ` +
      `(${damage.file}, byte ${damage.offset}; ${verdict.frames} whole transaction(s) before it). ` +
      'Opening it would silently drop every transaction from that point, so it was not opened ' +
      'and nothing was changed. Restore the file and its .wal directory from a backup; or accept ' +
      'the loss with `npm run seed -- repair-wal`, which keeps a copy of the log, cuts it at the ' +
      'last whole transaction and then reloads the bundled areas (re-run your imports).',
  );
}

function cannotOpen(path: string, e: unknown): StoreError {
  const mapped = toStoreError(e, { path });
  if (mapped.code !== 'STORE_ERROR') return mapped;
  return new StoreError(
    'STORE_UNAVAILABLE',
    `Cannot open the graph database file ${path}: ${messageOf(e)}. ` +
      'Check that its directory exists and is writable, or set GRAPH_DB_PATH.',
    { cause: e },
  );
}
