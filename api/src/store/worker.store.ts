import { Worker } from 'node:worker_threads';
import type { EmbeddedConfig } from './config.ts';
import { StoreError, closedError } from './errors.ts';
import { type StoreLogger, silentLogger } from './logger.ts';
import {
  type FromWorker,
  type ToWorker,
  type WireError,
  fromWire,
} from './grafeo.worker.protocol.ts';
import type { Row, Statement, Store, Tx, TxOptions } from './types.ts';
import { WriteLog } from './write-log.ts';

/** A JS entry that loads grafeo.worker.ts through tsx (a worker does not inherit `--import tsx`). */
const WORKER_URL = new URL('./grafeo.worker.mjs', import.meta.url);

interface PendingTx {
  attempt(): void;
  done(): void;
  failed(error: StoreError): void;
}

interface PendingCall {
  resolve(value: unknown): void;
  reject(error: StoreError): void;
}

/**
 * The embedded store with its database on a worker thread (decision 0015):
 * the same `Store` as GrafeoStore, which runs unchanged inside the worker
 * (grafeo.worker.ts). Grafeo executes Cypher synchronously; on the main
 * thread a heavy statement blocked every request, /readyz included. Here the
 * main thread only posts statements and receives rows.
 *
 * A transaction's `work` runs on the main thread: each `tx.run` is one
 * message to the worker, which holds the open Grafeo transaction. When `work`
 * settles the worker commits (write) or rolls back (read, or work failed);
 * on a write-write conflict GrafeoStore retries and the worker asks for a new
 * attempt, so `work` runs again, as with GrafeoStore. The write generation is
 * kept here (it moves when a write transaction starts and ends).
 */
export class WorkerStore implements Store {
  readonly kind = 'embedded' as const;
  readonly description: string;
  private readonly transactions = new Map<number, PendingTx>();
  private readonly calls = new Map<number, PendingCall>();
  private next = 0;
  private readonly log = new WriteLog();
  private dead: StoreError | undefined;
  private closing: Promise<void> | undefined;
  private busy = 0;

  private constructor(
    private readonly worker: Worker,
    private readonly path: string,
    private readonly logger: StoreLogger,
  ) {
    this.description = `embedded Grafeo database ${path}`;
    worker.on('message', (message: FromWorker) => this.receive(message));
    const fail = (error: StoreError): void => {
      this.dead ??= error;
      for (const tx of this.transactions.values()) tx.failed(error);
      for (const call of this.calls.values()) call.reject(error);
      this.transactions.clear();
      this.calls.clear();
    };
    worker.on('error', (e) => {
      this.logger.warn({ err: e }, 'embedded store thread failed');
      fail(new StoreError('STORE_UNAVAILABLE', `The embedded store thread failed: ${e.message}`));
    });
    worker.on('exit', () => fail(closedError(this.description)));
    worker.unref();
  }

