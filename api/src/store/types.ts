/**
 * The store boundary: the only way the rest of the product touches the graph.
 *
 * Two implementations run the SAME Cypher text (see docs/architecture.md):
 * - `neo4j`: Neo4j 5 through neo4j-driver, when NEO4J_URI is set;
 * - `embedded`: the Grafeo embedded Cypher engine, a database file on disk.
 *
 * Values come back in the same JS shapes from both: integers and floats as
 * `number`, dates as ISO strings (`YYYY-MM-DD`), lists as arrays, maps as plain
 * objects, nodes/relationships never (queries return properties, not entities).
 */

/** One result row: column name -> normalised value. */
export type Row = Record<string, unknown>;

/** Parameters of a query; only plain JSON-like values. */
export type Params = Record<string, unknown>;

/** A statement: Cypher text (from a `.cypher` file) plus its parameters. */
export interface Statement {
  /** Cypher text, usually loaded from the query catalogue. */
  readonly text: string;
  readonly params?: Params;
  /** Catalogue name (e.g. `area/list-areas`), for logs and errors. */
  readonly name?: string;
}

/** Metadata attached to a transaction (Neo4j tx metadata; logged on Grafeo). */
export type TxMetadata = Record<string, string | number | boolean>;

export interface TxOptions {
  readonly metadata?: TxMetadata;
  /**
   * Neo4j: this transaction's timeout (ms) instead of the store's default
   * (30 s); bulk writes such as `seed import` of the national set need
   * longer. The embedded store has no transaction timeout.
   */
  readonly timeoutMs?: number;
  /**
   * The write changes only records that no cache holds or derives from (the
   * sessions of auth/sessions.ts): the write generation does not move, so the
   * graph caches, the response cache and the ask index stay warm. Never on a
   * write that touches the graph, accounts, versions or the audit trail.
   */
  readonly cacheNeutral?: true;
  /**
   * The areas whose content this write may change (an edit of one area), so
   * what is kept per area (the ask corpus) is rebuilt for those only.
   * Omitted: any area may change (seed loads, raw writes), and everything kept
   * per area is rebuilt.
   */
  readonly areas?: readonly string[];
}

/** A unit of work inside one explicit transaction. */
export interface Tx {
  run(statement: Statement): Promise<Row[]>;
}

export type StoreKind = 'neo4j' | 'embedded';

export interface Store {
  readonly kind: StoreKind;
  /** A human-readable description for logs (never includes credentials). */
  readonly description: string;
  /** Creates constraints and indexes if missing (idempotent). */
  ensureSchema(): Promise<void>;
  /** Runs one read statement in its own read transaction. */
  read(statement: Statement, options?: TxOptions): Promise<Row[]>;
  /** Runs one write statement in its own write transaction. */
  write(statement: Statement, options?: TxOptions): Promise<Row[]>;
  /**
   * Runs `work` in one read transaction. On Neo4j the function may be retried
   * on transient errors: it must be idempotent.
   */
  readTransaction<T>(work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T>;
  /**
   * Runs `work` in one write transaction: all statements commit together or
   * none do. The first failing statement rolls the whole transaction back and
   * its error (a StoreError) is rethrown. May be retried on write conflicts:
   * `work` must be idempotent.
   */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T>;
  /**
   * Embedded store only: a number that changes whenever a write transaction
   * of this process starts or ends (the embedded database sees no other
   * writer). Equal numbers mean no write came between two reads, so a value
   * read at the first still holds. Absent where other processes may write
   * (Neo4j): read the store instead.
   */
  writeGeneration?(): number;
  /**
   * Embedded store only: the areas whose content writes may have changed
   * since a read that began at write generation `since` (writes running then
   * included), from each write's `TxOptions.areas`; null when a write did not
   * say (any area may have changed).
   */
  areasWrittenSince?(since: number): ReadonlySet<string> | null;
  /** True when the store answers a trivial query now (for /readyz). */
  ping(): Promise<boolean>;
  /** Closes the connection / database file. Safe to call twice. */
  close(): Promise<void>;
}

/** Stable error codes surfaced by the store boundary. */
export type StoreErrorCode =
  | 'STORE_SYNTAX' // the Cypher text is invalid
  | 'STORE_CONSTRAINT' // a uniqueness (or other) constraint was violated
  | 'STORE_UNAVAILABLE' // the database cannot be reached / opened
  | 'STORE_AUTH' // the database refused the credentials (will not fix itself: fatal at startup)
  | 'STORE_CONFLICT' // a write-write conflict that survived retries
  | 'STORE_CORRUPT' // the embedded database file cannot be read
  | 'STORE_CLOSED' // the store was used after close()
  | 'STORE_ERROR'; // anything else the database raised
