import { describe, expect, it } from 'vitest';
import { filterNodes, nodeOptions } from './nodeOptions';

const AREA = [
  { id: 'w/wscb', name: 'Wiltshire Safeguarding Children Board', label: 'Body' },
  { id: 'w/dcs', name: 'Director of Children’s Services', label: 'Post' },
  { id: 'w/new-panel', name: 'Élan Panel', label: 'Body' },
];

describe('nodeOptions', () => {
  it('is every node of the area plus any other drawn, once, by name, without the start', () => {
    const drawn = new Map([
      ['w/dcs', 'Director of Children’s Services'],
      ['national/ofsted', 'Ofsted'],
    ]);
    expect(nodeOptions(AREA, drawn, 'w/dcs').map((o) => o.id)).toEqual([
      'w/new-panel',
      'national/ofsted',
      'w/wscb',
    ]);
  });
});

describe('filterNodes', () => {
  it('matches every typed word in name, id or type, ignoring case, accents and apostrophes', () => {
    expect(filterNodes(AREA, 'elan').map((o) => o.id)).toEqual(['w/new-panel']);
    expect(filterNodes(AREA, "children's post").map((o) => o.id)).toEqual(['w/dcs']);
    expect(filterNodes(AREA, 'board body').map((o) => o.id)).toEqual(['w/wscb']);
    expect(filterNodes(AREA, '  ')).toHaveLength(3);
  });
  it('puts names that start with the text first', () => {
    expect(filterNodes(AREA, 'dir').map((o) => o.id)).toEqual(['w/dcs']);
    expect(filterNodes(AREA, 'panel').map((o) => o.id)).toEqual(['w/new-panel']);
    expect(filterNodes(AREA, 'w').map((o) => o.id)).toEqual(['w/wscb', 'w/dcs', 'w/new-panel']);
  });
});
