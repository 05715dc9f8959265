// The role families the plan writes for. The detector (role-family.ts) decides the family; the plan
// keys its per-family text (interview loop, question wording, questions to ask, technical topics) by
// these ids. Until the detector speaks every id, `planFamilyOf` refines its answer from the title.
import type { Posting } from '../content/posting';
import type { RoleFamily } from './role-family';

export const PLAN_FAMILY_IDS = [
  'software-engineering',
  'engineering-management',
  'data-bi',
  'science-research',
  'product-program-management',
  'sales-account-solutions',
  'operations',
  'hardware-operations-engineering',
  'security',
  'design-ux',
  'hr-recruiting',
  'finance-accounting',
  'legal-corporate',
  'marketing',
  'learning-development',
  'support-customer-service',
  'student-intern',
  'general',
] as const;
export type PlanFamilyId = (typeof PLAN_FAMILY_IDS)[number];

/** How the plan names each family in a sentence ("an operations role"). */
export const PLAN_FAMILY_NOUN: Record<PlanFamilyId, string> = {
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

const isPlanFamily = (id: string): id is PlanFamilyId => (PLAN_FAMILY_IDS as readonly string[]).includes(id);

// Title words for the families the older detector folds into broader ones. Only the role part of the
// title is read (before the first comma), so a team name cannot move a posting.
const REFINEMENTS: readonly [PlanFamilyId, RegExp][] = [
  ['security', /\bsecurity (?:engineer|architect|analyst|specialist|consultant)\b|\bsecurity engineering\b/i],
  [
    'hardware-operations-engineering',
    /\b(?:electrical|mechanical|controls?|mechatronics?|hardware|rf|firmware|manufacturing|reliability|facilities|data cent(?:er|re)|ground systems?|process|industrial|robotics|maintenance|satcom|test) (?:engineer(?:ing)?|technician|operations)\b|\bdata cent(?:er|re) engineering\b/i,
  ],
  ['learning-development', /\b(?:learning|training|instructional|enablement|curriculum)\b/i],
  ['hr-recruiting', /\b(?:recruit\w*|talent acquisition|sourc(?:er|ing)|hr|human resources|people partner|people experience)\b/i],
  ['finance-accounting', /\b(?:financ\w*|accountant|accounting|tax|treasury|audit\w*|payroll|controller)\b/i],
  ['legal-corporate', /\b(?:counsel|legal|attorney|paralegal|compliance|policy|corporate|investigat\w*|procurement)\b/i],
  ['marketing', /\b(?:marketing|brand|communications|pr|public relations|campaign|content strateg\w*|advertising)\b/i],
];

/** The plan's family for a posting: the detector's, refined where it has no finer id yet. */
export function planFamilyOf(family: Pick<RoleFamily, 'id'>, posting: Pick<Posting, 'title'>): PlanFamilyId {
  const role = (posting.title ?? '').split(/,|\s[-–|]\s|\(/)[0] ?? '';
  const id: string = family.id;
  if (id === 'corporate-functions' || id === 'software-engineering' || id === 'general') {
    for (const [to, re] of REFINEMENTS) {
      if (id === 'software-engineering' && to !== 'security' && to !== 'hardware-operations-engineering') continue;
      if (re.test(role)) return to;
    }
    if (id === 'corporate-functions') return 'general';
  }
  return isPlanFamily(id) ? id : 'general';
}

/** "a" or "an" for the word that follows, by its sound where spelling misleads ("an HR", "a user"). */
export function article(word: string): 'a' | 'an' {
  const w = word.trim();
  if (/^(?:hr|mba|sql|ml|rf|ehs|fba|hvac)\b/i.test(w)) return 'an';
  if (/^(?:uni|use|usu|eu|one|ux)/i.test(w)) return 'a';
  if (/^(?:hour|honest|heir)/i.test(w)) return 'an';
  return /^[aeiou]/i.test(w) ? 'an' : 'a';
}

/** "an operations role". */
export function familyRolePhrase(id: PlanFamilyId): string {
  if (id === 'general') return 'a role LoopReady could not place in a family';
  const noun = PLAN_FAMILY_NOUN[id];
  return `${article(noun)} ${noun} role`;
}
