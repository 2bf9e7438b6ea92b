import type { CanonicalGraph } from '@accgraph/schema';
import { defineCases } from '../contract.ts';

const q = (documentId: string, quote: string) => ({
  documentId,
  quote,
  section: '1. Roles',
  start: 0,
  end: quote.length,
});

/**
 * One area with two documents (the 2014 statement ended by the 2020 one), a
 * derived PART_OF, and another area's statement that must not leak in.
 */
const TWO_DOCUMENTS: CanonicalGraph = {
  format: 'accgraph-export/1',
  areas: ['shire', 'vale'],
  nodes: [
    { id: 'shire', labels: ['Area'], properties: { name: 'Shire' }, evidence: [] },
    { id: 'vale', labels: ['Area'], properties: { name: 'Vale' }, evidence: [] },
    {
      id: 'shire/board',
      labels: ['Body'],
      properties: { areaId: 'shire', name: 'Shire Board', aliases: [] },
      evidence: [],
    },
    {
      id: 'shire/chair',
      labels: ['Post'],
      properties: { areaId: 'shire', name: 'Chair', aliases: [] },
      evidence: [],
    },
    {
      id: 'vale/board',
      labels: ['Body'],
      properties: { areaId: 'vale', name: 'Vale Board', aliases: [] },
      evidence: [],
    },
  ],
  relationships: [
    {
      id: 'shire/2014:HOLDS_TO_ACCOUNT:shire/board->shire/chair',
      type: 'HOLDS_TO_ACCOUNT',
      from: 'shire/board',
      to: 'shire/chair',
      properties: {
        areaId: 'shire',
        documentId: 'shire/2014',
        mode: 'call-to-account',
        validFrom: '2014',
        validTo: '2020',
      },
      evidence: [q('shire/2014', 'Hold the Chair to account')],
    },
    {
      id: 'shire/2020:MEMBER_OF:shire/chair->shire/board',
      type: 'MEMBER_OF',
      from: 'shire/chair',
      to: 'shire/board',
      properties: {
        areaId: 'shire',
        capacity: 'member',
        documentId: 'shire/2020',
        validFrom: '2020',
      },
      evidence: [q('shire/2020', 'The Chair sits on the Board')],
    },
    {
      id: 'shire/2014:PART_OF:shire/board->shire',
      type: 'PART_OF',
      from: 'shire/board',
      to: 'shire',
      properties: { areaId: 'shire', documentId: 'shire/2014', validFrom: '2014' },
      evidence: [],
    },
    {
      id: 'vale/2017:CHAIRS:vale/board->vale/board',
      type: 'CHAIRS',
      from: 'vale/board',
      to: 'vale/board',
      properties: { areaId: 'vale', documentId: 'vale/2017', validFrom: '2017' },
      evidence: [q('vale/2017', 'Vale chairs itself')],
    },
  ],
};

const STATEMENT_TYPES = ['MEMBER_OF', 'HOLDS_TO_ACCOUNT', 'CHAIRS', 'HAS_OBLIGATION', 'OF_TYPE'];

export default defineCases([
  {
    query: 'api/src/diff/area-statements',
    name: "an area's statements of the given types, every period and document, with their evidence lists, ordered by id",
    fixture: TWO_DOCUMENTS,
    params: { areaId: 'shire', types: STATEMENT_TYPES },
    expected: [
      {
        id: 'shire/2014:HOLDS_TO_ACCOUNT:shire/board->shire/chair',
        type: 'HOLDS_TO_ACCOUNT',
        from: 'shire/board',
        to: 'shire/chair',
        props: {
          areaId: 'shire',
          documentId: 'shire/2014',
          evidenceDocuments: ['shire/2014'],
          evidenceEnds: [25],
          evidenceQuotes: ['Hold the Chair to account'],
          evidenceSections: ['1. Roles'],
          evidenceStarts: [0],
          id: 'shire/2014:HOLDS_TO_ACCOUNT:shire/board->shire/chair',
          mode: 'call-to-account',
          validFrom: '2014',
          validTo: '2020',
        },
      },
      {
        id: 'shire/2020:MEMBER_OF:shire/chair->shire/board',
        type: 'MEMBER_OF',
        from: 'shire/chair',
        to: 'shire/board',
        props: {
          areaId: 'shire',
          capacity: 'member',
          documentId: 'shire/2020',
          evidenceDocuments: ['shire/2020'],
          evidenceEnds: [27],
          evidenceQuotes: ['The Chair sits on the Board'],
          evidenceSections: ['1. Roles'],
          evidenceStarts: [0],
          id: 'shire/2020:MEMBER_OF:shire/chair->shire/board',
          validFrom: '2020',
        },
      },
    ],
  },
  {
    query: 'api/src/diff/area-statements',
    name: 'no rows for an unknown area',
    fixture: TWO_DOCUMENTS,
    params: { areaId: 'nowhere', types: STATEMENT_TYPES },
    expected: [],
  },
]);
