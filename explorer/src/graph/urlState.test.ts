import { describe, expect, it } from 'vitest';
import { changeArea, DEFAULT_STATE, parseState, serializeState, toggle } from './urlState';

describe('URL state', () => {
  it('round-trips every parameter', () => {
    const search =
      '?area=wiltshire&doc=wiltshire/2014&view=findings&sel=wiltshire/wscb&hide=INFORMS,MEMBER_OF' +
      '&chain=wiltshire/childrens-trust&dir=HELD&post=wiltshire/dcs&diff=wiltshire/2014..wiltshire/2019' +
      '&finding=F1&with=walsall&collapsed=a,b&expanded=c';
    const state = parseState(search);
    expect(state).toMatchObject({
      area: 'wiltshire',
      doc: 'wiltshire/2014',
      view: 'findings',
      hide: ['INFORMS', 'MEMBER_OF'],
      dir: 'HELD',
      diff: { from: 'wiltshire/2014', to: 'wiltshire/2019' },
      collapsed: ['a', 'b'],
    });
    expect(parseState(serializeState(state))).toEqual(state);
  });

  it('leaves defaults out and keeps ids readable', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
    expect(serializeState({ ...DEFAULT_STATE, area: 'wiltshire', sel: 'wiltshire/wscb' })).toBe(
      '?area=wiltshire&sel=wiltshire/wscb',
    );
  });

  it('ignores what it cannot use', () => {
    const s = parseState('?view=nonsense&asOf=yesterday&bench=-3&diff=only-one&dir=SIDEWAYS');
    expect(s.view).toBe('canvas');
    expect(s.asOf).toBeNull();
    expect(s.bench).toBeNull();
    expect(s.diff).toBeNull();
    expect(s.dir).toBe('HOLDERS');
    expect(parseState('?bench=300').bench).toBe(300);
  });

  it('drops the old area’s selection and highlights when the area changes', () => {
    const s = parseState('?area=a&sel=a/x&chain=a/x&view=table&hide=INFORMS');
    const next = changeArea(s, 'b');
    expect(next).toMatchObject({
      area: 'b',
      sel: null,
      chain: null,
      view: 'table',
      hide: ['INFORMS'],
    });
  });

  it('keeps the path target, the presentation step and the styling rules', () => {
    const s = parseState('?area=wiltshire&sel=a&to=b&step=3&colour=betweenness&size=degree');
    expect(s).toMatchObject({ to: 'b', step: 3, colour: 'betweenness', size: 'degree' });
    expect(parseState(serializeState(s))).toEqual(s);
    expect(parseState('?step=0').step).toBeNull();
    expect(parseState('?step=x').step).toBeNull();
    // Styling rules are the reader's, not the area's: they stay when the area changes.
    expect(changeArea(s, 'walsall')).toMatchObject({
      to: null,
      step: null,
      colour: 'betweenness',
      size: 'degree',
    });
  });

  it('toggles ids in a sorted list', () => {
    expect(toggle(['b'], 'a')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
