import type { TxOptions } from './types.ts';

/**
 * The embedded stores' write generation and what each write said it
 * changes (`TxOptions.areas`), so a cache built per area (the ask corpus)
 * rebuilds only the areas written since it read them. The generation moves
 * when a write transaction starts and when it ends (not for a cache-neutral
 * write); each write is logged at its start with its areas (null: it did not
 * say, so any area may have changed). The log keeps the last `max` writes;
 * asking about an older generation answers null (rebuild everything).
 */
/** One logged write: the generation its start moved to, its areas, the generation its end moved to. */
export interface LoggedWrite {
  readonly started: number;
  readonly areas: readonly string[] | null;
  ended: number | null;
}

export class WriteLog {
  /**
   * The write generation now. A plain field, not a method: every cached read
   * checks it, and reading a number needs no code of the log's (only `start`
   * and `end` move it).
   */
  generation = 0;
  /** Writes in the order they started, oldest first. */
  private readonly writes: LoggedWrite[] = [];
  /** Reads that began before this generation are answered null (the log was cut). */
  private floor = 0;

  constructor(private readonly max = 1_000) {}

  /** A write transaction starts: moves the generation and logs it (nothing for a cache-neutral write). */
  start(options: TxOptions | undefined): LoggedWrite | null {
    if (options?.cacheNeutral) return null;
    this.generation += 1;
    const write: LoggedWrite = {
      started: this.generation,
      areas: options?.areas ? [...options.areas] : null,
      ended: null,
    };
    this.writes.push(write);
    if (this.writes.length > this.max) {
      const dropped = this.writes.shift()!;
      this.floor = Math.max(this.floor, dropped.ended ?? this.generation);
    }
    return write;
  }

  /** The write `start` logged has ended (committed or not): moves the generation again. */
  end(write: LoggedWrite | null): void {
    if (!write) return;
    this.generation += 1;
    write.ended = this.generation;
  }

  /**
   * The areas that writes may have changed since a read that began at
   * generation `since` (writes still running then included): a set, or null
   * when one of them did not say (or the log no longer reaches back that far).
   */
  areasSince(since: number): ReadonlySet<string> | null {
    if (since < this.floor) return null;
    const out = new Set<string>();
    for (const w of this.writes) {
      if (w.ended !== null && w.ended <= since) continue; // over before the read began
      if (w.areas === null) return null;
      for (const a of w.areas) out.add(a);
    }
    return out;
  }
}
