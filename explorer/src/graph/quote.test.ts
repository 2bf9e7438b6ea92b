import { describe, expect, it } from 'vitest';
import { locateQuote, splitAround } from './quote';

describe('locating a quote in its source text', () => {
  const text = 'Intro. The WSCB will hold the Trust to account. End.';
  it('uses the stored offsets when they match', () => {
    expect(locateQuote(text, { quote: 'hold the Trust to account', start: 21, end: 46 })).toEqual({
      start: 21,
      end: 46,
      exact: true,
    });
  });
  it('searches when the offsets are stale, and gives up when absent', () => {
    expect(locateQuote(text, { quote: 'hold the Trust', start: 0, end: 14 })).toEqual({
      start: 21,
      end: 35,
      exact: false,
    });
    expect(locateQuote(text, { quote: 'not there', start: 0, end: 9 })).toBeNull();
  });
  it('splits the text around the mark', () => {
    expect(splitAround('abcdef', { start: 2, end: 4, exact: true })).toEqual(['ab', 'cd', 'ef']);
    expect(splitAround('abc', null)).toEqual(['abc', '', '']);
  });
});
