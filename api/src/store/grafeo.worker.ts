/**
 * The embedded store's thread: a GrafeoStore (unchanged) owned by a worker
 * thread, so Grafeo's synchronous native work never blocks the API's event
 * loop. Driven by `WorkerStore` (worker.store.ts) over the protocol in
 * grafeo.worker.protocol.ts: a transaction's work runs on the main thread and
 * sends its statements here one by one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { GrafeoStore } from './grafeo.store.ts';
import { type FromWorker, type ToWorker, toWire } from './grafeo.worker.protocol.ts';
import type { GrafeoTx } from './grafeo.store.ts';
import type { Tx } from './types.ts';

const port = parentPort;
if (!port) throw new Error('grafeo.worker.ts runs only as a worker thread');
const send = (message: FromWorker): void => port.postMessage(message);

/** Thrown into a transaction whose work failed on the main thread: roll back. */
const ROLL_BACK = new Error('the transaction work failed on the main thread');

interface Open {
  tx: Tx;
  end: (ok: boolean) => void;
}

let store: GrafeoStore;
try {
  store = GrafeoStore.open({ kind: 'embedded', path: (workerData as { path: string }).path });
  send({ type: 'opened' });
} catch (e) {
  send({ type: 'opened', error: toWire(e) });
  port.close();
  throw e;
}

const open = new Map<number, Open>();

function begin(id: number, mode: 'read' | 'write', metadata: ToWorker & { op: 'begin' }): void {
  const work = (tx: Tx): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      open.set(id, {
        tx,
        end: (ok) => {
          open.delete(id);
          // a statement that failed here failed the transaction: its StoreError (a
          // write conflict is retried by GrafeoStore, which then starts a new attempt)
          const failure = (tx as GrafeoTx).failure;
          if (ok && !failure) resolve();
          else reject(failure ?? ROLL_BACK);
        },
      });
      send({ type: 'attempt', id });
    });
  const options = metadata.metadata ? { metadata: metadata.metadata } : undefined;
  const running =
    mode === 'read' ? store.readTransaction(work, options) : store.writeTransaction(work, options);
  running.then(
    () => send({ type: 'done', id }),
    (e: unknown) =>
      send(e === ROLL_BACK ? { type: 'done', id } : { type: 'failed', id, error: toWire(e) }),
  );
}

port.on('message', (message: ToWorker) => {
  switch (message.op) {
    case 'begin':
      begin(message.id, message.mode, message);
      break;
    case 'run': {
      const entry = open.get(message.id);
      if (!entry) {
        send({
          type: 'error',
          seq: message.seq,
          error: { code: 'STORE_ERROR', message: 'transaction ended' },
        });
        break;
      }
      entry.tx.run(message.statement).then(
        (rows) => send({ type: 'rows', seq: message.seq, rows }),
        (e: unknown) => send({ type: 'error', seq: message.seq, error: toWire(e) }),
      );
      break;
    }
    case 'end':
      open.get(message.id)?.end(message.ok);
      break;
    case 'ensureSchema':
      store.ensureSchema().then(
        () => send({ type: 'reply', seq: message.seq }),
        (e: unknown) => send({ type: 'error', seq: message.seq, error: toWire(e) }),
      );
      break;
    case 'ping':
      store.ping().then((value) => send({ type: 'reply', seq: message.seq, value }));
      break;
    case 'close':
      for (const entry of open.values()) entry.end(false);
      store.close().then(
        () => {
          send({ type: 'reply', seq: message.seq });
          port.close();
        },
        (e: unknown) => send({ type: 'error', seq: message.seq, error: toWire(e) }),
      );
      break;
  }
});
