import { describe, expect, it } from 'vitest';
import { coverageStatus, type CoverageLink } from './coverage.ts';

const link = (holderId: string, obligationId: string, extra: Partial<CoverageLink> = {}) => ({
  holderId,
  obligationId,
  shared: false,
  lead: false,
  ...extra,
});

describe('coverageStatus', () => {
  it('NONE without holders, SINGLE with one holder however many obligations', () => {
    expect(coverageStatus([])).toBe('NONE');
    expect(coverageStatus([link('a', 'o1'), link('a', 'o2')])).toBe('SINGLE');
  });

  it('MULTIPLE when two holders carry separate obligations with no declaration', () => {
    expect(coverageStatus([link('board', 'o1'), link('trust', 'o2')])).toBe('MULTIPLE');
  });

  it('MULTIPLE when two holders carry one obligation the document does not call shared', () => {
    expect(coverageStatus([link('board', 'o1'), link('trust', 'o1')])).toBe('MULTIPLE');
  });

  it('SHARED when every holder is on a shared obligation, even with extra solo ones', () => {
    const links = [
      link('board', 'solo'),
      link('board', 'joint', { shared: true }),
      link('trust', 'joint', { shared: true }),
    ];
    expect(coverageStatus(links)).toBe('SHARED');
  });

  it('MULTIPLE when a third holder is outside the shared obligation', () => {
    const links = [
      link('board', 'joint', { shared: true }),
      link('trust', 'joint', { shared: true }),
      link('group', 'other'),
    ];
    expect(coverageStatus(links)).toBe('MULTIPLE');
  });

  it('a shared flag on a one-holder obligation declares nothing', () => {
    expect(coverageStatus([link('a', 'o1', { shared: true }), link('b', 'o2')])).toBe('MULTIPLE');
  });

  it('LEAD when every holder is covered and one obligation names a lead', () => {
    const links = [link('board', 'o1', { lead: true }), link('trust', 'o1')];
    expect(coverageStatus(links)).toBe('LEAD');
    const apart = [link('panel', 'o1', { lead: true }), link('chair', 'o2', { lead: true })];
    expect(coverageStatus(apart)).toBe('LEAD');
  });

  it('a lead does not cover a holder of another, undeclared obligation', () => {
    const links = [link('panel', 'o1', { lead: true }), link('board', 'o2')];
    expect(coverageStatus(links)).toBe('MULTIPLE');
  });
});
