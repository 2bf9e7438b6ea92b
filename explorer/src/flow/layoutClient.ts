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

export function layoutOffThread(input: LayoutInput): Promise<LayoutAnswer> {
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
