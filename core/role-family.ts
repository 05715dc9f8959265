// Which kind of job a posting is. Titles are the strongest clue (amazon.jobs titles are formulaic:
// "Business Intelligence Engineer II, <team>"), then the category amazon.jobs files it under, then the
// vocabulary of the text. The family steers question wording, technical topics and, when the text is
// thin, the principle ranking.
import type { Posting } from './posting';

export const ROLE_FAMILIES = [
  { id: 'software-engineering', label: 'software engineering', technical: true },
  { id: 'engineering-management', label: 'engineering management', technical: true },
  { id: 'product-program-management', label: 'product/program management', technical: false },
  { id: 'science-research', label: 'science/research', technical: true },
  { id: 'data-bi', label: 'data/BI', technical: true },
  { id: 'operations', label: 'operations', technical: false },
  { id: 'sales-account-solutions', label: 'sales/account/solutions', technical: false },
  { id: 'support-customer-service', label: 'support/customer service', technical: false },
  { id: 'corporate-functions', label: 'corporate functions', technical: false },
  { id: 'student-intern', label: 'student/intern', technical: false },
  { id: 'design-ux', label: 'design/UX', technical: false },
] as const;
export type RoleFamilyId = (typeof ROLE_FAMILIES)[number]['id'] | 'general';

export interface RoleFamily {
  id: RoleFamilyId;
  /** Human label, matching the wording of fixtures/labels/role-families.json. */
  label: string;
  /** 0..1: 0.9 from the title, 0.7 from the category, lower from body text, 0 when unknown. */
  confidence: number;
  /** Why: the rule that fired, quoting the text it matched. */
  reason: string;
}

type Rule = readonly [RoleFamilyId, RegExp];

// Order matters: the first match wins, so specific forms come before general ones
// ("Manager, Business Intelligence Engineering" before "Business Intelligence Engineer").
const TITLE_RULES: readonly Rule[] = [
  ['student-intern', /\b(?:intern|internship|co-?op|student|apprentice(?:ship)?|new grad(?:uate)?|graduate program)\b/i],
  ['engineering-management', /\b(?:software development manager|sdm|engineering manager|manager,? (?:software|engineering|business intelligence engineering|data engineering|applied science|research science)|(?:head|director) of (?:engineering|software))\b|\bmanager\b.*\b(?:software development|engineering)\b(?!.*\b(?:program|product|project|operations|sales|account)\b)/i],
  ['product-program-management', /\b(?:tpm|pm-?t|product manager|program manager|project manager|product owner|program lead|product lead|technical program|product management|program management)\b/i],
  ['design-ux', /\b(?:ux|ui\/ux|ui|user experience|designer|design technologist|interaction design|visual design|graphic design|content designer|ux researcher)\b/i],
  ['science-research', /\b(?:scientist|research(?:er)?|economist|postdoc(?:toral)?|science manager)\b/i],
  ['data-bi', /\b(?:business intelligence|bie|bi engineer|data engineer|analytics engineer|data analyst|business analyst|reporting analyst|bi developer|business intel)\b/i],
  ['support-customer-service', /\b(?:customer service|customer support|support engineer|support associate|cloud support|technical support|help ?desk|customer care|contact cent(?:er|re)|service desk)\b/i],
  ['sales-account-solutions', /\b(?:solutions? architect|sa|account manager|account executive|account representative|sales|business development|partner manager|category manager|vendor manager|customer success|technical account|specialist sa|go-to-market|gtm)\b/i],
  ['corporate-functions', /\b(?:recruit(?:er|ing)|talent acquisition|sourcer|hr|human resources|people partner|finance|financial|accountant|accounting|tax|treasury|audit(?:or)?|counsel|legal|attorney|paralegal|compliance|marketing|brand|communications|pr|public relations|public policy|investigations?|risk|payroll|procurement|corporate)\b/i],
  ['software-engineering', /\b(?:software|sde|sdet|developer|programmer|engineer(?:ing)?|devops|front-?end|back-?end|full-?stack|mobile|security engineer|systems engineer|site reliability|sre)\b/i],
  ['operations', /\b(?:operations|ops|area manager|shift|fulfil+ment|warehouse|logistics|supply chain|transportation|delivery station|site lead|process assistant|associate|technician|rme|whs|safety|ehs|instock|in-stock|inventory|planner|planning|coordinator|dispatcher|station)\b/i],
];

