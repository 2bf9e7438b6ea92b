import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Session,
} from 'neo4j-driver';
import { type Neo4jConfig, redactUri } from './config.ts';
import { closedError } from './errors.ts';
import { type StoreLogger, silentLogger } from './logger.ts';
import { toStoreError } from './neo4j.errors.ts';
import { toNeo4jParams } from './neo4j.params.ts';
import { normaliseNeo4jValue, normaliseRow } from './normalise.ts';
import { schemaStatements } from './schema.ts';
import type { Row, Statement, Store, Tx, TxOptions } from './types.ts';

/** Budget for ping() and for connecting/acquiring a connection (ms). */
export const NEO4J_FAIL_FAST_MS = 3_000;

/**
 * How long the driver retries a transaction on transient errors (ms). The
 * driver retries while elapsed <= this, with delays of 1 s, 2 s, 4 s (±20 %):
 * at 3 000 a 4th attempt can start after ~3 s and end past 7 s (measured 6.5 s
 * against a closed port under load); at 2 000 the last attempt starts by
 * ~3.6 s, so an unreachable server fails within 5 s.
 */
export const NEO4J_MAX_RETRY_MS = 2_000;

type AccessMode = 'READ' | 'WRITE';

/**
 * The Neo4j store: one driver per store (create one store per process),
 * a session per unit of work (closed in `finally`), executeRead/executeWrite
 * (the driver retries transient errors for up to 2 s, see NEO4J_MAX_RETRY_MS).
 */
export class Neo4jStore implements Store {
  readonly kind = 'neo4j' as const;
  readonly description: string;
  private readonly driver: Driver;
  private readonly address: string;
  private closing: Promise<void> | undefined;

  constructor(
    private readonly config: Neo4jConfig,
    private readonly logger: StoreLogger = silentLogger,
  ) {
    this.address = redactUri(config.uri);
    this.description = `Neo4j ${this.address} (database ${config.database})`;
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: NEO4J_MAX_RETRY_MS,
      connectionAcquisitionTimeout: NEO4J_FAIL_FAST_MS,
      connectionTimeout: NEO4J_FAIL_FAST_MS,
    });
  }

  async ensureSchema(): Promise<void> {
    // one schema statement per transaction: Neo4j refuses to mix them
    for (const statement of schemaStatements('neo4j')) await this.write(statement);
  }

  read(statement: Statement, options?: TxOptions): Promise<Row[]> {
    return this.readTransaction((tx) => tx.run(statement), options);
  }

  write(statement: Statement, options?: TxOptions): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(statement), options);
  }

  readTransaction<T>(work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T> {
    return this.transaction('READ', work, options);
  }

  writeTransaction<T>(work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T> {
    return this.transaction('WRITE', work, options);
  }

  async ping(): Promise<boolean> {
    if (this.closing) return false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), NEO4J_FAIL_FAST_MS);
    });
    const probe = this.read({ text: 'RETURN 1 AS ok', name: 'store/ping' }).then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    this.closing ??= this.driver.close();
    return this.closing;
  }

  private async transaction<T>(
    mode: AccessMode,
    work: (tx: Tx) => Promise<T>,
    options?: TxOptions,
  ): Promise<T> {
    if (this.closing) throw closedError(this.description);
    const session: Session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const txConfig = {
      metadata: options?.metadata ?? {},
      timeout: options?.timeoutMs ?? this.config.txTimeoutMs,
    };
    const failure: { statement?: string } = {};
    // an error the caller's own code threw (NotFoundError, BadUserInputError) passes through as
    // it is, as on the embedded store: only the driver's and the statements' become StoreErrors
    let own: { error: unknown } | undefined;
    const fn = async (raw: ManagedTransaction): Promise<T> => {
      try {
        return await work(this.wrap(raw, failure));
      } catch (e) {
        if (failure.statement === undefined && !(e instanceof Neo4jError)) own = { error: e };
        throw e;
      }
    };
    try {
      return mode === 'READ'
        ? await session.executeRead(fn, txConfig)
        : await session.executeWrite(fn, txConfig);
    } catch (e) {
      if (own && e === own.error) throw e;
      throw toStoreError(e, {
        address: this.address,
        database: this.config.database,
        statement: failure.statement,
        secret: this.config.password,
      });
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** The Tx given to `work`; records which statement failed, for the error. */
  private wrap(raw: ManagedTransaction, failure: { statement?: string }): Tx {
    return {
      run: async (statement) => {
        const { name, params } = statement;
        this.logger.debug({ statement: name ?? '(unnamed)', params }, 'cypher');
        try {
          const result = await raw.run(statement.text, toNeo4jParams(params));
          return result.records.map((record) =>
            normaliseRow(record.toObject() as Record<string, unknown>, normaliseNeo4jValue),
          );
        } catch (e) {
          failure.statement = name;
          throw e;
        }
      },
    };
  }
}
