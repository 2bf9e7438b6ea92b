import { AsyncLocalStorage } from 'node:async_hooks';

/** Why a request's work was stopped. */
export type StopReason = 'timeout' | 'disconnect';

/** One GraphQL request's time budget: aborted at the time limit or when its client leaves. */
export interface Budget {
  readonly signal: AbortSignal;
  /** Epoch ms by which the request must be done. */
  readonly deadline: number;
  readonly limitMs: number;
  /** Statements refused because the budget was spent (for the log line). */
  refused: number;
}

const current = new AsyncLocalStorage<Budget>();

/** The budget of the request whose code is running now, if any. */
export function currentBudget(): Budget | undefined {
  return current.getStore();
}

/** Runs `fn` (and everything it starts) under `budget`. */
export function runWithBudget<T>(budget: Budget, fn: () => T): T {
  return current.run(budget, fn);
}

/** Why the budget's work was stopped, or undefined while it may go on. */
export function stopReason(budget: Budget): StopReason | undefined {
  return budget.signal.aborted ? (budget.signal.reason as StopReason) : undefined;
}
