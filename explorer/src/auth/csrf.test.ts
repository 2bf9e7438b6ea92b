import { describe, expect, it } from 'vitest';
import { csrfToken } from './csrf';

describe('csrfToken', () => {
  it('reads the CSRF cookie among others, or null', () => {
    expect(csrfToken('a=1; accgraph_csrf=abc-DEF_12; b=2')).toBe('abc-DEF_12');
    expect(csrfToken('accgraph_csrfx=1; a=2')).toBeNull();
    expect(csrfToken('')).toBeNull();
  });
});
