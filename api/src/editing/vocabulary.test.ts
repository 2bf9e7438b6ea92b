import { describe, expect, it } from 'vitest';
import type { CanonicalGraph, Evidence } from '@accgraph/schema';
import { addFact, editItem } from '../drafts/draft.review.ts';
import type { DraftBody } from '../drafts/draft.model.ts';
import { addNode, addObligation, addRelationship, correctRelationship } from './edits.ts';

// Issue 14: every edit and draft mutation checks its values against the
// schema's vocabularies, answering BAD_USER_INPUT that names the input's JSON
// path and the allowed values.

const ev: Evidence = {
  documentId: 'fx/2020',
  quote: 'The Board challenges the Trust',
  section: '1. Roles',
  start: 10,
  end: 40,
};

const graph = (): CanonicalGraph => ({
  format: 'accgraph-export/1',
  areas: ['fx'],
  nodes: [
    { id: 'fx', labels: ['Area'], properties: { name: 'Fixture' }, evidence: [] },
    {
      id: 'fx/2020',
      labels: ['Document'],
      properties: { areaId: 'fx', title: 'P', effectiveFrom: '2020' },
      evidence: [],
    },
    {
      id: 'fx/board',
      labels: ['Body'],
      properties: { areaId: 'fx', name: 'Board', aliases: [] },
      evidence: [],
    },
    {
      id: 'fx/trust',
      labels: ['Body'],
      properties: { areaId: 'fx', name: 'Trust', aliases: [] },
      evidence: [],
    },
  ],
  relationships: [
    {
      id: 'fx/2020:HOLDS_TO_ACCOUNT:fx/board->fx/trust',
      type: 'HOLDS_TO_ACCOUNT',
      from: 'fx/board',
      to: 'fx/trust',
      properties: { areaId: 'fx', documentId: 'fx/2020', validFrom: '2020', mode: 'challenge' },
      evidence: [ev],
    },
  ],
});

const TEXT = '# 1. Roles\nThe Board challenges the Trust. The Board will publish an annual report.';
const draft = (): DraftBody => ({
  area: { id: 'fx', name: 'Fx', localAuthority: 'Fx Council' },
  document: {
    id: 'fx/2020',
    source: 'fx-2020.txt',
    title: 'P',
    kind: 'protocol',
    effectiveFrom: '2020',
  },
  headings: [{ start: 0, end: 10, section: '1. Roles' }],
  nodes: [
    {
      key: 'n1',
      state: 'PROPOSED',
      proposal: null,
      edited: false,
      evidence: [],
      id: 'fx/board',
      label: 'Body',
      name: 'Board',
      aliases: [],
      kind: 'forum',
    },
  ],
  relationships: [],
  obligations: [
    {
      key: 'o2',
      state: 'PROPOSED',
      proposal: null,
      edited: false,
      evidence: [],
      id: 'fx/2020/report',
      holders: ['fx/board'],
      text: 'publish an annual report',
      modality: 'will',
      dutyTypes: ['ANNUAL_REPORT'],
      shared: false,
    },
  ],
  nextKey: 3,
});

/** The BAD_USER_INPUT a call throws (null when it does not throw). */
function refusal(call: () => unknown) {
  try {
    call();
  } catch (e) {
    return e as {
      message: string;
      extensions: { code: string; problems: { path: string; allowed?: string[] }[] };
    };
  }
  return null;
}

function expectRefused(call: () => unknown, path: string, allowedSample: string) {
  const e = refusal(call);
  expect(e?.extensions.code).toBe('BAD_USER_INPUT');
  expect(e?.message).toContain(path);
  // the allowed values: in the message (a long list such as the duty types: its start), and all of them in extensions.problems
  expect(e?.extensions.problems?.[0]?.path).toBe(path);
  expect(e?.extensions.problems?.[0]?.allowed).toContain(allowedSample);
}

const stated = { basis: 'STATED' as const, interpretation: null };

