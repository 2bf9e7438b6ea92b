import type grafeo from '@grafeo-db/js';
import { StoreError } from './errors.ts';
import { toStoreError } from './grafeo.errors.ts';
import type { StoreLogger } from './logger.ts';
import { normaliseGrafeoValue } from './normalise.ts';
import { SerialQueue } from './write-queue.ts';
import type { Row, Statement, Tx } from './types.ts';

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
