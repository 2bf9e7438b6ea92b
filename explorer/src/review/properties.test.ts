import { describe, expect, it } from 'vitest';
import { propertiesText } from './properties';

describe('a proposed relationship’s properties in words', () => {
  it('names each property and its value in brackets, never as JSON', () => {
    const text = propertiesText('{"capacity":"member"}');
    expect(text).toBe(' (capacity: member)');
    expect(text).not.toContain('{');
    expect(propertiesText('{"mode":"reciprocal","role":"co-chair"}')).toBe(
      ' (mode: reciprocal; role: co-chair)',
    );
  });

  it('says a signature cell’s state plainly and nothing for no properties', () => {
    expect(propertiesText('{"signatureBlank":true}')).toBe(' — signature cell blank');
    expect(propertiesText('{"signatureBlank":false,"capacity":"chair"}')).toBe(
      ' (capacity: chair) — signature cell signed',
    );
    expect(propertiesText('{}')).toBe('');
  });
});
