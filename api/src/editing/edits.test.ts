import { describe, expect, it } from 'vitest';
import type { CanonicalGraph, Evidence } from '@accgraph/schema';
import {
  addNode,
  addObligation,
  addRelationship,
  correctObligation,
  correctRelationship,
  editNode,
  setDocumentFact,
} from './edits.ts';
import { sectionBefore } from './sections.ts';

const ev = (quote: string, start: number): Evidence => ({
  documentId: 'fx/2020',
  quote,
  section: '1. Roles',
  start,
  end: start + quote.length,
});

function graph(): CanonicalGraph {
  return {
    format: 'accgraph-export/1',
    areas: ['fx'],
    nodes: [
      { id: 'fx', labels: ['Area'], properties: { name: 'Fixture' }, evidence: [] },
      {
        id: 'fx/2020',
        labels: ['Document'],
        properties: { areaId: 'fx', title: 'Protocol', effectiveFrom: '2020' },
        evidence: [],
      },
      {
        id: 'fx/board',
        labels: ['Body'],
        properties: { areaId: 'fx', name: 'Board', aliases: ['FB'] },
        evidence: [],
      },
      {
        id: 'fx/trust',
        labels: ['Body'],
        properties: { areaId: 'fx', name: 'Trust', aliases: [] },
        evidence: [],
      },
      {
        id: 'national/ofsted',
        labels: ['Organisation'],
        properties: { name: 'Ofsted' },
        evidence: [],
      },
    ],
    relationships: [
      {
        id: 'fx/2020:SUPPORTS:fx/trust->fx/board',
        type: 'SUPPORTS',
        from: 'fx/trust',
        to: 'fx/board',
        properties: { areaId: 'fx', documentId: 'fx/2020', validFrom: '2020' },
        evidence: [ev('The Trust supports the Board', 20)],
      },
    ],
  };
}

const interp = { basis: 'STATED' as const, interpretation: null };

