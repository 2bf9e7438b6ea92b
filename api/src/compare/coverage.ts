/**
 * How the holders of one duty type in one area relate: the status rules of
 * `compareAreas` (documented on the CoverageStatus enum). Pure, so it is
 * unit-tested without a store.
 */

export type CoverageStatusValue = 'NONE' | 'SINGLE' | 'SHARED' | 'LEAD' | 'MULTIPLE';

/** One holder carrying one obligation of the cell's duty type. */
export interface CoverageLink {
  holderId: string;
  obligationId: string;
  /** The document says the obligation's holders share it. */
  shared: boolean;
  /** The document says this holder leads on the obligation. */
  lead: boolean;
}

/**
 * NONE: no holder. SINGLE: one holder. With two or more holders, a holder is
 * covered by a declaration when one of its obligations is shared (shared and
 * carried by two or more holders) or names a lead (any holder leads on it).
 * Every holder covered: LEAD when some obligation names a lead, else SHARED.
 * Any holder not covered: MULTIPLE (potential duplication).
 */
export function coverageStatus(links: readonly CoverageLink[]): CoverageStatusValue {
  const holders = new Set(links.map((l) => l.holderId));
  if (holders.size === 0) return 'NONE';
  if (holders.size === 1) return 'SINGLE';
  const holdersOf = new Map<string, Set<string>>();
  const led = new Set<string>();
  const shared = new Set<string>();
  for (const l of links) {
    const set = holdersOf.get(l.obligationId) ?? new Set<string>();
    set.add(l.holderId);
    holdersOf.set(l.obligationId, set);
    if (l.lead) led.add(l.obligationId);
    if (l.shared) shared.add(l.obligationId);
  }
  const declared = (obligationId: string) =>
    led.has(obligationId) || (shared.has(obligationId) && holdersOf.get(obligationId)!.size > 1);
  const covered = new Set(links.filter((l) => declared(l.obligationId)).map((l) => l.holderId));
  if (covered.size < holders.size) return 'MULTIPLE';
  return led.size > 0 ? 'LEAD' : 'SHARED';
}
