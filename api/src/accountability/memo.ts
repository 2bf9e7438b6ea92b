const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * An answer derived only from `owner` (an immutable cached area bundle) and
 * `key`, computed once and kept while the bundle is: a bundle replaced in the
 * area cache (changed seed hash, or too old) takes its memo with it. A failed
 * computation is not kept. At most `max` keys per owner; the oldest goes
 * first. Measured win: docs/benchmarks.md.
 */
export function memoised<T>(
  owner: object,
  key: string,
  compute: () => Promise<T>,
  max = 256,
): Promise<T> {
  let memo = memos.get(owner);
  if (!memo) {
    memo = new Map();
    memos.set(owner, memo);
  }
  const known = memo.get(key);
  if (known) return known as Promise<T>;
  const value = compute();
  if (memo.size >= max) memo.delete(memo.keys().next().value as string);
  memo.set(key, value);
  const kept = memo;
  value.catch(() => kept.delete(key));
  return value;
}
