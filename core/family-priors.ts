// What each role family tends to be interviewed on: per principle, the rate at which readers put it
// in the top 3 of a labelled posting of that family (learned by scripts/learn-priors.ts, data in
// family-priors.data.ts). A family with no labelled postings uses the rate over all postings.
import { FAMILY_PRIORS, FEATURE_LIFT, GLOBAL_PRIOR, GROUP_PRIORS, type PriorTable } from './family-priors.data';
import type { PrincipleId } from './principles';
import type { RoleFamilyId } from './role-family';

export type { PriorTable };

/** Priors as learned: the overall rate and each family's own. The eval passes its own (leave-one-out). */
export interface FamilyPriors {
  global: PriorTable;
  /** Per kind of work (FAMILY_GROUP): the prior a family with no labelled postings of its own uses. */
  groups?: Partial<Record<FamilyGroup, { n: number; prior: PriorTable }>>;
  families: Partial<Record<RoleFamilyId, { n: number; prior: PriorTable }>>;
  /** Per posting feature (POSTING_FEATURES in rank-principles.ts, e.g. the role manages people): how
   *  far readers' choices sat from the family prior in postings with it, added to the prior. */
  features?: Partial<Record<string, Partial<Record<PrincipleId, number>>>>;
}

export const LEARNED_PRIORS: FamilyPriors = { global: GLOBAL_PRIOR, groups: GROUP_PRIORS, families: FAMILY_PRIORS, features: FEATURE_LIFT };

/**
 * Families grouped by the kind of work, so a family seen rarely or never leans on its neighbours
 * before the overall rate: builders (engineering, science, data, security), customer-facing roles
 * (solutions, sales, support, product and program management, marketing), site and hardware
 * operations, and corporate functions.
 */
export type FamilyGroup = 'build' | 'customer' | 'operations' | 'corporate';
export const FAMILY_GROUP: Record<RoleFamilyId, FamilyGroup> = {
  'software-engineering': 'build',
  'engineering-management': 'build',
  'data-bi': 'build',
  'science-research': 'build',
  security: 'build',
  'design-ux': 'build',
  'student-intern': 'build',
  'product-program-management': 'customer',
  'sales-account-solutions': 'customer',
  'support-customer-service': 'customer',
  marketing: 'customer',
  operations: 'operations',
  'hardware-operations-engineering': 'operations',
  'hr-recruiting': 'corporate',
  'finance-accounting': 'corporate',
  'legal-corporate': 'corporate',
  'learning-development': 'corporate',
  general: 'build',
};

/** 0..1: how often a posting of this family has the principle in its top 3. */
export function familyPrior(family: RoleFamilyId, id: PrincipleId, priors: FamilyPriors = LEARNED_PRIORS): number {
  return (priors.families[family]?.prior ?? priors.groups?.[FAMILY_GROUP[family]]?.prior ?? priors.global)[id];
}
