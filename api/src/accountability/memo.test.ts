import { describe, expect, it } from 'vitest';
import { memoised } from './memo.ts';

describe('memoised', () => {
  it('computes once per owner and key, and forgets a failure', async () => {
    const owner = {};
    let runs = 0;
    const compute = async () => ++runs;
    expect(await memoised(owner, 'k', compute)).toBe(1);
    expect(await memoised(owner, 'k', compute)).toBe(1);
    expect(await memoised({}, 'k', compute)).toBe(2);
    await expect(memoised(owner, 'bad', () => Promise.reject(new Error('no')))).rejects.toThrow();
    expect(await memoised(owner, 'bad', compute)).toBe(3);
  });

  it('keeps at most max keys per owner, dropping the oldest', async () => {
    const owner = {};
    let runs = 0;
    const compute = async () => ++runs;
    await memoised(owner, 'a', compute, 2);
    await memoised(owner, 'b', compute, 2);
    await memoised(owner, 'c', compute, 2);
    expect(await memoised(owner, 'a', compute, 2)).toBe(4);
    expect(await memoised(owner, 'c', compute, 2)).toBe(3);
  });
});
