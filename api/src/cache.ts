import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import { today } from '@accgraph/schema';
import type { Store } from './store/types.ts';

/**
 * Every process-wide cache of the API, on one module (`lru-cache`) with one
 * freshness signal. docs/architecture.md ("Caches") repeats these tables.
 *
 * GRAPH caches hold what was read from (or computed over) the graph. Their
 * one signal is the store's write generation (`Store.writeGeneration`, a
 * number every write transaction moves when it starts and when it ends):
 * every entry belongs to the generation at which its load started, and the
 * first use of a cache at another generation empties it. A store without a
 * generation (Neo4j: other processes may write) gets no graph cache: every
 * lookup reads the store. The option `GRAPH_CACHES=off` (below) turns them
 * off for a store that has one.
 *
 * Each graph cache is bounded twice: by entries (`max`) and by an estimate
 * of the bytes its values hold (`maxMb`, `bytesOf`): on the national set a
 * hub's relationship list or an area's findings is large, and count bounds
 * alone let the caches take the server past 1 GB (issue 16).
 *
 * FILE caches hold what was read from files shipped with the code (Cypher
 * catalogue, taxonomy, rule catalogue, source texts): they never empty.
 */
export const GRAPH_CACHES = {
  node: { max: 20_000, maxMb: 32, holds: 'node records by id (the request loaders)' },
  outgoing: { max: 20_000, maxMb: 24, holds: 'relationship records leaving a node, by node id' },
  incoming: {
    max: 20_000,
    maxMb: 24,
    holds: 'relationship records arriving at a node, by node id',
  },
  'compare-obligations': {
    max: 1_000,
    maxMb: 24,
    holds: "an area's compare-obligations rows, by area id",
  },
  'compare-matrices': {
    max: 200,
    maxMb: 32,
    holds: "a comparison's duty type x area matrix (compareAreas), by its arguments and date",
  },
  'area-bundles': {
    max: 500,
    maxMb: 24,
    holds: "an area's accountability statements and their endpoints, by area id",
  },
  areas: {
    max: 2_000,
    maxMb: 48,
    holds: "the area list; each area's document ids, provenance, agents and drawable relationships",
  },
  search: {
    max: 2,
    maxMb: 96,
    holds: 'every search candidate (names, obligation texts) with its lower-cased text',
  },
  'area-statements': {
    max: 500,
    maxMb: 32,
    holds: "an area's statements of every period (diffDocuments), by area id",
  },
  'document-diffs': {
    max: 500,
    maxMb: 32,
    holds: 'a governance diff (diff, diffDocuments) as plain records, by its arguments',
  },
  'post-obligations': {
    max: 2_000,
    maxMb: 16,
    holds:
      "a post's obligations as plain records with their duty types, by post, date and duty codes",
  },
  'area-graphs': {
    max: 2_000,
    maxMb: 32,
    holds: "an area's drawn graph (area.graph) as plain data, by area and date",
  },
  neighbourhoods: {
    max: 2_000,
    maxMb: 16,
    holds: "a node's neighbourhood (neighbourhood), by node, hops, types and date",
  },
  paths: {
    max: 10_000,
    maxMb: 8,
    holds: 'shortest accountability paths (plain data, or none), by both ends and arguments',
  },
  chains: {
    max: 10_000,
    maxMb: 16,
    holds: 'accountability chains (plain data), by subject and arguments',
  },
  findings: { max: 2_000, maxMb: 32, holds: "an area's evaluated findings, by area id and date" },
  'finding-areas': { max: 2, maxMb: 1, holds: 'the id of every area (findings), one entry' },
  periods: {
    max: 5_000,
    maxMb: 4,
    holds: "a document's period (area, effective from and to), by document id (resolveAsOf)",
  },
  'document-texts': {
    max: 200,
    maxMb: 16,
    holds: "a document's stored text (or null where none is stored), by document id",
  },
  responses: {
    max: 1_000,
    maxMb: 32,
    holds: 'error-free GraphQL answers, by operation, variables and day (response-cache plugin)',
  },
} as const satisfies Record<string, { max: number; maxMb: number; holds: string }>;

