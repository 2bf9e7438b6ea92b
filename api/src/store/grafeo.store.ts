/**
 * The embedded store: a Grafeo database file, and everything a statement
 * passes through on its way there and back, in one place:
 *
 * - `GrafeoStore` (the `Store`): writes go through ONE queue (Grafeo raises
 *   write-write conflicts, gqlStatus 40000, on concurrent writes to one
 *   node) and are retried on conflict; reads run concurrently, each in a
 *   transaction that is rolled back. After each commit returns, the end of
 *   the write-ahead log is recorded (grafeo.wal.ts, `recordCommitted`) so a
 *   later open can tell a log cut short from a commit never finished.
 * - `GrafeoTx` (the `Tx`): statements of one transaction, one at a time; the
 *   first failing statement fails the transaction, as on Neo4j.
 * - Rows: Grafeo's values in the shapes both stores return (types.ts).
 * - `SerialQueue` and `withRetry`: the write queue and its conflict retry.
 *
 * Opening the file (creating it, refusing a damaged log, the file lock) is
 * grafeo.open.ts; on the server this store runs on a worker thread
 * (worker.store.ts, grafeo.worker.ts).
 */
import type grafeo from '@grafeo-db/js';
import type { EmbeddedConfig } from './config.ts';
import { StoreError, closedError } from './errors.ts';
import { isWriteConflict, toStoreError } from './grafeo.errors.ts';
import { type GrafeoDatabase, openDatabase } from './grafeo.open.ts';
import { clearCommitted, recordCommitted } from './grafeo.wal.ts';
import { type StoreLogger, silentLogger } from './logger.ts';
import { schemaStatements } from './schema.ts';
import type { Row, Statement, Store, Tx, TxOptions } from './types.ts';
import { WriteLog } from './write-log.ts';

// ---- The store ----

/** The embedded store (see the top of this file). */
export class GrafeoStore implements Store {
  readonly kind = 'embedded' as const;
  readonly description: string;
  private db: GrafeoDatabase | undefined;
  private closing: Promise<void> | undefined;
  private readonly writes = new SerialQueue();
  private readonly pending = new Set<Promise<unknown>>();
  private readonly log = new WriteLog();

  private constructor(
    private readonly path: string,
    db: GrafeoDatabase,
    private readonly logger: StoreLogger,
    private readonly retry: RetryOptions,
  ) {
    this.db = db;
    this.description = `embedded Grafeo database ${path}`;
  }

  /** Opens (or creates) the file; throws STORE_CORRUPT / STORE_UNAVAILABLE. */
  static open(
    config: EmbeddedConfig,
    logger: StoreLogger = silentLogger,
    retry: RetryOptions = DEFAULT_RETRY,
  ): GrafeoStore {
    return new GrafeoStore(config.path, openDatabase(config.path), logger, retry);
  }

  async ensureSchema(): Promise<void> {
    for (const statement of schemaStatements('embedded')) await this.write(statement);
  }

  async read(statement: Statement, options?: TxOptions): Promise<Row[]> {
    return this.readTransaction((tx) => tx.run(statement), options);
  }

