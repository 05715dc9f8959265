// Topics to revise: what the posting itself names (in the sense it means them), then what is usual
// for the role family. A word counts only in its technical sense: "networking skills" is not
// Networking, "information architecture" is not system design, "home security" is not Security, and
// a mechanical engineer's "prototypes" are not a design tool.
import type { Posting } from './posting';
import { literalHints } from './literal-hints';
import { WordStarts } from './word-starts';
import type { RoleFamilyId } from './role-family';
import { MAX_SECTION_CHARS, SECTIONS, sectionText } from './posting-sections';
import { isBoilerplateSentence } from './boilerplate';

export interface TechnicalTopic {
  topic: string;
  source: 'posting' | 'role family';
  /** The posting's words that named it, when it came from the posting. */
  quote?: string;
}

interface Entry {
  topic: string;
  re: RegExp;
  /** Only for these families (a word that means something else elsewhere). */
  only?: readonly RoleFamilyId[];
}

const HARDWARE: readonly RoleFamilyId[] = ['hardware-operations-engineering'];
const OPS: readonly RoleFamilyId[] = ['operations', 'hardware-operations-engineering'];

const LEXICON: readonly Entry[] = [
  { topic: 'SQL', re: /\b(?:sql|mysql|postgres(?:ql)?)\b/i },
  { topic: 'NoSQL databases', re: /\b(?:nosql|dynamodb|cassandra|mongodb)\b/i },
  { topic: 'Python', re: /\bpython\b/i },
  { topic: 'Java', re: /\bjava\b(?!script)/i },
  { topic: 'C / C++', re: /\bc\+\+|\bc\/c\+\+/i },
  { topic: 'Scala', re: /\bscala\b/i },
  { topic: 'R', re: /\bR\b(?=[,)\s]|$)(?![-'’&])/ },
  { topic: 'JavaScript / TypeScript', re: /\b(?:javascript|typescript|node\.?js)\b|\bReact(?:\.js| Native)?\b/i },
  { topic: 'Mobile development (iOS, Android)', re: /\b(?:ios|android|swift|objective-c|kotlin|mobile (?:apps?|applications?|development))\b/i },
  { topic: 'HTML / CSS', re: /\b(?:html5?|css3?)\b/i },
  { topic: 'Spark / Hadoop / EMR', re: /\b(?:apache spark|pyspark|hadoop|hive)\b|\b(?:Spark|EMR)\b/ },
  { topic: 'AWS services', re: /\b(?:ec2|s3|dynamodb|redshift|sagemaker|aws glue|kinesis|cloudformation)\b|\bLambda\b/i },
  { topic: 'Cloud architecture', re: /\bcloud (?:architecture|infrastructure|computing|technolog\w+|solutions)\b|\bmigrat\w+ [\w\s,]{0,40}to the cloud\b/i },
  { topic: 'Data warehousing and data modelling', re: /\b(?:data warehous\w*|data model\w*|dimensional model\w*|star schema)\b/i },
  { topic: 'ETL and data pipelines', re: /\b(?:etl|elt|data pipelines?|data ingestion)\b/i },
  { topic: 'Dashboards and visualisation (Tableau, QuickSight, Power BI)', re: /\b(?:tableau|quicksight|power ?bi|dashboards?|data visuali[sz]ation)\b/i },
  { topic: 'Excel', re: /(?<!(?:Office|Word)\b[^.\n]{0,40})\bExcel\b(?! at\b)/ },
  { topic: 'Statistics and experiment design (A/B tests)', re: /\b(?:statistic(?:s|al)|a\/b test\w*|experiment(?:al)? design|design of experiments|hypothesis test\w*|causal inference|regression(?! test))\b/i },
  { topic: 'Machine learning', re: /\b(?:machine learning|deep learning|neural networks?|\bml\b models?)/i },
  { topic: 'Natural language processing / LLMs', re: /\b(?:nlp|natural language processing|llms?|large language models?|generative ai|genai)\b/i },
  { topic: 'Computer vision', re: /\b(?:computer vision|image recognition)\b/i },
  { topic: 'Optimisation, forecasting and operations research', re: /\b(?:operations research|linear programming|mathematical optimi[sz]ation|optimi[sz]ation (?:models?|algorithms?|methods)|forecasting models?|stochastic)\b/i },
  { topic: 'Distributed systems', re: /\b(?:distributed systems?|distributed computing|high[- ]availability|microservices?|scalable (?:systems|services|software))\b/i },
  { topic: 'System design and architecture', re: /\b(?:system design|software architecture|systems? architecture|service[- ]oriented architecture|design patterns?|architect(?:ing|ure of) (?:scalable|distributed|large[- ]scale)\w*)\b/i },
  { topic: 'Data structures and algorithms', re: /\b(?:data structures?|algorithm design|algorithms and)\b/i, only: ['software-engineering', 'engineering-management', 'science-research', 'student-intern', 'security'] },
  { topic: 'Object-oriented design', re: /\b(?:object[- ]oriented|ood)\b/i },
  { topic: 'Software testing and CI/CD', re: /\b(?:sqa|software quality assurance|unit test\w*|integration test\w*|test automation|automated test\w*|software testing|test[- ]driven|ci\/cd|continuous (?:integration|delivery|deployment))\b/i },
  { topic: 'Operating systems and Linux', re: /\b(?:linux|unix|operating systems?)\b/i },
  {
    topic: 'Networking',
    re: /\b(?:tcp\/ip|dns|bgp|ospf|vpcs?|routing and switching|lan\/wan|load balanc\w+|network (?:protocols?|infrastructure|architecture|design|engineering|technolog\w+|security))\b|\bnetworking\b(?! (?:skills?|events?|opportunit\w+|abilit\w+|with))/i,
  },
  {
    topic: 'Security',
    re: /\b(?:information security|cyber ?security|application security|network security|cloud security|security (?:engineering|architecture|controls?|best practices|assessments?|reviews?|tools)|cryptograph\w*|encryption|threat model\w*|vulnerabilit\w+|penetration test\w*|identity and access|iam)\b/i,
  },
  { topic: 'Design tools (Figma, Sketch)', re: /\b(?:figma|invision|adobe xd|axure)\b|\bSketch\b/ },
  { topic: 'Wireframing and prototyping', re: /\b(?:wireframes?|prototyp\w*|mock-?ups?)\b/i, only: ['design-ux'] },
  { topic: 'Instructional design (ADDIE, adult learning)', re: /\b(?:instructional design|addie|adult learning|articulate (?:storyline|360|rise)|e-?learning|learning management system|lms|kirkpatrick)\b/i },
  { topic: 'Circuit design and PCB layout', re: /\b(?:pcbs?|schematics?|circuit design|analog|mixed-signal|altium|orcad|signal integrity|power electronics)\b/i },
  { topic: 'RF and wireless systems', re: /\b(?:RF|radio frequency|antennas?|SATCOM|satellite communications?|link budgets?|TT&C)\b/ },
  { topic: 'Mechanical design and CAD', re: /\b(?:solidworks|creo|catia|cad|gd&t|tolerance analysis|mechanical design|finite element|fea|enclosure design)\b/i },
  { topic: 'Embedded systems and firmware', re: /\b(?:embedded (?:systems?|software|c)|firmware|microcontrollers?|rtos)\b/i },
  { topic: 'Controls and automation (PLC, SCADA)', re: /\b(?:plcs?|scada|controls engineering|industrial (?:automation|control systems?)|building (?:management|automation) systems?|hmi|ladder logic)\b/i, only: HARDWARE },
  { topic: 'Electrical power systems', re: /\b(?:switchgear|transformers?|ups|generators?|power distribution|substations?|arc flash|nfpa 70e)\b/i, only: HARDWARE },
  { topic: 'Mechanical and cooling systems (HVAC)', re: /\b(?:hvac|chillers?|cooling towers?|crahs?|ahus?|heat exchangers?)\b/i, only: HARDWARE },
  { topic: 'Prototyping and validation testing', re: /\b(?:prototyp\w*|compliance testing|validation testing|emc|emi|esd|reliability testing|dvt|evt)\b/i, only: HARDWARE },
  { topic: 'Safety (incident investigation, risk assessment)', re: /\b(?:osha|ehs|safety|incident investigation|risk assessments?|ergonomic\w*)\b/i, only: OPS },
  { topic: 'Lean and process improvement', re: /\b(?:Lean|lean (?:manufacturing|principles|six sigma)|six sigma|kaizen|continuous improvement|process improvement|root[- ]cause)\b/, only: [...OPS, 'support-customer-service'] },
  { topic: 'Labour planning and productivity metrics', re: /\b(?:labou?r planning|throughput|productivity|units per hour|capacity planning)\b/i, only: ['operations'] },
  { topic: 'Financial modelling and forecasting', re: /\b(?:financial model\w*|forecast\w*|budget\w*|variance analysis|p&l|profit and loss)\b/i, only: ['finance-accounting'] },
  { topic: 'Accounting standards and controls (GAAP, IFRS, SOX)', re: /\b(?:gaap|ifrs|sox|reconciliations?|general ledger|journal entries)\b/i },
  { topic: 'Sourcing and recruiting pipelines', re: /\b(?:sourcing|boolean search|applicant tracking|full[- ]cycle recruit\w*|talent pipelines?)\b/i, only: ['hr-recruiting'] },
  { topic: 'Employee relations and employment practice', re: /\b(?:employee relations|employment law|labou?r law|workplace investigations?)\b/i },
  { topic: 'Digital marketing channels and measurement', re: /\b(?:seo|sem|paid (?:search|social)|attribution|email marketing|marketing analytics)\b/i },
];

// What interviews for the family usually test, when the posting does not say.
const DEFAULTS: Partial<Record<RoleFamilyId, string[]>> = {
  'software-engineering': ['Data structures and algorithms', 'System design and architecture', 'Coding in the language you know best'],
  'engineering-management': ['System design and architecture', 'Operational excellence: on-call, incident reviews, metrics', 'People management: hiring, performance, growth'],
  'data-bi': ['SQL', 'Data warehousing and data modelling', 'Dashboards and visualisation (Tableau, QuickSight, Power BI)'],
  'science-research': ['Machine learning', 'Statistics and experiment design (A/B tests)', 'Coding in the language you know best'],
  'product-program-management': ['Choosing metrics for a product or program', 'Writing a clear one-page plan or narrative'],
  'sales-account-solutions': ['Cloud architecture', 'Running a customer discovery conversation', 'Presenting to technical and business audiences'],
  operations: ['Safety (incident investigation, risk assessment)', 'Lean and process improvement', 'Labour planning and productivity metrics'],
  'hardware-operations-engineering': ['Engineering fundamentals of your discipline', 'Root-cause analysis of a failure'],
  security: ['Security fundamentals: web, cloud, identity, encryption', 'Threat modelling', 'Incident response'],
  'design-ux': ['Your portfolio: two or three projects as problem, process and result', 'Wireframing and prototyping', 'User research methods'],
  'hr-recruiting': ['Recruiting and people metrics', 'Handling sensitive employee or candidate situations'],
  'finance-accounting': ['Financial modelling and forecasting', 'Excel', 'Accounting basics of the role'],
  'legal-corporate': ['Clear written advice for non-specialists', 'Judging and escalating risk'],
  marketing: ['Planning and measuring a campaign', 'Writing for a customer audience'],
  'learning-development': ['Instructional design (ADDIE, adult learning)', 'Measuring learning impact beyond completion rates', 'Facilitating a session'],
  'support-customer-service': ['A step-by-step troubleshooting method', 'Calming and helping an upset customer'],
  'student-intern': ['Data structures and algorithms', 'Coding in the language you know best'],
};

// Every pattern opens with \b and a literal, so a match starts a word whose first characters are one
// of its literals' openings: WordStarts lists those words from one pass over the text, and the
// pattern, made sticky, is tried only there. The first position that matches is the regex's own
// leftmost match.
const COMPILED = LEXICON.map((e) => {
  const hints = literalHints(e.re);
  const openings = hints?.map((h) => /^[a-z0-9]{1,3}/.exec(h)?.[0] ?? '');
  const usable = openings && openings.every(Boolean) && e.re.source.startsWith('\\b');
  const list = usable ? [...new Set(openings)] : null;
  return { list, sticky: new RegExp(e.re.source, `${e.re.flags}y`), global: new RegExp(e.re.source, `${e.re.flags}g`) };
});

// The first match at or after `from`.
function nextMatch(i: number, text: string, starts: WordStarts | null, from: number): RegExpExecArray | null {
  const { list, sticky, global } = COMPILED[i]!;
  if (!starts || !list) {
    global.lastIndex = from;
    return global.exec(text);
  }
  // Each opening's words separately (no merged list to build); the earliest match wins.
  let best: RegExpExecArray | null = null;
  for (const opening of list) {
    for (const at of starts.positions([opening], opening)) {
      if (at < from) continue;
      if (best && at >= best.index) break;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m) {
        best = m;
        break;
      }
    }
  }
  return best;
}

// Families whose interviews test no general technology: a technology named in their description is
// the company's or the team's, not a skill to revise, so for them only the qualifications count.
const NON_TECHNICAL: ReadonlySet<RoleFamilyId> = new Set([
  'operations',
  'design-ux',
  'hr-recruiting',
  'finance-accounting',
  'legal-corporate',
  'marketing',
  'learning-development',
]);

// A sentence about the company, not the job: "At Amazon Web Services (AWS) we are inventing the future of
// cloud computing", "Just as Amazon has many businesses…", "Our customers…" (but "We are looking for…"
// states a requirement).
const COMPANY_SENTENCE = /^(?:at |just as )?(?:amazon|aws)\b|^(?:we|our)\b(?!(?: are|['’]re)? (?:looking|seeking|hiring)| need| want| expect)/i;

const NL = 10;
const SPACE = 32;
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63; // . ! ?
}

// Where the sentence around `at` starts: after the last line break, or after ". " before it.
function sentenceStart(text: string, at: number): number {
  let s = at;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (c === NL || (c === SPACE && s > 1 && isStop(text.charCodeAt(s - 2)))) break;
    s--;
  }
  return s;
}

// Where it ends: at the next line break, or just after ". ".
function sentenceEnd(text: string, end: number): number {
  let e = end;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (c === NL) return e;
    if (isStop(c) && (e + 1 === text.length || text.charCodeAt(e + 1) === SPACE)) return e + 1;
    e++;
  }
  return e;
}

/** Topics the posting names in their technical sense, then the family's usual ones. */
export function technicalTopics(posting: Posting, family: RoleFamilyId, useHints = true): TechnicalTopic[] {
  // Sections in order, one text; `qualsFrom` is where the qualifications start.
  const parts = SECTIONS.filter((s) => s !== 'title').map((s) => [s, sectionText(posting, s).slice(0, MAX_SECTION_CHARS)] as const);
  let text = '';
  let qualsFrom = -1;
  for (const [s, t] of parts) {
    if (qualsFrom < 0 && (s === 'basicQualifications' || s === 'preferredQualifications')) qualsFrom = text.length;
    text += `${t}\n`;
  }
  const nonTechnical = NON_TECHNICAL.has(family);
  const starts = useHints ? new WordStarts(text) : null;
  const found: TechnicalTopic[] = [];
  // Is the sentence that starts at a position company text? Several topics often share one sentence.
  const companyAt = new Map<number, boolean>();
  const inCompanyText = (at: number, end: number): boolean => {
    const s = sentenceStart(text, at);
    let known = companyAt.get(s);
    if (known === undefined) {
      const sentence = text.slice(s, sentenceEnd(text, end)).replace(/^[\s\-*•·▪●◦]+/, '');
      // The recurring company blocks stand in descriptions; a qualification line is checked by its wording alone.
      known = COMPANY_SENTENCE.test(sentence) || ((qualsFrom < 0 || s < qualsFrom) && isBoilerplateSentence(sentence));
      companyAt.set(s, known);
    }
    return known;
  };
  for (const [i, { topic, only }] of LEXICON.entries()) {
    if (only && !only.includes(family)) continue;
    // A family's own topics count anywhere; general technology only in a non-technical family's qualifications.
    const from = nonTechnical && !only ? qualsFrom : 0;
    if (from < 0) continue;
    for (let m = nextMatch(i, text, starts, from); m; m = nextMatch(i, text, starts, m.index + Math.max(1, m[0].length))) {
      if (inCompanyText(m.index, m.index + m[0].length)) continue;
      found.push({ topic, source: 'posting', quote: m[0] });
      break;
    }
  }
  // An internship is technical only when its posting names technical topics.
  if (family === 'student-intern' && found.length === 0) return found;
  for (const topic of DEFAULTS[family] ?? []) {
    if (!found.some((t) => t.topic === topic)) found.push({ topic, source: 'role family' });
  }
  return found;
}
