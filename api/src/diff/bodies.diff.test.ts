import { describe, expect, it } from 'vitest';
import { diffBodies } from './bodies.diff.ts';
import { buildState } from './diff.model.ts';
import { node, rel } from './diff.fixtures.ts';

describe('diffBodies', () => {
  const board = node('shire/board', 'Body', { name: 'Shire Board', function: 'scrutiny' });
  const trust = node('shire/trust', 'Body', { name: 'A Trust' });
  const svpp = node('shire/svpp', 'Body', { name: 'Partnership' });
  const dcs = node('shire/dcs', 'Post', { name: 'DCS' });
  const nodes = new Map([board, trust, svpp, dcs].map((n) => [n.id, n]));
  const before = buildState(
    [
      rel('shire/2014', 'MEMBER_OF', 'shire/dcs', 'shire/board'),
      rel('shire/2014', 'REPORTS_TO', 'shire/board', 'shire/trust'),
    ],
    nodes,
  );
  const after = buildState(
    [
      rel('shire/2019', 'MEMBER_OF', 'shire/dcs', 'shire/svpp'),
      rel('shire/2019', 'SUCCEEDED_BY', 'shire/board', 'shire/svpp'),
    ],
    nodes,
  );

  it('adds and removes bodies by presence in a relationship, ordered by name', () => {
    const d = diffBodies(before, after, nodes, nodes);
    expect(d.added.map((b) => [b.record.id, b.relationshipIds])).toEqual([
      [
        'shire/svpp',
        [
          'shire/2019:MEMBER_OF:shire/dcs->shire/svpp',
          'shire/2019:SUCCEEDED_BY:shire/board->shire/svpp',
        ],
      ],
    ]);
    expect(d.removed.map((b) => b.record.id)).toEqual(['shire/trust']);
    expect(d.unchanged).toBe(1); // the board: present on both sides
    expect(d.changed).toEqual([]);
  });

  it('reports a declared property that differs between the two sides', () => {
    const renamed = new Map(nodes);
    renamed.set(
      'shire/board',
      node('shire/board', 'Body', { name: 'Shire Board', function: 'assurance' }),
    );
    const d = diffBodies(before, after, nodes, renamed);
    expect(d.changed.map((c) => [c.record.id, c.changes])).toEqual([
      ['shire/board', [{ property: 'function', before: 'scrutiny', after: 'assurance' }]],
    ]);
  });
});
