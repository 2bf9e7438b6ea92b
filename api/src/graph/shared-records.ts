import type { Store } from '../store/index.ts';

/** Entries kept per map; a full map is emptied (the next reads refill it). */
export const SHARED_RECORDS_MAX = 20_000;

/**
 * Records by key shared by every request of the process, for a store that
 * reports a write generation (the embedded store: it has no other writer).
 * Entries are valid only for the generation they were read at: any write
 * transaction, started or finished, empties the cache. Values are frozen, so
 * a caller that changed one would fail loudly instead of corrupting the
 * answers of later requests. Stores without a generation (Neo4j, where other
 * processes write) are never cached. Measured win: docs/benchmarks.md.
 */
export class SharedRecords<T> {
  private generation = -1;
  private readonly entries = new Map<string, T>();

  constructor(
    private readonly store: Store,
    private readonly max = SHARED_RECORDS_MAX,
  ) {}

  /** Values for `keys` (in order): cached ones, the others from `load(missing)`. */
  async get(keys: readonly string[], load: (missing: string[]) => Promise<T[]>): Promise<T[]> {
    const generation = this.store.writeGeneration?.();
    if (generation === undefined) return load([...keys]);
    if (generation !== this.generation) {
      this.entries.clear();
      this.generation = generation;
    }
    const missing = keys.filter((k) => !this.entries.has(k));
    if (missing.length > 0) {
      const loaded = await load(missing);
      // Keep them only if no write started or ended while they were read.
      if (this.store.writeGeneration?.() === generation && this.generation === generation) {
        if (this.entries.size + missing.length > this.max) this.entries.clear();
        missing.forEach((k, i) => this.entries.set(k, deepFreeze(loaded[i] as T)));
      } else {
        const fresh = new Map(missing.map((k, i) => [k, loaded[i] as T]));
        return keys.map((k) => (fresh.has(k) ? (fresh.get(k) as T) : (this.entries.get(k) as T)));
      }
    }
    return keys.map((k) => this.entries.get(k) as T);
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const perStore = new WeakMap<Store, Map<string, SharedRecords<unknown>>>();

/** The process-wide shared records of one kind (`node`, `outgoing`, ...) for a store. */
export function sharedRecords<T>(store: Store, kind: string): SharedRecords<T> {
  let kinds = perStore.get(store);
  if (!kinds) {
    kinds = new Map();
    perStore.set(store, kinds);
  }
  let shared = kinds.get(kind);
  if (!shared) {
    shared = new SharedRecords<unknown>(store);
    kinds.set(kind, shared);
  }
  return shared as SharedRecords<T>;
}