export const FILE_CACHES = {
  cypher: { max: 1_000, holds: 'Cypher catalogue texts, by file' },
  taxonomy: { max: 10, holds: 'the duty-type taxonomy as DutyType records' },
  rules: { max: 10, holds: 'the rule catalogue (schema/rules, schema/taxonomy)' },
  sources: { max: 64, holds: 'source document texts, by file name' },
} as const satisfies Record<string, { max: number; holds: string }>;

/**
 * One budget for all the graph caches of a store together, in estimated MB (`bytesOf`): the
 * per-cache bounds above add up to ~470 MB, more than the server's heap can give them beside
 * the ask corpus (~250-300 MB kept on the national set) under its heap cap (decision 0047).
 * When the caches together pass it, the cache holding the most gives up its least recently
 * used entries until they are back under it. Measured on the national set under bench:load
 * they hold 18-55 MB together, so the budget bounds the worst case and does not bite there.
 */
export const GRAPH_CACHES_BUDGET_MB = 160;

export type GraphCacheName = keyof typeof GRAPH_CACHES;
export type FileCacheName = keyof typeof FILE_CACHES;

/** What a graph cache watches: the store (or anything with its write generation). */
export interface Versioned {
  writeGeneration?(): number;
}

const wrapped = new WeakMap<object, object>();

/** Records that `wrapper` passes its work to `inner` (the HTTP layer's guarded store). */
export function markWrapper(wrapper: Store, inner: Store): void {
  wrapped.set(wrapper, identityOf(inner));
}

/**
 * The store that holds the graph, under any wrapper (the HTTP layer hands
 * requests a guarded wrapper of the store `main.ts` opened): caches, the off
 * switch and anything else built once per graph (the ask corpus) key on it,
 * so a warm-up on the opened store serves requests that see the wrapper.
 */
export function identityOf<S extends object>(store: S): S {
  return (wrapped.get(store) as S | undefined) ?? store;
}

function underneath(store: Versioned): Versioned {
  return identityOf(store);
}

/** Stores whose graph caches are off (`GRAPH_CACHES=off`). */
const off = new WeakSet<Versioned>();

/**
 * The option `GRAPH_CACHES`: unset, empty or `on` (graph caches on where the
 * store has a write generation) is true; `off` is false; anything else is an
 * error that says so.
 */
export function graphCachesOption(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`GRAPH_CACHES must be "on" or "off", got ${JSON.stringify(value.slice(0, 40))}.`);
}

/**
 * `GRAPH_CACHES=off`: no graph cache keeps anything for `store` (the response
 * cache, the shared records, area bundles, chains, findings), so every request
 * reads the store, as it always does on Neo4j. For benchmarks that compare
 * the stores (`npm run bench:api`) and for debugging; never needed in production.
 */
export function turnOffGraphCaches(store: Versioned): void {
  off.add(underneath(store));
}

/** Stores whose response cache alone is off (`RESPONSE_CACHE=off`). */
const responsesOff = new WeakSet<Versioned>();

/**
 * The option `RESPONSE_CACHE`: unset, empty or `on` (whole answers are kept
 * where graph caches are on) is true; `off` is false; anything else is an
 * error that says so.
 */
export function responseCacheOption(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(
    `RESPONSE_CACHE must be "on" or "off", got ${JSON.stringify(value.slice(0, 40))}.`,
  );
}

/**
 * `RESPONSE_CACHE=off`: the response cache keeps no whole answer for `store`;
 * every other graph cache still does, so each request runs its resolvers over
 * the kept records, bundles and chains. For `npm run bench:api`'s "response
 * cache off" pass (issue 12: the operations themselves must be fast) and for
 * debugging; production keeps it on.
 */
export function turnOffResponseCache(store: Versioned): void {
  responsesOff.add(underneath(store));
}

/** Whether the response cache keeps answers for `store`: graph caches on and it is not switched off. */
export function responseCacheOn(store: Versioned): boolean {
  return graphCachesOn(store) && !responsesOff.has(underneath(store));
}

/** Whether graph caches keep anything for `store`: it has a write generation and caching is on. */
export function graphCachesOn(store: Versioned): boolean {
  return !off.has(underneath(store)) && typeof store.writeGeneration === 'function';
}

/** The size a value in flight counts for until it arrives (then `bytesOf`). */
const PENDING_BYTES = 1;

/**
 * An estimate of the heap bytes `value` holds (V8: a string's characters,
 * about 8 bytes a property or element plus an object header), each object
 * counted once. Cheap next to the load that produced the value; an estimate,
 * not a measurement: it bounds caches, it does not account for them exactly.
 */
