import { describe, expect, it } from 'vitest';
import { areaOptionLabel, areaOptionTitle, chooseArea } from './areas';
import type { ApiAreaSummary } from './types';

const wiltshire: ApiAreaSummary = {
  id: 'wiltshire',
  name: 'Wiltshire',
  documentYears: [2014, 2019],
  documentTitles: ['Wiltshire 2014 protocol', 'Wiltshire 2019 plan'],
};
const walsall: ApiAreaSummary = {
  id: 'walsall',
  name: 'Walsall',
  documentYears: [],
  documentTitles: ['Walsall protocol'],
};

describe('area picker', () => {
  it('labels an area with its documents’ years, and names the documents in the tooltip', () => {
    expect(areaOptionLabel(wiltshire)).toBe('Wiltshire (2014, 2019)');
    expect(areaOptionLabel(walsall)).toBe('Walsall');
    expect(areaOptionTitle(wiltshire)).toBe('Wiltshire 2014 protocol · Wiltshire 2019 plan');
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