describe('edits (pure, on a canonical graph)', () => {
  it('adds a relationship with the server-set properties, leaving the input graph alone', () => {
    const g = graph();
    const r = addRelationship(g, {
      areaId: 'fx',
      documentId: 'fx/2020',
      type: 'HOLDS_TO_ACCOUNT',
      from: 'fx/board',
      to: 'fx/trust',
      key: null,
      properties: { mode: 'challenge' },
      evidence: [ev('The Board challenges the Trust', 60)],
      ...interp,
    });
    expect(r.target).toBe('fx/2020:HOLDS_TO_ACCOUNT:fx/board->fx/trust');
    expect(r.before).toBeNull();
    const added = r.graph.relationships.find((x) => x.id === r.target)!;
    expect(added.properties).toEqual({
      mode: 'challenge',
      areaId: 'fx',
      documentId: 'fx/2020',
      validFrom: '2020',
    });
    expect(g.relationships).toHaveLength(1);
  });

  it('refuses a duplicate, an unknown endpoint, a derived type, server keys, and STATED without evidence', () => {
    const base = {
      areaId: 'fx',
      documentId: 'fx/2020',
      type: 'SUPPORTS' as const,
      from: 'fx/trust',
      to: 'fx/board',
      key: null,
      properties: {},
      evidence: [ev('x', 1)],
      ...interp,
    };
    expect(() => addRelationship(graph(), base)).toThrow(/already exists/);
    expect(() => addRelationship(graph(), { ...base, to: 'fx/nobody' })).toThrow(
      /No node "fx\/nobody"/,
    );
    expect(() => addRelationship(graph(), { ...base, type: 'PART_OF' })).toThrow(/derived/);
    expect(() =>
      addRelationship(graph(), { ...base, key: 'k', properties: { areaId: 'x' } }),
    ).toThrow(/set by the server/);
    expect(() => addRelationship(graph(), { ...base, key: 'k', evidence: [] })).toThrow(
      /INTERPRETED/,
    );
    expect(() =>
      addRelationship(graph(), {
        ...base,
        key: 'k',
        evidence: [],
        basis: 'INTERPRETED',
        interpretation: ' ',
      }),
    ).toThrow(/written reason/);
    expect(() => addRelationship(graph(), { ...base, documentId: 'fx/1999' })).toThrow(
      /No document/,
    );
  });

  it('an INTERPRETED relationship keeps its reason and may cite nothing', () => {
    const r = addRelationship(graph(), {
      areaId: 'fx',
      documentId: 'fx/2020',
      type: 'ACCOUNTABLE_TO',
      from: 'fx/trust',
      to: 'fx/board',
      key: null,
      properties: {},
      evidence: [],
      basis: 'INTERPRETED',
      interpretation: 'The chair of the Trust is read as the post named in section 2.',
    });
    const added = r.graph.relationships.find((x) => x.id === r.target)!;
    expect(added.properties.basis).toBe('INTERPRETED');
    expect(added.properties.interpretation).toMatch(/section 2/);
  });

  it('corrects a relationship: new evidence replaces, server keys stay, before/after recorded', () => {
    const id = 'fx/2020:SUPPORTS:fx/trust->fx/board';
    const r = correctRelationship(graph(), {
      id,
      evidence: [ev('Trust supports', 24)],
      properties: { subject: 'training' },
      basis: null,
    });
    const after = r.graph.relationships.find((x) => x.id === id)!;
    expect(after.evidence).toEqual([ev('Trust supports', 24)]);
    expect(after.properties).toEqual({
      subject: 'training',
      areaId: 'fx',
      documentId: 'fx/2020',
      validFrom: '2020',
    });
    expect((r.before as { evidence: Evidence[] }).evidence[0]!.quote).toBe(
      'The Trust supports the Board',
    );
    expect(() =>
      correctRelationship(graph(), { id: 'nope', evidence: null, properties: null, basis: null }),
    ).toThrow(/No node "nope"/);
  });

  it('adds an obligation with its holder edges (derived, the same evidence), and corrects it', () => {
    const e = [ev('The Board will publish an annual report', 100)];
    const r = addObligation(graph(), {
      areaId: 'fx',
      documentId: 'fx/2020',
      slug: 'annual-report',
      text: 'publish an annual report',
      modality: 'will',
      dutyTypes: ['ANNUAL_REPORT'],
      holders: ['fx/board'],
      evidence: e,
      ...interp,
    });
    expect(r.target).toBe('fx/2020/annual-report');
    const has = r.graph.relationships.find((x) => x.type === 'HAS_OBLIGATION')!;
    expect(has.id).toBe('fx/2020:HAS_OBLIGATION:fx/board->fx/2020/annual-report');
    expect(has.evidence).toEqual(e);
    const c = correctObligation(r.graph, {
      id: 'fx/2020/annual-report',
      text: null,
      modality: 'must',
      evidence: null,
      basis: { basis: 'INTERPRETED', interpretation: 'read as a duty' },
    });
    const ob = c.graph.nodes.find((n) => n.id === 'fx/2020/annual-report')!;
    expect(ob.properties.modality).toBe('must');
    expect(c.graph.relationships.find((x) => x.type === 'HAS_OBLIGATION')!.properties.basis).toBe(
      'INTERPRETED',
    );
    expect(() =>
      correctObligation(graph(), {
        id: 'fx/board',
        text: 'x',
        modality: null,
        evidence: null,
        basis: null,
      }),
    ).toThrow(/No node/);
  });

  it('adds and renames nodes; refuses duplicates, national nodes and the name as its own alias', () => {
    const r = addNode(graph(), {
      areaId: 'fx',
      label: 'Post',
      slug: 'dcs',
      name: 'Director of Children’s Services',
      aliases: ['DCS'],
      kind: 'dcs',
      statutory: null,
      evidence: [],
      basis: 'INTERPRETED',
      interpretation: 'Read from the title',
    });
    expect(r.graph.relationships.some((x) => x.id === 'fx/2020:PART_OF:fx/dcs->fx')).toBe(true);
    expect(() =>
      addNode(graph(), {
        areaId: 'fx',
        label: 'Body',
        slug: 'board',
        name: 'B',
        aliases: [],
        kind: null,
        statutory: null,
        evidence: [],
        basis: 'INTERPRETED',
        interpretation: 'x',
      }),
    ).toThrow(/already exists/);
    const e = editNode(graph(), {
      id: 'fx/board',
      name: 'The Board',
      aliases: ['FB', 'Board'],
      evidence: null,
    });
    expect(e.graph.nodes.find((n) => n.id === 'fx/board')!.properties).toMatchObject({
      name: 'The Board',
      aliases: ['FB', 'Board'],
    });
    expect(() =>
      editNode(graph(), { id: 'national/ofsted', name: 'X', aliases: null, evidence: null }),
    ).toThrow(/national/);
    expect(() =>
      editNode(graph(), { id: 'fx/board', name: 'B', aliases: ['B'], evidence: null }),
    ).toThrow(/alias/);
  });

  it('adds a dated fact and corrects it by index (facts, flattened date and lists agree)', () => {
    const signed = {
      documentId: 'fx/2020',
      quote: 'Signed 2 March 2020',
      section: '9. Agreement',
      start: 500,
      end: 519,
    };
    const r = setDocumentFact(graph(), {
      documentId: 'fx/2020',
      index: null,
      category: 'date',
      kind: 'signed',
      value: '2020-03-02',
      evidence: [signed],
    });
    const doc = r.graph.nodes.find((n) => n.id === 'fx/2020')!;
    expect(doc.properties).toMatchObject({
      signed: '2020-03-02',
      dateKinds: ['signed'],
      dateValues: ['2020-03-02'],
      factCategories: ['date'],
      factKinds: ['signed'],
    });
    expect(doc.evidence).toEqual([signed]);
    const c = setDocumentFact(r.graph, {
      documentId: 'fx/2020',
      index: 0,
      category: 'date',
      kind: 'dated',
      value: '2020-03-01',
      evidence: [signed],
    });
    const d2 = c.graph.nodes.find((n) => n.id === 'fx/2020')!;
    expect(d2.properties.signed).toBeUndefined();
    expect(d2.properties.dated).toBe('2020-03-01');
    expect(c.before).toMatchObject({ kind: 'signed' });
    expect(() =>
      setDocumentFact(graph(), {
        documentId: 'fx/2020',
        index: 3,
        category: 'date',
        kind: 'signed',
        value: '2020',
        evidence: [signed],
      }),
    ).toThrow(/has 0 fact/);
    expect(() =>
      setDocumentFact(graph(), {
        documentId: 'fx/2020',
        index: null,
        category: 'date',
        kind: 'signed',
        value: 'March',
        evidence: [signed],
      }),
    ).toThrow(/YYYY/);
  });
});

describe('sectionBefore', () => {
  const text =
    'Contents\n1. Roles ........ 3\n\n1. Roles\nThe Board leads, and the Trust follows.\n2. Money\nFunds.\n';
  it('is the nearest heading line ending before the selection, never a contents-page line', () => {
    expect(sectionBefore(text, text.indexOf('The Board'))).toBe('1. Roles');
    expect(sectionBefore(text, text.indexOf('Funds'))).toBe('2. Money');
    expect(sectionBefore(text, text.indexOf('Trust follows'))).toBe('1. Roles');
    expect(sectionBefore(text, 3)).toBeNull();
  });
});