export function bytesOf(value: unknown): number {
  const seen = new Set<object>();
  let bytes = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') bytes += 16 + v.length;
    else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') bytes += 8;
    else if (v && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      if (Array.isArray(v)) {
        bytes += 16 + 8 * v.length;
        for (const item of v) stack.push(item);
      } else if (v instanceof Map) {
        bytes += 32 + 24 * v.size;
        for (const [k, item] of v) stack.push(k, item);
      } else if (v instanceof Set) {
        bytes += 32 + 16 * v.size;
        for (const item of v) stack.push(item);
      } else {
        const keys = Object.keys(v);
        bytes += 24 + 8 * keys.length;
        for (const k of keys) stack.push((v as Record<string, unknown>)[k]);
      }
    } else bytes += 8;
  }
  return bytes;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * `deepFreeze(value)` and `bytesOf(value)` in one walk (a kept value was
 * walked twice, once by each: on the national set a findings or compare entry
 * is a few MB of small objects). Freezes what deepFreeze freezes (objects and
 * arrays not frozen yet, and what they hold, not the entries of a Map or Set)
 * and counts what bytesOf counts.
 */
export function freezeAndMeasure<T>(value: T): { value: T; bytes: number } {
  const seen = new Set<object>();
  let bytes = 0;
  // [item, whether deepFreeze reaches it (its parent was not frozen yet), whether bytesOf counts it]
  const stack: [unknown, boolean, boolean][] = [[value, true, true]];
  while (stack.length > 0) {
    const [v, freeze, counting] = stack.pop()!;
    if (v && typeof v === 'object') {
      // deepFreeze stops at an object already frozen; bytesOf still counts what it holds
      const freezing = freeze && !Object.isFrozen(v);
      if (freezing) Object.freeze(v);
      const count = counting && !seen.has(v);
      if (!count && !freezing) continue;
      seen.add(v);
      if (Array.isArray(v)) {
        if (count) bytes += 16 + 8 * v.length;
        for (const item of v) stack.push([item, freezing, count]);
      } else if (v instanceof Map) {
        if (count) bytes += 32 + 24 * v.size;
        if (count) for (const [k, item] of v) stack.push([k, false, true], [item, false, true]);
      } else if (v instanceof Set) {
        if (count) bytes += 32 + 16 * v.size;
        if (count) for (const item of v) stack.push([item, false, true]);
      } else {
        const keys = Object.keys(v);
        if (count) bytes += 24 + 8 * keys.length;
        for (const k of keys) stack.push([(v as Record<string, unknown>)[k], freezing, count]);
      }
    } else if (!counting) continue;
    else if (typeof v === 'string') bytes += 16 + v.length;
    else bytes += 8;
  }
  return { value, bytes };
}

/**
 * One graph cache of one store. Entries are promises (a load in flight is
 * shared by concurrent requests; a failed load is dropped); values are
 * frozen when they arrive, so a caller that changed a shared value fails
 * loudly instead of corrupting later answers.
 */
export class GraphCache<V> {
  private readonly lru: LRUCache<string, Promise<V>>;
  private generation: number | undefined;

  constructor(
    private readonly source: Versioned,
    max: number,
    /** Bound on the estimated bytes of the kept values (`bytesOf`); none when omitted. */
    maxBytes?: number,
    /** Called once a kept value's size is known (the store's budget over all its caches). */
    private readonly onSized: () => void = () => undefined,
  ) {
    this.lru = new LRUCache(
      maxBytes ? { max, maxSize: maxBytes, sizeCalculation: () => PENDING_BYTES } : { max },
    );
  }

  /** The current write generation (emptying the cache if it moved), or undefined: no caching. */
  current(): number | undefined {
    const generation = off.has(this.source) ? undefined : this.source.writeGeneration?.();
    if (generation !== this.generation) {
      this.lru.clear();
      this.generation = generation;
    }
    return generation;
  }

  /** The kept value of `key`, or undefined. */
  async get(key: string): Promise<V | undefined> {
    if (this.current() === undefined) return undefined;
    return this.lru.get(key);
  }

