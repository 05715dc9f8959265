// Which kind of job a posting is. Titles are the strongest clue (amazon.jobs titles are formulaic:
// "Business Intelligence Engineer II, <team>"), then the category amazon.jobs files it under, then the
// vocabulary of the text. The family steers the loop description, question wording, technical topics
// and, when the text is thin, the principle ranking (core/family-priors.ts).
import type { Posting } from './posting';
import { SUPPORT_ENGINEER_TITLE } from './interview-loop';

/**
 * Every family, in a fixed order. `label` is what a candidate reads; `coarse` is the older, coarser
 * family name used by fixtures/labels/role-families.json ("corporate functions" covered HR, finance,
 * legal and marketing), so that label set can still be scored.
 */
export const ROLE_FAMILIES = [
  { id: 'software-engineering', label: 'software engineering', coarse: 'software engineering', technical: true },
  { id: 'engineering-management', label: 'engineering management', coarse: 'engineering management', technical: true },
  { id: 'data-bi', label: 'data engineering and business intelligence', coarse: 'data/BI', technical: true },
  { id: 'science-research', label: 'science and research', coarse: 'science/research', technical: true },
  { id: 'product-program-management', label: 'product and program management', coarse: 'product/program management', technical: false },
  { id: 'sales-account-solutions', label: 'solutions architecture, sales and account management', coarse: 'sales/account/solutions', technical: false },
  { id: 'operations', label: 'operations', coarse: 'operations', technical: false },
  { id: 'hardware-operations-engineering', label: 'hardware and operations engineering', coarse: 'operations', technical: true },
  { id: 'security', label: 'security', coarse: 'software engineering', technical: true },
  { id: 'design-ux', label: 'design and user experience', coarse: 'design/UX', technical: false },
  { id: 'hr-recruiting', label: 'HR and recruiting', coarse: 'corporate functions', technical: false },
  { id: 'finance-accounting', label: 'finance and accounting', coarse: 'corporate functions', technical: false },
  { id: 'legal-corporate', label: 'legal, risk and corporate affairs', coarse: 'corporate functions', technical: false },
  { id: 'marketing', label: 'marketing and communications', coarse: 'corporate functions', technical: false },
  { id: 'learning-development', label: 'learning and development', coarse: 'corporate functions', technical: false },
  { id: 'support-customer-service', label: 'support and customer service', coarse: 'support/customer service', technical: false },
  { id: 'student-intern', label: 'students and interns', coarse: 'student/intern', technical: false },
  { id: 'general', label: 'general', coarse: 'general', technical: false },
] as const;
export type RoleFamilyId = (typeof ROLE_FAMILIES)[number]['id'];
export const ROLE_FAMILY_IDS: readonly RoleFamilyId[] = ROLE_FAMILIES.map((f) => f.id);

export interface RoleFamily {
  id: RoleFamilyId;
  /** Human label ("HR and recruiting"). */
  label: string;
  /** 0..1: 0.9 from the title, 0.7 from the category, lower from body text, 0 when unknown. */
  confidence: number;
  /** Why: the rule that fired, quoting the text it matched. */
  reason: string;
}

type Rule = readonly [RoleFamilyId, RegExp];

