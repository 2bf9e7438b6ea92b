import { describe, expect, it } from 'vitest';
import { AreaCache, type AreaBundle } from './area-cache.ts';

const bundle = (areaId: string): AreaBundle => ({ areaId, records: [], nodes: new Map() });

describe('AreaCache', () => {
  it('serves an entry only while the seed hash is unchanged and the entry is young', () => {
    let now = 0;
    const cache = new AreaCache(1000, 10, () => now);
    const b = bundle('wiltshire');
    cache.set('h1', b);
    expect(cache.get('wiltshire', 'h1')).toBe(b);
    expect(cache.get('wiltshire', 'h2')).toBeNull();
    expect(cache.get('walsall', 'h1')).toBeNull();
    now = 1001;
    expect(cache.get('wiltshire', 'h1')).toBeNull();
  });

  it('never caches an area stored without a seed hash', () => {
    const cache = new AreaCache();
    cache.set(null, bundle('imported'));
    expect(cache.get('imported', null)).toBeNull();
  });

  it('drops the oldest entry when full', () => {
    const cache = new AreaCache(60_000, 2);
    cache.set('h', bundle('a'));
    cache.set('h', bundle('b'));
    cache.set('h', bundle('c'));
    expect(cache.get('a', 'h')).toBeNull();
    expect(cache.get('b', 'h')?.areaId).toBe('b');
    expect(cache.get('c', 'h')?.areaId).toBe('c');
  });
});