  /** Keeps `value` under `key` if the generation is still `since` (the one its inputs were read at). */
  set(key: string, value: V, since: number | undefined): void {
    if (since === undefined || this.current() !== since) return;
    const { value: frozen, bytes } = this.settle(value);
    const size = this.lru.maxSize ? { size: Math.max(1, bytes) } : {};
    this.lru.set(key, Promise.resolve(frozen), size);
    this.onSized();
  }

  /** Forgets the least recently used entry; false when there is none. */
  evictOldest(): boolean {
    return this.lru.pop() !== undefined;
  }

  /** The value of `key`: kept, or from `load()` (then kept). */
  fetch(key: string, load: () => Promise<V>): Promise<V> {
    if (this.current() === undefined) return load();
    const kept = this.lru.get(key);
    if (kept) return kept;
    return this.keep(
      key,
      load().then((v) => this.settle(v)),
    );
  }

  /** Values of `keys` in order: kept ones, the others from one `load(missing)` (then kept). */
  async many(keys: readonly string[], load: (missing: string[]) => Promise<V[]>): Promise<V[]> {
    if (this.current() === undefined) return load([...keys]);
    const missing = [...new Set(keys.filter((k) => !this.lru.has(k)))];
    if (missing.length > 0) {
      const batch = load(missing);
      missing.forEach((k, i) => {
        this.keep(
          k,
          batch.then((values) => this.settle(values[i] as V)),
        );
      });
      // The caller sees the batch's own failure (each kept promise is dropped on it).
      await batch;
    }
    const values = keys.map((k) => this.lru.get(k));
    if (values.every((v) => v !== undefined)) return Promise.all(values as Promise<V>[]);
    // Evicted meanwhile (more keys than the cache holds): read those again, uncached.
    const again = keys.filter((_, i) => values[i] === undefined);
    const reread = new Map((await load(again)).map((v, i) => [again[i] as string, v]));
    return Promise.all(keys.map((k, i) => values[i] ?? (reread.get(k) as V)));
  }

  /** Number of entries kept now (for tests and logs). */
  get size(): number {
    return this.lru.size;
  }

  /** Estimated bytes of the values kept now (`bytesOf`; 0 without a byte bound). */
  get bytes(): number {
    return this.lru.calculatedSize ?? 0;
  }

  /** Frozen, and with a byte bound its estimated size: one walk (freezeAndMeasure). */
  private settle(value: V): { value: V; bytes: number } {
    return this.lru.maxSize ? freezeAndMeasure(value) : { value: deepFreeze(value), bytes: 0 };
  }

  /** Keeps the value `settled` will give under `key`; returns it as the cache hands it out. */
  private keep(key: string, settled: Promise<{ value: V; bytes: number }>): Promise<V> {
    const value = settled.then((s) => s.value);
    // a failure reaches whoever awaits the value; the cache itself only forgets it
    value.catch(() => undefined);
    this.lru.set(key, value);
    settled.then(
      ({ bytes }) => {
        // its size is known once it has arrived: the least recently used go
        // first, and a value over the whole bound is not kept
        // (lru-cache keeps the old size when the same value is set again: delete first)
        if (this.lru.maxSize && this.lru.peek(key) === value) {
          this.lru.delete(key);
          this.lru.set(key, value, { size: Math.max(1, bytes) });
          this.onSized();
        }
      },
      () => {
        if (this.lru.peek(key) === value) this.lru.delete(key);
      },
    );
    return value;
  }
}

const graphCaches = new WeakMap<Versioned, Map<GraphCacheName, GraphCache<unknown>>>();

/** Entries and estimated bytes of each graph cache of `store` (benchmarks: /debug/event-loop). */
export function graphCacheReport(
  store: Versioned,
): Record<string, { entries: number; mb: number }> {
  const out: Record<string, { entries: number; mb: number }> = {};
  for (const [name, cache] of graphCaches.get(underneath(store)) ?? []) {
    out[name] = { entries: cache.size, mb: Math.round((cache.bytes / 1048576) * 10) / 10 };
  }
  return out;
}

/**
 * `derive(key)` once per key object, kept as long as the key lives (a WeakMap).
 * For what is built from a value a graph cache keeps (the GraphQL objects of a
 * kept diff, the flag set of an area's kept findings, a corpus's sorted
 * documents): the kept value is the same object until the next write, so what
 * is derived from it is built once per write generation and goes with it; with
 * graph caches off every request has new keys and nothing is shared.
 */