  /** Starts the thread and opens (or creates) the file; throws STORE_CORRUPT / STORE_UNAVAILABLE. */
  static async open(
    config: EmbeddedConfig,
    logger: StoreLogger = silentLogger,
  ): Promise<WorkerStore> {
    const worker = new Worker(WORKER_URL, {
      workerData: { path: config.path },
    });
    const opened = await new Promise<WireError | undefined>((resolve, reject) => {
      const onMessage = (message: FromWorker): void => {
        if (message.type !== 'opened') return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(message.error);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    if (opened) {
      await worker.terminate();
      throw fromWire(opened);
    }
    return new WorkerStore(worker, config.path, logger);
  }

  async ensureSchema(): Promise<void> {
    await this.call({ op: 'ensureSchema', seq: 0 });
  }

  read(statement: Statement, options?: TxOptions): Promise<Row[]> {
    return this.readTransaction((tx) => tx.run(statement), options);
  }

  write(statement: Statement, options?: TxOptions): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(statement), options);
  }

  readTransaction<T>(work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T> {
    return this.transaction('read', work, options);
  }

  async writeTransaction<T>(work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T> {
    const write = this.log.start(options);
    try {
      return await this.transaction('write', work, options);
    } finally {
      this.log.end(write);
    }
  }

  writeGeneration(): number {
    return this.log.generation;
  }

  areasWrittenSince(since: number): ReadonlySet<string> | null {
    return this.log.areasSince(since);
  }

  async ping(): Promise<boolean> {
    if (this.closing || this.dead) return false;
    try {
      return (await this.call({ op: 'ping', seq: 0 })) === true;
    } catch {
      return false;
    }
  }

  /** Waits for running work, closes the file in the thread, then ends the thread. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.dead) return;
      const exited = this.hold(
        new Promise<void>((resolve) => this.worker.once('exit', () => resolve())),
      );
      await this.call({ op: 'close', seq: 0 }, true).catch(() => undefined);
      await exited;
    })();
    return this.closing;
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'attempt':
        this.transactions.get(message.id)?.attempt();
        break;
      case 'done':
        this.transactions.get(message.id)?.done();
        break;
      case 'failed':
        this.transactions.get(message.id)?.failed(fromWire(message.error));
        break;
      case 'rows':
      case 'reply': {
        const call = this.calls.get(message.seq);
        this.calls.delete(message.seq);
        call?.resolve(message.type === 'rows' ? message.rows : message.value);
        break;
      }
      case 'error': {
        const call = this.calls.get(message.seq);
        this.calls.delete(message.seq);
        call?.reject(fromWire(message.error));
        break;
      }
      default:
        break;
    }
  }

  /** Keeps the process alive only while the thread has work (a forgotten close() cannot hang it). */
  private hold<T>(promise: Promise<T>): Promise<T> {
    if (this.busy++ === 0) this.worker.ref();
    const release = (): void => {
      if (--this.busy === 0) this.worker.unref();
    };
    promise.then(release, release);
    return promise;
  }

  private call(message: ToWorker & { seq: number }, closing = false): Promise<unknown> {
    if (this.dead) return Promise.reject(this.dead);
    if (this.closing && !closing) return Promise.reject(closedError(this.description));
    const seq = ++this.next;
    return this.hold(
      new Promise<unknown>((resolve, reject) => {
        this.calls.set(seq, { resolve, reject });
        this.worker.postMessage({ ...message, seq });
      }),
    );
  }

  private transaction<T>(
    mode: 'read' | 'write',
    work: (tx: Tx) => Promise<T>,
    options?: TxOptions,
  ): Promise<T> {
    if (this.dead) return Promise.reject(this.dead);
    if (this.closing) return Promise.reject(closedError(this.description));
    const id = ++this.next;
    if (options?.metadata) this.logger.debug({ metadata: options.metadata, mode }, 'transaction');
    const tx: Tx = {
      run: (statement) => {
        const { name, params = {} } = statement;
        this.logger.debug({ statement: name ?? '(unnamed)', params, mode }, 'cypher');
        return this.call({ op: 'run', id, seq: 0, statement }) as Promise<Row[]>;
      },
    };
    return this.hold(
      new Promise<T>((resolve, reject) => {
        let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
        this.transactions.set(id, {
          attempt: () => {
            outcome = undefined;
            work(tx).then(
              (value) => {
                outcome = { ok: true, value };
                this.worker.postMessage({ op: 'end', id, ok: true } satisfies ToWorker);
              },
              (error: unknown) => {
                outcome = { ok: false, error };
                this.worker.postMessage({ op: 'end', id, ok: false } satisfies ToWorker);
              },
            );
          },
          done: () => {
            this.transactions.delete(id);
            if (outcome?.ok) resolve(outcome.value);
            else
              reject(
                outcome
                  ? outcome.error
                  : new StoreError('STORE_ERROR', 'transaction ended without work'),
              );
          },
          failed: (error) => {
            this.transactions.delete(id);
            reject(error);
          },
        });
        this.worker.postMessage({
          op: 'begin',
          id,
          mode,
          ...(options?.metadata ? { metadata: options.metadata } : {}),
        } satisfies ToWorker);
      }),
    );
  }
}
