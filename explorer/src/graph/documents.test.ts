import { describe, expect, it } from 'vitest';
import {
  asOfForDocument,
  dayBefore,
  documentName,
  documentInForce,
  askedTime,
  findingScope,
  resolveTime,
  startOf,
} from './documents';
import type { ApiAreaDocument } from './types';

const docs: ApiAreaDocument[] = [
  {
    id: 'w/2014',
    title: '2014',
    kind: 'protocol',
    year: 2014,
    status: null,
    effectiveFrom: '2014-12-15',
    effectiveTo: '2019',
  },
  {
    id: 'w/2019',
    title: '2019',
    kind: 'plan',
    year: 2019,
    status: null,
    effectiveFrom: '2019',
    effectiveTo: null,
  },
];

describe('as-of dates for documents', () => {
  it('pads partial dates and steps back a day', () => {
    expect(startOf('2019')).toBe('2019-01-01');
    expect(startOf('2009-12')).toBe('2009-12-01');
    expect(dayBefore('2019')).toBe('2018-12-31');
    expect(dayBefore('2020-03-01')).toBe('2020-02-29');
  });

  it('shows a superseded document on its last day, the current one today', () => {
    expect(asOfForDocument(docs[0]!)).toBe('2018-12-31');
    expect(asOfForDocument(docs[1]!)).toBeNull();
  });

  it('resolves the URL: a date wins, then a document, else the current document', () => {
    expect(resolveTime(docs, 'w/2014', null)).toEqual({ asOf: '2018-12-31', documentId: 'w/2014' });
    expect(resolveTime(docs, null, null)).toEqual({ asOf: null, documentId: 'w/2019' });
    expect(resolveTime(docs, 'w/2014', '2020-05-01')).toEqual({
      asOf: '2020-05-01',
      documentId: 'w/2019',
    });
    expect(resolveTime(docs, 'nope', null).documentId).toBe('w/2019');
    expect(documentInForce(docs, '2016-01-01')?.id).toBe('w/2014');
  });

  it('asks for findings by date or by the document shown', () => {
    expect(findingScope('w', askedTime('2016-01-01', null))).toEqual({
      area: 'w',
      asOf: '2016-01-01',
    });
    expect(findingScope('w', askedTime(null, 'w/2014'))).toEqual({
      area: 'w',
      document: 'w/2014',
    });
    expect(findingScope('w', askedTime(null, null), true)).toEqual({ area: 'w', law: 'TODAY' });
  });

  it('names the time from the URL alone, the same before and after the documents are known', () => {
    expect(askedTime(null, 'w/2014')).toEqual({ asOf: null, documentId: 'w/2014' });
    expect(askedTime(null, 'w/2014', resolveTime(docs, 'w/2014', null))).toEqual({
      asOf: null,
      documentId: 'w/2014',
    });
    // Today: no document named, before and after (the API resolves the one in force).
    expect(askedTime(null, null)).toEqual({ asOf: null, documentId: null });
    expect(askedTime(null, null, resolveTime(docs, null, null))).toEqual({
      asOf: null,
      documentId: null,
    });
    // An unknown document falls back to today once the documents are known.
    expect(askedTime(null, 'nope', resolveTime(docs, 'nope', null))).toEqual({
      asOf: null,
      documentId: null,
    });
    // A date wins over a document.
    expect(askedTime('2016-01-01', 'w/2019')).toEqual({ asOf: '2016-01-01', documentId: null });
  });
});

describe('documentName', () => {
  it('names a document by the year it took effect and its kind, not by a date', () => {
    expect(documentName(docs[0]!)).toBe('2014 protocol');
    expect(documentName(docs[1]!)).toBe('2019 plan');
    expect(
      documentName({ title: 'W', kind: 'working-arrangements', effectiveFrom: '2009-12' }),
    ).toBe('2009 working arrangements');
    expect(documentName({ title: 'Untitled plan', kind: null, effectiveFrom: null })).toBe(
      'Untitled plan',
    );
  });
});
