import { describe, expect, it } from 'vitest';
import { segmentsOf } from './highlight';

describe('segmentsOf', () => {
  it('cuts a block at every quote edge and says which quotes cover each piece', () => {
    const segs = segmentsOf(10, 30, [
      { key: 'n1', start: 12, end: 20 },
      { key: 'r2', start: 15, end: 40 },
      { key: 'o3', start: 0, end: 5 },
    ]);
    expect(segs).toEqual([
      { start: 10, end: 12, keys: [] },
      { start: 12, end: 15, keys: ['n1'] },
      { start: 15, end: 20, keys: ['n1', 'r2'] },
      { start: 20, end: 30, keys: ['r2'] },
    ]);
  });

  it('keeps a block whole when no quote touches it', () => {
    expect(segmentsOf(0, 8, [{ key: 'n1', start: 8, end: 9 }])).toEqual([
      { start: 0, end: 8, keys: [] },
    ]);
  });
});
