// What each role family tends to be interviewed on: per principle, the rate at which readers put it
// in the top 3 of a labelled posting of that family (learned by scripts/learn-priors.ts, data in
// family-priors.data.ts). A family with no labelled postings uses the rate over all postings.
import { FAMILY_PRIORS, GLOBAL_PRIOR, type PriorTable } from './family-priors.data';
import type { PrincipleId } from './principles';
import type { RoleFamilyId } from './role-family';

export type { PriorTable };

/** Priors as learned: the overall rate and each family's own. The eval passes its own (leave-one-out). */
export interface FamilyPriors {
  global: PriorTable;
  families: Partial<Record<RoleFamilyId, { n: number; prior: PriorTable }>>;
}

export const LEARNED_PRIORS: FamilyPriors = { global: GLOBAL_PRIOR, families: FAMILY_PRIORS };

/** 0..1: how often a posting of this family has the principle in its top 3. */
export function familyPrior(family: RoleFamilyId, id: PrincipleId, priors: FamilyPriors = LEARNED_PRIORS): number {
  return (priors.families[family]?.prior ?? priors.global)[id];
}
