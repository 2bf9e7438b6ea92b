import type { RuleImpl } from '../rule.ts';
import { accountabilityCycle } from './accountability-cycle.rule.ts';
import { concentrationSinglePoint } from './concentration-single-point.rule.ts';
import { deadlineMismatch } from './deadline-mismatch.rule.ts';
import { delegationWithoutRetainedAccountability } from './delegation-without-retained-accountability.rule.ts';
import { dualRoleSelfScrutiny } from './dual-role-self-scrutiny.rule.ts';
import { duplicateDutyHolders } from './duplicate-duty-holders.rule.ts';
import { dutyCoverageGap } from './duty-coverage-gap.rule.ts';
import { noUpwardAccountability } from './no-upward-accountability.rule.ts';
import { orphanedDutyOnSuccession } from './orphaned-duty-on-succession.rule.ts';
import { regimeRoleMismatch } from './regime-role-mismatch.rule.ts';
import { reportRoutingGap } from './report-routing-gap.rule.ts';
import { scrutinyHostedInDelivery } from './scrutiny-hosted-in-delivery.rule.ts';
import { staleOrUnratifiedInstrument } from './stale-or-unratified-instrument.rule.ts';
import { supersededBasis } from './superseded-basis.rule.ts';

/** Every rule implementation, by rule id (each matches an entry of schema/rules/rules.yaml). */
export const RULE_IMPLEMENTATIONS: ReadonlyMap<string, RuleImpl> = new Map(
  [
    dualRoleSelfScrutiny,
    scrutinyHostedInDelivery,
    dutyCoverageGap,
    duplicateDutyHolders,
    accountabilityCycle,
    noUpwardAccountability,
    reportRoutingGap,
    deadlineMismatch,
    staleOrUnratifiedInstrument,
    supersededBasis,
    orphanedDutyOnSuccession,
    delegationWithoutRetainedAccountability,
    regimeRoleMismatch,
    concentrationSinglePoint,
  ].map((r) => [r.id, r]),
);
