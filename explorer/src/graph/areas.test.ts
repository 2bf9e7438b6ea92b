import { describe, expect, it } from 'vitest';
import { areaOptionLabel, chooseArea, documentYears } from './areas';
import type { ApiAreaDocument, ApiAreaSummary } from './types';

const doc = (id: string, year: number | null): ApiAreaDocument => ({
  id,
  title: id,
  kind: null,
  year,
  status: null,
  effectiveFrom: null,
  effectiveTo: null,
});

const wiltshire: ApiAreaSummary = {
  id: 'wiltshire',
  name: 'Wiltshire',
  provenance: { kind: 'bundled', at: null, by: null },
  documents: [
    doc('wiltshire/2019', 2019),
    doc('wiltshire/2014', 2014),
    doc('wiltshire/2014-2', 2014),
  ],
};
const walsall: ApiAreaSummary = {
  id: 'walsall',
  name: 'Walsall',
  provenance: { kind: 'imported', at: '2026-12-07T06:00:00Z', by: 'ann' },
  documents: [doc('w', null)],
};

describe('area picker', () => {
  it('labels an area with its documents’ distinct years, ascending', () => {
    expect(documentYears(wiltshire)).toEqual([2014, 2019]);
    expect(areaOptionLabel(wiltshire)).toBe('Wiltshire (2014, 2019)');
    expect(areaOptionLabel(walsall)).toBe('Walsall');
  });

  it('shows the requested area, else the first one, and says when a request is unknown', () => {
    expect(chooseArea([wiltshire, walsall], null)).toEqual({
      areaId: 'wiltshire',
      unknownRequest: null,
    });
    expect(chooseArea([wiltshire, walsall], 'walsall').areaId).toBe('walsall');
    expect(chooseArea([wiltshire, walsall], 'atlantis')).toEqual({
      areaId: 'wiltshire',
      unknownRequest: 'atlantis',
    });
    expect(chooseArea([], 'x')).toEqual({ areaId: null, unknownRequest: 'x' });
  });
});
