import type { CanonicalGraph, RelationshipType } from '@accgraph/schema';
import { defineCases } from '../contract.ts';

const evidence = {
  documentId: 'shire/2020',
  quote: 'The board holds the trust to account.',
  section: '1. Roles',
  start: 10,
  end: 47,
};

/** Two bodies of one area, one accountability line with its quote. */
const SMALL: CanonicalGraph = {
  format: 'accgraph-export/1',
  areas: ['shire'],
  nodes: [
    { id: 'shire', labels: ['Area'], properties: { name: 'Shire' }, evidence: [] },
    {
      id: 'shire/board',
      labels: ['Body'],
      properties: { areaId: 'shire', name: 'Shire Board', aliases: ['SB'], function: 'scrutiny' },
      evidence: [evidence],
    },
    {
      id: 'shire/trust',
      labels: ['Body'],
      properties: { areaId: 'shire', name: 'Shire Trust', aliases: [] },
      evidence: [],
    },
  ],
  relationships: [
    {
      id: 'shire/2020:HOLDS_TO_ACCOUNT:shire/board->shire/trust',
      type: 'HOLDS_TO_ACCOUNT',
      from: 'shire/board',
      to: 'shire/trust',
      properties: {
        areaId: 'shire',
        documentId: 'shire/2020',
        mode: 'challenge',
        validFrom: '2020',
      },
      evidence: [evidence],
    },
  ],
};

const ROW_PROPS = {
  areaId: 'shire',
  documentId: 'shire/2020',
  evidenceDocuments: ['shire/2020'],
  evidenceEnds: [47],
  evidenceQuotes: ['The board holds the trust to account.'],
  evidenceSections: ['1. Roles'],
  evidenceStarts: [10],
  id: 'shire/2020:HOLDS_TO_ACCOUNT:shire/board->shire/trust',
  mode: 'challenge',
  validFrom: '2020',
};

const rel = (
  id: string,
  type: RelationshipType,
  from: string,
  to: string,
  period: Record<string, string>,
) => ({
  id,
  type,
  from,
  to,
  properties: { areaId: 'shire', ...period },
  evidence: [],
});

/** A hub with relationships in both directions, of three types, in four periods. */
const HUB: CanonicalGraph = {
  format: 'accgraph-export/1',
  areas: ['shire'],
  nodes: [
    { id: 'shire', labels: ['Area'], properties: { name: 'Shire' }, evidence: [] },
    ...['hub', 'a', 'b', 'c'].map((n) => ({
      id: `shire/${n}`,
      labels: ['Body'] as ['Body'],
      properties: { areaId: 'shire', name: `Shire ${n}`, aliases: [] },
      evidence: [],
    })),
  ],
  relationships: [
    rel('shire/r1', 'HOLDS_TO_ACCOUNT', 'shire/hub', 'shire/a', { validFrom: '2020' }),
    rel('shire/r2', 'REPORTS_TO', 'shire/b', 'shire/hub', { validFrom: '2018', validTo: '2020' }),
    rel('shire/r3', 'MEMBER_OF', 'shire/hub', 'shire/c', { validFrom: '2019-06', validTo: '' }),
    rel('shire/r4', 'HOLDS_TO_ACCOUNT', 'shire/c', 'shire/hub', { validFrom: '2021-03' }),
    rel('shire/r5', 'REPORTS_TO', 'shire/a', 'shire/b', { validFrom: '2018' }),
  ],
};

const row = (
  nodeId: string,
  id: string,
  type: string,
  from: string,
  to: string,
  period: Record<string, string>,
) => ({
  nodeId,
  id,
  type,
  from,
  to,
  props: { areaId: 'shire', id, ...period },
});
const R1 = ['shire/r1', 'HOLDS_TO_ACCOUNT', 'shire/hub', 'shire/a', { validFrom: '2020' }] as const;
const R2 = [
  'shire/r2',
  'REPORTS_TO',
  'shire/b',
  'shire/hub',
  { validFrom: '2018', validTo: '2020' },
] as const;
const R3 = [
  'shire/r3',
  'MEMBER_OF',
  'shire/hub',
  'shire/c',
  { validFrom: '2019-06', validTo: '' },
] as const;
const R4 = [
  'shire/r4',
  'HOLDS_TO_ACCOUNT',
  'shire/c',
  'shire/hub',
  { validFrom: '2021-03' },
] as const;
const R5 = ['shire/r5', 'REPORTS_TO', 'shire/a', 'shire/b', { validFrom: '2018' }] as const;
const ALL = { outgoing: true, incoming: true, types: null, asOf: null, after: null };