  async write(statement: Statement, options?: TxOptions): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(statement), options);
  }

  readTransaction<T>(work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T> {
    return this.track(() => this.transaction('read', work, options));
  }

  writeTransaction<T>(work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T> {
    return this.track(() =>
      this.writes.run(async () => {
        const write = this.log.start(options);
        try {
          return await withRetry(
            () => this.transaction('write', work, options),
            isWriteConflict,
            this.retry,
          );
        } finally {
          this.log.end(write);
        }
      }),
    );
  }

  writeGeneration(): number {
    return this.log.generation;
  }

  areasWrittenSince(since: number): ReadonlySet<string> | null {
    return this.log.areasSince(since);
  }

  async ping(): Promise<boolean> {
    if (!this.db) return false;
    try {
      await this.read({ text: 'RETURN 1 AS ok', name: 'store/ping' });
      return true;
    } catch {
      return false;
    }
  }

  /** Waits for running work, then closes the file. Later calls throw STORE_CLOSED. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...this.pending]);
      if (this.db) {
        this.db.close();
        clearCommitted(this.path); // checkpointed into the file: the log is gone
      }
      this.db = undefined;
    })();
    return this.closing;
  }

  private track<T>(op: () => Promise<T>): Promise<T> {
    if (this.closing || !this.db) return Promise.reject(closedError(this.description));
    const promise = op();
    this.pending.add(promise);
    const forget = (): void => void this.pending.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  private async transaction<T>(
    mode: AccessMode,
    work: (tx: Tx) => Promise<T>,
    options?: TxOptions,
  ): Promise<T> {
    const db = this.db;
    if (!db) throw closedError(this.description);
    if (options?.metadata) this.logger.debug({ metadata: options.metadata, mode }, 'transaction');
    const raw = db.beginTransaction();
    const tx = new GrafeoTx(raw, mode, this.path, this.logger);
    let result: T;
    try {
      result = await work(tx);
      if (tx.failure) throw tx.failure;
    } catch (e) {
      safeRollback(raw);
      throw e;
    }
    try {
      if (mode === 'write') {
        raw.commit();
        recordCommitted(this.path);
      } else raw.rollback();
    } catch (e) {
      safeRollback(raw);
      throw toStoreError(e, { path: this.path });
    }
    return result;
  }
}

function safeRollback(tx: { isActive: boolean; rollback(): void }): void {
  try {
    if (tx.isActive) tx.rollback();
  } catch {
    // a statement of `work` still running (work threw without awaiting it)
  }
}

// ---- One transaction ----

type GrafeoTransaction = InstanceType<typeof grafeo.Transaction>;
type WriteCounters = Record<string, number>;

export type AccessMode = 'read' | 'write';

function wrote(counters: WriteCounters | undefined): boolean {
  return Object.values(counters ?? {}).some((n) => n > 0);
}

/**
 * One Grafeo transaction behind the `Tx` interface. Statements run one at a
 * time. Like Neo4j, the first failing statement fails the transaction: later
 * statements are refused and the caller rolls back and rethrows `failure`.
 */
export class GrafeoTx implements Tx {
  failure: StoreError | undefined;
  private readonly queue = new SerialQueue();

  constructor(
    private readonly tx: GrafeoTransaction,
    private readonly mode: AccessMode,
    private readonly path: string,
    private readonly logger: StoreLogger,
  ) {}

  run(statement: Statement): Promise<Row[]> {
    return this.queue.run(() => this.execute(statement));
  }

  private async execute(statement: Statement): Promise<Row[]> {
    if (this.failure) throw this.failure;
    const { name, params = {} } = statement;
    this.logger.debug({ statement: name ?? '(unnamed)', params, mode: this.mode }, 'cypher');
    try {
      const result = await this.tx.executeCypher(statement.text, params);
      if (this.mode === 'read' && wrote(result.counters as unknown as WriteCounters)) {
        throw new StoreError(
          'STORE_ERROR',
          `Statement ${name ?? '(unnamed)'} writes to the graph but ran as a read; run it with write().`,
          { statement: name },
        );
      }
      return rowsOf(result.columns, result.rows());
    } catch (e) {
      this.failure = toStoreError(e, { path: this.path, statement: name });
      throw this.failure;
    }
  }
}

/**
 * Rows as objects keyed by column. Reads the values as arrays (`rows()`: no
 * key strings per row from the native side, about a third cheaper than
 * `toArray()` on large results) and builds each object in column order, so
 * every row of one result shares one shape.
 */
function rowsOf(columns: readonly string[], values: readonly (readonly unknown[])[]): Row[] {
  const out = new Array<Row>(values.length);
  for (let r = 0; r < values.length; r++) {
    const cells = values[r] as readonly unknown[];
    const row: Row = {};
    for (let c = 0; c < columns.length; c++)
      row[columns[c] as string] = normaliseGrafeoValue(cells[c]);
    out[r] = row;
  }
  return out;
}

// ---- Values ----

/**
 * Both stores return the same JS shapes (see types.ts): integers as numbers
 * (an integer past 2^53 loses precision: keep integers below it), dates and
 * times as ISO strings, lists as arrays and maps as plain objects.
 */
export function normaliseGrafeoValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'bigint' ? Number(value) : (value ?? null);
  }
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Float32Array || value instanceof Float64Array) return Array.from(value);
  if (Array.isArray(value)) return plainList(value) ? value : value.map(normaliseGrafeoValue);
  if (isPlainObject(value)) {
    const out: Row = {};
    for (const [key, v] of Object.entries(value)) out[key] = normaliseGrafeoValue(v);
    return out;
  }
  return value;
}

/** True for a list of strings, numbers, booleans and nulls: nothing to convert, no copy. */
function plainList(list: readonly unknown[]): boolean {
  for (const item of list) {
    const t = typeof item;
    if (item !== null && t !== 'string' && t !== 'number' && t !== 'boolean') return false;
  }
  return true;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// ---- The write queue and its retry ----

/** Runs jobs one at a time, in call order (a promise chain). */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job, job);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export interface RetryOptions {
  /** Total attempts, including the first. */
  readonly attempts: number;
  /** Delay before the 2nd attempt; doubles each time, plus up to 50 % jitter. */
  readonly baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 6, baseDelayMs: 10 };

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Retries `work` while `retryable(error)` holds, with bounded exponential backoff. */
export async function withRetry<T>(
  work: () => Promise<T>,
  retryable: (e: unknown) => boolean,
  options: RetryOptions = DEFAULT_RETRY,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (attempt >= options.attempts || !retryable(e)) throw e;
      const delay = options.baseDelayMs * 2 ** (attempt - 1);
      await sleep(delay + Math.random() * delay * 0.5);
    }
  }
}
