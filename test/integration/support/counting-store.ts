import { Writable } from 'node:stream';
import { serverConfigFromEnv, type ServerConfig } from '@accgraph/api/config';
import { createLogger } from '@accgraph/api/logger';
import { createApp } from '@accgraph/api/server';
import {
  StoreError,
  type Row,
  type Statement,
  type Store,
  type StoreErrorCode,
  type StoreKind,
  type TxOptions,
  type Tx,
} from '@accgraph/api/store';
import { seedAreas } from '@accgraph/graph-seed';
import { injectGraphQL, type TestApp } from './app.ts';
import { freshStore } from './stores.ts';

/**
 * A Store that delegates to a real one and counts the round-trips: each
 * statement sent to the database (`read`/`write`, or one `tx.run` inside a
 * transaction) is one. `failWith(code)` makes every call fail with that
 * StoreError (as a dead Neo4j would) until `recover()`.
 *
 * By default it reports no write generation, so the API keeps no graph cache
 * over it (as over Neo4j) and every request reads the store. With
 * `{ caches: true }` it reports the inner store's generation, so the API
 * caches as it does over the embedded store; `forgetCaches()` then moves the
 * generation, which empties every graph cache (the next request is cold).
 */
export class CountingStore implements Store {
  /** Catalogue names (or "(unnamed)") of the read statements, in order. */
  readonly reads: string[] = [];
  private failure: StoreErrorCode | undefined;
  private moved = 0;
  readonly writeGeneration?: () => number;

  constructor(
    private readonly inner: Store,
    options: { caches?: boolean } = {},
  ) {
    const generation = inner.writeGeneration?.bind(inner);
    if (options.caches && generation) this.writeGeneration = () => generation() + this.moved;
  }

  /** Moves the write generation: every graph cache empties (needs `{ caches: true }`). */
  forgetCaches(): void {
    this.moved += 1_000_000;
  }

  get kind(): StoreKind {
    return this.inner.kind;
  }

  get description(): string {
    return this.inner.description;
  }

  /** Forgets the statements counted so far. */
  reset(): void {
    this.reads.length = 0;
  }

  failWith(code: StoreErrorCode): void {
    this.failure = code;
  }

  recover(): void {
    this.failure = undefined;
  }

  private check(): void {
    if (this.failure) {
      throw new StoreError(
        this.failure,
        `Simulated ${this.failure}: bolt://db.internal:7687 MATCH (n:Secret) RETURN n ` +
          `at /work/main/api/src/store/neo4j.store.ts:1:1`,
      );
    }
  }

  private latencyMs = 0;

  /**
   * Every counted statement waits `ms` before it runs, as on a slow or busy
   * database (0: none): requests then take long enough to be timed out or
   * abandoned in a test.
   */
  slowDown(ms: number): void {
    this.latencyMs = ms;
  }

  private async counted(statement: Statement): Promise<void> {
    this.check();
    this.reads.push(statement.name ?? '(unnamed)');
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
  }

  ensureSchema(): Promise<void> {
    return this.inner.ensureSchema();
  }

  async read(statement: Statement, options?: TxOptions): Promise<Row[]> {
    await this.counted(statement);
    return this.inner.read(statement, options);
  }

  async write(statement: Statement, options?: TxOptions): Promise<Row[]> {
    this.check();
    return this.inner.write(statement, options);
  }

  async readTransaction<T>(work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T> {
    this.check();
    return this.inner.readTransaction(
      (tx) =>
        work({
          run: async (statement) => {
            await this.counted(statement);
            return tx.run(statement);
          },
        }),
      options,
    );
  }

  async writeTransaction<T>(work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T> {
    this.check();
    return this.inner.writeTransaction(work, options);
  }

  async ping(): Promise<boolean> {
    return this.failure ? false : this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

export interface CountingApp extends TestApp {
  counting: CountingStore;
  /** Every log line the app wrote (JSON objects), when started with `logLevel`. */
  logs: Record<string, unknown>[];
}

/**
 * The real HTTP app over the seeded store (embedded, or Neo4j with NEO4J_URI) (all bundled areas) wrapped
 * in a CountingStore; with `logLevel`, its pino log is kept in `logs`.
 */
export async function startCountingApp(
  options: { env?: NodeJS.ProcessEnv; logLevel?: string; caches?: boolean } = {},
): Promise<CountingApp> {
  const { store, dispose } = await freshStore();
  const result = await seedAreas(store);
  if (!result.ok) throw new Error(`bundled areas do not validate: ${result.problems.length}`);
  const counting = new CountingStore(store, { caches: options.caches });
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  const config: ServerConfig = {
    ...serverConfigFromEnv({ ...options.env }),
    port: 0,
    seedOnStart: false,
  };
  const logger = createLogger(options.logLevel ?? 'silent', sink);
  const app = await createApp({ config, store: counting, logger });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    store: counting,
    counting,
    logs,
    url,
    graphql: (query, variables) => injectGraphQL(app, query, variables),
    async close() {
      await app.close();
      await dispose();
    },
  };
}