// Order matters: the first match wins, so specific forms come before general ones ("Learning
// Experience Designer" is L&D before design; "Legal Recruiter" is recruiting before legal; "Security
// Engineer" before the generic engineer). The bare word "engineer" is the last, weak rule.
const TITLE_RULES: readonly Rule[] = [
  ['student-intern', /\b(?:intern|internship|co-?op|student|apprentice(?:ship)?|new grad(?:uate)?|graduate program)\b/i],
  ['engineering-management', /\b(?:software development mana(?:n)?ger|software dev manager|sdm|engineering manager|manager,? (?:software|engineering|business intelligence engineering|data engineering|applied science|research science)|(?:head|director) of (?:engineering|software))\b|\bmanager\b.*\b(?:software development|software engineering)\b(?!.*\b(?:program|product|project|operations|sales|account)\b)/i],
  ['learning-development', /\b(?:learning|instructional design(?:er)?|trainer|training|curriculum|l&d|learning and development|enablement)\b/i],
  ['hr-recruiting', /\b(?:recruit(?:er|ers|ing|ment)?|talent acquisition|sourcer|sourcing recruiter|hr|hrbp|human resources|people (?:partner|experience)|employee relations|compensation|benefits|payroll)\b/i],
  ['security', /\b(?:security engineer|security (?:analyst|architect|specialist|manager|consultant|researcher)|penetration tester|appsec|infosec|information security|(?:product|application|cloud|network) security)\b/i],
  ['product-program-management', /\b(?:tpm|pm-?t|product manager|program manager|project manager|product owner|program lead|product lead|technical program|product management|program management|project management|product operations manager)\b/i],
  ['design-ux', /\b(?:ux|ui\/ux|ui|user experience|designer|design technologist|interaction design|visual design|graphic design|content designer|ux researcher)\b/i],
  ['science-research', /\b(?:scientist|research(?:er)?|economist|postdoc(?:toral)?|science manager)\b/i],
  ['data-bi', /\b(?:business intelligence|bie|bi engineer|data engineer|analytics engineer|data analyst|business analyst|reporting analyst|bi developer|business intel)\b/i],
  ['support-customer-service', /\b(?:customer service|customer support|support engineer|support eng|support associate|support assoc|support specialist|cloud support|technical support|it support|its support|help ?desk|customer care|contact cent(?:er|re)|service desk)\b/i],
  ['sales-account-solutions', /\b(?:solutions? architect(?:ure)?|(?:cloud|infrastructure|data|enterprise|technical) architect|architect|solutions engineer|account manager|account executive|account representative|sales|business development|partner manager|category manager|vendor manager|customer success|customer solutions|technical account|delivery consultant|consultant|professional services|specialist sa|go-to-market|gtm|sa)\b/i],
  ['finance-accounting', /\b(?:finance|financial|fp&a|accountant|accounting|accounts (?:payable|receivable)|tax|treasury|audit(?:or)?|controller|billing)\b/i],
  ['legal-corporate', /\b(?:counsel|legal|attorney|lawyer|paralegal|compliance|public policy|risk manager|risk|investigat(?:or|ions?)|corporate affairs|government affairs|trade)\b/i],
  ['marketing', /\b(?:marketing|marketer|brand|communications|pr|public relations|social media|content strategist|copywriter|evangelist|campaign)\b/i],
  ['hardware-operations-engineering', /\b(?:gfocc|mechanical|electrical|controls|mechatronics?|hardware|rf|satcom|ground systems|robotics engineer|manufacturing|reliability|rme|maintenance|facilit(?:y|ies)|data cent(?:er|re)|dco|dceo|datatech|network scaling|quality engineer|test engineer|electronics|firmware|embedded|optical|thermal|power engineer)\b/i],
  ['software-engineering', /\b(?:software|sde|sdet|sdm|developer|programmer|devops|front-?end|back-?end|full[- ]?stack|mobile|systems? dev(?:elopment)? engineer|site reliability|sre|application engineer|application engr|salesforce)\b/i],
  ['operations', /\b(?:operations|ops|area manager|shift|fulfil+ment|warehouse|logistics|logisitcs|supply chain|transportation|last mile|delivery station|site lead|process assistant|associate|technician|whs|safety|ehs|instock|in-stock|inventory|planner|planning|coordinator|dispatcher|station|procurement|sourcing|quality)\b/i],
];
// Weak: "Engineer" alone says "technical" but not which kind; the category outranks it.
const GENERIC_ENGINEER: Rule = ['software-engineering', /\b(?:engineer(?:ing)?)\b/i];

