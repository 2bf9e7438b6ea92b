import type { EmbeddedConfig } from './config.ts';
import { closedError } from './errors.ts';
import { isWriteConflict, toStoreError } from './grafeo.errors.ts';
import { type GrafeoDatabase, openDatabase } from './grafeo.open.ts';
import { type AccessMode, GrafeoTx } from './grafeo.tx.ts';
import { type StoreLogger, silentLogger } from './logger.ts';
import { schemaStatements } from './schema.ts';
import type { Row, Statement, Store, Tx, TxOptions } from './types.ts';
import { DEFAULT_RETRY, type RetryOptions, SerialQueue, withRetry } from './write-queue.ts';

/**
 * The embedded store: a Grafeo database file. Writes go through ONE queue
 * (Grafeo raises write-write conflicts, gqlStatus 40000, on concurrent writes
 * to one node) and are retried on conflict; reads run concurrently, each in a
 * transaction that is rolled back.
 */
export class GrafeoStore implements Store {
  readonly kind = 'embedded' as const;
  readonly description: string;
  private db: GrafeoDatabase | undefined;
  private closing: Promise<void> | undefined;
  private readonly writes = new SerialQueue();
  private readonly pending = new Set<Promise<unknown>>();
  private generation = 0;

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
        this.generation++;
        try {
          return await withRetry(
            () => this.transaction('write', work, options),
            isWriteConflict,
            this.retry,
          );
        } finally {
          this.generation++;
        }
      }),
    );
  }

  writeGeneration(): number {
    return this.generation;
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
      this.db?.close();
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
      if (mode === 'write') raw.commit();
      else raw.rollback();
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