describe('vocabulary checks on editing a published area', () => {
  it('a node kind outside its label’s vocabulary', () => {
    expectRefused(
      () =>
        addNode(graph(), {
          areaId: 'fx',
          label: 'Body',
          slug: 'panel',
          name: 'Panel',
          aliases: [],
          kind: 'committee-of-doom',
          statutory: null,
          evidence: [],
          ...stated,
        }),
      'input.kind',
      'safeguarding-children-board',
    );
  });

  it('a relationship property outside its vocabulary (HOLDS_TO_ACCOUNT mode, MEMBER_OF capacity)', () => {
    expectRefused(
      () =>
        addRelationship(graph(), {
          areaId: 'fx',
          documentId: 'fx/2020',
          type: 'HOLDS_TO_ACCOUNT',
          from: 'fx/trust',
          to: 'fx/board',
          key: null,
          properties: { mode: 'shouting' },
          evidence: [ev],
          ...stated,
        }),
      'input.properties.mode',
      'call-to-account',
    );
    expectRefused(
      () =>
        addRelationship(graph(), {
          areaId: 'fx',
          documentId: 'fx/2020',
          type: 'MEMBER_OF',
          from: 'fx/trust',
          to: 'fx/board',
          key: null,
          properties: {},
          evidence: [ev],
          ...stated,
        }),
      'input.properties.capacity',
      'core-member',
    );
    expectRefused(
      () =>
        correctRelationship(graph(), {
          id: 'fx/2020:HOLDS_TO_ACCOUNT:fx/board->fx/trust',
          evidence: null,
          properties: { mode: 'gentle' },
          basis: null,
        }),
      'input.properties.mode',
      'scrutiny',
    );
  });

  it('an obligation’s modality and duty types', () => {
    const base = {
      areaId: 'fx',
      documentId: 'fx/2020',
      slug: 'report',
      text: 'publish an annual report',
      holders: ['fx/board'],
      evidence: [ev],
      ...stated,
    };
    expectRefused(
      () => addObligation(graph(), { ...base, modality: 'ought', dutyTypes: ['ANNUAL_REPORT'] }),
      'input.modality',
      'should',
    );
    expectRefused(
      () => addObligation(graph(), { ...base, modality: 'will', dutyTypes: ['ANNUAL_REPROT'] }),
      'input.dutyTypes[0]',
      'ANNUAL_REPORT',
    );
  });
});

describe('vocabulary checks on reviewing a draft', () => {
  it('editing a proposal: node kind, modality, duty types, relationship type', () => {
    expectRefused(
      () => editItem(draft(), { key: 'n1', kind: 'a-bad-kind' }),
      'input.kind',
      'sub-group',
    );
    expectRefused(
      () => editItem(draft(), { key: 'n1', label: 'Post' }),
      'input.label',
      'independent-chair',
    );
    expectRefused(
      () => editItem(draft(), { key: 'o2', modality: 'perhaps' }),
      'input.modality',
      'should',
    );
    expectRefused(
      () => editItem(draft(), { key: 'o2', dutyTypes: ['NOT_A_DUTY'] }),
      'input.dutyTypes[0]',
      'RAPID_REVIEW',
    );
  });

  it('adding by selection: node kind, relationship type and properties, obligation duty types', () => {
    const at = TEXT.indexOf('The Board');
    const sel = { start: at, end: at + 9 };
    expectRefused(
      () => addFact(draft(), TEXT, { kind: 'NODE', ...sel, label: 'Body', nodeKind: 'club' }),
      'input.nodeKind',
      'panel',
    );
    expectRefused(
      () =>
        addFact(draft(), TEXT, {
          kind: 'RELATIONSHIP',
          ...sel,
          type: 'LIKES',
          from: 'fx/board',
          to: 'fx/board',
        }),
      'input.type',
      'HOLDS_TO_ACCOUNT',
    );
    expectRefused(
      () =>
        addFact(draft(), TEXT, {
          kind: 'RELATIONSHIP',
          ...sel,
          type: 'MEMBER_OF',
          from: 'fx/board',
          to: 'fx/board',
          properties: '{"capacity":"boss"}',
        }),
      'input.properties.capacity',
      'nominated-deputy',
    );
    expectRefused(
      () =>
        addFact(draft(), TEXT, {
          kind: 'OBLIGATION',
          ...sel,
          holders: ['fx/board'],
          modality: 'will',
          dutyTypes: [],
        }),
      'input.dutyTypes',
      'ANNUAL_REPORT',
    );
  });
});
