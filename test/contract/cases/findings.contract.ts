import { FACT_TYPES } from '../../../api/src/findings/facts.store.ts';
import { defineCases } from '../contract.ts';

const shire = (id: string, props: Record<string, unknown>) => ({
  id,
  props: { areaId: 'shire', id, ...props },
});

export default defineCases([
  {
    query: 'api/src/findings/finding-areas',
    name: 'every area id, ordered',
    fixture: 'findings',
    params: {},
    expected: [{ id: 'dale' }, { id: 'shire' }],
  },
  {
    query: 'api/src/findings/finding-nodes',
    name: "one area's agents, documents and obligations plus national agents; not other areas, areas or duty types",
    fixture: 'findings',
    params: { areaIds: ['shire'], asOf: '2021-01-01' },
    expected: [
      {
        id: 'national/ofsted',
        labels: ['Entity', 'Organisation'],
        props: { id: 'national/ofsted', kind: 'inspectorate', name: 'Ofsted' },
      },
      {
        labels: ['Document', 'Entity'],
        ...shire('shire/2020', { effectiveFrom: '2020', status: 'final', title: 'Shire protocol' }),
      },
      {
        labels: ['Entity', 'Obligation'],
        ...shire('shire/2020/s11', {
          documentId: 'shire/2020',
          lead: false,
          shared: false,
          text: 'Assure section 11',
          validFrom: '2020',
        }),
      },
      {
        labels: ['Body', 'Entity'],
        ...shire('shire/board', { function: 'scrutiny', name: 'Shire Board' }),
      },
      { labels: ['Entity', 'Post'], ...shire('shire/dcs', { kind: 'dcs', name: 'DCS' }) },
      {
        labels: ['Body', 'Entity'],
        ...shire('shire/trust', { function: 'delivery', name: 'Shire Trust' }),
      },
    ],
  },
  {
    query: 'api/src/findings/finding-relationships',
    name: 'the statements of the areas asked in force at the date, derived links included, with evidence lists',
    fixture: 'findings',
    params: { areaIds: ['shire'], asOf: '2021-01-01', types: [...FACT_TYPES] },
    expected: [
      {
        id: 'shire/2020:HAS_OBLIGATION:shire/board->shire/2020/s11',
        type: 'HAS_OBLIGATION',
        from: 'shire/board',
        to: 'shire/2020/s11',
        props: {
          areaId: 'shire',
          documentId: 'shire/2020',
          id: 'shire/2020:HAS_OBLIGATION:shire/board->shire/2020/s11',
          lead: false,
          validFrom: '2020',
        },
      },
      {
        id: 'shire/2020:HOLDS_TO_ACCOUNT:shire/board->shire/trust',
        type: 'HOLDS_TO_ACCOUNT',
        from: 'shire/board',
        to: 'shire/trust',
        props: {
          areaId: 'shire',
          documentId: 'shire/2020',
          evidenceDocuments: ['shire/2020'],
          evidenceEnds: [30],
          evidenceQuotes: ['The board holds the trust to account.'],
          evidenceSections: ['1'],
          evidenceStarts: [0],
          id: 'shire/2020:HOLDS_TO_ACCOUNT:shire/board->shire/trust',
          mode: 'challenge',
          validFrom: '2020',
          validTo: '2022',
        },
      },
      {
        id: 'shire/2020:MEMBER_OF:shire/dcs->shire/board',
        type: 'MEMBER_OF',
        from: 'shire/dcs',
        to: 'shire/board',
        props: {
          areaId: 'shire',
          capacity: 'member',
          documentId: 'shire/2020',
          id: 'shire/2020:MEMBER_OF:shire/dcs->shire/board',
          validFrom: '2020',
        },
      },
      {
        id: 'shire/2020:OF_TYPE:shire/2020/s11->duty/S11_ASSURANCE',
        type: 'OF_TYPE',
        from: 'shire/2020/s11',
        to: 'duty/S11_ASSURANCE',
        props: {
          areaId: 'shire',
          documentId: 'shire/2020',
          id: 'shire/2020:OF_TYPE:shire/2020/s11->duty/S11_ASSURANCE',
          validFrom: '2020',
        },
      },
    ],
  },
  {
    query: 'api/src/findings/finding-relationships',
    name: 'a statement whose validTo (a year) has passed is left out; only the types asked',
    fixture: 'findings',
    params: {
      areaIds: ['shire', 'dale'],
      asOf: '2022-01-01',
      types: ['HOLDS_TO_ACCOUNT', 'REPORTS_TO'],
    },
    expected: [
      {
        id: 'dale/2019:REPORTS_TO:dale/board->national/ofsted',
        type: 'REPORTS_TO',
        from: 'dale/board',
        to: 'national/ofsted',
        props: {
          areaId: 'dale',
          artefact: 'annual report',
          documentId: 'dale/2019',
          id: 'dale/2019:REPORTS_TO:dale/board->national/ofsted',
          validFrom: '2019',
        },
      },
    ],
  },
  {
    query: 'api/src/findings/finding-nodes',
    name: 'an obligation not yet in force is left out',
    fixture: 'findings',
    params: { areaIds: ['dale'], asOf: '2019-06-01' },
    expected: [
      {
        id: 'dale/2019',
        labels: ['Document', 'Entity'],
        props: {
          areaId: 'dale',
          effectiveFrom: '2019',
          id: 'dale/2019',
          status: 'draft',
          title: 'Dale plan',
        },
      },
      {
        id: 'dale/board',
        labels: ['Body', 'Entity'],
        props: { areaId: 'dale', function: 'scrutiny', id: 'dale/board', name: 'Dale Board' },
      },
      {
        id: 'national/ofsted',
        labels: ['Entity', 'Organisation'],
        props: { id: 'national/ofsted', kind: 'inspectorate', name: 'Ofsted' },
      },
    ],
  },
  {
    query: 'api/src/findings/finding-nodes',
    name: 'the shire obligation is out before its validFrom',
    fixture: 'findings',
    params: { areaIds: ['shire'], asOf: '2019-12-31' },
    expected: [
      {
        id: 'national/ofsted',
        labels: ['Entity', 'Organisation'],
        props: { id: 'national/ofsted', kind: 'inspectorate', name: 'Ofsted' },
      },
      {
        labels: ['Document', 'Entity'],
        ...shire('shire/2020', { effectiveFrom: '2020', status: 'final', title: 'Shire protocol' }),
      },
      {
        labels: ['Body', 'Entity'],
        ...shire('shire/board', { function: 'scrutiny', name: 'Shire Board' }),
      },
      { labels: ['Entity', 'Post'], ...shire('shire/dcs', { kind: 'dcs', name: 'DCS' }) },
      {
        labels: ['Body', 'Entity'],
        ...shire('shire/trust', { function: 'delivery', name: 'Shire Trust' }),
      },
    ],
  },
]);
