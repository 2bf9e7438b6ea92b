import { type ErrorContext, StoreError, messageOf, statementSuffix } from './errors.ts';
import { describeHolder, lockHolder } from './grafeo.lock.ts';

/** GQLSTATUS values Grafeo 0.6.0 raises that the store maps. */
export const GRAFEO_STATUS = {
  syntax: '42001',
  constraint: 'G2000',
  writeConflict: '40000',
} as const;

export interface GrafeoErrorContext extends ErrorContext {
  /** The database file, for messages about opening it. */
  path: string;
}

export function gqlStatusOf(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || !('gqlStatus' in e)) return undefined;
  const status = (e as { gqlStatus?: unknown }).gqlStatus;
  return typeof status === 'string' ? status : undefined;
}

/**
 * A write-write conflict, raw from Grafeo or already mapped (statements and
 * commits map their errors before the write retry sees them).
 */
export function isWriteConflict(e: unknown): boolean {
  if (e instanceof StoreError) return e.code === 'STORE_CONFLICT';
  return gqlStatusOf(e) === GRAFEO_STATUS.writeConflict;
}

/** Maps an error Grafeo raised to a StoreError (a StoreError passes through). */
export function toStoreError(e: unknown, ctx: GrafeoErrorContext): StoreError {
  if (e instanceof StoreError) return e;
  const status = gqlStatusOf(e);
  const message = messageOf(e);
  const at = statementSuffix(ctx);
  const options = { statement: ctx.statement, cause: e };
  if (status === GRAFEO_STATUS.syntax) {
    return new StoreError('STORE_SYNTAX', `Invalid Cypher${at}: ${message}`, options);
  }
  if (status === GRAFEO_STATUS.constraint || message.includes('Constraint violation')) {
    return new StoreError('STORE_CONSTRAINT', `Constraint violated${at}: ${message}`, options);
  }
  if (status === GRAFEO_STATUS.writeConflict) {
    return new StoreError(
      'STORE_CONFLICT',
      `Write conflict${at} persisted after retries: ${message}`,
      options,
    );
  }
  if (message.includes('invalid file header magic') || message.includes('cannot open')) {
    return corruptError(ctx.path, e);
  }
  if (message.includes('cannot be locked')) return inUseError(ctx.path, e);
  return new StoreError('STORE_ERROR', `Graph database error${at}: ${message}`, options);
}

export function corruptError(path: string, cause: unknown): StoreError {
  return new StoreError(
    'STORE_CORRUPT',
    `The graph database file ${path} cannot be read as a Grafeo database ` +
      `(${messageOf(cause)}). It was left untouched. Move it aside (or restore it from a ` +
      'backup) and start again: a missing file is created and can be reloaded with ' +
      '`npm run seed`.',
    { cause },
  );
}

/**
 * Another process has the file open (Grafeo's exclusive lock refused us): one
 * line naming the file and, where the OS tells, the process holding it.
 */
export function inUseError(path: string, cause: unknown): StoreError {
  return new StoreError(
    'STORE_UNAVAILABLE',
    `The graph database file ${path} is in use by ${describeHolder(lockHolder(path))}. ` +
      'Only one process may open the embedded database at a time: stop that process, or set ' +
      'GRAPH_DB_PATH to another file.',
    { cause },
  );
}
