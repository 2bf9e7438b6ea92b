/**
 * Runs the reader (extraction, drafting) in a worker thread per job, so a
 * hostile document cannot stall the server: each job has a time limit and a
 * heap limit, and at most READER_LIMITS.concurrent jobs run at once (others
 * wait their turn). A job over its time is terminated.
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
};

/** The reader did not finish: too slow or out of memory. `message` says which. */
export class ReaderStoppedError extends Error {
  override readonly name = 'ReaderStoppedError';
}

let running = 0;
const waiting: (() => void)[] = [];

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

/** Runs one reader job in its own thread, bounded in time and heap. */
export async function runReaderJob(
  job: ReaderJob,
  limits: { timeoutMs?: number; heapMb?: number } = {},
): Promise<ReaderReply> {
  const timeoutMs = limits.timeoutMs ?? READER_LIMITS.timeoutMs;
  const release = await slot();
  try {
    return await new Promise<ReaderReply>((resolve, reject) => {
      const worker = new Worker(WORKER_URL, {
        workerData: job,
        resourceLimits: { maxOldGenerationSizeMb: limits.heapMb ?? READER_LIMITS.heapMb },
      });
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
        void worker.terminate();
      };
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(
              new ReaderStoppedError(
                `reading the document took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`,
              ),
            ),
          ),
        timeoutMs,
      );
      worker.once('message', (reply: ReaderReply) => finish(() => resolve(reply)));
      worker.once('error', (error: Error & { code?: string }) =>
        finish(() =>
          reject(
            new ReaderStoppedError(
              error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? 'reading the document needed more memory than allowed and was stopped'
                : `the reader failed: ${error.message}`,
            ),
          ),
        ),
      );
      worker.once('exit', (code) =>
        finish(() => reject(new ReaderStoppedError(`the reader stopped (exit ${code})`))),
      );
    });
  } finally {
    release();
  }
}
