import { defineCases } from '../contract.ts';
import { nationalStatements } from './anchored.fixture.ts';

// Queries anchored on the areaId index of the endpoints (docs/architecture.md,
// query shapes) must still return an area's statements that start at a national
// node, and those between two national nodes.
const TYPES = ['HOLDS_TO_ACCOUNT', 'REPORTS_TO', 'ESCALATES_TO'];

export default defineCases([
  {
    query: 'api/src/area/area-graph-edges',
    name: 'statements from a national node, and between two national nodes, stay in the area',
    fixture: nationalStatements(),
    params: { areaIds: ['wiltshire', 'walsall'], types: TYPES },
    expected: [
      {
        areaId: 'wiltshire',
        id: 'wiltshire/2014:ESCALATES_TO:wiltshire/trust->national/ofsted#inspection-concern',
        type: 'ESCALATES_TO',
        source: 'wiltshire/trust',
        target: 'national/ofsted',
        documentId: 'wiltshire/2014',
        validFrom: '2014-12-15',
        validTo: null,
      },
      {
        areaId: 'wiltshire',
        id: 'wiltshire/2014:HOLDS_TO_ACCOUNT:national/ofsted->wiltshire/wscb',
        type: 'HOLDS_TO_ACCOUNT',
        source: 'national/ofsted',
        target: 'wiltshire/wscb',
        documentId: 'wiltshire/2014',
        validFrom: '2014-12-15',
        validTo: null,
      },
      {
        areaId: 'wiltshire',
        id: 'wiltshire/2014:HOLDS_TO_ACCOUNT:wiltshire/wscb->wiltshire/trust-chair',
        type: 'HOLDS_TO_ACCOUNT',
        source: 'wiltshire/wscb',
        target: 'wiltshire/trust-chair',
        documentId: 'wiltshire/2014',
        validFrom: '2014-12-15',
        validTo: null,
      },
      {
        areaId: 'wiltshire',
        id: 'wiltshire/2014:REPORTS_TO:national/ofsted->national/dfe',
        type: 'REPORTS_TO',
        source: 'national/ofsted',
        target: 'national/dfe',
        documentId: 'wiltshire/2014',
        validFrom: '2014-12-15',
        validTo: null,
      },
      {
        areaId: 'wiltshire',
        id: 'wiltshire/2014:REPORTS_TO:wiltshire/wscb->wiltshire/trust',
        type: 'REPORTS_TO',
        source: 'wiltshire/wscb',
        target: 'wiltshire/trust',
        documentId: 'wiltshire/2014',
        validFrom: '2014-12-15',
        validTo: null,
      },
    ],
  },
  {
    query: 'api/src/diff/area-statements',
    name: "an area's statements include one from a national node",
    fixture: nationalStatements(),
    params: { areaId: 'wiltshire', types: ['HOLDS_TO_ACCOUNT'] },
    expected: [
      {
        id: 'wiltshire/2014:HOLDS_TO_ACCOUNT:national/ofsted->wiltshire/wscb',
        type: 'HOLDS_TO_ACCOUNT',
        from: 'national/ofsted',
        to: 'wiltshire/wscb',
        props: {
          areaId: 'wiltshire',
          documentId: 'wiltshire/2014',
          evidenceDocuments: ['wiltshire/2014'],
          evidenceEnds: [6240],
          evidenceQuotes: ['national/ofsted HOLDS_TO_ACCOUNT wiltshire/wscb'],
          evidenceSections: ['6. Escalation'],
          evidenceStarts: [6200],
          id: 'wiltshire/2014:HOLDS_TO_ACCOUNT:national/ofsted->wiltshire/wscb',
          mode: 'oversight',
          validFrom: '2014-12-15',
        },
      },
      {
        id: 'wiltshire/2014:HOLDS_TO_ACCOUNT:wiltshire/wscb->wiltshire/trust-chair',
        type: 'HOLDS_TO_ACCOUNT',
        from: 'wiltshire/wscb',
        to: 'wiltshire/trust-chair',
        props: {
          areaId: 'wiltshire',
          documentId: 'wiltshire/2014',
          evidenceDocuments: ['wiltshire/2014'],
          evidenceEnds: [4181],
          evidenceQuotes: ['Hold the Trust Chair to account for action taken by the Trust'],
          evidenceSections: ['4. Responsibilities'],
          evidenceStarts: [4120],
          id: 'wiltshire/2014:HOLDS_TO_ACCOUNT:wiltshire/wscb->wiltshire/trust-chair',
          mode: 'call-to-account',
          validFrom: '2014-12-15',
        },
      },
    ],
  },
  {
    query: 'api/src/structure/area-relationship-periods',
    name: 'statements from national nodes are counted once, in their own area only',
    fixture: nationalStatements(),
    params: { areaIds: ['wiltshire', 'walsall'] },
    expected: [
      { areaId: 'walsall', validFrom: '2017', validTo: null, count: 1 },
      { areaId: 'wiltshire', validFrom: '2014-12-15', validTo: null, count: 10 },
    ],
  },
]);