/**
 * amazon.jobs job categories and the families a posting in each may honestly belong to; the first is
 * the family a posting with no more telling title gets. Several are wide on purpose, because the
 * site files by organisation as much as by kind of work:
 * - "Software Development" holds SDEs and also software development managers and the technical
 *   program managers of software teams;
 * - "Systems, Quality, and Security Engineering" holds security engineers and quality/systems
 *   engineers and managers;
 * - "Project/Program/Product Management--Non-Tech" holds program managers and also risk managers,
 *   customer solutions managers (AWS account roles) and, in the data, a UX designer;
 * - "Operations, IT, and Support Engineering" holds support engineers, IT and site launch engineers;
 * - "Hardware Development" holds hardware, RF and the software systems engineers of hardware teams;
 * The eval (scripts/eval.ts) scores detection against these sets.
 */
export const JOB_CATEGORY_FAMILIES: readonly (readonly [RegExp, readonly RoleFamilyId[]])[] = [
  [/software development/i, ['software-engineering', 'engineering-management', 'product-program-management']],
  [/systems, quality,? (?:&|and) security engineering/i, ['security', 'hardware-operations-engineering', 'software-engineering', 'engineering-management']],
  [/hardware development/i, ['hardware-operations-engineering', 'software-engineering']],
  [/research science|machine learning science|data science|economics|applied science/i, ['science-research']],
  [/business intelligence|data engineering|database administration/i, ['data-bi']],
  [/project\/program\/product management/i, ['product-program-management', 'sales-account-solutions', 'legal-corporate', 'design-ux']],
  [/solutions architect/i, ['sales-account-solutions']],
  [/sales|business (?:and merchant )?development|account management|vendor management|buying|merchant/i, ['sales-account-solutions']],
  [/operations, it,? (?:&|and) support engineering/i, ['support-customer-service', 'hardware-operations-engineering', 'operations', 'software-engineering']],
  [/leadership development|training/i, ['learning-development']],
  [/human resources|recruiting/i, ['hr-recruiting']],
  [/finance|accounting/i, ['finance-accounting']],
  [/legal|public policy|audit|risk/i, ['legal-corporate', 'operations', 'finance-accounting']],
  [/corporate operations/i, ['legal-corporate', 'operations', 'finance-accounting']],
  [/marketing|public relations|\bpr\b|communications/i, ['marketing']],
  [/facilities|maintenance|real estate/i, ['hardware-operations-engineering', 'operations']],
  [/design|user experience|\bux\b/i, ['design-ux']],
  [/customer service|customer support|support/i, ['support-customer-service']],
  [/fulfillment|operations|transportation|supply chain|logistics/i, ['operations']],
];

/** The families a job category allows (empty when the category is unknown). */
export function familiesForCategory(category: string): readonly RoleFamilyId[] {
  return JOB_CATEGORY_FAMILIES.find(([re]) => re.test(category))?.[1] ?? [];
}

