/**
 * One shared layout worker. `layoutOffThread` resolves with positions; when
 * Workers are unavailable it falls back to the same function on a later task.
 */
import { runLayout, type LayoutInput, type Positions } from '../graph/flowElements';

interface Pending {
  resolve: (r: LayoutAnswer) => void;
  reject: (e: unknown) => void;
}

export interface LayoutAnswer {
  positions: Positions;
  /** Time spent laying out, in the worker. */
  ms: number;
  offThread: boolean;
}

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; positions: Positions; ms: number }>) => {
      const p = pending.get(event.data.id);
      pending.delete(event.data.id);
      p?.resolve({ positions: event.data.positions, ms: event.data.ms, offThread: true });
    };
    worker.onerror = (event) => {
      for (const p of pending.values())
        p.reject(new Error(event.message || 'layout worker failed'));
      pending.clear();
      worker = null;
    };
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Starts the worker ahead of the first layout (loading and compiling its
 * module took longer than laying out a real area), while the page is still
 * fetching the area. Later layouts reuse it.
 */
export function warmLayoutWorker(): void {
  if (typeof Worker !== 'undefined') getWorker();
}

/**
 * Layouts asked for lately, by their input: the same input (a view drawn
 * again, or one laid out ahead with `layoutAhead`) is answered without a
 * round trip to the worker. Only for inputs up to CACHED_NODES nodes (the
 * key is the input's JSON); the last CACHE_SIZE are kept.
 */
const CACHED_NODES = 400;
const CACHE_SIZE = 6;
const cache = new Map<string, Promise<LayoutAnswer>>();

export function layoutOffThread(input: LayoutInput): Promise<LayoutAnswer> {
  if (input.nodes.length > CACHED_NODES) return layoutNow(input);
  const key = JSON.stringify(input);
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const answer = layoutNow(input);
  cache.set(key, answer);
  answer.catch(() => cache.delete(key));
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return answer;
}

/**
 * Lays `input` out when the browser is idle, so that a view one click away
 * (the full graph behind an overview) is drawn without waiting for the
 * worker (issue 15 point 6). Nothing happens if it is already known.
 */
export function layoutAhead(input: () => LayoutInput): () => void {
  const idle =
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback
      : (cb: () => void) => setTimeout(cb, 50) as unknown as number;
  const cancel =
    typeof cancelIdleCallback === 'function' ? cancelIdleCallback : (h: number) => clearTimeout(h);
  const handle = idle(() => void layoutOffThread(input()).catch(() => undefined));
  return () => cancel(handle);
}

function layoutNow(input: LayoutInput): Promise<LayoutAnswer> {
  const w = getWorker();
  if (!w) {
    return new Promise((resolve) =>
      setTimeout(() => {
        const started = performance.now();
        const positions = runLayout(input);
        resolve({ positions, ms: performance.now() - started, offThread: false });
      }, 0),
    );
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, input });
  });
}
