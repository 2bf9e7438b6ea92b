import { describe, expect, it } from 'vitest';
import { normaliseSelection } from './selection';

describe('normaliseSelection', () => {
  const text = 'The Board will report.\n\nThe Trust will respond.';
  it('orders the ends and trims white space at both ends', () => {
    expect(normaliseSelection(text, 22, 0)).toEqual({ start: 0, end: 22 });
    expect(normaliseSelection(text, 21, 24)).toEqual({ start: 21, end: 22 });
    expect(text.slice(24, 33)).toBe('The Trust');
    expect(normaliseSelection(text, 23, 33)).toEqual({ start: 24, end: 33 });
  });
  it('is null for an empty or blank selection, and clips to the text', () => {
    expect(normaliseSelection(text, 5, 5)).toBeNull();
    expect(normaliseSelection(text, 22, 24)).toBeNull();
    expect(normaliseSelection(text, 40, 999)).toEqual({ start: 40, end: text.length });
  });
});
