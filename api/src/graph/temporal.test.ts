import { describe, expect, it } from 'vitest';
import { firstDay, isCurrent, isIsoDate } from './temporal.ts';

describe('as-of semantics', () => {
  it('accepts year, month and day precision and rejects impossible dates', () => {
    expect(['2019', '2009-12', '2014-12-15'].every(isIsoDate)).toBe(true);
    expect(['2019-13', '2014-02-30', '15/12/2014', '20190101', ''].some(isIsoDate)).toBe(false);
  });

  it('compares lower precision as the first day', () => {
    expect(firstDay('2019')).toBe('2019-01-01');
    expect(firstDay('2009-12')).toBe('2009-12-01');
  });

  it('treats validFrom as inclusive and validTo as exclusive', () => {
    expect(isCurrent('2014-12-15', '2019', '2014-12-15')).toBe(true);
    expect(isCurrent('2014-12-15', '2019', '2014-12-14')).toBe(false);
    expect(isCurrent('2014-12-15', '2019', '2018-12-31')).toBe(true);
    expect(isCurrent('2014-12-15', '2019', '2019-01-01')).toBe(false);
    expect(isCurrent('2019', undefined, '2030-01-01')).toBe(true);
    expect(isCurrent(undefined, undefined, '1900')).toBe(true);
  });
});
