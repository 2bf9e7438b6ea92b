/**
 * The findings list's order: most severe first (HIGH, MEDIUM, LOW, INFO),
 * open before accepted risks, then as the API listed them. Pure.
 */
import type { ApiFinding } from './types';

export const SEVERITY_RANK: Readonly<Record<string, number>> = {
  HIGH: 0,
  MEDIUM: 1,
  LOW: 2,
  INFO: 3,
};

type Sortable = Pick<ApiFinding, 'severity' | 'status'>;

export function bySeverity<T extends Sortable>(findings: readonly T[]): T[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (SEVERITY_RANK[a.f.severity] ?? 9) - (SEVERITY_RANK[b.f.severity] ?? 9) ||
        Number(a.f.status === 'ACCEPTED_RISK') - Number(b.f.status === 'ACCEPTED_RISK') ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}
