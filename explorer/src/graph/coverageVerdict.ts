/**
 * What a cell of the duty-coverage matrix means, judged by the same rules as
 * the Findings list, so that the two agree (issue 15 point 4). Pure.
 *
 * - A cell with no holder is a **gap** only where the rule catalogue finds
 *   one (DUTY_COVERAGE_GAP: a duty the regime the document sets up requires,
 *   and nobody is given): "a duty this kind of document is expected to
 *   assign, and does not". Any other empty cell is **not covered here**: the
 *   document was never expected to assign it.
 * - A cell with several holders and no shared or lead declaration is a
 *   **duplicate** only where DUPLICATE_DUTY_HOLDERS finds one; otherwise it
 *   has **several holders** that the rule does not count (a duty every body
 *   carries for itself, or bodies linked as sub-group, successor or
 *   discharging body).
 */
import type { CoverageStatus } from './types';

export const GAP_RULE = 'DUTY_COVERAGE_GAP';
export const DUPLICATE_RULE = 'DUPLICATE_DUTY_HOLDERS';

/** The parts of a finding this module reads. */
export interface VerdictFinding {
  id: string;
  ruleId: string;
  areaId: string;
  message: string;
}

export type CellVerdict<F extends VerdictFinding = VerdictFinding> =
  | { kind: 'gap'; findings: F[] }
  | { kind: 'not-expected' }
  | { kind: 'duplicate'; findings: F[] }
  | { kind: 'several' }
  | { kind: 'covered' };

/**
 * The duty-type code a gap or duplication finding is about: its id is
 * `<rule>:<documentId>:duty/<CODE>[:…]` (findings.type.ts: stable ids).
 */
export function findingDutyCode(f: Pick<VerdictFinding, 'id' | 'ruleId'>): string | null {
  if (f.ruleId !== GAP_RULE && f.ruleId !== DUPLICATE_RULE) return null;
  const subject = f.id.split(':')[2];
  return subject?.startsWith('duty/') ? subject.slice('duty/'.length) : null;
}

/** Gap and duplication findings by area, then duty-type code. */
export type CoverageFindings<F extends VerdictFinding> = Map<string, Map<string, F[]>>;

export function indexCoverageFindings<F extends VerdictFinding>(
  findings: Iterable<F>,
): CoverageFindings<F> {
  const out: CoverageFindings<F> = new Map();
  for (const f of findings) {
    const code = findingDutyCode(f);
    if (!code) continue;
    const byCode = out.get(f.areaId) ?? new Map<string, F[]>();
    byCode.set(code, [...(byCode.get(code) ?? []), f]);
    out.set(f.areaId, byCode);
  }
  return out;
}

export function cellVerdict<F extends VerdictFinding>(
  cell: { areaId: string; status: CoverageStatus },
  code: string,
  index: CoverageFindings<F>,
): CellVerdict<F> {
  const found = index.get(cell.areaId)?.get(code) ?? [];
  if (cell.status === 'NONE') {
    const gaps = found.filter((f) => f.ruleId === GAP_RULE);
    return gaps.length ? { kind: 'gap', findings: gaps } : { kind: 'not-expected' };
  }
  if (cell.status === 'MULTIPLE') {
    const dups = found.filter((f) => f.ruleId === DUPLICATE_RULE);
    return dups.length ? { kind: 'duplicate', findings: dups } : { kind: 'several' };
  }
  return { kind: 'covered' };
}

/** Short wording on the cell. */
export function verdictLabel(verdict: CellVerdict, status: CoverageStatus): string {
  switch (verdict.kind) {
    case 'gap':
      return '✕ Gap';
    case 'not-expected':
      return 'Not covered';
    case 'duplicate':
      return '⚠ Duplicate';
    case 'several':
      return 'Several holders';
    default:
      return status === 'SINGLE' ? 'One holder' : status === 'SHARED' ? 'Shared' : 'Lead named';
  }
}

export interface MatrixCounts {
  gaps: number;
  notExpected: number;
  duplicates: number;
  several: number;
}

export function countVerdicts<F extends VerdictFinding>(
  rows: readonly {
    dutyType: { code: string };
    cells: readonly { areaId: string; status: CoverageStatus }[];
  }[],
  index: CoverageFindings<F>,
): MatrixCounts {
  const counts: MatrixCounts = { gaps: 0, notExpected: 0, duplicates: 0, several: 0 };
  for (const row of rows) {
    for (const cell of row.cells) {
      const v = cellVerdict(cell, row.dutyType.code, index);
      if (v.kind === 'gap') counts.gaps++;
      else if (v.kind === 'not-expected') counts.notExpected++;
      else if (v.kind === 'duplicate') counts.duplicates++;
      else if (v.kind === 'several') counts.several++;
    }
  }
  return counts;
}

/**
 * Gap and duplication findings the matrix has no cell for (a duty type no
 * compared area carries has no row): listed under the matrix, so nothing the
 * Findings list says is missing from it.
 */
export function findingsWithoutCell<F extends VerdictFinding>(
  rows: readonly { dutyType: { code: string }; cells: readonly { areaId: string }[] }[],
  findings: Iterable<F>,
): F[] {
  const cells = new Set(rows.flatMap((r) => r.cells.map((c) => `${c.areaId}|${r.dutyType.code}`)));
  return [...findings].filter((f) => {
    const code = findingDutyCode(f);
    return code !== null && !cells.has(`${f.areaId}|${code}`);
  });
}
