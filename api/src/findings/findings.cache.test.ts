import { describe, expect, it } from 'vitest';
import { FindingsCache, type AreaFindings } from './findings.cache.ts';

const value = (areaId: string): AreaFindings => ({
  areaId,
  documentId: `${areaId}/2020`,
  findings: [],
});
const area = (id: string, seedHash: string | null) => ({ id, seedHash });

describe('FindingsCache', () => {
  it('serves an entry only for its date, while the seed hash is unchanged and the entry is young', () => {
    let now = 0;
    const cache = new FindingsCache(1000, 10, () => now);
    const v = value('shire');
    cache.set(area('shire', 'h1'), '2021-01-01', v);
    expect(cache.get(area('shire', 'h1'), '2021-01-01')).toBe(v);
    expect(cache.get(area('shire', 'h1'), '2021-01-02')).toBeUndefined();
    expect(cache.get(area('shire', 'h2'), '2021-01-01')).toBeUndefined();
    expect(cache.get(area('dale', 'h1'), '2021-01-01')).toBeUndefined();
    now = 1001;
    expect(cache.get(area('shire', 'h1'), '2021-01-01')).toBeUndefined();
  });

  it('remembers that an area has no document in force (null), distinct from a miss', () => {
    const cache = new FindingsCache();
    cache.set(area('shire', 'h'), '1990-01-01', null);
    expect(cache.get(area('shire', 'h'), '1990-01-01')).toBeNull();
  });

  it('never caches an area stored without a seed hash', () => {
    const cache = new FindingsCache();
    cache.set(area('imported', null), '2021-01-01', value('imported'));
    expect(cache.get(area('imported', null), '2021-01-01')).toBeUndefined();
  });

  it('drops the oldest entry when full', () => {
    const cache = new FindingsCache(60_000, 2);
    for (const id of ['a', 'b', 'c']) cache.set(area(id, 'h'), '2021-01-01', value(id));
    expect(cache.get(area('a', 'h'), '2021-01-01')).toBeUndefined();
    expect(cache.get(area('c', 'h'), '2021-01-01')?.areaId).toBe('c');
  });
});