export function derivedOnce<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>();
  return (key) => {
    if (kept.has(key)) return kept.get(key) as V;
    const value = derive(key);
    kept.set(key, value);
    return value;
  };
}

/**
 * Values made once per (kept object, key), e.g. the pages of a kept answer
 * asked with different `first`/`after`: at most `limit` per object (the
 * oldest out first, so asking every page cannot grow memory beside the cache
 * budget), gone with the object, and a promise that fails forgotten so the
 * next caller makes it again.
 */
export function keptPerKey<K extends object, V>(
  limit: number,
): (owner: K, key: string, make: () => V) => V {
  const kept = new WeakMap<K, Map<string, V>>();
  return (owner, key, make) => {
    let values = kept.get(owner);
    if (!values) kept.set(owner, (values = new Map()));
    if (values.has(key)) return values.get(key) as V;
    const value = make();
    values.set(key, value);
    if (values.size > limit) values.delete(values.keys().next().value as string);
    if (value instanceof Promise)
      value.catch(() => {
        if (values.get(key) === value) values.delete(key);
      });
    return value;
  };
}

/**
 * `derivedOnce` for a read: the first caller's `read()` is shared while in
 * flight, its value answered at once (not as a promise) once read, and a
 * failed read forgotten so the next caller reads again.
 */
export function readOnce<K extends object, V>(): (
  key: K,
  read: () => Promise<V>,
) => V | Promise<V> {
  const kept = new WeakMap<K, { value: V } | { pending: Promise<V> }>();
  return (key, read) => {
    const entry = kept.get(key);
    if (entry) return 'value' in entry ? entry.value : entry.pending;
    const pending = read().then(
      (value) => {
        kept.set(key, { value });
        return value;
      },
      (error: unknown) => {
        kept.delete(key);
        throw error;
      },
    );
    kept.set(key, { pending });
    return pending;
  };
}

/** Budgets (bytes) set for a store by `setGraphCacheBudget`; others use GRAPH_CACHES_BUDGET_MB. */
const budgets = new WeakMap<Versioned, number>();

/**
 * Sets the budget of all graph caches of `store` together, in MB (tests; the server keeps
 * GRAPH_CACHES_BUDGET_MB), and applies it at once.
 */
export function setGraphCacheBudget(wrapped: Versioned, mb: number): void {
  const store = underneath(wrapped);
  budgets.set(store, mb * 1024 * 1024);
  keepWithinBudget(store);
}

/** Estimated bytes kept by all graph caches of `store` together. */
export function graphCachesBytes(wrapped: Versioned): number {
  let total = 0;
  for (const cache of graphCaches.get(underneath(wrapped))?.values() ?? []) total += cache.bytes;
  return total;
}

/** While the caches of `store` together pass its budget, the one holding the most forgets its oldest. */
function keepWithinBudget(store: Versioned): void {
  const caches = graphCaches.get(store);
  if (!caches) return;
  const budget = budgets.get(store) ?? GRAPH_CACHES_BUDGET_MB * 1024 * 1024;
  let total = graphCachesBytes(store);
  while (total > budget) {
    let largest: GraphCache<unknown> | undefined;
    for (const cache of caches.values())
      if (!largest || cache.bytes > largest.bytes) largest = cache;
    const before = largest?.bytes ?? 0;
    if (!largest || !largest.evictOldest()) return;
    total -= before - largest.bytes;
  }
}

/** The process-wide graph cache `name` of `store` (created on first use). */
export function graphCache<V>(wrapped: Versioned, name: GraphCacheName): GraphCache<V> {
  const store = underneath(wrapped);
  let caches = graphCaches.get(store);
  if (!caches) {
    caches = new Map();
    graphCaches.set(store, caches);
  }
  let cache = caches.get(name);
  if (!cache) {
    cache = new GraphCache<unknown>(
      store,
      GRAPH_CACHES[name].max,
      GRAPH_CACHES[name].maxMb * 1024 * 1024,
      () => keepWithinBudget(store),
    );
    caches.set(name, cache);
  }
  return cache as GraphCache<V>;
}

const fileCaches = new Map<FileCacheName, LRUCache<string, { value: unknown }>>();

/**
 * The value of `key` in the file cache `name`: kept, or `load()` (then kept
 * for the life of the process: the files ship with the code).
 */
