import { nextTurn } from '../http/edge.ts';
import { RequestTimeoutError, currentBudget } from '../http/limits.ts';

/**
 * Long synchronous work in bounded slices (issue 16): a slice runs until it
 * has used SLICE_MS of the event loop, then the work yields (`setImmediate`,
 * so pending I/O and other requests run) and checks the running request's
 * budget: a timed-out or abandoned request stops here instead of finishing
 * work nobody will read.
 */
export const SLICE_MS = 20;

/**
 * Yields to the event loop, then throws REQUEST_TIMEOUT if the request's
 * budget is spent. Concurrent work resumes ONE slice per turn of the loop,
 * in order, in the same queue as the HTTP edge's serialising and sending
 * (`nextTurn`, http/edge.ts): with a plain `setImmediate` each, 15 aliases
 * slicing at once all resumed in the same check phase, up to 15 slices of
 * 20 ms with no I/O between them (measured in the CPU profile under `npm run
 * bench:load`).
 */
export async function checkpoint(): Promise<void> {
  await nextTurn();
  throwIfStopped();
}

/** Throws REQUEST_TIMEOUT if the running request's budget is spent (no yield). */
export function throwIfStopped(): void {
  const budget = currentBudget();
  if (budget?.signal.aborted) throw new RequestTimeoutError(budget.limitMs);
}

/**
 * `items.map(fn)`, yielding to the event loop (and checking the budget)
 * whenever a slice has run for SLICE_MS. Order and results as `map`.
 */
export async function mapInSlices<T, U>(
  items: readonly T[],
  fn: (item: T, index: number) => U,
): Promise<U[]> {
  const out: U[] = new Array<U>(items.length);
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i += 1) {
    out[i] = fn(items[i] as T, i);
    if (performance.now() - sliceStart >= SLICE_MS) {
      await checkpoint();
      sliceStart = performance.now();
    }
  }
  return out;
}
