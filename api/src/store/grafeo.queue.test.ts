import { describe, expect, it } from 'vitest';
import { SerialQueue, withRetry } from './grafeo.store.ts';

const fast = { attempts: 4, baseDelayMs: 1 };

describe('withRetry', () => {
  it('retries a retryable failure until it succeeds', async () => {
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw new Error('conflict');
        return 'ok';
      },
      () => true,
      fast,
    );
    expect([result, calls]).toEqual(['ok', 3]);
  });

  it('gives up after the bounded number of attempts, rethrowing the last error', async () => {
    let calls = 0;
    const work = withRetry(
      async () => {
        calls++;
        throw new Error(`conflict ${calls}`);
      },
      () => true,
      fast,
    );
    await expect(work).rejects.toThrow('conflict 4');
    expect(calls).toBe(4);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    const work = withRetry(
      async () => {
        calls++;
        throw new Error('syntax');
      },
      () => false,
      fast,
    );
    await expect(work).rejects.toThrow('syntax');
    expect(calls).toBe(1);
  });
});

describe('SerialQueue', () => {
  it('runs jobs one at a time in call order, past failures', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const job =
      (name: string, ms: number, fail = false) =>
      () =>
        new Promise<string>((resolve, reject) =>
          setTimeout(() => {
            log.push(name);
            if (fail) reject(new Error(name));
            else resolve(name);
          }, ms),
        );
    const results = await Promise.allSettled([
      queue.run(job('a', 20)),
      queue.run(job('b', 1, true)),
      queue.run(job('c', 1)),
    ]);
    expect(log).toEqual(['a', 'b', 'c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
