import { afterEach, describe, expect, it } from 'vitest';
import { checkpoint, mapInSlices } from './slices.ts';

/**
 * Counts turns of the event loop: an immediate re-armed from inside the check
 * phase runs in the next turn, after the loop has polled for I/O.
 */
function turnCounter(): { turn: () => number; stop: () => void } {
  let turns = 0;
  let running = true;
  const tick = (): void => {
    turns += 1;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return { turn: () => turns, stop: () => (running = false) };
}

let counter: ReturnType<typeof turnCounter> | undefined;
afterEach(() => counter?.stop());

describe('slices of concurrent work (issue 16: 15 aliases slicing at once)', () => {
  it('resume one per turn of the event loop, so I/O is polled between any two slices', async () => {
    counter = turnCounter();
    const { turn } = counter;
    await new Promise((r) => setImmediate(r));
    const resumedAt = await Promise.all(
      Array.from({ length: 10 }, async () => {
        await checkpoint();
        return turn();
      }),
    );
    expect(new Set(resumedAt).size).toBe(resumedAt.length);
  });

  it('keep order and results, and every caller gets its turn', async () => {
    const doubled = await Promise.all(
      Array.from({ length: 5 }, (_, k) =>
        mapInSlices([1, 2, 3], async (n) => {
          await checkpoint();
          return n * 2 + k;
        }),
      ),
    );
    const settled = await Promise.all(doubled.map((row) => Promise.all(row)));
    expect(settled).toEqual(Array.from({ length: 5 }, (_, k) => [2 + k, 4 + k, 6 + k]));
  });
});
