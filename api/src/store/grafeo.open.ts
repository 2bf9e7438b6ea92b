import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import grafeo from '@grafeo-db/js';
import { StoreError, messageOf } from './errors.ts';
import { corruptError, toStoreError } from './grafeo.errors.ts';
import { lockHolder } from './grafeo.lock.ts';
import {
  checkWal,
  clearCommitted,
  recordCommitted,
  walDir,
  type WalVerdict,
} from './grafeo.wal.ts';

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
      return trackCommits(GrafeoDB.create(path), path);
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
    return trackCommits(GrafeoDB.open(path), path);
  } catch (e) {
    throw cannotOpen(path, e);
  }
}

/**
 * The database with two hooks: after each commit returns, the end of the log
 * is recorded (`recordCommitted`), so a later open can tell a log cut short
 * after the fact from a commit the writer never finished; after a clean close
 * (the log checkpointed into the file and removed) the record is dropped.
 */
function trackCommits(db: GrafeoDatabase, path: string): GrafeoDatabase {
  const bind = <T extends object>(target: T, prop: string | symbol): unknown => {
    const value = Reflect.get(target, prop, target) as unknown;
    return typeof value === 'function'
      ? (value as (...a: unknown[]) => unknown).bind(target)
      : value;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'beginTransaction') {
        return (...args: unknown[]) => {
          const tx = (target.beginTransaction as (...a: unknown[]) => object)(...args);
          return new Proxy(tx, {
            get(t, p) {
              if (p !== 'commit') return bind(t, p);
              return () => {
                (t as { commit(): void }).commit();
                recordCommitted(path);
              };
            },
          });
        };
      }
      if (prop === 'close') {
        return () => {
          target.close();
          clearCommitted(path);
        };
      }
      return bind(target, prop);
    },
  });
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
