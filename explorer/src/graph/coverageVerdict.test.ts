import { describe, expect, it } from 'vitest';
import {
  cellVerdict,
  countVerdicts,
  findingDutyCode,
  findingsWithoutCell,
  indexCoverageFindings,
  verdictLabel,
} from './coverageVerdict';

const gap = {
  id: 'DUTY_COVERAGE_GAP:wiltshire/2019:duty/ANNUAL_REPORT',
  ruleId: 'DUTY_COVERAGE_GAP',
  areaId: 'wiltshire',
  message: 'No statement in force gives anyone the duty "Annual report"…',
};
const dup = {
  id: 'DUPLICATE_DUTY_HOLDERS:wiltshire/2014:duty/THRESHOLDS:wiltshire/a:wiltshire/b',
  ruleId: 'DUPLICATE_DUTY_HOLDERS',
  areaId: 'wiltshire',
  message: 'Both A and B are given thresholds…',
};
const other = {
  id: 'DUAL_ROLE_SELF_SCRUTINY:wiltshire/2014:wiltshire/dcs',
  ruleId: 'DUAL_ROLE_SELF_SCRUTINY',
  areaId: 'wiltshire',
  message: '…',
};

describe('coverage verdicts agree with the findings', () => {
  const index = indexCoverageFindings([gap, dup, other]);

  it('reads the duty type from a gap or duplication finding id, and only from those', () => {
    expect(findingDutyCode(gap)).toBe('ANNUAL_REPORT');
    expect(findingDutyCode(dup)).toBe('THRESHOLDS');
    expect(findingDutyCode(other)).toBeNull();
  });

  it('an empty cell is a gap only where the gap rule finds one; else not expected here', () => {
    const v = cellVerdict({ areaId: 'wiltshire', status: 'NONE' }, 'ANNUAL_REPORT', index);
    expect(v).toEqual({ kind: 'gap', findings: [gap] });
    expect(verdictLabel(v, 'NONE')).toBe('✕ Gap');
    const walsall = cellVerdict({ areaId: 'walsall', status: 'NONE' }, 'ANNUAL_REPORT', index);
    expect(walsall).toEqual({ kind: 'not-expected' });
    expect(verdictLabel(walsall, 'NONE')).toBe('Not covered');
  });

  it('several holders are a duplicate only where the duplication rule finds one', () => {
    expect(cellVerdict({ areaId: 'wiltshire', status: 'MULTIPLE' }, 'THRESHOLDS', index)).toEqual({
      kind: 'duplicate',
      findings: [dup],
    });
    expect(cellVerdict({ areaId: 'wiltshire', status: 'MULTIPLE' }, 'VOICE', index)).toEqual({
      kind: 'several',
    });
    expect(cellVerdict({ areaId: 'wiltshire', status: 'SINGLE' }, 'THRESHOLDS', index)).toEqual({
      kind: 'covered',
    });
  });

  it('counts gaps apart from cells a document was never meant to cover', () => {
    const rows = [
      {
        dutyType: { code: 'ANNUAL_REPORT' },
        cells: [
          { areaId: 'wiltshire', status: 'NONE' as const },
          { areaId: 'walsall', status: 'NONE' as const },
        ],
      },
      {
        dutyType: { code: 'THRESHOLDS' },
        cells: [
          { areaId: 'wiltshire', status: 'MULTIPLE' as const },
          { areaId: 'walsall', status: 'MULTIPLE' as const },
        ],
      },
    ];
    expect(countVerdicts(rows, index)).toEqual({
      gaps: 1,
      notExpected: 1,
      duplicates: 1,
      several: 1,
    });
  });

  it('lists the findings the matrix has no cell for', () => {
    const rows = [{ dutyType: { code: 'THRESHOLDS' }, cells: [{ areaId: 'wiltshire' }] }];
    expect(findingsWithoutCell(rows, [gap, dup, other])).toEqual([gap]);
  });
});
