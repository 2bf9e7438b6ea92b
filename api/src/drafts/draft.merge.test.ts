import { describe, expect, it } from 'vitest';
import type { CanonicalGraph, CanonicalNode, CanonicalRelationship } from '@accgraph/schema';
import { addDocumentToArea } from './draft.merge.ts';

const ev = (documentId: string, start: number) => ({
  documentId,
  quote: 'q',
  section: 's',
  start,
  end: start + 1,
});
const doc = (id: string, from: string, extra: Record<string, string> = {}): CanonicalNode => ({
  id,
  labels: ['Document'],
  properties: { areaId: 'fx', effectiveFrom: from, ...extra },
  evidence: [],
});
const rel = (documentId: string, validTo?: string): CanonicalRelationship => ({
  id: `${documentId}:SUPPORTS:fx/a->fx/b`,
  type: 'SUPPORTS',
  from: 'fx/a',
  to: 'fx/b',
  properties: {
    areaId: 'fx',
    documentId,
    validFrom: documentId.slice(3),
    ...(validTo ? { validTo } : {}),
  },
  evidence: [ev(documentId, 1)],
});
const body = (
  id: string,
  name: string,
  documentId: string,
  aliases: string[] = [],
): CanonicalNode => ({
  id,
  labels: ['Body'],
  properties: { areaId: 'fx', name, aliases, kind: 'forum' },
  evidence: [ev(documentId, 5)],
});
const graph = (nodes: CanonicalNode[], relationships: CanonicalRelationship[]): CanonicalGraph => ({
  format: 'accgraph-export/1',
  areas: ['fx'],
  nodes: [{ id: 'fx', labels: ['Area'], properties: { name: 'Fx' }, evidence: [] }, ...nodes],
  relationships,
});

describe('addDocumentToArea', () => {
  const stored = graph(
    [
      doc('fx/2014', '2014'),
      body('fx/a', 'Board (edited)', 'fx/2014', ['B']),
      body('fx/b', 'Trust', 'fx/2014'),
    ],
    [rel('fx/2014')],
  );

  it('a later document: the earlier one ends where it begins; stored names and edits stay, quotes and names join', () => {
    const drafted = graph(
      [
        doc('fx/2019', '2019'),
        body('fx/a', 'The Board', 'fx/2019'),
        body('fx/b', 'Trust', 'fx/2019'),
        body('fx/c', 'Panel', 'fx/2019'),
      ],
      [rel('fx/2019')],
    );
    const g = addDocumentToArea(stored, drafted, 'fx/2019');
    const node = (id: string) => g.nodes.find((n) => n.id === id)!;
    expect(node('fx/2014').properties).toMatchObject({
      effectiveTo: '2019',
      supersededBy: 'fx/2019',
    });
    expect(node('fx/2019').properties.effectiveTo).toBeUndefined();
    expect(node('fx/a').properties).toMatchObject({
      name: 'Board (edited)',
      aliases: ['B', 'The Board'],
    });
    expect(node('fx/a').evidence.map((e) => e.documentId)).toEqual(['fx/2014', 'fx/2019']);
    expect(node('fx/c')).toBeDefined();
    const r = (d: string) => g.relationships.find((x) => x.properties.documentId === d)!;
    expect(r('fx/2014').properties.validTo).toBe('2019');
    expect(r('fx/2019').properties.validTo).toBeUndefined();
    expect(stored.nodes.find((n) => n.id === 'fx/2014')!.properties.effectiveTo).toBeUndefined();
  });

  it('an earlier document: it ends where the stored one begins; a stated end is kept', () => {
    const withEnd = graph(stored.nodes.slice(1), [rel('fx/2014')]);
    const drafted = graph(
      [doc('fx/2010', '2010'), body('fx/b', 'Trust', 'fx/2010')],
      [{ ...rel('fx/2010', '2012'), id: 'stated-end' }, rel('fx/2010')],
    );
    const g = addDocumentToArea(withEnd, drafted, 'fx/2010');
    expect(g.nodes.find((n) => n.id === 'fx/2010')!.properties).toMatchObject({
      effectiveTo: '2014',
      supersededBy: 'fx/2014',
    });
    expect(g.relationships.find((x) => x.id === 'stated-end')!.properties.validTo).toBe('2012');
    expect(
      g.relationships.find((x) => x.id === 'fx/2010:SUPPORTS:fx/a->fx/b')!.properties.validTo,
    ).toBe('2014');
    expect(
      g.relationships.find((x) => x.id === 'fx/2014:SUPPORTS:fx/a->fx/b')!.properties.validTo,
    ).toBeUndefined();
  });
});