// Body vocabulary per family, for postings whose title and category say nothing useful.
const TEXT_CUES: Partial<Record<RoleFamilyId, RegExp>> = {
  'software-engineering': /\b(?:software|code|coding|programming|distributed systems|microservices|apis?|java|c\+\+)\b/gi,
  'engineering-management': /\b(?:(?:manage|lead) (?:a team of )?(?:software )?engineers|direct reports|people manager|hire and develop engineers)\b/gi,
  'product-program-management': /\b(?:roadmap|product requirements|prds?|stakeholder alignment|program management|launch plans?)\b/gi,
  'science-research': /\b(?:phd|machine learning|research|publications?|statistical model(?:l)?ing|experiments?)\b/gi,
  'data-bi': /\b(?:sql|etl|dashboards?|data warehous\w*|redshift|tableau|quicksight|reporting)\b/gi,
  operations: /\b(?:fulfil+ment cent(?:er|re)|warehouse|shift|associates|throughput|delivery station|sort cent(?:er|re)|logistics|last mile|supply chain|demand planning|inventory|in-?stock|replenishment|procurement)\b/gi,
  'hardware-operations-engineering': /\b(?:mechanical|electrical|hvac|plc|controls|schematics?|data cent(?:er|re)s?|hardware|servers?|racks?|cabling|circuits?)\b/gi,
  security: /\b(?:security|threat|vulnerabilit(?:y|ies)|penetration|incident response|cryptograph\w*)\b/gi,
  'sales-account-solutions': /\b(?:quota|pipeline|sales|customers? accounts?|account management|solutions? architect|negotiat\w+)\b/gi,
  'support-customer-service': /\b(?:customer (?:service|support|contacts?)|tickets?|calls?|chats?|resolve customer)\b/gi,
  'hr-recruiting': /\b(?:recruiting|candidates?|hiring managers?|talent|employee relations|payroll)\b/gi,
  'finance-accounting': /\b(?:accounting|financial|finance|tax|reconciliations?|ledger|forecasts?|budget)\b/gi,
  'legal-corporate': /\b(?:legal|compliance|regulatory|contracts?|policy|risk)\b/gi,
  marketing: /\b(?:marketing campaigns?|marketing|brand|communications|social media|content)\b/gi,
  'learning-development': /\b(?:training|learning|curriculum|instructional|e-?learning|facilitat\w+)\b/gi,
  'student-intern': /\b(?:internship|currently enrolled|graduating|students?)\b/gi,
  'design-ux': /\b(?:wireframes?|prototypes?|figma|sketch|portfolio|usability|interaction design|visual design)\b/gi,
};

function entry(id: RoleFamilyId) {
  return ROLE_FAMILIES.find((f) => f.id === id) ?? ROLE_FAMILIES[ROLE_FAMILIES.length - 1]!;
}

export function familyLabel(id: RoleFamilyId): string {
  return entry(id).label;
}

/** The family's name in the older, coarser scheme of fixtures/labels/role-families.json. */
export function coarseFamilyLabel(id: RoleFamilyId): string {
  return entry(id).coarse;
}

export function isTechnicalFamily(id: RoleFamilyId): boolean {
  return entry(id).technical;
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
  const team = fromRules(title, TITLE_RULES);
  // A title rule that matches from within the role part ("Sr Manager, Business Intelligence
  // Engineering") speaks for the role too.
  const hit = fromRules(role, TITLE_RULES) ?? (team && title.toLowerCase().indexOf(team[1].toLowerCase()) < role.length ? team : null);
  if (hit) {
    const code = hit[0] === 'support-customer-service' ? supportEngineerCode(posting, title) : null;
    if (code) return make('software-engineering', 0.8, `title says "${hit[1]}" and the work is code ("${code}")`);
    return make(hit[0], 0.9, `title says "${hit[1]}"`);
  }
  // A word only in the team part ("Manager II, Quality") names the team, not the work: it counts
  // unless the text clearly describes another kind of work.
  const cues = bodyCues(posting, /\bmanager\b/i.test(role));
  const category = posting.category ?? '';
  const allowed = category ? familiesForCategory(category) : [];
  if (allowed.length) {
    const [id, why] = withinCategory(allowed, title, team, cues);
    return make(id, 0.7, why ? `category is "${category}"; ${why}` : `category is "${category}"`);
  }
  if (team) {
    const best = cues[0];
    const own = cues.find(([id]) => id === team[0])?.[1] ?? 0;
    if (best && best[0] !== team[0] && best[1] >= 3 && own < 2) return make(best[0], 0.6, `${best[1]} ${familyLabel(best[0])} terms in the text outweigh "${team[1]}" in the title`);
    return make(team[0], 0.8, `title says "${team[1]}"`);
  }
  const engineer = fromRules(title, [GENERIC_ENGINEER]);
  if (engineer) return make(engineer[0], 0.6, `title says "${engineer[1]}"`);
  const best = cues[0];
  if (best) return make(best[0], 0.4, `${best[1]} ${familyLabel(best[0])} terms in the text`);
  return make('general', 0, 'nothing in the title, category or text points to a family');
}

