import { defineCases } from '../contract.ts';

type Row = Record<string, unknown>;

/** An agent row: every named column, null where the node has no such property. */
const agent = (id: string, label: string, props: Row): Row => ({
  id,
  label,
  areaId: null,
  name: null,
  aliases: null,
  kind: null,
  function: null,
  statutory: null,
  validFrom: null,
  validTo: null,
  quotes: null,
  ...props,
});

/** A finding-statements row: every named column, null where absent. */
const statement = (id: string, type: string, from: string, to: string, props: Row): Row => ({
  id,
  type,
  from,
  to,
  areaId: 'shire',
  capacity: null,
  mode: null,
  artefact: null,
  presenter: null,
  quotes: null,
  ...props,
});

const SHIRE_AGENTS = [
  agent('national/ofsted', 'Organisation', { kind: 'inspectorate', name: 'Ofsted' }),
  agent('shire/board', 'Body', { areaId: 'shire', function: 'scrutiny', name: 'Shire Board' }),
  agent('shire/dcs', 'Post', { areaId: 'shire', kind: 'dcs', name: 'DCS' }),
  agent('shire/trust', 'Body', { areaId: 'shire', function: 'delivery', name: 'Shire Trust' }),
];

const HOLDS_TO_ACCOUNT = statement(
  'shire/2020:HOLDS_TO_ACCOUNT:shire/board->shire/trust',
  'HOLDS_TO_ACCOUNT',
  'shire/board',
  'shire/trust',
  { mode: 'challenge', quotes: ['The board holds the trust to account.'] },
);
const MEMBER_OF = statement(
  'shire/2020:MEMBER_OF:shire/dcs->shire/board',
  'MEMBER_OF',
  'shire/dcs',
  'shire/board',
  { capacity: 'member' },
);

export default defineCases([
  {
    query: 'api/src/findings/finding-agents',
    name: "the areas' bodies, posts, organisations and persons plus national agents; not other areas, documents, obligations or duty types",
    fixture: 'findings',
    params: { areas: { shire: true } },
    expected: SHIRE_AGENTS,
  },
  {
    query: 'api/src/findings/finding-agents',
    name: 'an area missing from the map is left out',
    fixture: 'findings',
    params: { areas: { dale: true } },
    expected: [
      SHIRE_AGENTS[0] as Row,
      agent('dale/board', 'Body', { areaId: 'dale', function: 'scrutiny', name: 'Dale Board' }),
    ],
  },
  {
    query: 'api/src/findings/finding-documents',
    name: "the areas' documents with all their properties",
    fixture: 'findings',
    params: { areas: { dale: true } },
    expected: [
      {
        id: 'dale/2019',
        props: {
          areaId: 'dale',
          effectiveFrom: '2019',
          id: 'dale/2019',
          status: 'draft',
          title: 'Dale plan',
        },
      },
    ],
  },
  {
    query: 'api/src/findings/finding-obligations',
    name: 'an obligation in force at the date, the columns the rules read',
    fixture: 'findings',
    params: { areas: { shire: true, dale: true }, asOf: '2021-01-01' },
    expected: [
      {
        id: 'shire/2020/s11',
        areaId: 'shire',
        documentId: 'shire/2020',
        text: 'Assure section 11',
        lead: false,
        shared: false,
        deadlineValue: null,
        deadlineUnit: null,
        deadlineAnchor: null,
        quotes: null,
      },
    ],
  },
  {
    query: 'api/src/findings/finding-obligations',
    name: 'an obligation is left out before its validFrom',
    fixture: 'findings',
    params: { areas: { shire: true }, asOf: '2019-12-31' },
    expected: [],
  },
  {
    query: 'api/src/findings/finding-holders',
    name: 'who holds each obligation in force at the date, with its lead flag',
    fixture: 'findings',
    params: { areas: { shire: true }, asOf: '2021-01-01' },
    expected: [
      {
        id: 'shire/2020:HAS_OBLIGATION:shire/board->shire/2020/s11',
        from: 'shire/board',
        to: 'shire/2020/s11',
        areaId: 'shire',
        lead: false,
      },
    ],
  },
  {
    query: 'api/src/findings/finding-duty-types',
    name: 'the duty type of each obligation in force at the date',
    fixture: 'findings',
    params: { areas: { shire: true }, asOf: '2021-01-01' },
    expected: [{ from: 'shire/2020/s11', to: 'duty/S11_ASSURANCE' }],
  },
  {
    query: 'api/src/findings/finding-duty-types',
    name: 'no duty types for an area not in the map',
    fixture: 'findings',
    params: { areas: { dale: true }, asOf: '2021-01-01' },
    expected: [],
  },
  {
    query: 'api/src/findings/finding-statements',
    name: 'the other statements in force at the date, with their quotes; not HAS_OBLIGATION or OF_TYPE',
    fixture: 'findings',
    params: { areas: { shire: true }, asOf: '2021-01-01' },
    expected: [HOLDS_TO_ACCOUNT, MEMBER_OF],
  },
  {
    query: 'api/src/findings/finding-statements',
    name: 'a statement whose validTo (a year) has passed is left out',
    fixture: 'findings',
    params: { areas: { shire: true, dale: true }, asOf: '2022-01-01' },
    expected: [
      statement(
        'dale/2019:REPORTS_TO:dale/board->national/ofsted',
        'REPORTS_TO',
        'dale/board',
        'national/ofsted',
        { areaId: 'dale', artefact: 'annual report' },
      ),
      MEMBER_OF,
    ],
  },
]);
