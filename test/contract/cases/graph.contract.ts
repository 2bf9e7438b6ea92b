import type { CanonicalGraph } from '@accgraph/schema';
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
]);