/**
 * A wide category ("Systems, Quality, and Security Engineering", "Operations, IT, and Support
 * Engineering") names an organisation, not the work, so its first family is only the default: the
 * title's team word, then the text, choose among the families it allows. An engineer's title rules
 * out the category's non-technical families ("Launch Engineer" filed under support is not customer
 * support); a team word the category does not allow ("Quality" read as warehouse quality) says nothing.
 */
function withinCategory(allowed: readonly RoleFamilyId[], title: string, team: [RoleFamilyId, string] | null, cues: readonly [RoleFamilyId, number][]): [RoleFamilyId, string | null] {
  if (allowed.length === 1) return [allowed[0]!, null];
  const technical = allowed.filter(isTechnicalFamily);
  const engineer = fromRules(title, [GENERIC_ENGINEER]);
  const open = engineer && technical.length ? technical : allowed;
  const cue = cues.find(([id]) => open.includes(id));
  const own = (id: RoleFamilyId) => cues.find(([c]) => c === id)?.[1] ?? 0;
  if (team && open.includes(team[0]) && !(cue && cue[0] !== team[0] && cue[1] >= 3 && own(team[0]) < 2)) return [team[0], `the title says "${team[1]}"`];
  if (cue && cue[0] !== open[0] && cue[1] > own(open[0]!)) return [cue[0], `${cue[1]} ${familyLabel(cue[0])} terms in the text`];
  if (open[0] !== allowed[0]) return [open[0]!, `the title says "${engineer?.[1] ?? ''}"`];
  return [open[0]!, null];
}

// Families the body's vocabulary points to (at least two terms each), most terms first. A manager
// whose text is about leading engineers is engineering management, whatever else it mentions.
function bodyCues(posting: Posting, manager: boolean): [RoleFamilyId, number][] {
  const body = [posting.description ?? '', ...posting.responsibilities, ...posting.basicQualifications]
    .join('\n')
    .slice(0, 20_000);
  const out: [RoleFamilyId, number][] = [];
  for (const [id, re] of Object.entries(TEXT_CUES) as [RoleFamilyId, RegExp][]) {
    const n = body.match(re)?.length ?? 0;
    if (n >= 2) out.push([id, n]);
  }
  out.sort((a, b) => b[1] - a[1]);
  if (manager && out[0]?.[0] === 'software-engineering' && /\b(?:lead|leads|leading|manage|manages|managing) (?:a team of |teams of )?(?:software )?(?:development )?engineers\b/i.test(body)) {
    out.unshift(['engineering-management', out[0][1]]);
  }
  return out;
}

// A support engineer whose work is an application's code (tickets from production services, code fixes,
// scripting, debugging) is an engineer of that application, interviewed on troubleshooting, scripting and
// coding, not on handling customers; one who takes customers' calls, chats or emails is in support.
const CODE_WORK = /\b(?:code fix(?:es)?|(?:application|complex) code|coding|scripting|(?:perl|shell|python) scripts?|scripts? in|programming|program languages|software development|(?:web )?application development|development experience|debugging)\b/gi;
const CUSTOMER_CONTACT = /\b(?:customer (?:service|contacts?|calls?|issues?)|(?:via|by|over) (?:phone|chat|e-?mail)|phone,? (?:chat|e-?mail)|contact cent(?:er|re)|call cent(?:er|re))\b/i;

/** The first code-work words when a support engineer's posting asks for code at least twice and names no customer contact; null otherwise. */
function supportEngineerCode(posting: Posting, title: string): string | null {
  if (!SUPPORT_ENGINEER_TITLE.test(title)) return null;
  const body = [posting.description ?? '', ...posting.responsibilities, ...posting.basicQualifications].join('\n').slice(0, 20_000);
  if (CUSTOMER_CONTACT.test(body)) return null;
  const hits = body.match(CODE_WORK) ?? [];
  return hits.length >= 2 ? hits[0]! : null;
}