export function fromFile<V>(name: FileCacheName, key: string, load: () => V): V {
  let cache = fileCaches.get(name);
  if (!cache) {
    cache = new LRUCache({ max: FILE_CACHES[name].max });
    fileCaches.set(name, cache);
  }
  const kept = cache.get(key);
  if (kept) return kept.value as V;
  const value = load();
  cache.set(key, { value });
  if (value instanceof Promise) value.catch(() => cache.delete(key));
  return value;
}

// ---- The response cache: whole GraphQL answers, on the graph cache `responses` ----

/**
 * Whether `JSON.stringify(value)` would be longer than `limit` characters,
 * counted without building it and stopping as soon as the count passes the
 * limit: the response cache asked this of every answer by stringifying it,
 * a second full serialisation of a 2.8 MB answer on the main thread (Apollo
 * serialises it again to send it). Plain data only (GraphQL results).
 */
export function jsonLongerThan(value: unknown, limit: number): boolean {
  let length = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    if (length > limit) return true;
    const v = stack.pop();
    if (typeof v === 'string') {
      // its JSON is at least its characters and two quotes: a long text (exportArea's
      // canonical JSON) is over the limit without being escaped a second time
      if (length + v.length + 2 > limit) return true;
      length += JSON.stringify(v).length;
    } else if (typeof v === 'number' || typeof v === 'boolean' || v === null)
      length += String(v).length;
    else if (Array.isArray(v)) {
      length += 2 + Math.max(0, v.length - 1);
      for (const item of v) stack.push(item === undefined ? null : item);
    } else if (typeof v === 'object') {
      const entries = Object.entries(v).filter(([, item]) => item !== undefined);
      length += 2 + Math.max(0, entries.length - 1);
      for (const [key, item] of entries) {
        length += JSON.stringify(key).length + 1;
        stack.push(item);
      }
    } else length += 4; // undefined at the top, functions: not in GraphQL results
  }
  return length > limit;
}

/** What the response cache reads of a request's context: who asks (part of the key). */
interface AskingContext {
  actor: { accountId: string } | null;
}

/** Set to `hit` on an answer served from the cache (absent otherwise). */
export const CACHE_HEADER = 'x-response-cache';

export interface ResponseCacheOptions {
  /** Answers larger than this (characters of JSON) are not kept. */
  maxEntryChars?: number;
}

/**
 * Keeps error-free answers to read-only operations (graph cache `responses`,
 * api/src/cache.ts) and serves them again while the store has not been
 * written since (its write generation). The key is the operation text, its
 * name, its variables and today's date (answers without `asOf` mean
 * "today"). Validation and the query limits still run on every request; only
 * execution is skipped, and the answer carries `x-response-cache: hit`.
 * Stores without a write generation (Neo4j: other writers may change the
 * graph) get no cache, nor does a store with `RESPONSE_CACHE=off`.
 */
export function responseCachePlugin(
  store: Store,
  { maxEntryChars = 256_000 }: ResponseCacheOptions = {},
): ApolloServerPlugin<AskingContext> {
  if (!responseCacheOn(store)) return {};
  const cache = graphCache<FormattedExecutionResult>(store, 'responses');
  return {
    async requestDidStart({ request, contextValue }) {
      // who asks is part of the key: an answer may depend on the account (`me`), and READ_ACCESS
      // is checked before this plugin serves anything (auth/read-access.plugin.ts)
      const key = JSON.stringify([
        contextValue.actor?.accountId ?? null,
        request.query,
        request.operationName,
        request.variables,
        today(),
      ]);
      const since = cache.current();
      let served = false;
      return {
        async responseForOperation({ operation }) {
          // no operation: operationName names none of the document (execution answers 400)
          if (operation?.operation !== 'query') return null;
          const hit = await cache.get(key);
          if (!hit || cache.current() !== since) return null;
          served = true;
          return {
            http: { status: undefined, headers: new HeaderMap([[CACHE_HEADER, 'hit']]) },
            body: { kind: 'single', singleResult: hit },
          };
        },
        async willSendResponse({ response, operation }) {
          if (served || operation?.operation !== 'query' || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length) return;
          if (jsonLongerThan(result, maxEntryChars)) return;
          cache.set(key, result, since);
        },
      };
    },
  };
}