export default defineCases([
  {
    query: 'api/src/graph/relationships-from',
    name: 'relationships leaving the given nodes',
    fixture: SMALL,
    params: { ids: ['shire/board', 'shire/trust'] },
    expected: [
      {
        id: 'shire/2020:HOLDS_TO_ACCOUNT:shire/board->shire/trust',
        type: 'HOLDS_TO_ACCOUNT',
        from: 'shire/board',
        to: 'shire/trust',
        props: ROW_PROPS,
      },
    ],
  },
  {
    query: 'api/src/graph/relationships-to',
    name: 'relationships arriving at the given nodes (none arrive at the board)',
    fixture: SMALL,
    params: { ids: ['shire/trust', 'shire/board'] },
    expected: [
      {
        id: 'shire/2020:HOLDS_TO_ACCOUNT:shire/board->shire/trust',
        type: 'HOLDS_TO_ACCOUNT',
        from: 'shire/board',
        to: 'shire/trust',
        props: ROW_PROPS,
      },
    ],
  },
  {
    query: 'api/src/graph/relationships-page',
    name: 'a page per node: both directions, in id order, at most pageLimit each; an unknown node has none',
    fixture: HUB,
    params: { ...ALL, ids: ['shire/hub', 'shire/a', 'shire/nowhere'], pageLimit: 2 },
    expected: [
      row('shire/a', ...R1),
      row('shire/a', ...R5),
      row('shire/hub', ...R1),
      row('shire/hub', ...R2),
    ],
  },
  {
    query: 'api/src/graph/relationships-page',
    name: 'current at a date as isCurrent: validFrom of year precision, validTo exclusive, an empty validTo open',
    fixture: HUB,
    params: { ...ALL, ids: ['shire/hub'], asOf: '2020-01-01', pageLimit: 10 },
    expected: [row('shire/hub', ...R1), row('shire/hub', ...R3)],
  },
  {
    query: 'api/src/graph/relationships-page',
    name: 'incoming only, of two types, after a cursor id',
    fixture: HUB,
    params: {
      ...ALL,
      ids: ['shire/hub'],
      outgoing: false,
      types: ['HOLDS_TO_ACCOUNT', 'REPORTS_TO'],
      after: 'shire/r2',
      pageLimit: 10,
    },
    expected: [row('shire/hub', ...R4)],
  },
  {
    query: 'api/src/graph/relationships-page',
    name: 'outgoing only, at a month-precision start',
    fixture: HUB,
    params: { ...ALL, ids: ['shire/hub'], incoming: false, asOf: '2019-06-01', pageLimit: 10 },
    expected: [row('shire/hub', ...R3)],
  },
  {
    query: 'api/src/graph/relationships-count',
    name: 'every relationship per node under the filter (0 for an unknown node)',
    fixture: HUB,
    params: { ...ALL, ids: ['shire/hub', 'shire/a', 'shire/nowhere'] },
    expected: [
      { nodeId: 'shire/a', total: 2 },
      { nodeId: 'shire/hub', total: 4 },
      { nodeId: 'shire/nowhere', total: 0 },
    ],
  },
  {
    query: 'api/src/graph/relationships-count',
    name: 'counted under direction, types and date, whatever the cursor',
    fixture: HUB,
    params: {
      ...ALL,
      ids: ['shire/hub'],
      outgoing: false,
      types: ['HOLDS_TO_ACCOUNT', 'REPORTS_TO'],
      asOf: '2021-06-01',
    },
    expected: [{ nodeId: 'shire/hub', total: 1 }],
  },
]);
