import { describe, expect, it } from 'vitest';
import { WriteLog } from './write-log.ts';

describe('WriteLog: which areas writes changed since a read began', () => {
  it('names the areas of writes since, counts a write running at the read, and null when one did not say', () => {
    const log = new WriteLog();
    const before = log.generation;
    const a = log.start({ areas: ['wiltshire'] });
    const during = log.generation;
    const b = log.start({ areas: ['walsall'] }); // overlaps a
    log.end(a);
    const afterA = log.generation;
    log.end(b);
    expect([...log.areasSince(before)!].sort()).toEqual(['walsall', 'wiltshire']);
    expect([...log.areasSince(during)!].sort()).toEqual(['walsall', 'wiltshire']);
    // a had ended when this read began; b was still running
    expect([...log.areasSince(afterA)!]).toEqual(['walsall']);
    expect([...log.areasSince(log.generation)!]).toEqual([]);
    const c = log.start(undefined);
    log.end(c);
    expect(log.areasSince(before)).toBeNull();
  });

  it('does not move for a cache-neutral write, and answers null beyond what it keeps', () => {
    const log = new WriteLog(2);
    const start = log.generation;
    log.end(log.start({ cacheNeutral: true }));
    expect(log.generation).toBe(start);
    for (const area of ['a', 'b', 'c']) log.end(log.start({ areas: [area] }));
    expect(log.areasSince(start)).toBeNull();
    expect([...log.areasSince(log.generation - 2)!]).toEqual(['c']);
  });
});
