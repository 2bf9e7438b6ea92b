import { StoreError } from './errors.ts';
import type { Row, Statement, StoreErrorCode, TxMetadata } from './types.ts';

/** Messages from the main thread to the store's worker thread. */
export type ToWorker =
  | { op: 'begin'; id: number; mode: 'read' | 'write'; metadata?: TxMetadata }
  | { op: 'run'; id: number; seq: number; statement: Statement }
  | { op: 'end'; id: number; ok: boolean }
  | { op: 'ensureSchema'; seq: number }
  | { op: 'ping'; seq: number }
  | { op: 'close'; seq: number };

/** A StoreError as it crosses threads (an Error is cloned without its class). */
export interface WireError {
  code: StoreErrorCode;
  message: string;
  statement?: string;
}

/** Messages from the worker thread to the main thread. */
export type FromWorker =
  | { type: 'opened'; error?: WireError }
  /** The transaction `id` started (again, after a write conflict): run its work now. */
  | { type: 'attempt'; id: number }
  /** The transaction `id` committed (write) or was rolled back (read, or work failed). */
  | { type: 'done'; id: number }
  | { type: 'failed'; id: number; error: WireError }
  | { type: 'rows'; seq: number; rows: Row[] }
  | { type: 'reply'; seq: number; value?: unknown }
  | { type: 'error'; seq: number; error: WireError };

export function toWire(e: unknown): WireError {
  if (e instanceof StoreError) {
    return {
      code: e.code,
      message: e.message,
      ...(e.statement === undefined ? {} : { statement: e.statement }),
    };
  }
  return { code: 'STORE_ERROR', message: e instanceof Error ? e.message : String(e) };
}

export function fromWire(e: WireError): StoreError {
  return new StoreError(
    e.code,
    e.message,
    e.statement === undefined ? {} : { statement: e.statement },
  );
}
