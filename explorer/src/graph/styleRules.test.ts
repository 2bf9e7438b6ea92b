import { describe, expect, it } from 'vitest';
import { applyStyleRules, MAX_SCALE } from './styleRules';

const node = (id: string, label: string, kind: string | null = null) => ({
  id,
  label,
  name: id,
  kind,
  function: null,
});
const view = {
  nodes: [node('a', 'Body', 'board'), node('b', 'Body', 'trust'), node('c', 'Post', 'post')],
};
const measures = new Map([
  ['a', { id: 'a', degree: 4, betweenness: 0.8 }],
  ['b', { id: 'b', degree: 2, betweenness: 0 }],
  ['c', { id: 'c', degree: 1, betweenness: 0.1 }],
]);
const inputs = { measures, findings: new Map([['b', 3]]) };

describe('styling rules', () => {
  it('colours by a measure, darkest for the highest, with a legend of its bands', () => {
    const { styles, legend } = applyStyleRules(view, { colour: 'betweenness', size: null }, inputs);
    expect(styles.get('a')).toMatchObject({ fill: '#7f1d1d', ink: '#ffffff' });
    expect(styles.get('b')).toMatchObject({ fill: '#fef9c3', ink: '#0f172a' });
    expect(legend?.kind).toBe('measure');
    if (legend?.kind === 'measure') {
      expect(legend.steps).toHaveLength(5);
      expect(legend.format(legend.steps.at(-1)!.to)).toBe('80 %');
    }
  });

  it('colours by a property, one colour per value, most frequent first', () => {
    const { styles, legend } = applyStyleRules(view, { colour: 'label', size: null }, inputs);
    expect(styles.get('a')!.fill).toBe(styles.get('b')!.fill);
    expect(styles.get('a')!.fill).not.toBe(styles.get('c')!.fill);
    expect(legend).toMatchObject({
      kind: 'property',
      values: [{ value: 'Body' }, { value: 'Post' }],
    });
  });

  it('sizes by a measure from 1 to the largest scale', () => {
    const { styles, legend } = applyStyleRules(view, { colour: null, size: 'findings' }, inputs);
    expect(styles.get('b')!.scale).toBe(MAX_SCALE);
    expect(styles.get('a')!.scale).toBe(1);
    expect(legend).toBeNull();
  });

  it('ignores rules it does not know (the default look)', () => {
    expect(
      applyStyleRules(view, { colour: 'nonsense', size: 'nonsense' }, inputs).styles.size,
    ).toBe(0);
  });
});
