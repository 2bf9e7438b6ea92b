import { describe, expect, it } from 'vitest';
import { selectOnly, showsSelection } from './selection';

describe('selection on the canvas', () => {
  const items = [{ id: 'a', selected: true }, { id: 'b' }, { id: 'c', selected: false }];

  it('tells whether the canvas already shows the selection', () => {
    expect(showsSelection(items, 'a')).toBe(true);
    expect(showsSelection(items, 'b')).toBe(false);
    expect(showsSelection(items, null)).toBe(false);
    expect(showsSelection([{ id: 'a' }], null)).toBe(true);
  });

  it('selects one item, keeping the objects that do not change', () => {
    const next = selectOnly(items, 'b');
    expect(next.map((i) => Boolean(i.selected))).toEqual([false, true, false]);
    expect(next[2]).toBe(items[2]);
    expect(selectOnly(items, 'a')).toBe(items);
    expect(selectOnly(items, null).some((i) => i.selected)).toBe(false);
  });
});
