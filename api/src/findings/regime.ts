import type { Catalogue, DutyBasis } from './catalogue.ts';
import { isCurrent } from '@accgraph/schema';

/**
 * The regimes (schema/taxonomy/regimes.yaml) a body of each kind belongs to.
 * Which one applies at a date is decided by the regime's national period.
 */
export const REGIMES_BY_BODY_KIND: Record<string, readonly string[]> = {
  'safeguarding-children-board': ['lscb'],
  'safeguarding-partnership': ['safeguarding-partners-wt2018', 'safeguarding-partners-wt2023'],
  'childrens-trust': ['childrens-trust-statutory', 'childrens-trust-non-statutory'],
  'safeguarding-adults-board': ['care-act'],
  'health-and-wellbeing-board': ['health-and-wellbeing-board'],
  'community-safety-partnership': ['community-safety'],
};

/** The regime a body of `kind` is under at `asOf`, if any. */
export function regimeOf(kind: string | null, asOf: string, catalogue: Catalogue): string | null {
  for (const id of REGIMES_BY_BODY_KIND[kind ?? ''] ?? []) {
    const r = catalogue.regimes.get(id);
    if (r && isCurrent(r.from, r.to, asOf)) return id;
  }
  return null;
}

/** Duty types `regime` requires at `asOf`: listed in requiredUnder and with a basis of that regime in force. */
export function requiredDuties(
  regime: string,
  asOf: string,
  catalogue: Catalogue,
): { code: string; bases: DutyBasis[] }[] {
  const out: { code: string; bases: DutyBasis[] }[] = [];
  for (const d of catalogue.dutyTypes.values()) {
    if (!d.requiredUnder.includes(regime)) continue;
    const bases = d.bases.filter((b) => b.regime === regime && isCurrent(b.from, b.to, asOf));
    if (bases.length > 0) out.push({ code: d.code, bases });
  }
  return out;
}
