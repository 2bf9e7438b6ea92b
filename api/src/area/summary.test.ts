import { describe, expect, it } from 'vitest';
import { documentTitles, documentYears } from './summary.ts';

const doc = (title: string, year: number | null) => ({ title, year });

describe("the area picker's summary of an area's documents", () => {
  it('gives the distinct years, ascending, skipping documents without one', () => {
    const docs = [doc('b', 2019), doc('a', 2014), doc('c', 2014), doc('d', null)];
    expect(documentYears(docs)).toEqual([2014, 2019]);
    expect(documentYears([doc('d', null)])).toEqual([]);
  });

  it('gives the titles in the order of the documents', () => {
    expect(documentTitles([doc('2014 protocol', 2014), doc('2019 plan', 2019)])).toEqual([
      '2014 protocol',
      '2019 plan',
    ]);
  });
});
