import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstDay, isCurrent, isIsoDate, today } from './dates.ts';

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

  // The API's statement filter (`isCurrent`) and the findings' regime check
  // (`inPeriod`) used to disagree here: one read an empty end date as "ended
  // before time began" (never current), the other as open. An empty bound is
  // "not stated", the same as a missing one, in every caller.
  it('reads an empty bound as open, like a missing one', () => {
    expect(isCurrent('2014', '', '2020-06-01')).toBe(true);
    expect(isCurrent('2014', '', '2020-06-01')).toBe(isCurrent('2014', null, '2020-06-01'));
    expect(isCurrent('', '2019', '2018-12-31')).toBe(true);
    expect(isCurrent('', '2019', '2019-01-01')).toBe(false);
    expect(isCurrent('', '', '1900')).toBe(true);
    expect(isCurrent('2014', '', '2013')).toBe(false);
  });

  it('is today when no date is given', () => {
    expect(isCurrent('1900', '9999', undefined)).toBe(true);
    expect(isCurrent(today(), null, null)).toBe(true);
    expect(isCurrent(null, today(), null)).toBe(false);
  });
});

describe('today', () => {
  afterEach(() => vi.useRealTimers());

  it('is the UTC date, also across midnight and when the clock goes back', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T23:59:59.999Z'));
    expect(today()).toBe('2026-03-01');
    vi.setSystemTime(new Date('2026-03-02T00:00:00.000Z'));
    expect(today()).toBe('2026-03-02');
    vi.setSystemTime(new Date('2025-12-31T12:00:00Z'));
    expect(today()).toBe('2025-12-31');
  });
});
