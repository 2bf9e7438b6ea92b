import type { Row, Statement, Store, Tx, TxOptions } from '../../store/index.ts';
import { markWrapper } from '../../store/index.ts';
import { type Budget, currentBudget, stopReason } from './budget.ts';
import { RequestTimeoutError } from './refusal.ts';

/**
 * The error a stopped request's store calls reject with (a client that
 * disconnected never reads it: the same client error, not a logged failure).
 */
function stopped(budget: Budget): Error {
  void stopReason(budget);
  return new RequestTimeoutError(budget.limitMs);
}

/**
 * Resolves with `work`, or rejects as soon as the budget is spent (the
 * statement in flight is abandoned: its rows are dropped, and no further
 * statement of the request starts).
 */
function race<T>(budget: Budget | undefined, work: () => Promise<T>): Promise<T> {
  if (!budget) return work();
  if (budget.signal.aborted) {
    budget.refused += 1;
    return Promise.reject(stopped(budget));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(stopped(budget));
    budget.signal.addEventListener('abort', onAbort, { once: true });
    work()
      .then(resolve, reject)
      .finally(() => budget.signal.removeEventListener('abort', onAbort));
  });
}

/** The transaction options with the request's remaining time as the timeout (Neo4j kills it then). */
function withDeadline(budget: Budget | undefined, options?: TxOptions): TxOptions | undefined {
  if (!budget) return options;
  const remaining = Math.max(1, budget.deadline - Date.now());
  const timeoutMs = Math.min(options?.timeoutMs ?? remaining, remaining);
  return { ...options, timeoutMs };
}

/**
 * The store as GraphQL requests use it: every read checks the running
 * request's budget (currentBudget(), set per request by the limits plugin)
 * before each statement and gives up as soon as it is spent, so a timed-out
 * or abandoned request stops sending work to the store; on Neo4j each
 * transaction also carries the remaining time as its timeout. Writes are
 * not cut short (a write is whole or absent: it runs to its end).
 * One wrapper per app: the graph caches key on its identity.
 */
export function guardedStore(store: Store): Store {
  const guardTx =
    (budget: Budget | undefined) =>
    (tx: Tx): Tx => ({
      run: (statement: Statement): Promise<Row[]> => race(budget, () => tx.run(statement)),
    });
  const guarded: Store = {
    kind: store.kind,
    description: store.description,
    ensureSchema: () => store.ensureSchema(),
    read: (statement, options) => {
      const budget = currentBudget();
      return race(budget, () => store.read(statement, withDeadline(budget, options)));
    },
    write: (statement, options) => store.write(statement, options),
    readTransaction: (work, options) => {
      const budget = currentBudget();
      return race(budget, () =>
        store.readTransaction((tx) => work(guardTx(budget)(tx)), withDeadline(budget, options)),
      );
    },
    writeTransaction: (work, options) => store.writeTransaction(work, options),
    ping: () => store.ping(),
    close: () => store.close(),
  };
  if (store.writeGeneration) guarded.writeGeneration = () => store.writeGeneration?.() ?? 0;
  markWrapper(guarded, store);
  return guarded;
}
