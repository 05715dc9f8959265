// What each role family tends to be interviewed on, as a small head start per principle. It breaks
// ties and carries the ranking when a posting says little (a title and three bullets); a posting
// with real text outweighs it easily. Values are on the same scale as one strong signal (~3 points).
import type { PrincipleId } from './principles';
import type { RoleFamilyId } from './role-family';

type Priors = Partial<Record<PrincipleId, number>>;

// Across families, interview loops lean on these; a posting's own words decide the order.
const COMMON: Priors = {
  'customer-obsession': 1.2,
  'invent-and-simplify': 1.0,
  'deliver-results': 0.8,
  'dive-deep': 0.7,
  ownership: 0.7,
  'earn-trust': 0.5,
  'insist-on-the-highest-standards': 0.5,
  'are-right-a-lot': 0.3,
  'bias-for-action': 0.3,
  'think-big': 0.3,
  'learn-and-be-curious': 0.3,
};

const BY_FAMILY: Record<RoleFamilyId, Priors> = {
  'software-engineering': { 'invent-and-simplify': 0.8, ownership: 0.6, 'insist-on-the-highest-standards': 0.4, 'dive-deep': 0.3 },
  'engineering-management': { 'hire-and-develop-the-best': 1.2, ownership: 0.5, 'think-big': 0.5, 'deliver-results': 0.5, 'dive-deep': 0.4 },
  'product-program-management': { 'customer-obsession': 0.5, 'think-big': 0.6, 'deliver-results': 0.6, 'earn-trust': 0.4 },
  'science-research': { 'invent-and-simplify': 0.8, 'learn-and-be-curious': 0.8, 'dive-deep': 0.6, 'think-big': 0.3 },
  'data-bi': { 'dive-deep': 1.2, 'are-right-a-lot': 0.6, 'invent-and-simplify': 0.3, 'insist-on-the-highest-standards': 0.3 },
  operations: { 'deliver-results': 0.8, 'strive-to-be-earths-best-employer': 0.8, ownership: 0.5, 'bias-for-action': 0.5, 'dive-deep': 0.4 },
  'sales-account-solutions': { 'customer-obsession': 0.8, 'earn-trust': 0.7, 'deliver-results': 0.5 },
  'support-customer-service': { 'customer-obsession': 1.2, 'earn-trust': 0.6, ownership: 0.4, 'bias-for-action': 0.3 },
  'hardware-operations-engineering': { 'deliver-results': 0.6, ownership: 0.6, 'dive-deep': 0.5, 'insist-on-the-highest-standards': 0.4 },
  security: { 'insist-on-the-highest-standards': 0.6, ownership: 0.5, 'dive-deep': 0.5, 'earn-trust': 0.3 },
  'hr-recruiting': { 'earn-trust': 0.7, 'hire-and-develop-the-best': 0.7, 'customer-obsession': 0.3 },
  'finance-accounting': { 'dive-deep': 0.6, 'are-right-a-lot': 0.5, 'insist-on-the-highest-standards': 0.4 },
  'legal-corporate': { 'earn-trust': 0.7, 'are-right-a-lot': 0.5, 'dive-deep': 0.4, 'insist-on-the-highest-standards': 0.3 },
  marketing: { 'customer-obsession': 0.6, 'think-big': 0.4, 'invent-and-simplify': 0.4 },
  'learning-development': { 'learn-and-be-curious': 0.6, 'hire-and-develop-the-best': 0.5, 'customer-obsession': 0.4 },
  'student-intern': { 'learn-and-be-curious': 1.0, 'invent-and-simplify': 0.3, ownership: 0.3 },
  'design-ux': { 'customer-obsession': 0.8, 'invent-and-simplify': 0.6, 'earn-trust': 0.4 },
  general: {},
};

export function familyPrior(family: RoleFamilyId, id: PrincipleId): number {
  return (COMMON[id] ?? 0) + (BY_FAMILY[family][id] ?? 0);
}
