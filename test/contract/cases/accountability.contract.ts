import { defineCases } from '../contract.ts';

const TYPES = [
  'HOLDS_TO_ACCOUNT',
  'ACCOUNTABLE_TO',
  'REPORTS_TO',
  'SUBGROUP_OF',
  'CHAIRS',
  'ESCALATES_TO',
];

const W14 = {
  areaId: 'wiltshire',
  documentId: 'wiltshire/2014',
  validFrom: '2014-12-15',
  validTo: '2019',
};
const chairs = {
  id: 'wiltshire/2014:CHAIRS:wiltshire/trust-chair->wiltshire/trust',
  type: 'CHAIRS',
  from: 'wiltshire/trust-chair',
  to: 'wiltshire/trust',
  props: { ...W14, id: 'wiltshire/2014:CHAIRS:wiltshire/trust-chair->wiltshire/trust' },
};
const escalates = {
  id: 'wiltshire/2014:ESCALATES_TO:wiltshire/trust->wiltshire/psb#resolution',
  type: 'ESCALATES_TO',
  from: 'wiltshire/trust',
  to: 'wiltshire/psb',
  props: {
    ...W14,
    id: 'wiltshire/2014:ESCALATES_TO:wiltshire/trust->wiltshire/psb#resolution',
    key: 'resolution',
    route: 'wiltshire-2014-resolution',
    step: 2,
  },
};
const holds = {
  id: 'wiltshire/2014:HOLDS_TO_ACCOUNT:wiltshire/wscb->wiltshire/trust-chair',
  type: 'HOLDS_TO_ACCOUNT',
  from: 'wiltshire/wscb',
  to: 'wiltshire/trust-chair',
  props: {
    ...W14,
    id: 'wiltshire/2014:HOLDS_TO_ACCOUNT:wiltshire/wscb->wiltshire/trust-chair',
    mode: 'call-to-account',
    evidenceDocuments: ['wiltshire/2014'],
    evidenceQuotes: ['Hold the Trust Chair to account for action taken by the Trust'],
    evidenceSections: ['4. Responsibilities'],
    evidenceStarts: [4120],
    evidenceEnds: [4181],
  },
};
const reports = {
  id: 'wiltshire/2014:REPORTS_TO:wiltshire/trust->wiltshire/wscb#annual-report',
  type: 'REPORTS_TO',
  from: 'wiltshire/trust',
  to: 'wiltshire/wscb',
  props: {
    ...W14,
    id: 'wiltshire/2014:REPORTS_TO:wiltshire/trust->wiltshire/wscb#annual-report',
    artefact: 'annual report',
    key: 'annual-report',
  },
};
// A national node (no areaId) stated by the area's document: reached from the area's end.
const ofsted = {
  id: 'wiltshire/2019:HOLDS_TO_ACCOUNT:national/ofsted->wiltshire/wscb',
  type: 'HOLDS_TO_ACCOUNT',
  from: 'national/ofsted',
  to: 'wiltshire/wscb',
  props: {
    areaId: 'wiltshire',
    documentId: 'wiltshire/2019',
    id: 'wiltshire/2019:HOLDS_TO_ACCOUNT:national/ofsted->wiltshire/wscb',
    mode: 'scrutiny',
    validFrom: '2019',
  },
};

export default defineCases([
  {
    query: 'api/src/accountability/accountability-edges',
    name: "an area's accountability statements, all periods, including those of national nodes, ordered by id",
    fixture: 'accountability',
    params: { areaId: 'wiltshire', types: TYPES },
    // Not MEMBER_OF (type not asked), not the derived PART_OF, not Walsall's statements.
    expected: [chairs, escalates, holds, reports, ofsted],
  },
  {
    query: 'api/src/accountability/accountability-edges',
    name: 'only the types asked, only the area asked',
    fixture: 'accountability',
    params: { areaId: 'walsall', types: ['HOLDS_TO_ACCOUNT', 'CHAIRS'] },
    expected: [
      {
        id: 'walsall/2017:HOLDS_TO_ACCOUNT:walsall/wscb->walsall/hwb',
        type: 'HOLDS_TO_ACCOUNT',
        from: 'walsall/wscb',
        to: 'walsall/hwb',
        props: {
          areaId: 'walsall',
          documentId: 'walsall/2017',
          id: 'walsall/2017:HOLDS_TO_ACCOUNT:walsall/wscb->walsall/hwb',
          mode: 'scrutiny',
          validFrom: '2017',
        },
      },
    ],
  },
]);
