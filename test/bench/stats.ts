/** The `q` quantile (0-1) of `xs` by the sorted index ⌊q·n⌋ (the last for q = 1); 0 when empty. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}
