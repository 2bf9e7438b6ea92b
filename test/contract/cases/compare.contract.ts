import { defineCases } from '../contract.ts';

const QUERY = 'api/src/compare/compare-obligations';

/** A row of the matrix query: one holder of one obligation of one duty type. */
const row = (
  areaId: string,
  code: string,
  holderId: string,
  obligationId: string,
  extra: { shared: boolean; lead: boolean | null; from: string; to?: string },
) => ({
  areaId,
  dutyTypeId: `duty/${code}`,
  holderId,
  obligationId,
  documentId: obligationId.split('/').slice(0, 2).join('/'),
  shared: extra.shared,
  lead: extra.lead,
  validFrom: extra.from,
  validTo: extra.to ?? null,
  linkFrom: extra.from,
  linkTo: extra.to ?? null,
});

const OLD = { shared: false, from: '2010', to: '2015' };
const JOINT = { shared: true, from: '2015' };

export default defineCases([
  {
    query: QUERY,
    name: 'every holder x obligation x duty type of the asked areas, all periods, ordered by area, type, holder, document, obligation',
    fixture: 'compare',
    params: { areaIds: ['vale', 'shire'] },
    expected: [
      row('shire', 'ANNUAL_REPORT', 'shire/board', 'shire/2010/board-report', {
        ...OLD,
        lead: true,
      }),
      row('shire', 'ANNUAL_REPORT', 'shire/board', 'shire/2015/joint-audit', {
        ...JOINT,
        lead: null,
      }),
      row('shire', 'ANNUAL_REPORT', 'shire/trust', 'shire/2010/board-report', {
        ...OLD,
        lead: false,
      }),
      row('shire', 'ANNUAL_REPORT', 'shire/trust', 'shire/2015/joint-audit', {
        ...JOINT,
        lead: false,
      }),
      row('shire', 'MULTI_AGENCY_AUDIT', 'shire/board', 'shire/2015/joint-audit', {
        ...JOINT,
        lead: null,
      }),
      row('shire', 'MULTI_AGENCY_AUDIT', 'shire/trust', 'shire/2015/joint-audit', {
        ...JOINT,
        lead: false,
      }),
      row('vale', 'ANNUAL_REPORT', 'vale/panel', 'vale/2012/panel-report', {
        shared: false,
        lead: false,
        from: '2012-06',
      }),
    ],
  },
  {
    query: QUERY,
    name: 'no rows for areas without obligations',
    fixture: 'compare',
    params: { areaIds: ['nowhere', 'elsewhere'] },
    expected: [],
  },
]);
