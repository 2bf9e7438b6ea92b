import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import grafeo from '@grafeo-db/js';
import { StoreError, messageOf } from './errors.ts';
import { corruptError, toStoreError } from './grafeo.errors.ts';

const { GrafeoDB } = grafeo;
export type GrafeoDatabase = InstanceType<typeof GrafeoDB>;

/**
 * Opens the database file at `path`, creating it (and its directory) when it
 * does not exist. An existing file that is not a Grafeo database is never
 * recreated: STORE_CORRUPT, the file left untouched.
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
  try {
    return GrafeoDB.open(path);
  } catch (e) {
    throw cannotOpen(path, e);
  }
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
