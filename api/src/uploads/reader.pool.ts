/**
 * Runs the reader (extraction, drafting) in worker threads, so a hostile
 * document cannot stall the server: each job has a time limit and each thread
 * a heap limit, and at most READER_LIMITS.concurrent jobs run at once (others
 * wait their turn). A thread over its time, out of memory or failing is
 * terminated and replaced; a thread that finished its job stays warm for the
 * next one (the reader's libraries load once), until idle for a while.
 */
import { Worker } from 'node:worker_threads';
import type { ReaderJob, ReaderReply } from './reader.protocol.ts';

const WORKER_URL = new URL('./extract.worker.mjs', import.meta.url);

export const READER_LIMITS = {
  /** Milliseconds one extraction or draft may run before its thread is terminated. */
  timeoutMs: 60_000,
  /** Heap (MB) of one reader thread; a file that needs more is refused. */
  heapMb: 512,
  /** Reader threads at once. */
  concurrent: 2,
  /** Milliseconds an idle thread is kept warm. */
  idleMs: 300_000,
};

/** The reader did not finish: too slow or out of memory. `message` says which. */
export class ReaderStoppedError extends Error {
  override readonly name = 'ReaderStoppedError';
}

interface Warm {
  worker: Worker;
  idle?: NodeJS.Timeout;
}

let running = 0;
const waiting: (() => void)[] = [];
const idle: Warm[] = [];
let seq = 0;

async function slot(): Promise<() => void> {
  if (running >= READER_LIMITS.concurrent) {
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

function spawn(heapMb: number): Warm {
  const worker = new Worker(WORKER_URL, {
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  worker.unref();
  return { worker };
}

function park(warm: Warm): void {
  warm.idle = setTimeout(() => {
    const at = idle.indexOf(warm);
    if (at >= 0) idle.splice(at, 1);
    void warm.worker.terminate();
  }, READER_LIMITS.idleMs);
  warm.idle.unref();
  idle.push(warm);
}

/** Runs one reader job in a reader thread, bounded in time and heap. */
export async function runReaderJob(
  job: ReaderJob,
  limits: { timeoutMs?: number; heapMb?: number } = {},
): Promise<ReaderReply> {
  const timeoutMs = limits.timeoutMs ?? READER_LIMITS.timeoutMs;
  const release = await slot();
  const custom = limits.heapMb !== undefined;
  const warm = (!custom && idle.pop()) || spawn(limits.heapMb ?? READER_LIMITS.heapMb);
  if (warm.idle) clearTimeout(warm.idle);
  const id = ++seq;
  try {
    return await new Promise<ReaderReply>((resolve, reject) => {
      const { worker } = warm;
      let settled = false;
      const finish = (ok: boolean, fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (ok && !custom) park(warm);
        else void worker.terminate();
        fn();
      };
      const onMessage = (message: { seq: number; reply?: ReaderReply }) => {
        if (message.seq === id && message.reply) finish(true, () => resolve(message.reply!));
      };
      const onError = (error: Error & { code?: string }) =>
        finish(false, () =>
          reject(
            new ReaderStoppedError(
              error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? 'reading the document needed more memory than allowed and was stopped'
                : `the reader failed: ${error.message}`,
            ),
          ),
        );
      const onExit = (code: number) =>
        finish(false, () => reject(new ReaderStoppedError(`the reader stopped (exit ${code})`)));
      const timer = setTimeout(
        () =>
          finish(false, () =>
            reject(
              new ReaderStoppedError(
                `reading the document took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`,
              ),
            ),
          ),
        timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ seq: id, job });
    });
  } finally {
    release();
  }
}

/** Starts a reader thread ahead of need (an upload is followed by its draft). */
export function warmReader(): void {
  if (idle.length > 0 || running > 0) return;
  park(spawn(READER_LIMITS.heapMb));
}
