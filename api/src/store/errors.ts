import type { StoreErrorCode } from './types.ts';

export interface StoreErrorOptions {
  /** Catalogue name of the statement that failed (never its text or parameters). */
  statement?: string;
  cause?: unknown;
}

/** The one error type the store boundary throws; `code` is stable. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly statement?: string;

  constructor(code: StoreErrorCode, message: string, options: StoreErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StoreError';
    this.code = code;
    if (options.statement !== undefined) this.statement = options.statement;
  }
}

/** What a mapper knows about the failing call, for the message. */
export interface ErrorContext {
  /** Catalogue name of the statement, if any. */
  statement?: string;
}

/** `" (statement area/list-areas)"`, or nothing when the statement has no name. */
export function statementSuffix(ctx: ErrorContext): string {
  return ctx.statement ? ` (statement ${ctx.statement})` : '';
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function closedError(description: string): StoreError {
  return new StoreError('STORE_CLOSED', `The graph store (${description}) is closed.`);
}
