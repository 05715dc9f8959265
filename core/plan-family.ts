// How the plan speaks of a role family. The detector (role-family.ts) decides the family; the plan
// keys its per-family text (interview loop, question wording, questions to ask, technical topics) by
// its ids and names it in a sentence with the right article ("an operations role").
import type { RoleFamilyId } from './role-family';

/** How the plan names each family in a sentence ("an operations role"). */
export const PLAN_FAMILY_NOUN: Record<RoleFamilyId, string> = {
  'software-engineering': 'software engineering',
  'engineering-management': 'engineering management',
  'data-bi': 'data and business intelligence',
  'science-research': 'science and research',
  'product-program-management': 'product and program management',
  'sales-account-solutions': 'solutions architecture, sales and account management',
  operations: 'operations',
  'hardware-operations-engineering': 'hardware and operations engineering',
  security: 'security',
  'design-ux': 'design and user experience',
  'hr-recruiting': 'HR and recruiting',
  'finance-accounting': 'finance and accounting',
  'legal-corporate': 'legal and corporate',
  marketing: 'marketing',
  'learning-development': 'learning and development',
  'support-customer-service': 'customer support',
  'student-intern': 'student and internship',
  general: 'general',
};

/** "a" or "an" for the word that follows, by its sound where spelling misleads ("an HR", "a user"). */
export function article(word: string): 'a' | 'an' {
  const w = word.trim();
  if (/^(?:hr|mba|sql|ml|rf|ehs|fba|hvac)\b/i.test(w)) return 'an';
  if (/^(?:uni|use|usu|eu|one|ux)/i.test(w)) return 'a';
  if (/^(?:hour|honest|heir)/i.test(w)) return 'an';
  return /^[aeiou]/i.test(w) ? 'an' : 'a';
}

/** "an operations role". */
export function familyRolePhrase(id: RoleFamilyId): string {
  if (id === 'general') return 'a role LoopReady could not place in a family';
  const noun = PLAN_FAMILY_NOUN[id];
  return `${article(noun)} ${noun} role`;
}