// amazon.jobs job categories (the `category` field / job-category link).
const CATEGORY_RULES: readonly Rule[] = [
  ['software-engineering', /software development|systems, quality,? (?:&|and) security engineering|front-end|hardware/i],
  ['science-research', /research science|machine learning science|data science|economics|applied science/i],
  ['data-bi', /business intelligence|data engineering|database administration/i],
  ['product-program-management', /project\/program\/product management|program management|product management/i],
  ['sales-account-solutions', /solutions architect|sales|business development|account management|vendor management|buying/i],
  ['design-ux', /design|user experience|ux/i],
  ['support-customer-service', /customer service|customer support|support/i],
  ['operations', /fulfillment|operations|transportation|supply chain|logistics|facilities|maintenance/i],
  ['corporate-functions', /human resources|recruiting|finance|accounting|legal|marketing|pr|public relations|public policy|audit|tax|risk|corporate/i],
];

// Body vocabulary per family, for postings whose title and category say nothing useful.
const TEXT_CUES: Record<Exclude<RoleFamilyId, 'general'>, RegExp> = {
  'software-engineering': /\b(?:software|code|coding|programming|distributed systems|microservices|apis?|java|c\+\+)\b/gi,
  'engineering-management': /\b(?:manage (?:a team of )?(?:software )?engineers|direct reports|people manager|hire and develop engineers)\b/gi,
  'product-program-management': /\b(?:roadmap|product requirements|prds?|stakeholder alignment|program management|launch plans?)\b/gi,
  'science-research': /\b(?:phd|machine learning|research|publications?|statistical model(?:l)?ing|experiments?)\b/gi,
  'data-bi': /\b(?:sql|etl|dashboards?|data warehous\w*|redshift|tableau|quicksight|reporting)\b/gi,
  operations: /\b(?:fulfil+ment cent(?:er|re)|warehouse|shift|associates|safety|throughput|delivery station|sort cent(?:er|re)|logistics)\b/gi,
  'sales-account-solutions': /\b(?:quota|pipeline|sales|customers? accounts?|account management|solutions? architect|negotiat\w+)\b/gi,
  'support-customer-service': /\b(?:customer (?:service|support|contacts?)|tickets?|calls?|chats?|resolve customer)\b/gi,
  'corporate-functions': /\b(?:recruiting|hiring managers?|payroll|accounting|tax|legal|marketing campaigns?|communications|compliance|finance)\b/gi,
  'student-intern': /\b(?:internship|currently enrolled|graduating|students?)\b/gi,
  'design-ux': /\b(?:wireframes?|prototypes?|figma|sketch|portfolio|usability|interaction design|visual design)\b/gi,
};

export function familyLabel(id: RoleFamilyId): string {
  return ROLE_FAMILIES.find((f) => f.id === id)?.label ?? 'general';
}

export function isTechnicalFamily(id: RoleFamilyId): boolean {
  return ROLE_FAMILIES.find((f) => f.id === id)?.technical ?? false;
}

function fromRules(text: string, rules: readonly Rule[]): [RoleFamilyId, string] | null {
  for (const [id, re] of rules) {
    const m = re.exec(text);
    if (m) return [id, m[0]];
  }
  return null;
}

export function detectRoleFamily(posting: Posting): RoleFamily {
  const make = (id: RoleFamilyId, confidence: number, reason: string): RoleFamily => ({
    id,
    label: familyLabel(id),
    confidence,
    reason,
  });
  // The team part after the comma ("…, Amazon Fulfillment Technologies") misleads; the role comes first.
  const title = (posting.title ?? '').slice(0, 300);
  const role = title.split(/,|\s[-–|]\s|\(/)[0] ?? '';
  const hit = fromRules(role, TITLE_RULES) ?? fromRules(title, TITLE_RULES);
  if (hit) return make(hit[0], 0.9, `title says "${hit[1]}"`);
  const category = posting.category ?? '';
  const cat = category ? fromRules(category, CATEGORY_RULES) : null;
  if (cat) return make(cat[0], 0.7, `category is "${category}"`);

  const body = [posting.description ?? '', ...posting.responsibilities, ...posting.basicQualifications]
    .join('\n')
    .slice(0, 20_000);
  let best: [RoleFamilyId, number] | null = null;
  for (const [id, re] of Object.entries(TEXT_CUES) as [RoleFamilyId, RegExp][]) {
    const n = body.match(re)?.length ?? 0;
    if (n >= 2 && (!best || n > best[1])) best = [id, n];
  }
  if (best) return make(best[0], 0.4, `${best[1]} ${familyLabel(best[0])} terms in the text`);
  return make('general', 0, 'nothing in the title, category or text points to a family');
}
